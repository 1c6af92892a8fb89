"""A block hides the two people from each other everywhere, both ways: the friend directory,
a friend's profile and their free slots read as if the other did not exist."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.booking.factories import AvailabilityFactory

pytestmark = pytest.mark.django_db


def _block(client, who, whom, *, lift=False):
    call = client.delete if lift else client.post
    assert call(f"/api/blocks/{whom.pk}", headers=bearer(who)).status_code == 204


def _sees(client, viewer, friend) -> dict[str, bool]:
    """Where `viewer` can find `friend`: the directory, the profile, the free slots."""
    listing = client.get("/api/users/friends", {"limit": 100}, headers=bearer(viewer))
    assert listing.status_code == 200, listing.content
    page = listing.json()
    listed = friend.pk in [item["id"] for item in page["items"]]
    assert page["total"] == len(page["items"])  # the count agrees with what is shown
    profile = client.get(f"/api/users/friends/{friend.pk}", headers=bearer(viewer))
    slots = client.get(
        f"/api/sessions/friends/{friend.pk}/slots",
        {"start": NOW.isoformat(), "end": (NOW + timedelta(days=2)).isoformat()},
        headers=bearer(viewer),
    )
    for hidden in (profile, slots):
        if hidden.status_code != 200:
            # The same answer as for someone who does not exist: nobody learns of the block.
            assert (hidden.status_code, hidden.json()["code"]) == (404, "not_found"), hidden.content
    return {
        "listed": listed,
        "profile": profile.status_code == 200,
        "slots": slots.status_code == 200 and len(slots.json()) > 0,
    }


EVERYWHERE = {"listed": True, "profile": True, "slots": True}
NOWHERE = {"listed": False, "profile": False, "slots": False}


@pytest.mark.parametrize("blocker", ["viewer", "friend"])
def test_a_block_either_way_hides_the_friend_from_the_user(client, clock, blocker):
    user, friend, bystander = UserFactory(), FriendFactory(), FriendFactory()
    for f in (friend, bystander):
        AvailabilityFactory(friend=f)
    assert _sees(client, user, friend) == EVERYWHERE
    who, whom = (user, friend) if blocker == "viewer" else (friend, user)
    _block(client, who, whom)
    assert _sees(client, user, friend) == NOWHERE
    # Nobody else is affected: the bystander stays visible to the user, the friend to others.
    assert _sees(client, user, bystander) == EVERYWHERE
    assert _sees(client, UserFactory(), friend) == EVERYWHERE
    _block(client, who, whom, lift=True)
    assert _sees(client, user, friend) == EVERYWHERE


def test_friends_who_block_each_other_no_longer_see_each_other(client, clock):
    blocker, blocked = FriendFactory(), FriendFactory()
    for f in (blocker, blocked):
        AvailabilityFactory(friend=f)
    _block(client, blocker, blocked)
    assert _sees(client, blocker, blocked) == NOWHERE
    assert _sees(client, blocked, blocker) == NOWHERE
