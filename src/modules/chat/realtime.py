"""Fan-out to open sockets through the channel layer: one group per user.

A per-user group means a socket subscribes once, however many conversations its owner has,
and a conversation created after it connected needs no subscription change. Everything one
publish call carries for one user travels as one layer message, in order: a batch of
messages costs one group_send per distinct recipient, not one per message and recipient.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer

logger = logging.getLogger(__name__)

# The consumer method that receives these ("chat.event" -> chat_event).
EVENT_TYPE = "chat.event"


def user_group(user_id: int) -> str:
    return f"chat.u.{user_id}"


@dataclass(frozen=True)
class Delivery:
    """One event for the sockets of some users.

    `text` is the event already encoded as JSON, so each socket forwards it without
    re-encoding; `meta` carries what the socket itself needs (conversation, seq, origin).
    """

    user_ids: tuple[int, ...]
    text: str
    meta: dict[str, Any] = field(default_factory=dict)

    def item(self) -> dict[str, Any]:
        return {"text": self.text, **self.meta}


def layer_messages(deliveries: Sequence[Delivery]) -> dict[int, dict[str, Any]]:
    """One layer message per addressed user, with that user's events in publish order."""
    per_user: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for delivery in deliveries:
        item = delivery.item()
        for uid in delivery.user_ids:
            per_user[uid].append(item)
    return {uid: {"type": EVENT_TYPE, "events": items} for uid, items in per_user.items()}


async def publish(deliveries: Sequence[Delivery]) -> None:
    """Send every delivery to every addressed user's group. Failures are logged, not raised:
    what was persisted reaches clients anyway when they resume."""
    layer = get_channel_layer()
    if layer is None or not deliveries:
        return
    sends = [layer.group_send(user_group(uid), message) for uid, message in layer_messages(deliveries).items()]
    results = await asyncio.gather(*sends, return_exceptions=True)
    failures = [r for r in results if isinstance(r, BaseException)]
    if failures:
        logger.warning("chat fan-out: %d of %d group sends failed: %r", len(failures), len(sends), failures[0])


def publish_blocking(deliveries: Sequence[Delivery]) -> None:
    """For synchronous callers (HTTP views): publish and wait."""
    if deliveries:
        async_to_sync(publish)(list(deliveries))
