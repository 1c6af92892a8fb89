"""/api/devices: register, list and remove one's own devices; a token follows its last owner."""

from __future__ import annotations

import json

import pytest

from modules.notifications.models import Device
from tests.modules.accounts.factories import UserFactory, bearer

pytestmark = pytest.mark.django_db
TOKEN = "fcm-token-abcdef-123456"


def register(client, who, token=TOKEN, **extra):
    body = {"token": token, "platform": "android", **extra}
    return client.post("/api/devices", data=json.dumps(body), content_type="application/json", headers=bearer(who))


def test_register_list_and_remove(client):
    me = UserFactory()
    created = register(client, me)
    assert created.status_code == 201
    assert created.json()["token_hint"] == TOKEN[-6:]
    assert [d["id"] for d in client.get("/api/devices", headers=bearer(me)).json()] == [created.json()["id"]]
    assert client.delete(f"/api/devices/{created.json()['id']}", headers=bearer(me)).status_code == 204
    assert not Device.objects.exists()


def test_someone_elses_device_is_not_found_and_stays(client):
    owner, other = UserFactory(), UserFactory()
    device_id = register(client, owner).json()["id"]
    assert client.delete(f"/api/devices/{device_id}", headers=bearer(other)).status_code == 404
    assert Device.objects.filter(pk=device_id, user=owner).exists()


def test_a_token_registered_again_moves_to_the_new_owner(client):
    first, second = UserFactory(), UserFactory()
    register(client, first)
    register(client, second)
    assert list(Device.objects.values_list("user_id", flat=True)) == [second.pk]


@pytest.mark.parametrize(
    "body", [{"token": "short"}, {"token": TOKEN, "platform": "fax"}, {"token": TOKEN + "\x00"}, {"user_id": 1}]
)
def test_bad_input_is_422_and_writes_nothing(client, body):
    response = client.post(
        "/api/devices",
        data=json.dumps({"token": TOKEN, "platform": "ios", **body}),
        content_type="application/json",
        headers=bearer(UserFactory()),
    )
    assert response.status_code == 422
    assert not Device.objects.exists()
