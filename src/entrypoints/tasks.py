"""Celery tasks: thin entry points that call module public surfaces.

Tasks are idempotent (acks are late, so a task may run twice after a worker dies).
"""

from __future__ import annotations

from celery import shared_task
from django.core.cache import cache

from modules.matching.public import person_changed

# Changes to one person within this many seconds are recomputed once.
MATCHING_DEBOUNCE_SECONDS = 5


def _debounce_key(person_id: int) -> str:
    return f"matching:debounce:{person_id}"


@shared_task(name="matching.person_changed")
def matching_person_changed(person_id: int) -> list[int]:
    # Let changes from now on schedule another run: this one may already have read older state.
    cache.delete(_debounce_key(person_id))
    return person_changed(person_id)


class CeleryMatchingJobs:
    """matching's MatchingJobs port on Celery. Called after commit (matching's handlers see to it)."""

    def person_changed(self, person_id: int) -> None:
        if cache.add(_debounce_key(person_id), 1, timeout=MATCHING_DEBOUNCE_SECONDS * 4):
            matching_person_changed.apply_async((person_id,), countdown=MATCHING_DEBOUNCE_SECONDS)
