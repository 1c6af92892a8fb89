"""/api/admin/suspensions and /api/admin/audit: staff keep people off the platform; admins read
what every staff member did."""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from ninja import Query, Router, Schema, Status
from pydantic import Field

from core.api_errors import error_responses
from kit.api import MAX_ID, Id, PageQuery, StrictSchema, page_out
from kit.fields import AwareDatetime, ParamBool, param_int
from modules.accounts.public import actor_of
from modules.moderation import dependencies as deps
from modules.moderation.services import audit, suspensions

router = Router(tags=["moderation"])


class SuspensionIn(StrictSchema):
    user_id: int = Field(ge=1, le=MAX_ID, strict=True)
    reason: str = Field(min_length=3, max_length=1000)
    ends_at: AwareDatetime | None = Field(default=None, description="Until lifted when absent")


class SuspensionLiftIn(StrictSchema):
    reason: str = Field(min_length=3, max_length=1000)


class SuspensionOut(Schema):
    id: int
    user_id: int
    reason: str
    starts_at: datetime
    ends_at: datetime | None
    created_by_id: int
    lifted_at: datetime | None
    lifted_by_id: int | None = Field(description="None with lifted_at: it ended by itself")
    lift_reason: str


class SuspensionPage(Schema):
    items: list[SuspensionOut]
    total: int
    limit: int
    offset: int


class SuspensionQuery(PageQuery):
    user_id: param_int(ge=1, le=MAX_ID) | None = None
    active: ParamBool | None = None


class AuditEntryOut(Schema):
    id: int
    actor_id: int
    action: str
    target_type: str
    target_id: int
    reason: str
    at: datetime


class AuditPage(Schema):
    items: list[AuditEntryOut]
    total: int
    limit: int
    offset: int


class AuditQuery(PageQuery):
    actor_id: param_int(ge=1, le=MAX_ID) | None = None
    action: str | None = Field(default=None, max_length=60)
    target_type: str | None = Field(default=None, max_length=40)
    target_id: param_int(ge=1, le=MAX_ID) | None = None


def _out(view) -> SuspensionOut:
    return SuspensionOut(**{k: getattr(view, k) for k in SuspensionOut.model_fields})


@router.post(
    "/suspensions",
    response={201: SuspensionOut},
    operation_id="moderation_suspension_create",
    openapi_extra=error_responses(403, 404, 409),
    summary="Suspend a person (staff)",
    description=(
        "Managers and admins (only admins suspend staff; nobody themselves): the person cannot sign in or "
        "refresh, open sockets close, matching stops offering them, and their future sessions are cancelled "
        "as if they cancelled (a suspended friend's users are refunded and told). 409 `already_suspended`."
    ),
)
def suspension_create(request: HttpRequest, payload: SuspensionIn):
    view = suspensions.suspension_create(
        actor=actor_of(request),
        user_id=payload.user_id,
        reason=payload.reason,
        ends_at=payload.ends_at,
        now=deps.clock().now(),
    )
    return Status(201, _out(view))


@router.post(
    "/suspensions/{suspension_id}/lift",
    response=SuspensionOut,
    operation_id="moderation_suspension_lift",
    openapi_extra=error_responses(403, 404, 409),
    summary="Lift a suspension (staff)",
    description="Managers and admins: the person may sign in again; recorded with who and why. 409 if it ended.",
)
def suspension_lift(request: HttpRequest, suspension_id: Id, payload: SuspensionLiftIn):
    return _out(
        suspensions.suspension_lift(
            actor=actor_of(request), suspension_id=suspension_id, reason=payload.reason, now=deps.clock().now()
        )
    )


@router.get(
    "/suspensions",
    response=SuspensionPage,
    operation_id="moderation_suspensions_list",
    openapi_extra=error_responses(403),
    summary="Suspensions (staff)",
    description="Managers and admins: newest first, by person and whether still in force.",
)
def suspensions_list(request: HttpRequest, query: Query[SuspensionQuery]):
    page = suspensions.suspensions_list(
        actor=actor_of(request),
        user_id=query.user_id,
        active=query.active,
        page=query.page_request(),
    )
    return page_out(SuspensionPage, page, _out)


@router.get(
    "/audit",
    response=AuditPage,
    operation_id="moderation_audit_list",
    openapi_extra=error_responses(403),
    summary="The audit log of staff actions (admins)",
    description="Admins only: who did what to which account or object, when and why, newest first.",
)
def audit_list(request: HttpRequest, query: Query[AuditQuery]):
    page = audit.audit_list(
        actor=actor_of(request),
        actor_id=query.actor_id,
        action=query.action,
        target_type=query.target_type,
        target_id=query.target_id,
        page=query.page_request(),
    )
    return page_out(AuditPage, page, lambda a: AuditEntryOut(**{k: getattr(a, k) for k in AuditEntryOut.model_fields}))
