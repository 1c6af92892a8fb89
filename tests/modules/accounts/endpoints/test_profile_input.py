"""Display names must show something; timezones come from the tz database's own list.

Found by hand-made requests: a display name of spaces or zero-width characters was stored (a
person with an invisible name in every list and chat), and `posixrules`, `right/UTC` and
`localtime` (files the operating system keeps next to the zones, not zones) were accepted.
"""

from __future__ import annotations

import json

import pytest

from core.text import has_visible_character
from core.timezones import iana_timezones
from modules.accounts.models import Profile
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer

pytestmark = pytest.mark.django_db

INVISIBLE_NAMES = [
    " ",
    "   ",
    "\t\n",
    "\u00a0",  # no-break space
    "\u200b",  # zero-width space
    "\u200b\u200c\u200d\u2060\ufeff",  # zero-width (non-)joiners, word joiner, BOM
    "\u202e\u2066",  # direction overrides
    "\u3164",  # Hangul filler (a "letter" that renders as nothing)
    "\u2800",  # blank Braille pattern
    "\u0301\u0302",  # combining marks with nothing to sit on
    " \u200b \u3000 ",  # a mix, ideographic space included
]
VISIBLE_NAMES = ["Ann", " Zoë ", "李", "😀", "A\u200bnn", "-"]
NOT_ZONES = ["posixrules", "localtime", "right/UTC", "posix/Europe/Paris", "Factory", "Europe/Atlantis", "utc"]
ZONES = ["Europe/Paris", "UTC", "Etc/UTC", "US/Eastern", "America/Argentina/Buenos_Aires"]


def _patch_me(client, user, body):
    return client.patch("/api/users/me", data=json.dumps(body), content_type="application/json", headers=bearer(user))


@pytest.mark.parametrize("name", INVISIBLE_NAMES)
def test_a_display_name_without_a_visible_character_is_refused(client, name):
    user = UserFactory()
    before = Profile.objects.get(user=user).display_name

    response = _patch_me(client, user, {"display_name": name})

    assert response.status_code == 422, response.content
    assert response.json()["errors"][0]["loc"][-1] == "display_name"
    assert Profile.objects.get(user=user).display_name == before


@pytest.mark.parametrize("name", VISIBLE_NAMES)
def test_a_display_name_with_something_to_see_is_kept(client, name):
    user = UserFactory()

    response = _patch_me(client, user, {"display_name": name})

    assert response.status_code == 200, response.content
    assert Profile.objects.get(user=user).display_name == name


@pytest.mark.parametrize("zone", NOT_ZONES)
def test_profile_timezone_must_be_a_tz_database_zone(client, zone):
    user = UserFactory()

    response = _patch_me(client, user, {"timezone": zone})

    assert response.status_code == 422, response.content
    assert response.json()["errors"][0]["loc"][-1] == "timezone"


@pytest.mark.parametrize("zone", ZONES)
def test_profile_timezone_accepts_zones_and_their_links(client, zone):
    response = _patch_me(client, UserFactory(), {"timezone": zone})
    assert response.status_code == 200, response.content


@pytest.mark.parametrize("zone", NOT_ZONES)
def test_availability_and_slot_timezones_use_the_same_list(client, clock, zone):
    friend = FriendFactory()
    availability = client.put(
        "/api/sessions/availability",
        data=json.dumps({"timezone": zone, "weekly": []}),
        content_type="application/json",
        headers=bearer(friend),
    )
    slots = client.get(
        f"/api/sessions/friends/{friend.pk}/slots",
        {"start": NOW.isoformat(), "end": NOW.replace(hour=12).isoformat(), "tz": zone},
        headers=bearer(UserFactory()),
    )
    assert availability.status_code == 422, availability.content
    assert slots.status_code == 422, slots.content


def test_the_zone_list_is_the_databases_not_the_machines():
    zones = iana_timezones()
    assert "Europe/Paris" in zones
    assert not {"posixrules", "localtime", "Factory"} & zones
    assert not any(z.startswith(("right/", "posix/")) for z in zones)


def test_visible_character_rule():
    assert not any(has_visible_character(n) for n in INVISIBLE_NAMES)
    assert all(has_visible_character(n) for n in VISIBLE_NAMES)
