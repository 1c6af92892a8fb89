"""What other modules and the entry points (tasks, dev media, demo data) may use from group events."""

from __future__ import annotations

from typing import Any

from core.identity import Actor, Role
from modules.group_events import dependencies as deps
from modules.group_events.domain.events import EventStatus, cover_key_owned_by
from modules.group_events.repositories import events as repo
from modules.group_events.services import events as event_services
from modules.group_events.services import seats
from modules.group_events.services.demo import demo_events_ensure


def offers_expire_run() -> int:
    """Move lapsed waitlist offers on to the next in line (beat, every minute; idempotent)."""
    return seats.offers_expire_due(clock=deps.clock())


def complete_due_run() -> int:
    """Mark ended events completed (beat; idempotent)."""
    return event_services.events_complete_due(now=deps.clock().now())


def personal_data_export(user_id: int) -> dict[str, list[dict[str, Any]]]:
    """Events the person created or hosts, their host rows and every seat they held."""
    return repo.export_of(user_id)


def personal_data_erase(user_id: int) -> None:
    """A leaving person gives up their places at upcoming events (the next in line is offered
    them), and upcoming events they alone host are cancelled, with everyone told. Idempotent."""
    now = deps.clock().now()
    seats.seats_release_for_departure(person_id=user_id, now=now)
    host = Actor(user_id, Role.FRIEND)
    for event_id in repo.event_ids_hosted_by(user_id, statuses=[EventStatus.DRAFT, EventStatus.PUBLISHED]):
        event = repo.get(event_id)
        if event is None or event.host_ids != (user_id,) or event.start <= now:
            continue
        event_services.event_cancel(
            actor=host, event_id=event_id, reason="The host left HumanLink.", blocks=deps.contact_blocks(), now=now
        )


__all__ = [
    "complete_due_run",
    "cover_key_owned_by",
    "demo_events_ensure",
    "offers_expire_run",
    "personal_data_erase",
    "personal_data_export",
]
