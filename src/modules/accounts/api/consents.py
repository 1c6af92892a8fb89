"""/api/users/me/consents: what the caller agreed to, and their marketing and do-not-sell choices."""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from ninja import Router, Schema
from pydantic import Field

from kit.api import StrictSchema
from kit.fields import Bool
from modules.accounts import dependencies as deps
from modules.accounts.auth import actor_of
from modules.accounts.services import consents as services

router = Router(tags=["users"])


class ConsentOut(Schema):
    kind: str = Field(description="terms, privacy, marketing or do_not_sell")
    granted: bool
    version: str = Field(description="The document's version (terms and privacy), else empty")
    source: str = Field(description="signup or api")
    at: datetime


class ConsentsOut(Schema):
    terms: ConsentOut | None = Field(description="The terms version accepted, and when")
    privacy: ConsentOut | None = Field(description="The privacy notice version accepted, and when")
    marketing: ConsentOut | None = Field(description="Marketing emails and pushes: opt-in, off unless granted")
    do_not_sell: ConsentOut | None = Field(
        description="CCPA: granted means never sold or shared with third parties (analytics excludes them)"
    )
    history: list[ConsentOut] = Field(description="Every decision, newest first")


class ConsentsPatch(StrictSchema):
    marketing: Bool | None = Field(default=None, description="Opt in (true) or withdraw (false)")
    do_not_sell: Bool | None = Field(default=None, description="Ask (true) or stop asking (false) not to sell or share")


def _one(record: services.ConsentRecord | None) -> ConsentOut | None:
    return ConsentOut(**record.__dict__) if record else None


def _out(c: services.Consents) -> ConsentsOut:
    return ConsentsOut(
        terms=_one(c.terms),
        privacy=_one(c.privacy),
        marketing=_one(c.marketing),
        do_not_sell=_one(c.do_not_sell),
        history=[ConsentOut(**r.__dict__) for r in c.history],
    )


@router.get("/me/consents", response=ConsentsOut, operation_id="users_me_consents_get", summary="My consents")
def consents_get(request: HttpRequest) -> ConsentsOut:
    """Any signed-in account: its own consents (current choice of each kind and the full history). Changes
    nothing."""
    return _out(services.consents_of(actor_of(request).user_id))


@router.patch(
    "/me/consents", response=ConsentsOut, operation_id="users_me_consents_update", summary="Change my consents"
)
def consents_update(request: HttpRequest, payload: ConsentsPatch) -> ConsentsOut:
    """Any signed-in account: opt in to or withdraw from marketing, set or clear "do not sell or share"
    (CCPA). Each change is a new timestamped row; a choice equal to the current one records nothing. Terms and
    privacy acceptance come from sign-up and cannot be changed here."""
    return _out(
        services.consents_update(
            user_id=actor_of(request).user_id,
            marketing=payload.marketing,
            do_not_sell=payload.do_not_sell,
            now=deps.clock().now(),
        )
    )
