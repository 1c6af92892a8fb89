"""Erasure (GDPR art. 17, CCPA deletion): asked for by the person (or by staff on a verified
request), carried out after a grace period unless cancelled, by every module for its own tables,
in one transaction. Idempotent: erasing an erased person changes nothing more."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from django.db import transaction

from core import events
from core.errors import NotFound, PermissionDenied
from core.identity import Actor
from modules.accounts.public import personal_data_erase as accounts_erase
from modules.billing.public import personal_data_erase as billing_erase
from modules.booking.public import personal_data_erase as booking_erase
from modules.chat.public import personal_data_erase as chat_erase
from modules.feedback.public import personal_data_erase as feedback_erase
from modules.group_events.public import personal_data_erase as group_events_erase
from modules.matching.public import personal_data_erase as matching_erase
from modules.notifications.public import personal_data_erase as notifications_erase
from modules.personality.public import personal_data_erase as personality_erase
from modules.privacy import dependencies as deps
from modules.privacy.models import ErasureRequest
from modules.privacy.repositories import erasures as repo
from modules.privacy.repositories.erasures import ErasureView
from modules.privacy.services import archives
from modules.recordings.public import personal_data_erase as recordings_erase
from modules.support.public import personal_data_erase as support_erase

logger = logging.getLogger(__name__)

# Booking first (it cancels the person's sessions while their role and hours still exist),
# accounts last (it takes the identity away and closes their sockets).
ERASERS: tuple[Callable[[int], None], ...] = (
    booking_erase,
    group_events_erase,
    # Recordings of the person's sessions go entirely (the other participant's copy too).
    recordings_erase,
    matching_erase,
    personality_erase,
    chat_erase,
    notifications_erase,
    feedback_erase,
    billing_erase,
    support_erase,
    lambda user_id: archives.archives_erase(user_id, storage=deps.media_storage()),
    accounts_erase,
)


GRACE_PERIOD = timedelta(days=7)


def erasure_record(*, user_id: int, requested_by: int, now: datetime) -> ErasureView:
    """A verified request (accounts checked who asked): it happens when the grace period ends
    unless cancelled. A second request while one is pending is that one."""
    return repo.create(user_id=user_id, requested_by=requested_by, at=now, due_at=now + GRACE_PERIOD)


def erasure_status(*, actor: Actor) -> ErasureView:
    view = repo.latest_of(actor.user_id)
    if view is None:
        raise NotFound("No erasure was requested.")
    return view


def erasure_cancel(*, actor: Actor, now: datetime) -> None:
    with transaction.atomic():
        pending = repo.pending_of(actor.user_id, lock=True)
        if pending is None:
            raise NotFound("No erasure is pending.")
        repo.finish(pending.id, status=ErasureRequest.Status.CANCELLED, at=now)


def erase_person(user_id: int) -> None:
    """Every module removes or pseudonymises what it holds about the person, all or nothing."""
    with transaction.atomic():
        for erase in ERASERS:
            erase(user_id)


def erasures_run_due(*, now: datetime) -> int:
    """Carry out the requests whose grace period has ended (beat runs this; idempotent)."""
    done = 0
    for request_id in repo.due_ids(now):
        with transaction.atomic():
            request = repo.lock(request_id)
            if request is None or request.status != ErasureRequest.Status.PENDING or request.due_at > now:
                continue
            erase_person(request.user_id)
            repo.finish(request_id, status=ErasureRequest.Status.DONE, at=now)
            done += 1
        logger.info("privacy: erased account %s (request %s)", request.user_id, request_id)
    return done


def erasure_run_for(*, actor: Actor, user_id: int, now: datetime) -> ErasureView:
    """An admin carries out a verified request at once (e.g. one received by email)."""
    if not actor.is_admin:
        raise PermissionDenied("Only admins erase accounts.")
    if user_id == actor.user_id:
        raise PermissionDenied("Erase your own account from your own settings.")
    with transaction.atomic():
        request = repo.create(user_id=user_id, requested_by=actor.user_id, at=now, due_at=now)
        repo.finish(request.id, status=ErasureRequest.Status.DONE, at=now)
        erase_person(user_id)
        events.publish(
            events.StaffActed(
                actor_id=actor.user_id, action="account.erase", target_type="user", target_id=user_id, at=now
            )
        )
    return erasure_status(actor=Actor(user_id=user_id, role=actor.role))
