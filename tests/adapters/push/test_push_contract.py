"""One contract for every PushSender: the fake and firebase-admin, stubbed at its HTTP boundary.

firebase-admin signs a JWT with the service account's key, trades it for an OAuth token at
Google's token endpoint, then POSTs to FCM's v1 API; both endpoints are stubbed with `responses`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import firebase_admin
import pytest
import requests
import responses
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from adapters.push.fake import FCM_ERRORS, FakePushSender
from adapters.push.firebase_push import FirebasePushSender
from core.errors import ProviderUnavailable
from core.ports.push import InvalidDeviceToken, PushError, PushSender, PushUnavailable

PROJECT = "humanlink-test"
TOKEN_URL = "https://oauth2.googleapis.com/token"
SEND_URL = f"https://fcm.googleapis.com/v1/projects/{PROJECT}/messages:send"


def _fcm_error(
    status: int, grpc_status: str, fcm_code: str | None = None, bad_field: str | None = None, message: str = "stubbed"
) -> dict:
    details: list[dict] = (
        [{"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": fcm_code}] if fcm_code else []
    )
    if bad_field:
        details.append(
            {"@type": "type.googleapis.com/google.rpc.BadRequest", "fieldViolations": [{"field": bad_field}]}
        )
    return {"error": {"code": status, "message": message, "status": grpc_status, "details": details}}


# FCM's answer for each error class the fake can imitate (FCM_ERRORS), as FCM v1 sends it.
FCM_RESPONSES = {
    "UNREGISTERED": (404, _fcm_error(404, "NOT_FOUND", "UNREGISTERED")),
    "SENDER_ID_MISMATCH": (403, _fcm_error(403, "PERMISSION_DENIED", "SENDER_ID_MISMATCH")),
    "INVALID_TOKEN": (
        400,
        _fcm_error(
            400,
            "INVALID_ARGUMENT",
            "INVALID_ARGUMENT",
            bad_field="message.token",
            message="The registration token is not a valid FCM registration token",
        ),
    ),
    "INVALID_ARGUMENT": (
        400,
        _fcm_error(
            400,
            "INVALID_ARGUMENT",
            "INVALID_ARGUMENT",
            bad_field="message.data[0].key",
            message="Invalid data payload key: from",
        ),
    ),
    "THIRD_PARTY_AUTH_ERROR": (401, _fcm_error(401, "UNAUTHENTICATED", "THIRD_PARTY_AUTH_ERROR")),
    "PERMISSION_DENIED": (403, _fcm_error(403, "PERMISSION_DENIED")),
    "UNAVAILABLE": (503, _fcm_error(503, "UNAVAILABLE")),
    "INTERNAL": (500, _fcm_error(500, "INTERNAL")),
    "QUOTA_EXCEEDED": (429, _fcm_error(429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED")),
}


def _failing_device(fcm_error: str) -> str:
    return f"fcm-{fcm_error.lower()}"


# Device tokens the stub (and the fake) treat specially.
GONE = {
    "uninstalled-device": (404, "NOT_FOUND", "UNREGISTERED"),
    "other-project": (403, "PERMISSION_DENIED", "SENDER_ID_MISMATCH"),
}
DOWN = {"fcm-unavailable": (503, "UNAVAILABLE", None), "fcm-internal": (500, "INTERNAL", None)}


@dataclass
class Harness:
    sender: PushSender
    # (device token, title, body, data) of every message the provider accepted.
    delivered: Callable[[], list[tuple[str, str, str, dict]]]
    go_offline: Callable[[], None]


@pytest.fixture
def firebase_harness(tmp_path) -> Iterator[Harness]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    service_account = {
        "type": "service_account",
        "project_id": PROJECT,
        "private_key_id": "test-key-1",
        "private_key": pem.decode(),
        "client_email": f"push@{PROJECT}.iam.gserviceaccount.com",
        "client_id": "1",
        "token_uri": TOKEN_URL,
    }
    path = tmp_path / "firebase.json"
    path.write_text(json.dumps(service_account))
    app_name = f"push-test-{uuid.uuid4().hex}"
    delivered: list[tuple[str, str, str, dict]] = []
    offline = {"on": False}

    def fcm(request) -> tuple[int, dict, str]:
        if offline["on"]:
            raise requests.ConnectionError("network unreachable")
        assert request.headers["Authorization"] == "Bearer ya29.stub-access-token"
        message = json.loads(request.body)["message"]
        device = message.get("fid") or message.get("token")
        if device in GONE or device in DOWN:
            status, grpc, code = (GONE | DOWN)[device]
            return status, {}, json.dumps(_fcm_error(status, grpc, code))
        for fcm_error, (status, body) in FCM_RESPONSES.items():
            if device == _failing_device(fcm_error):
                return status, {}, json.dumps(body)
        notification = message["notification"]
        delivered.append((device, notification["title"], notification["body"], message.get("data", {})))
        return 200, {}, json.dumps({"name": f"projects/{PROJECT}/messages/{len(delivered)}"})

    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        mock.add(
            responses.POST,
            TOKEN_URL,
            json={"access_token": "ya29.stub-access-token", "expires_in": 3600, "token_type": "Bearer"},
        )
        mock.add_callback(responses.POST, SEND_URL, callback=fcm)
        sender = FirebasePushSender(credentials_file=str(path), app_name=app_name)
        yield Harness(sender, lambda: delivered, lambda: offline.update(on=True))
        firebase_admin.delete_app(firebase_admin.get_app(app_name))


def _fake() -> Harness:
    fake = FakePushSender(
        invalid_tokens=set(GONE),
        unavailable_tokens=set(DOWN),
        failing_tokens={_failing_device(fcm_error): fcm_error for fcm_error in FCM_ERRORS},
    )
    delivered = lambda: [(m.device_token, m.title, m.body, dict(m.data)) for m in fake.sent]  # noqa: E731
    return Harness(fake, delivered, lambda: setattr(fake, "unavailable", True))


@pytest.fixture(params=["fake", "firebase"])
def harness(request) -> Harness:
    return _fake() if request.param == "fake" else request.getfixturevalue("firebase_harness")


def test_push_is_delivered_with_title_body_and_string_data(harness):
    result = harness.sender.send(device_token="device-1", title="New message", body="Hi!", data={"chat_id": 5})
    assert result.message_id
    assert harness.delivered() == [("device-1", "New message", "Hi!", {"chat_id": "5"})]


@pytest.mark.parametrize("device", sorted(GONE))
def test_gone_devices_raise_invalid_device_token(harness, device):
    with pytest.raises(InvalidDeviceToken) as caught:
        harness.sender.send(device_token=device, title="t", body="b", data={})
    assert not isinstance(caught.value, ProviderUnavailable)
    assert harness.delivered() == []


@pytest.mark.parametrize("device", sorted(DOWN))
def test_fcm_outages_raise_provider_unavailable(harness, device):
    with pytest.raises(PushUnavailable) as caught:
        harness.sender.send(device_token=device, title="t", body="b", data={})
    assert not isinstance(caught.value, InvalidDeviceToken)


def test_the_fake_imitates_every_fcm_error_class_the_stub_knows():
    assert set(FCM_ERRORS) == set(FCM_RESPONSES)


@pytest.mark.parametrize("fcm_error", sorted(FCM_RESPONSES))
def test_each_fcm_error_class_maps_to_the_same_port_error(harness, fcm_error):
    """Gone or malformed tokens: forget the device; outages: retry later; anything else FCM
    refuses (the message, our credentials): a plain PushError, not worth retrying."""
    with pytest.raises(PushError) as caught:
        harness.sender.send(device_token=_failing_device(fcm_error), title="t", body="b", data={})
    assert type(caught.value) is FCM_ERRORS[fcm_error]
    assert harness.delivered() == []


def test_a_malformed_token_is_an_invalid_device_and_a_bad_message_is_not():
    assert FCM_ERRORS["INVALID_TOKEN"] is InvalidDeviceToken
    assert FCM_ERRORS["INVALID_ARGUMENT"] is PushError
    assert FCM_ERRORS["QUOTA_EXCEEDED"] is PushUnavailable


def test_network_failure_is_provider_unavailable(harness):
    harness.go_offline()
    with pytest.raises(ProviderUnavailable):
        harness.sender.send(device_token="device-1", title="t", body="b", data={})


def test_firebase_needs_a_credentials_file():
    with pytest.raises(PushError):
        FirebasePushSender(credentials_file="")
