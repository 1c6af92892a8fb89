"""kit.transactions.after_commit: after the commit, never after a rollback, robust either way."""

from __future__ import annotations

import logging

import pytest
from django.db import transaction

from kit.transactions import after_commit

pytestmark = pytest.mark.django_db(transaction=True)


def _boom() -> None:
    raise RuntimeError("side effect failed")


def _change_then_fail(work) -> None:
    with transaction.atomic():
        after_commit(work)
        raise ValueError


def test_inside_a_transaction_it_waits_for_the_commit():
    ran = []
    with transaction.atomic():
        after_commit(lambda: ran.append("outer"))
        with transaction.atomic():  # a savepoint is not the commit
            after_commit(lambda: ran.append("inner"))
        assert ran == []
    assert ran == ["outer", "inner"]


def test_a_rolled_back_change_never_runs_its_work():
    ran = []
    with pytest.raises(ValueError):
        _change_then_fail(lambda: ran.append("never"))
    assert ran == []


def test_a_rolled_back_savepoint_drops_only_its_own_work():
    ran = []
    with transaction.atomic():
        after_commit(lambda: ran.append("kept"))
        with pytest.raises(ValueError):
            _change_then_fail(lambda: ran.append("dropped"))
    assert ran == ["kept"]


def test_outside_a_transaction_it_runs_now():
    ran = []
    after_commit(lambda: ran.append("now"))
    assert ran == ["now"]


def test_a_failing_callback_is_logged_and_the_others_still_run(caplog):
    ran = []
    with caplog.at_level(logging.ERROR), transaction.atomic():
        after_commit(_boom)
        after_commit(lambda: ran.append("next"))
    assert ran == ["next"]
    assert "_boom" in caplog.text


def test_a_failing_callback_outside_a_transaction_is_logged_not_raised(caplog):
    with caplog.at_level(logging.ERROR, logger="kit.transactions"):
        after_commit(_boom)
    assert [r.exc_info[0] for r in caplog.records] == [RuntimeError]
