"""Device registration, and pushing a message to every device of a user."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

from core.errors import NotFound
from core.identity import Actor
from core.ports.push import InvalidDeviceToken, PushError, PushSender
from modules.notifications.repositories import devices as repo
from modules.notifications.repositories.devices import DeviceView

logger = logging.getLogger(__name__)


def device_register(*, actor: Actor, token: str, platform: str) -> DeviceView:
    """Register (or take over) a device token: it now notifies the signed-in person only."""
    return repo.register(user_id=actor.user_id, token=token, platform=platform)


def devices_list(*, actor: Actor) -> list[DeviceView]:
    return repo.devices_of(actor.user_id)


def device_unregister(*, actor: Actor, device_id: int) -> None:
    if not repo.delete_own(user_id=actor.user_id, device_id=device_id):
        raise NotFound("No such device.")


@dataclass(frozen=True)
class Delivery:
    sent: int
    forgotten: int  # devices the provider no longer knows, removed
    failed: int  # provider errors or outage: not retried here


def notify_user(*, user_id: int, title: str, body: str, data: Mapping[str, str], sender: PushSender) -> Delivery:
    sent = forgotten = failed = 0
    for device in repo.devices_of(user_id):
        try:
            sender.send(device_token=device.token, title=title, body=body, data=data)
            sent += 1
        except InvalidDeviceToken:
            repo.forget(device.id)
            forgotten += 1
        except PushError:
            # One failing device or a provider hiccup must not stop the others.
            logger.warning("push to device %s of user %s failed", device.id, user_id, exc_info=True)
            failed += 1
    return Delivery(sent=sent, forgotten=forgotten, failed=failed)
