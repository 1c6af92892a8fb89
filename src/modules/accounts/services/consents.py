"""Consents (GDPR art. 7, CCPA): what a person agreed to, when, and their current choices.

Signing up accepts the terms and the privacy notice in force (their versions are settings);
marketing is opt-in, off unless asked for; "do not sell or share" (CCPA) is off until set.
Every change is a new timestamped row; the latest row of a kind is the current choice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import transaction

from core import events
from modules.accounts.domain.signup_source import UTM_FIELDS, source_label
from modules.accounts.repositories import consents as repo
from modules.accounts.repositories.consents import ConsentRecord

TERMS, PRIVACY, MARKETING, DO_NOT_SELL = "terms", "privacy", "marketing", "do_not_sell"


@dataclass(frozen=True)
class Consents:
    terms: ConsentRecord | None
    privacy: ConsentRecord | None
    marketing: ConsentRecord | None
    do_not_sell: ConsentRecord | None
    history: list[ConsentRecord]


def consents_of(user_id: int) -> Consents:
    history = repo.history_of(user_id)
    latest: dict[str, ConsentRecord] = {}
    for c in history:  # newest first: keep the first of each kind
        latest.setdefault(c.kind, c)
    return Consents(
        terms=latest.get(TERMS),
        privacy=latest.get(PRIVACY),
        marketing=latest.get(MARKETING),
        do_not_sell=latest.get(DO_NOT_SELL),
        history=history,
    )


@transaction.atomic
def consents_update(*, user_id: int, marketing: bool | None, do_not_sell: bool | None, now: datetime) -> Consents:
    """Record the choices that change (a repeated choice writes nothing)."""
    current = consents_of(user_id)
    for kind, wanted, record in (
        (MARKETING, marketing, current.marketing),
        (DO_NOT_SELL, do_not_sell, current.do_not_sell),
    ):
        if wanted is None:
            continue
        if (record.granted if record else False) != wanted or record is None:
            repo.record(user_id=user_id, kind=kind, granted=wanted, source="api", at=now)
            if kind == MARKETING:
                events.publish(events.MarketingConsentChanged(user_id=user_id, granted=wanted))
    return consents_of(user_id)


def signup_record(*, user_id: int, marketing: bool, utm: Mapping[str, str], referrer: str, now: datetime) -> None:
    """At sign-up: the terms and privacy versions accepted, the marketing choice, the source.

    Once per account: a provider sign-up that also passes through the sign-up form records once."""
    if repo.signed_up(user_id):
        return
    repo.record(user_id=user_id, kind=TERMS, granted=True, version=settings.TERMS_VERSION, source="signup", at=now)
    repo.record(user_id=user_id, kind=PRIVACY, granted=True, version=settings.PRIVACY_VERSION, source="signup", at=now)
    repo.record(user_id=user_id, kind=MARKETING, granted=marketing, source="signup", at=now)
    if marketing:  # off is every kind's default already
        events.publish(events.MarketingConsentChanged(user_id=user_id, granted=True))
    clean = {k: str(utm.get(k) or "").strip()[:100] for k in UTM_FIELDS}
    referrer = referrer.strip()[:500]
    repo.save_signup_source(
        user_id=user_id,
        source=source_label(utm_source=clean["utm_source"], referrer=referrer),
        utm=clean,
        referrer=referrer,
        at=now,
    )
