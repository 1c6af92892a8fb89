"""Suspensions: staff keep a person off the platform for a reason, until a date or until lifted.

While suspended the person cannot sign in or refresh (the account is inactive; open sockets close
as for a deactivation), matching stops offering a suspended friend, and their future sessions are
cancelled as if they cancelled them: a suspended friend's users get their money or included
session back, and a notice.
"""

from __future__ import annotations

import logging
from datetime import datetime

from django.db import transaction

from core import events
from core.errors import Conflict, FieldProblem, InvalidInput, NotFound
from core.identity import Actor, require_staff
from core.pagination import Page, PageRequest
from modules.accounts.public import account_deactivate, account_reactivate
from modules.booking.public import sessions_cancel_for_suspension
from modules.moderation.repositories import moderation as repo
from modules.moderation.repositories.moderation import SuspensionView

logger = logging.getLogger(__name__)


def suspension_create(
    *, actor: Actor, user_id: int, reason: str, ends_at: datetime | None, now: datetime
) -> SuspensionView:
    require_staff(actor)
    if ends_at is not None and ends_at <= now:
        raise InvalidInput(
            "A suspension must end in the future.", errors=[FieldProblem(("body", "ends_at"), "must be in the future")]
        )
    with transaction.atomic():
        # Staff rules first (nobody suspends themselves; only admins suspend staff): raises if not allowed.
        account_deactivate(actor=actor, user_id=user_id, reason=f"suspended: {reason}")
        suspension = repo.suspension_create(
            user_id=user_id, reason=reason, starts_at=now, ends_at=ends_at, created_by=actor.user_id
        )
        if suspension is None:
            raise Conflict("This person is suspended already.", code="already_suspended")
        # The other participants are told by notifications (booking's departure cancellations).
        sessions_cancel_for_suspension(user_id)
        events.publish(
            events.StaffActed(
                actor_id=actor.user_id,
                action="account.suspend",
                target_type="user",
                target_id=user_id,
                reason=reason,
                at=now,
            )
        )
    return suspension


def suspension_lift(*, actor: Actor, suspension_id: int, reason: str, now: datetime) -> SuspensionView:
    require_staff(actor)
    with transaction.atomic():
        suspension = repo.suspension_lock(suspension_id)
        if suspension is None:
            raise NotFound("No such suspension.")
        if suspension.lifted_at is not None:
            raise Conflict("This suspension has ended already.", code="suspension_ended")
        account_reactivate(actor=actor, user_id=suspension.user_id, reason=f"suspension lifted: {reason}")
        repo.suspension_lift(suspension_id, at=now, by=actor.user_id, reason=reason)
        events.publish(
            events.StaffActed(
                actor_id=actor.user_id,
                action="account.suspension_lift",
                target_type="user",
                target_id=suspension.user_id,
                reason=reason,
                at=now,
            )
        )
        lifted = repo.suspension_lock(suspension_id)
    assert lifted is not None
    return lifted


def suspensions_end_expired(*, now: datetime) -> int:
    """Suspensions whose end date has passed end by themselves (beat; idempotent)."""
    ended = 0
    for suspension_id in repo.expired_ids(now):
        with transaction.atomic():
            suspension = repo.suspension_lock(suspension_id)
            if suspension is None or suspension.lifted_at is not None or not suspension.ends_at:
                continue
            if suspension.ends_at > now:
                continue
            account_reactivate(actor=None, user_id=suspension.user_id, reason="suspension ended")
            repo.suspension_lift(suspension_id, at=now, by=None, reason="ended")
            ended += 1
        logger.info("moderation: suspension %s of %s ended", suspension_id, suspension.user_id)
    return ended


def suspensions_list(
    *, actor: Actor, user_id: int | None, active: bool | None, page: PageRequest
) -> Page[SuspensionView]:
    require_staff(actor)
    items, total = repo.suspensions_list(user_id=user_id, active=active, limit=page.limit, offset=page.offset)
    return Page(items, total, page.limit, page.offset)
