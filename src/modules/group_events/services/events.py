"""Events' use cases: create, edit, publish, cancel, browse, covers.

Managers and admins create events for any friends; a friend creates events they host
themselves. Only an event's hosts and staff change it; a draft exists only for them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import transaction

from core import events as bus
from core.errors import FieldProblem, InvalidInput, NotFound, PermissionDenied, ProviderError
from core.identity import Actor, Role
from core.pagination import Page, PageRequest
from core.ports.contacts import ContactBlocks
from core.ports.media import MediaStorage, PresignedUpload
from kit.transactions import after_commit
from modules.accounts.public import display_names, people_basics
from modules.chat.public import conversation_ensure_group
from modules.group_events.domain import events as rules
from modules.group_events.domain.events import EventStatus, SeatStatus
from modules.group_events.repositories import events as repo
from modules.group_events.repositories.events import EventView, SeatView
from modules.group_events.services import seat_money
from modules.notifications.public import NotificationKind, notify

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class EventListing:
    """Events with what the page needs to show them: host names and the caller's own seats."""

    items: list[EventView]
    total: int
    names: dict[int, str]
    my_seats: dict[int, SeatView]


# --- who sees and who manages -----------------------------------------------------------------
def is_manager_of(actor: Actor, event: EventView) -> bool:
    return actor.is_staff or actor.user_id in event.host_ids


def visible(actor: Actor, event_id: int, *, blocks: ContactBlocks, lock: bool = False) -> EventView:
    """The event if the caller may see it: hosts and staff always; others once it is published
    and while no block stands between them and a host (a block reads as no such event)."""
    event = repo.get(event_id, lock=lock)
    if event is None:
        raise NotFound("No such event.")
    if is_manager_of(actor, event):
        return event
    if event.status == EventStatus.DRAFT or blocks.blocked_with(actor.user_id) & set(event.host_ids):
        raise NotFound("No such event.")
    return event


def manageable(actor: Actor, event_id: int, *, blocks: ContactBlocks, lock: bool = False) -> EventView:
    event = visible(actor, event_id, blocks=blocks, lock=lock)
    if not is_manager_of(actor, event):
        raise PermissionDenied("Only the event's hosts and staff may do this.", code="hosts_only")
    return event


def _audit(actor: Actor, event: EventView, action: str, *, at: datetime, reason: str = "") -> None:
    if actor.is_staff and actor.user_id not in event.host_ids:
        bus.publish(
            bus.StaffActed(
                actor_id=actor.user_id, action=action, target_type="event", target_id=event.id, reason=reason, at=at
            )
        )


def _check_hosts(actor: Actor, host_ids: list[int] | None) -> list[int]:
    """Staff name the hosts (friends); a friend hosts their own events (co-hosts allowed)."""
    if actor.is_staff:
        if not host_ids:
            raise InvalidInput("Name at least one host.", errors=[FieldProblem(("body", "host_ids"), "required")])
        hosts = sorted(set(host_ids))
    elif actor.role == Role.FRIEND:
        hosts = sorted(set(host_ids or []) | {actor.user_id})
    else:
        raise PermissionDenied("Only friends and staff create events.", code="friends_only")
    if len(hosts) > rules.MAX_HOSTS:
        raise InvalidInput("Too many hosts.", errors=[FieldProblem(("body", "host_ids"), f"at most {rules.MAX_HOSTS}")])
    people = people_basics(hosts)
    bad = [h for h in hosts if h not in people or people[h].role != Role.FRIEND or not people[h].is_active]
    if bad:
        raise InvalidInput(
            "Hosts are active friends.", errors=[FieldProblem(("body", "host_ids"), f"not an active friend: {bad}")]
        )
    return hosts


# --- create, edit, publish, cancel --------------------------------------------------------
def event_create(
    *,
    actor: Actor,
    title: str,
    description: str,
    host_ids: list[int] | None,
    session_type: rules.SessionType,
    start: datetime,
    end: datetime,
    timezone: str,
    capacity: int,
    price_minor: int,
    currency: str,
    included_in_plan: bool,
    now: datetime,
) -> EventView:
    hosts = _check_hosts(actor, host_ids)
    rules.check_schedule(start=start, end=end, now=now)
    rules.check_price(price_minor=price_minor, included_in_plan=included_in_plan)
    with transaction.atomic():
        event = repo.create(
            host_ids=hosts, at=now, title=title.strip(), description=description.strip(), created_by_id=actor.user_id,
            status=EventStatus.DRAFT, session_type=session_type, start=start, end=end, timezone=timezone,
            capacity=capacity, price_minor=price_minor, currency=currency, included_in_plan=included_in_plan,
        )  # fmt: skip
        _audit(actor, event, "event.create", at=now)
    return event


def event_update(
    *, actor: Actor, event_id: int, changes: dict[str, Any], blocks: ContactBlocks, now: datetime
) -> EventView:
    with transaction.atomic():
        event = manageable(actor, event_id, blocks=blocks, lock=True)
        rules.check_editable(event.status, set(changes))
        changes = dict(changes)
        host_ids = changes.pop("host_ids", None)
        if host_ids is not None:
            repo.set_hosts(event_id, _check_hosts(actor, host_ids) if actor.is_staff else _co_hosts(actor, host_ids))
        if "start" in changes or "end" in changes:
            rules.check_schedule(start=changes.get("start", event.start), end=changes.get("end", event.end), now=now)
        if "price_minor" in changes or "included_in_plan" in changes:
            rules.check_price(
                price_minor=changes.get("price_minor", event.price_minor),
                included_in_plan=changes.get("included_in_plan", event.included_in_plan),
            )
        for text in ("title", "description"):
            if text in changes:
                changes[text] = changes[text].strip()
        if changes:
            repo.update(event_id, at=now, **changes)
        _audit(actor, event, "event.update", at=now)
        updated = repo.get(event_id)
    assert updated is not None
    return updated


def _co_hosts(actor: Actor, host_ids: list[int]) -> list[int]:
    # A host edits the co-hosts but cannot leave their own event's hosts by accident.
    return _check_hosts(Actor(actor.user_id, Role.FRIEND), host_ids)


def event_publish(*, actor: Actor, event_id: int, blocks: ContactBlocks, now: datetime) -> EventView:
    with transaction.atomic():
        event = manageable(actor, event_id, blocks=blocks, lock=True)
        rules.check_publishable(event.status, start=event.start, now=now)
        # The hosts' group conversation exists from the start; seat holders join it as they sit.
        conversation_id = conversation_ensure_group(
            key=rules.group_key(event.id), member_ids=event.host_ids, title=event.title
        )
        repo.update(event_id, at=now, status=EventStatus.PUBLISHED, conversation_id=conversation_id)
        _audit(actor, event, "event.publish", at=now)
        updated = repo.get(event_id)
    assert updated is not None
    return updated


def event_cancel(*, actor: Actor, event_id: int, reason: str, blocks: ContactBlocks, now: datetime) -> EventView:
    """Every seat is cancelled and every seat holder and waitlisted person is told, once."""
    with transaction.atomic():
        event = manageable(actor, event_id, blocks=blocks, lock=True)
        rules.check_cancellable(event.status)
        seats = repo.active_seats_of_event(event_id)
        for seat in seats:
            repo.set_seat(seat.id, at=now, status=SeatStatus.CANCELLED, offer_expires_at=None)
            seat_money.give_up(event, seat, full=True, now=now)  # the hosts cancelled: everything back
            notify(
                user_id=seat.person_id,
                key=f"event-cancelled:{event_id}:{seat.person_id}",
                kind=NotificationKind.EVENTS,
                title=f"Cancelled: {event.title[:80]}",
                body=reason or "The hosts cancelled this event.",
                data={"event_id": str(event_id)},
            )
        repo.update(event_id, at=now, status=EventStatus.CANCELLED, cancel_reason=reason, seats_taken=0)
        _audit(actor, event, "event.cancel", at=now, reason=reason)
        updated = repo.get(event_id)
    assert updated is not None
    return updated


def events_complete_due(*, now: datetime) -> int:
    """Published events whose end has passed become completed (beat task; idempotent)."""
    done = 0
    for event_id in repo.due_completion(now=now):
        with transaction.atomic():
            event = repo.get(event_id, lock=True)
            if event and event.status == EventStatus.PUBLISHED and event.end <= now:
                repo.update(event_id, at=now, status=EventStatus.COMPLETED)
                done += 1
    return done


# --- reading ----------------------------------------------------------------------------------
def _listing(actor: Actor, items: list[EventView], total: int) -> EventListing:
    names = display_names(sorted({h for e in items for h in e.host_ids}))
    return EventListing(items, total, names, repo.my_seat_statuses(actor.user_id, [e.id for e in items]))


def events_browse(
    *,
    actor: Actor,
    session_type: rules.SessionType | None,
    host_id: int | None,
    starts_after: datetime | None,
    starts_before: datetime | None,
    free_seats: bool,
    page: PageRequest,
    blocks: ContactBlocks,
    now: datetime,
) -> EventListing:
    items, total = repo.browse(
        now=now,
        session_type=session_type,
        host_id=host_id,
        starts_after=starts_after,
        starts_before=starts_before,
        free_seats=free_seats,
        hidden_host_ids=blocks.blocked_with(actor.user_id),
        limit=page.limit,
        offset=page.offset,
    )
    return _listing(actor, items, total)


def events_hosting(*, actor: Actor, page: PageRequest) -> EventListing:
    items, total = repo.hosted_by(actor.user_id, limit=page.limit, offset=page.offset)
    return _listing(actor, items, total)


def event_get(*, actor: Actor, event_id: int, blocks: ContactBlocks) -> EventListing:
    return _listing(actor, [visible(actor, event_id, blocks=blocks)], 1)


def page_of(listing: EventListing, page: PageRequest) -> Page[EventView]:
    return Page(listing.items, listing.total, page.limit, page.offset)


# --- cover image --------------------------------------------------------------------------------
def cover_upload_start(
    *, actor: Actor, event_id: int, content_type: str, blocks: ContactBlocks, storage: MediaStorage
) -> PresignedUpload:
    manageable(actor, event_id, blocks=blocks)
    return storage.presign_upload(
        key=rules.new_cover_key(actor.user_id),
        content_type=rules.check_cover_content_type(content_type),
        max_bytes=rules.COVER_MAX_BYTES,
        expires_in_seconds=rules.COVER_UPLOAD_SECONDS,
    )


def cover_set(
    *, actor: Actor, event_id: int, key: str, blocks: ContactBlocks, storage: MediaStorage, now: datetime
) -> EventView:
    """Point the event at an image the caller uploaded (their own key, an image, at most 5 MB)."""
    manageable(actor, event_id, blocks=blocks)
    if not rules.cover_key_owned_by(key, actor.user_id):
        raise InvalidInput("Not one of your uploads.", errors=[FieldProblem(("body", "key"), "not your upload")])
    stored = storage.stat(key=key)
    if (
        stored is None
        or stored.content_type not in rules.COVER_CONTENT_TYPES
        or not 0 < stored.size <= rules.COVER_MAX_BYTES
    ):
        raise InvalidInput(
            "Upload an image of at most 5 MB first.", errors=[FieldProblem(("body", "key"), "no acceptable upload")]
        )
    with transaction.atomic():
        event = manageable(actor, event_id, blocks=blocks, lock=True)
        rules.check_editable(event.status, set())
        repo.update(event_id, at=now, cover_key=key)
        previous = event.cover_key
        if previous and previous != key:
            after_commit(lambda: _delete_quietly(storage, previous))
        updated = repo.get(event_id)
    assert updated is not None
    return updated


def cover_url(event: EventView, storage: MediaStorage) -> str | None:
    if not event.cover_key:
        return None
    return storage.presign_download(key=event.cover_key, expires_in_seconds=rules.COVER_LINK_SECONDS)


def _delete_quietly(storage: MediaStorage, key: str) -> None:
    try:
        storage.delete(key=key)
    except ProviderError:
        logger.warning("could not delete replaced event cover %s", key, exc_info=True)
