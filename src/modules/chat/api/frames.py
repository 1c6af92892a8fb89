"""Frames a client may send on the chat socket (schemas in docs/chat.md).

Unknown fields are ignored, never trusted: a `sender_id` in a frame changes nothing,
the sender is whoever authenticated the socket.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from kit.fields import MAX_ID, Id, Int

_ID = Field(ge=1, le=MAX_ID)
MAX_CURSORS = 500


class _Frame(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    ref: Annotated[str, Field(max_length=64)] | Int | None = None


class SendFrame(_Frame):
    type: Literal["send"]
    conversation_id: Id
    client_id: Annotated[str, Field(max_length=64)]
    body: Annotated[str, Field(max_length=20_000)]


class TypingFrame(_Frame):
    type: Literal["typing"]
    conversation_id: Id


class ReadFrame(_Frame):
    type: Literal["read"]
    conversation_id: Id
    message_id: Id


class PresenceFrame(_Frame):
    type: Literal["presence"]
    state: Literal["online", "idle"]


class ResumeFrame(_Frame):
    type: Literal["resume"]
    # conversation id -> last message id the client saw there (0: none). JSON object keys are
    # text, so the ids there are parsed from it; the values are JSON integers.
    cursors: Annotated[
        dict[Annotated[int, _ID], Annotated[Int, Field(ge=0, le=MAX_ID)]], Field(max_length=MAX_CURSORS)
    ] = {}


class PingFrame(_Frame):
    type: Literal["ping"]


class AuthFrame(_Frame):
    """A fresh access token for the same user, sent before the current one expires."""

    type: Literal["auth"]
    token: Annotated[str, Field(min_length=1, max_length=4096)]


ClientFrame = Annotated[
    SendFrame | TypingFrame | ReadFrame | PresenceFrame | ResumeFrame | PingFrame | AuthFrame,
    Field(discriminator="type"),
]
client_frame = TypeAdapter(ClientFrame)
