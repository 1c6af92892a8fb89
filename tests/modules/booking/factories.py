from __future__ import annotations

from datetime import UTC, datetime, timedelta

import factory

from modules.booking.models import FriendAvailability, Session


class AvailabilityFactory(factory.django.DjangoModelFactory):
    """Every day 08:00–20:00 UTC, no notice, no buffer."""

    class Meta:
        model = FriendAvailability
        django_get_or_create = ("friend",)

    timezone = "UTC"
    weekly = factory.LazyFunction(
        lambda: [{"weekday": d, "start_minute": 8 * 60, "end_minute": 20 * 60} for d in range(7)]
    )
    min_notice_minutes = 0
    buffer_minutes = 0


class SessionFactory(factory.django.DjangoModelFactory):
    """A booked video session next January (fixed, so it is always in the future of these tests)."""

    class Meta:
        model = Session

    session_type = "video"
    start = datetime(2031, 1, 6, 10, 0, tzinfo=UTC)
    end = factory.LazyAttribute(lambda s: s.start + timedelta(hours=1))
    price_minor = 3000
    currency = "usd"
