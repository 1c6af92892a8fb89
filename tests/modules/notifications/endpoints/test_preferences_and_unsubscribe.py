"""GET/PATCH /api/notifications/preferences and the one-click unsubscribe link."""

from __future__ import annotations

import json

import pytest

from modules.notifications.models import Preference, QuietHours
from modules.notifications.public import NotificationKind
from modules.notifications.services.unsubscribe import token_for
from tests.modules.accounts.factories import UserFactory, bearer

pytestmark = pytest.mark.django_db

URL = "/api/notifications/preferences"


def _patch(client, who, body):
    return client.patch(URL, data=json.dumps(body), content_type="application/json", headers=bearer(who))


def _kinds(body):
    return {k["kind"]: (k["push"], k["email"], k["in_app"]) for k in body["kinds"]}


def test_defaults_marketing_off_and_account_not_listed(client):
    user = UserFactory(profile__timezone="Europe/Paris")
    body = client.get(URL, headers=bearer(user)).json()
    kinds = _kinds(body)
    assert kinds["marketing"] == (False, False, False)
    assert kinds["new_message"] == (True, False, True)
    assert "account" not in kinds
    assert body["quiet_hours"] is None
    assert body["timezone"] == "Europe/Paris"


def test_patch_changes_only_what_it_names_and_is_mine_alone(client):
    ann, bob = UserFactory(), UserFactory()
    response = _patch(
        client,
        ann,
        {"kinds": [{"kind": "marketing", "email": True}, {"kind": "new_message", "push": False}]},
    )
    assert response.status_code == 200, response.content
    kinds = _kinds(response.json())
    assert kinds["marketing"] == (False, True, False)
    assert kinds["new_message"] == (False, False, True)
    assert kinds["new_match"] == (True, True, True)
    assert _kinds(client.get(URL, headers=bearer(bob)).json())["marketing"] == (False, False, False)


def test_quiet_hours_set_kept_and_removed(client):
    user = UserFactory()
    body = _patch(client, user, {"quiet_hours": {"start": "22:30", "end": "07:00"}}).json()
    assert body["quiet_hours"] == {"start": "22:30", "end": "07:00"}
    # A PATCH without quiet_hours leaves them alone; null removes them.
    assert _patch(client, user, {"kinds": []}).json()["quiet_hours"] == {"start": "22:30", "end": "07:00"}
    assert _patch(client, user, {"quiet_hours": None}).json()["quiet_hours"] is None
    assert not QuietHours.objects.exists()


@pytest.mark.parametrize(
    "body",
    [
        {"kinds": [{"kind": "account", "push": False}]},  # transactional: always on
        {"kinds": [{"kind": "spam", "push": False}]},
        {"kinds": [{"kind": "marketing", "push": "yes"}]},
        {"kinds": [{"kind": "marketing", "sms": True}]},
        {"quiet_hours": {"start": "24:00", "end": "07:00"}},
        {"quiet_hours": {"start": "7:00", "end": "08:00"}},
        {"quiet_hours": {"start": "07:00", "end": "07:00"}},
        {"quiet_hours": {"start": "22:00"}},
        {"kinds": [{"kind": "new_match", "push": False}], "quiet_hours": {"start": "07:00", "end": "07:00"}},
    ],
)
def test_bad_input_is_422_and_changes_nothing(client, body):
    response = _patch(client, UserFactory(), body)
    assert response.status_code == 422, response.content
    assert not Preference.objects.exists()
    assert not QuietHours.objects.exists()


def test_unsubscribe_shows_then_turns_that_kinds_email_off_without_sign_in(client):
    user = UserFactory()
    token = token_for(user_id=user.pk, kind=NotificationKind.NEW_MATCH)
    shown = client.get("/api/notifications/unsubscribe", {"token": token})
    assert shown.status_code == 200
    assert shown.json() == {"kind": "new_match", "email": True}
    assert not Preference.objects.exists()  # a mail scanner following the link changes nothing
    # RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" as a form.
    done = client.post(
        f"/api/notifications/unsubscribe?token={token}",
        data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert done.status_code == 200, done.content
    assert done.json() == {"kind": "new_match", "email": False}
    assert _kinds(client.get(URL, headers=bearer(user)).json())["new_match"] == (True, False, True)
    again = client.post(f"/api/notifications/unsubscribe?token={token}")
    assert again.status_code == 200  # idempotent


@pytest.mark.parametrize("tamper", ["", "x", "garbage:here"])
def test_a_forged_or_cut_link_is_404_and_changes_nothing(client, tamper):
    user = UserFactory()
    token = token_for(user_id=user.pk, kind=NotificationKind.NEW_MATCH)
    bad = token[:-3] + tamper if tamper else token[: len(token) // 2]
    for method in (client.get, client.post):
        response = method(f"/api/notifications/unsubscribe?token={bad}")
        assert response.status_code == 404
        assert response.json()["code"] == "unsubscribe_link_invalid"
    assert not Preference.objects.exists()


def test_a_link_for_an_erased_person_is_404(client):
    user = UserFactory()
    token = token_for(user_id=user.pk, kind=NotificationKind.NEW_MATCH)
    user.delete()
    assert client.post(f"/api/notifications/unsubscribe?token={token}").status_code == 404
