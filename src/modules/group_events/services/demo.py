"""Demo events for `make run`: two upcoming events, one with a seat left, one full with a waitlist."""

from __future__ import annotations

from datetime import timedelta

from core.identity import Actor, Role
from modules.accounts.public import demo_friend_ids
from modules.group_events import dependencies as deps
from modules.group_events.domain.events import SessionType
from modules.group_events.models import Event
from modules.group_events.services import events as event_services
from modules.group_events.services import seats

_A = "Demo: Sunday language café"
_B = "Demo: Evening walk-and-talk (video)"


def demo_events_ensure() -> list[str]:
    friends = demo_friend_ids()
    if len(friends) < 3 or Event.objects.filter(title__in=[_A, _B], status="published").exists():
        return []
    f1, f2, f3 = (Actor(f, Role.FRIEND) for f in friends[:3])
    now = deps.clock().now()
    blocks = deps.contact_blocks()
    start = (now + timedelta(days=2)).replace(minute=0, second=0, microsecond=0)
    lines = []
    plans = [
        # One seat left: the demo user can take it.
        (f1, _A, SessionType.TEXT, 3, [f2, f3]),
        # Full: a seat holder and one person waiting; the demo user joining lands second in line.
        (f3, _B, SessionType.VIDEO, 1, [f2, f1]),
    ]
    for i, (host, title, kind, capacity, guests) in enumerate(plans):
        event = event_services.event_create(
            actor=host, title=title, description="A demo event: book a seat, join the waitlist, chat with the group.",
            host_ids=None, session_type=kind, start=start + timedelta(days=i), end=start + timedelta(days=i, hours=1),
            timezone="UTC", capacity=capacity, price_minor=0, currency="usd", included_in_plan=False, now=now,
        )  # fmt: skip
        event_services.event_publish(actor=host, event_id=event.id, blocks=blocks, now=now)
        for guest in guests:
            seats.seat_book(actor=guest, event_id=event.id, blocks=blocks, now=now)
        lines.append(f"created event  {title} ({capacity} seats, {len(guests)} booked)")
    return lines
