"""The one way to run work after the current transaction commits.

Side effects that leave the database (push, email, socket deliveries, task enqueues, deleting
stored files) must not happen for a change that rolls back, so they run once the change is
committed. `after_commit` is the only helper for it (a test keeps `transaction.on_commit` out of
the modules):

- inside a transaction, `fn` runs after the outermost one commits, and never if it rolls back;
- outside one the change is already committed, so `fn` runs now. Unlike `on_commit` there, this
  does not open a database connection just to ask whether autocommit is on;
- either way it is robust: an exception from `fn` is logged (with its traceback, so Sentry sees
  it) and swallowed. The change is committed by then; a failing side effect must neither turn a
  done request into an error nor stop the other callbacks. The work itself must therefore be
  idempotent or be retried by a sweep (the tasks behind it are).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.db import transaction

logger = logging.getLogger(__name__)


def after_commit(fn: Callable[[], object]) -> None:
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(fn, robust=True)
        return
    try:
        fn()
    except Exception:
        logger.exception("after_commit: %s failed", getattr(fn, "__qualname__", fn))
