"""Events other modules show on people's chat sockets (e.g. recordings' `recording`), sent after commit.

The consumer forwards any event that is not a chat message as it is (see ChatConsumer.chat_event),
so no consumer change is needed: the event's `type` names it for clients (docs/chat.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from kit.transactions import after_commit
from modules.chat.domain.events import encode
from modules.chat.realtime import Delivery, publish_blocking

NOTICE_KIND = "notice"
# Chat's own event types: another module must not impersonate them.
_RESERVED = frozenset(
    {"message", "ack", "typing", "read", "presence", "error", "resumed", "conversation.closed", "conversation.reopened"}
)


def sockets_notify(*, user_ids: Iterable[int], event: Mapping[str, Any]) -> None:
    """Send `event` (JSON-able, with a `type`) to every open socket of these people once the
    current transaction commits (at once outside one). Delivery is best effort: clients that were
    offline read the state from the owning module's API."""
    kind = event.get("type")
    if not isinstance(kind, str) or not kind or kind in _RESERVED:
        raise ValueError(f"a socket notice needs its own type, not {kind!r}")
    delivery = Delivery(user_ids=tuple(sorted(set(user_ids))), text=encode(event), meta={"kind": NOTICE_KIND})
    after_commit(lambda: publish_blocking([delivery]))
