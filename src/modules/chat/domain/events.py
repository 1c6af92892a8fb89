"""The JSON events a socket receives (documented in docs/chat.md)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import orjson

from core.errors import DomainError
from core.ports.presence import Presence
from modules.chat.domain.messages import MessageView

TYPING_EXPIRES_MS = 6000


def message_dict(m: MessageView) -> dict[str, Any]:
    return {
        "id": m.id,
        "conversation_id": m.conversation_id,
        "seq": m.seq,
        "sender_id": m.sender_id,
        "client_id": m.client_id,
        "body": m.body,
        "created_at": m.created_at.isoformat(),
    }


def encode(event: Mapping[str, Any]) -> str:
    try:
        # Several times faster than json; every event on every socket passes through here.
        return orjson.dumps(event).decode()
    except TypeError:
        # What orjson refuses (integers beyond 64 bits, lone surrogates) json still writes.
        return json.dumps(event, separators=(",", ":"), ensure_ascii=False)


def message_event(m: MessageView) -> str:
    return encode({"type": "message", "message": message_dict(m)})


def ack_event(m: MessageView, *, duplicate: bool) -> str:
    return encode({"type": "ack", "client_id": m.client_id, "duplicate": duplicate, "message": message_dict(m)})


def typing_event(*, conversation_id: int, user_id: int) -> str:
    return encode(
        {"type": "typing", "conversation_id": conversation_id, "user_id": user_id, "expires_in_ms": TYPING_EXPIRES_MS}
    )


def read_event(*, conversation_id: int, user_id: int, message_id: int) -> str:
    return encode({"type": "read", "conversation_id": conversation_id, "user_id": user_id, "message_id": message_id})


def conversation_closed_event(*, conversation_id: int) -> str:
    """A block closed the conversation: history stays readable, sending is refused."""
    return encode({"type": "conversation.closed", "conversation_id": conversation_id, "reason": "blocked"})


def conversation_reopened_event(*, conversation_id: int) -> str:
    """The last block between its members was lifted: sending works again."""
    return encode({"type": "conversation.reopened", "conversation_id": conversation_id})


def presence_event(states: Mapping[int, Presence]) -> str:
    return encode({"type": "presence", "users": {str(uid): state.value for uid, state in states.items()}})


def error_event(code: str, detail: str, *, ref: Any = None, errors: list[dict[str, Any]] | None = None) -> str:
    event: dict[str, Any] = {"type": "error", "code": code, "detail": detail}
    if ref is not None:
        event["ref"] = ref
    if errors:
        event["errors"] = errors
    return encode(event)


def error_event_of(exc: DomainError, *, ref: Any = None) -> str:
    errors = [{"loc": list(p.loc), "msg": p.msg, "type": p.type} for p in exc.errors]
    return error_event(exc.code, exc.detail, ref=ref, errors=errors)
