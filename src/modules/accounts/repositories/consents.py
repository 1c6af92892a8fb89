"""Consent decisions and sign-up sources (append-only rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from modules.accounts.models import Consent, SignupSource


@dataclass(frozen=True)
class ConsentRecord:
    kind: str
    granted: bool
    version: str
    source: str
    at: datetime


def record(*, user_id: int, kind: str, granted: bool, version: str = "", source: str, at: datetime) -> None:
    Consent.objects.create(user_id=user_id, kind=kind, granted=granted, version=version, source=source, at=at)


def signed_up(user_id: int) -> bool:
    return Consent.objects.filter(user_id=user_id, kind=Consent.Kind.TERMS, source="signup").exists()


def history_of(user_id: int) -> list[ConsentRecord]:
    """Every decision, newest first."""
    rows = Consent.objects.filter(user_id=user_id).order_by("-at", "-pk")
    return [ConsentRecord(c.kind, c.granted, c.version, c.source, c.at) for c in rows]


def save_signup_source(*, user_id: int, source: str, utm: dict[str, str], referrer: str, at: datetime) -> None:
    SignupSource.objects.update_or_create(
        user_id=user_id, defaults={"source": source, "referrer": referrer, "created_at": at, **utm}
    )
