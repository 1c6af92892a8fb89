"""GET/DELETE /api/notifications/devices (own devices only) and the unread count."""

from __future__ import annotations

import pytest

from modules.notifications.models import Device, Notification
from modules.notifications.public import NotificationKind, notify
from tests.modules.accounts.factories import UserFactory, bearer
from tests.modules.notifications.factories import DeviceFactory
from tests.query_counts import assert_constant_queries

pytestmark = pytest.mark.django_db


def test_i_list_only_my_devices_with_a_hint_not_the_token(client):
    ann, bob = UserFactory(), UserFactory()
    DeviceFactory(user=ann, token="ann-token-abcdef", platform="ios")
    DeviceFactory(user=bob, token="bob-token-123456")
    body = client.get("/api/notifications/devices", headers=bearer(ann)).json()
    assert [(d["platform"], d["token_hint"]) for d in body] == [("ios", "abcdef")]
    assert "ann-token-abcdef" not in str(body)


def test_device_list_costs_the_same_sql_for_one_or_many(client):
    user = UserFactory()
    assert_constant_queries(
        lambda: client.get("/api/notifications/devices", headers=bearer(user)),
        lambda n: [DeviceFactory(user=user) for _ in range(n)],
        count=len,
    )


def test_i_remove_my_device_but_another_persons_is_404(client):
    ann, bob = UserFactory(), UserFactory()
    mine, theirs = DeviceFactory(user=ann), DeviceFactory(user=bob)
    response = client.delete(f"/api/notifications/devices/{theirs.pk}", headers=bearer(ann))
    assert response.status_code == 404
    assert Device.objects.filter(pk=theirs.pk).exists()
    assert client.delete(f"/api/notifications/devices/{mine.pk}", headers=bearer(ann)).status_code == 204
    assert not Device.objects.filter(pk=mine.pk).exists()
    assert client.delete(f"/api/notifications/devices/{mine.pk}", headers=bearer(ann)).status_code == 404


def test_unread_count_is_mine_in_one_query(client, django_assert_num_queries):
    ann, bob = UserFactory(), UserFactory()
    for i in range(3):
        notify(user_id=ann.pk, key=f"a{i}", kind=NotificationKind.NEW_MATCH, title="t", body="b")
    notify(user_id=bob.pk, key="b", kind=NotificationKind.NEW_MATCH, title="t", body="b")
    Notification.objects.filter(key="a0").update(read_at=Notification.objects.get(key="a0").created_at)
    headers = bearer(ann)
    client.get("/api/notifications/unread-count", headers=headers)  # warm the auth path's caches
    with django_assert_num_queries(2):  # the caller's account + the count
        body = client.get("/api/notifications/unread-count", headers=headers).json()
    assert body == {"unread": 2}
