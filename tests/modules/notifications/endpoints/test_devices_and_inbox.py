from __future__ import annotations

import json

import pytest

from modules.notifications.models import Device
from modules.notifications.public import NotificationKind, notify
from tests.modules.accounts.factories import UserFactory, bearer
from tests.modules.notifications.factories import DeviceFactory

pytestmark = pytest.mark.django_db


def _post(client, path, who, body):
    return client.post(path, data=json.dumps(body), content_type="application/json", headers=bearer(who))


def test_register_is_idempotent_and_a_token_follows_its_latest_owner(client):
    ann, bob = UserFactory(), UserFactory()
    body = {"token": "fcm-token-123456", "platform": "ios"}
    assert _post(client, "/api/notifications/devices", ann, body).status_code == 204
    assert _post(client, "/api/notifications/devices", ann, body).status_code == 204
    assert list(Device.objects.values_list("user_id", flat=True)) == [ann.pk]
    assert _post(client, "/api/notifications/devices", bob, body).status_code == 204
    assert list(Device.objects.values_list("user_id", flat=True)) == [bob.pk]


def test_forget_only_removes_my_own_device(client):
    ann, bob = UserFactory(), UserFactory()
    DeviceFactory(user=ann, token="ann-token-0001")
    assert _post(client, "/api/notifications/devices/forget", bob, {"token": "ann-token-0001"}).status_code == 204
    assert Device.objects.filter(token="ann-token-0001").exists()
    assert _post(client, "/api/notifications/devices/forget", ann, {"token": "ann-token-0001"}).status_code == 204
    assert not Device.objects.exists()


@pytest.mark.parametrize(
    "body", [{"token": "short", "platform": "ios"}, {"token": "x" * 20, "platform": "palm"}, {"token": "x" * 20}]
)
def test_bad_device_input_is_422_and_writes_nothing(client, body):
    assert _post(client, "/api/notifications/devices", UserFactory(), body).status_code == 422
    assert not Device.objects.exists()


def test_inbox_shows_only_my_notifications_and_marks_read(client, django_assert_max_num_queries):
    ann, bob = UserFactory(), UserFactory()
    notify(user_id=ann.pk, key="a1", kind=NotificationKind.NEW_MATCH, title="For Ann", body="b")
    notify(user_id=bob.pk, key="b1", kind=NotificationKind.NEW_MATCH, title="For Bob", body="b")
    headers = bearer(ann)
    with django_assert_max_num_queries(3):
        page = client.get("/api/notifications", headers=headers).json()
    assert [n["title"] for n in page["items"]] == ["For Ann"]
    bobs = client.get("/api/notifications", headers=bearer(bob)).json()["items"][0]["id"]
    mine = page["items"][0]["id"]
    assert _post(client, "/api/notifications/read", ann, {"ids": [mine, bobs]}).status_code == 204
    assert client.get("/api/notifications", headers=headers).json()["items"][0]["read_at"] is not None
    assert client.get("/api/notifications", headers=bearer(bob)).json()["items"][0]["read_at"] is None
