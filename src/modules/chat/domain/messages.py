"""Pure rules for chat messages: what a valid message and client id look like."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from core.errors import FieldProblem, InvalidInput

MAX_BODY_CHARS = 4000
MAX_CLIENT_ID_CHARS = 64
# Client ids are opaque to us (UUIDs, ULIDs, counters) but must be safe to log and index.
_CLIENT_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")


class ConversationKind(StrEnum):
    DIRECT = "direct"
    GROUP = "group"


class ReportReason(StrEnum):
    SPAM = "spam"
    HARASSMENT = "harassment"
    INAPPROPRIATE = "inappropriate"
    SCAM = "scam"
    OTHER = "other"


# (conversation, sender, client id): a message is stored once per key. Scoped to the
# conversation, so a client id reused in another conversation is a new message there, never
# an acknowledgement of a message stored somewhere else.
IdempotencyKey = tuple[int, int, str]


@dataclass(frozen=True)
class Draft:
    """A message as a client asked to send it; `sender_id` always comes from authentication."""

    sender_id: int
    conversation_id: int
    client_id: str
    body: str

    @property
    def key(self) -> IdempotencyKey:
        return (self.conversation_id, self.sender_id, self.client_id)


@dataclass(frozen=True)
class MessageView:
    id: int
    conversation_id: int
    seq: int
    sender_id: int
    client_id: str
    body: str
    created_at: datetime

    @property
    def key(self) -> IdempotencyKey:
        return (self.conversation_id, self.sender_id, self.client_id)


def draft_problems(*, client_id: str, body: str, loc: tuple[str, ...] = ("body",)) -> list[FieldProblem]:
    problems = []
    if not _CLIENT_ID.match(client_id or ""):
        problems.append(FieldProblem((*loc, "client_id"), "1-64 characters: letters, digits, . _ : -"))
    if not body or not body.strip():
        problems.append(FieldProblem((*loc, "body"), "must not be empty"))
    elif len(body) > MAX_BODY_CHARS:
        problems.append(FieldProblem((*loc, "body"), f"at most {MAX_BODY_CHARS} characters"))
    elif "\x00" in body:
        problems.append(FieldProblem((*loc, "body"), "must not contain NUL characters"))
    return problems


def validate_draft(*, client_id: str, body: str, loc: tuple[str, ...] = ("body",)) -> None:
    problems = draft_problems(client_id=client_id, body=body, loc=loc)
    if problems:
        raise InvalidInput("This message cannot be sent.", errors=problems)


def direct_key(a: int, b: int) -> str:
    """One direct conversation per pair, whichever side asks first."""
    low, high = sorted((a, b))
    return f"direct:{low}:{high}"


def group_key(key: str) -> str:
    return f"group:{key}"
