from __future__ import annotations

import factory

from modules.booking.models import FriendAvailability


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
