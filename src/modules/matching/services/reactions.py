"""What matching does when other modules announce a change (connected in matching/handlers.py).

They run inside the publisher's transaction: they only arrange work for after the commit.
Changes known to be a friend's invalidate the shared population at once; for the others the
background job finds out whose they were (a user's answers do not touch the population).
"""

from __future__ import annotations

from core import events
from core.errors import NotFound
from kit.transactions import after_commit
from modules.matching import dependencies
from modules.matching.repositories.store import DjangoMatchingStore
from modules.matching.services import matching as services
from modules.matching.services.population import population_changed


def friend_changed(friend_id: int) -> None:
    def run() -> None:
        population_changed()
        dependencies.jobs().person_changed(friend_id)

    after_commit(run)


def person_changed(person_id: int) -> None:
    after_commit(lambda: dependencies.jobs().person_changed(person_id))


def questionnaire_published() -> None:
    after_commit(population_changed)


def on_friend_rated(event: events.FriendRated) -> None:
    DjangoMatchingStore().set_rating(friend_id=event.friend_id, average=event.average, count=event.count)
    friend_changed(event.friend_id)


def refuse_if_blocked(event: events.ContactRequested) -> None:
    """A block in either direction stops bookings and new conversations, not only matches.

    Refused as "not found", so nobody learns they were blocked."""
    if services.blocked_between(a=event.from_user_id, b=event.to_user_id, deps=services.default_deps()):
        raise NotFound("No such friend.")
