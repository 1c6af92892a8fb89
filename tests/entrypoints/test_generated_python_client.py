"""The Python client a client team generates (openapi-python-client) signs a person up, in and out.

The client is generated from /api/openapi.json in the test, exactly as the team does it, and
driven through its generated functions and models only: no hand-written request shapes. It talks
to the real WSGI application in process (the test database, the locmem outbox for the code).
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
import shutil
import subprocess
import sys
import typing
from pathlib import Path

import httpx
import pytest
from django.core import mail, signals
from django.db import close_old_connections

pytestmark = pytest.mark.django_db

PACKAGE = "human_link_api_client"  # openapi-python-client names it after the document's title
PASSWORD = "correct-horse-battery-9"


@pytest.fixture(scope="module")
def generated(tmp_path_factory, django_db_blocker):
    generator = shutil.which("openapi-python-client", path=str(Path(sys.executable).parent))
    assert generator, "openapi-python-client is a dev dependency (pyproject.toml)"
    from entrypoints.http.api import api

    out = tmp_path_factory.mktemp("client")
    document = out / "openapi.json"
    with django_db_blocker.unblock():
        document.write_text(json.dumps(api.get_openapi_schema()))
    done = subprocess.run(
        [generator, "generate", "--path", str(document), "--output-path", str(out / "client"), "--overwrite"],
        capture_output=True,
        text=True,
        timeout=300,
        env={"PATH": str(Path(sys.executable).parent)},  # its formatter (ruff) comes from our venv
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Warning" not in done.stdout + done.stderr, done.stdout + done.stderr
    sys.path.insert(0, str(out / "client"))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(out / "client"))
        for name in [m for m in sys.modules if m.split(".")[0] == PACKAGE]:
            del sys.modules[name]


@pytest.fixture(autouse=True)
def _keep_the_test_transaction():
    # The real WSGI handler closes connections after each request, which would end the test's
    # transaction on PostgreSQL; Django's own test client unhooks this the same way.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def _in_process() -> dict:
    from config.wsgi import application

    return {"transport": httpx.WSGITransport(app=application)}


def _operation(package, method: str, url: str):
    """The generated module for an operation, found by what it sends (not by its name)."""
    root = Path(package.__file__).parent / "api"
    for path in root.glob("*/*.py"):
        text = path.read_text()
        if f'"method": "{method}"' in text and f'"url": "{url}"' in text:
            return importlib.import_module(f"{PACKAGE}.api.{path.parent.name}.{path.stem}")
    raise AssertionError(f"the generated client has no {method.upper()} {url}")


def _argument_type(function, name: str):
    """The generated type of an argument (`X | Unset` -> X): requests are built from these only."""
    annotation = inspect.signature(function).parameters[name].annotation
    options = [t for t in typing.get_args(annotation) or (annotation,) if t.__name__ != "Unset"]
    return options[0]


def _call(module, client, *, body=None, app=False, **kwargs):
    if app:
        kwargs["client_path"] = _argument_type(module.sync_detailed, "client_path")("app")
    if body is not None:
        kwargs["body"] = _argument_type(module.sync_detailed, "body").from_dict(body)
    return module.sync_detailed(client=client, **kwargs)


def _emailed_code() -> str:
    return re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", mail.outbox[-1].body, re.MULTILINE).group(1)


def test_the_generated_client_signs_up_verifies_logs_in_refreshes_and_logs_out(generated):
    anonymous = generated.Client(base_url="http://testserver", httpx_args=_in_process())
    signup = _operation(generated, "post", "/api/auth/{client_path}/v1/auth/signup")
    verify = _operation(generated, "post", "/api/auth/{client_path}/v1/auth/email/verify")
    login = _operation(generated, "post", "/api/auth/{client_path}/v1/auth/login")
    me = _operation(generated, "get", "/api/users/me")
    refresh = _operation(generated, "post", "/api/auth/token/refresh")
    logout = _operation(generated, "post", "/api/auth/token/logout")
    problem = importlib.import_module(f"{PACKAGE}.models").ProblemDetails
    credentials = {"email": "ann@example.com", "password": PASSWORD}

    pending = _call(signup, anonymous, app=True, body=credentials)
    assert pending.status_code == 401
    assert pending.parsed.code == "auth_pending"
    session_token = pending.parsed.meta.session_token

    verified = _call(verify, anonymous, app=True, body={"key": _emailed_code()}, x_session_token=session_token)
    assert verified.status_code == 200, verified.content

    logged_in = _call(login, anonymous, app=True, body=credentials)
    assert logged_in.status_code == 200, logged_in.content
    meta = logged_in.parsed.meta
    assert meta.expires_in > 0

    signed_in = generated.AuthenticatedClient(
        base_url="http://testserver", token=meta.access_token, httpx_args=_in_process()
    )
    mine = _call(me, signed_in)
    assert mine.status_code == 200
    assert mine.parsed.email == "ann@example.com"

    rotated = _call(refresh, anonymous, body={"refresh_token": meta.refresh_token})
    assert rotated.status_code == 200
    assert rotated.parsed.expires_in > 0
    assert (
        _call(
            me,
            generated.AuthenticatedClient(
                base_url="http://testserver", token=rotated.parsed.access_token, httpx_args=_in_process()
            ),
        ).status_code
        == 200
    )

    assert _call(logout, anonymous, body={"refresh_token": rotated.parsed.refresh_token}).status_code == 204

    refused = _call(refresh, anonymous, body={"refresh_token": rotated.parsed.refresh_token})
    assert refused.status_code == 401
    assert isinstance(refused.parsed, problem)
    assert refused.parsed.code == "token_not_valid"
