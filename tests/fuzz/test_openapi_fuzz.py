"""Property-based fuzzing of every operation in /api/openapi.json (schemathesis), in process.

Valid and invalid requests, as an anonymous caller and as a signed-in user: no 5xx, every
status code documented, every body (successes and problem details) matching its schema.
Bounded (few examples per operation) to stay well under a minute.
"""

from __future__ import annotations

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.modules.accounts.factories import UserFactory, bearer

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
FUZZ_SETTINGS = settings(
    max_examples=20,
    # No per-example deadline: this proves correctness, not speed (bench/ measures speed), and a
    # busy machine must not turn a slow example into a failure.
    deadline=None,
    derandomize=True,  # the same cases every run: a failure here is reproducible, not flaky
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture],
)


def _load_schema():
    from config.wsgi import application

    loaded = schemathesis.openapi.from_wsgi("/api/openapi.json", application)
    loaded.config.generation.update(modes=[schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE])
    return loaded


# Loaded at collection (pytest-django has configured Django by then). schemathesis'
# from_fixture() is not usable: it relies on a pytest Node attribute pytest 9 removed.
schema = _load_schema()
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _keep_the_test_transaction():
    # The real WSGI handler closes "old" connections after each request, which on PostgreSQL
    # ends the test's transaction; Django's own test client unhooks this the same way.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@schema.parametrize()
@FUZZ_SETTINGS
def test_anonymous_caller(case):
    response = case.call_and_validate(checks=CHECKS)
    if case.operation.definition.raw.get("security"):
        # Any token schemathesis makes up is garbage: a secured operation never succeeds.
        assert response.status_code >= 400, f"{case.operation.label} answered {response.status_code} without a token"


@schema.parametrize()
@FUZZ_SETTINGS
def test_signed_in_user(case):
    user = _fuzz_user()
    case.call_and_validate(headers=bearer(user), checks=CHECKS)


def _fuzz_user():
    # One user per test run (the database is rolled back after it), reused across examples.
    from modules.accounts.models import User

    return User.objects.filter(email="fuzz@example.com").first() or UserFactory(email="fuzz@example.com")
