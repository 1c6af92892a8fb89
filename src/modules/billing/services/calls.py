"""Outgoing provider calls that create something: the idempotency key is saved before the call."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any, TypeVar

from core.clock import Clock
from modules.billing.repositories import infra

T = TypeVar("T")
# Stripe forgets idempotency keys after 24 hours; past this, a new attempt gets a new key.
KEY_REUSE = timedelta(hours=23)


def provider_call(
    *,
    purpose: str,
    scope: str,
    make: Callable[[str], T],
    encode: Callable[[T], Any],
    decode: Callable[[Any], T],
    clock: Clock,
    reuse_for: timedelta = KEY_REUSE,
) -> T:
    """Run `make(idempotency_key)` at most once per (purpose, scope) in `reuse_for`.

    Must run outside a transaction: the key has to be committed before the network call, so
    that a crash or timeout after Stripe acted still leaves the key for the retry."""
    planned = infra.plan_call(purpose=purpose, scope=scope, at=clock.now(), reuse_for=reuse_for)
    if planned.result is not None:
        return decode(planned.result)
    result = make(planned.key)
    infra.complete_call(key=planned.key, result=encode(result), at=clock.now())
    return result


def plain(value: Any) -> Any:
    return value
