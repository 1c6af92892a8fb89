"""What other modules may use from notifications."""

from __future__ import annotations

from collections.abc import Mapping

from modules.notifications import dependencies
from modules.notifications.services import devices as services
from modules.notifications.services.devices import Delivery


def notify_user(*, user_id: int, title: str, body: str, data: Mapping[str, str]) -> Delivery:
    """Push to every registered device of `user_id`; devices the provider no longer knows are forgotten."""
    return services.notify_user(user_id=user_id, title=title, body=body, data=data, sender=dependencies.push_sender())


__all__ = ["Delivery", "notify_user"]
