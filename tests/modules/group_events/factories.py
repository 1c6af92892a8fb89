"""Group events for tests: created and published through the services, as the API would."""

from __future__ import annotations

from datetime import timedelta

from core.identity import Actor, Role
from modules.group_events.domain.events import SessionType
from modules.group_events.repositories.events import EventView
from modules.group_events.services import events as services
from tests.clock import NOW


class NoBlocks:
    def blocked_with(self, user_id: int) -> frozenset[int]:
        return frozenset()


def event_of(
    host,
    *,
    capacity: int = 3,
    start=None,
    hours: int = 1,
    session_type: SessionType = SessionType.VIDEO,
    publish: bool = True,
    price_minor: int = 0,
    included_in_plan: bool = False,
    now=NOW,
) -> EventView:
    start = start or NOW + timedelta(days=1)
    event = services.event_create(
        actor=Actor(host.pk, Role.FRIEND), title="Book club", description="We read.", host_ids=None,
        session_type=session_type, start=start, end=start + timedelta(hours=hours), timezone="Europe/Paris",
        capacity=capacity, price_minor=price_minor, currency="usd", included_in_plan=included_in_plan, now=now,
    )  # fmt: skip
    if publish:
        event = services.event_publish(actor=Actor(host.pk, Role.FRIEND), event_id=event.id, blocks=NoBlocks(), now=now)
    return event
