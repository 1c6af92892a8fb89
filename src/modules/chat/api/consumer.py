"""The chat socket (/ws/chat/): one per device, serving all of its owner's conversations.

Close codes (also in docs/chat.md):
  4001  not authenticated (missing, invalid or expired token or ticket; inactive user), or no
        longer: the token expired without an `auth` refresh, or the account was deactivated
  4003  Origin not allowed
  4008  policy violation: kept flooding, or kept sending malformed frames
  1009  frame too large
The socket is accepted before closing with these, because a close before accept reaches a
browser as a bare HTTP 403 without the code.

Ordering and exactly-once: each conversation numbers its messages (seq 1, 2, 3...) in
commit order. What the client has been given per conversation, and what to do with each
live event, ack and resume, is decided by modules.chat.domain.sequencing.Sequencer; this
consumer reads the database and writes the frames it asks for.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Any

import orjson
from channels.consumer import get_handler_name
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from pydantic import ValidationError

from core.errors import DomainError, NotFound
from core.identity import Actor
from core.ports.presence import HEARTBEAT_SECONDS, Presence
from modules.chat import dependencies
from modules.chat.api import frames
from modules.chat.api.writer import writer
from modules.chat.api.ws_auth import (
    Handshake,
    account_active,
    authenticate,
    authorisation_from_token,
    origin_allowed,
)
from modules.chat.domain import events
from modules.chat.domain.messages import Draft, MessageView
from modules.chat.domain.sequencing import Live, Sequencer
from modules.chat.domain.throttle import TokenBucket
from modules.chat.realtime import Delivery, publish, user_group
from modules.chat.services import messages as message_services
from modules.chat.services import presence as presence_services
from modules.chat.services import visibility
from modules.chat.services.blocks import CONTACTS_KIND
from modules.chat.services.sockets import REASON_DEACTIVATED

logger = logging.getLogger(__name__)

CLOSE_UNAUTHENTICATED = 4001
CLOSE_ORIGIN = 4003
CLOSE_POLICY = 4008
CLOSE_TOO_BIG = 1009

# Tolerance before closing: this many refused frames within STRIKE_WINDOW seconds.
MAX_STRIKES = 20
STRIKE_WINDOW = 10.0
# Typing indicators: at most one per conversation per this many seconds is forwarded.
TYPING_EVERY = 2.0
# How long an event that should precede one of our acked messages may take to arrive live
# before it is read from the database instead.
GAP_GRACE_SECONDS = 1.0
# Events a block stops between two people (besides their messages, refused when sent).
HIDDEN_BY_BLOCKS = frozenset({"typing", "read", "presence"})


class ChatConsumer(AsyncWebsocketConsumer):
    actor: Actor | None = None
    # Set once the socket is closing or closed, by either side: later sends are dropped.
    gone = False

    async def dispatch(self, message: dict[str, Any]) -> None:
        # Channels' dispatch hops to the database thread before every event to close stale
        # connections. Every database call here goes through database_sync_to_async, which
        # does that itself; the extra hop per frame queued each event behind the message
        # writer's transactions (most of the thread hops in a profile under load).
        handler = getattr(self, get_handler_name(message), None)
        if handler is None:
            raise ValueError(f"No handler for message type {message['type']}")
        await handler(message)

    async def connect(self) -> None:
        handshake = Handshake.from_scope(self.scope)
        subprotocol = handshake.accepted_subprotocol
        if not origin_allowed(handshake.origin):
            await self._refuse(subprotocol, CLOSE_ORIGIN)
            return
        auth = await database_sync_to_async(authenticate)(handshake)
        if auth is None:
            await self._refuse(subprotocol, CLOSE_UNAUTHENTICATED)
            return
        actor = auth.actor
        self.actor = actor
        self.expires_at = auth.expires_at
        self.expiry_changed = asyncio.Event()
        self.user_id = actor.user_id
        self.sequence = Sequencer(user_id=self.user_id, history=self._read_after, emit=self._emit)
        # Per conversation, who may see this user's typing (cached; cleared when a block
        # between this user and someone begins or ends).
        self.audiences: dict[int, tuple[int, ...]] = {}
        # Learnt from block events while this socket is open: conversations closed and people
        # hidden since. Typing, receipts and presence concerning them are dropped on arrival,
        # even when the sender's socket has not heard of the block yet.
        self.closed_conversations: set[int] = set()
        self.hidden_users: set[int] = set()
        self.typing_at: dict[int, float] = {}
        self.state = Presence.ONLINE
        self.frames = TokenBucket(settings.CHAT_FRAMES_PER_SECOND, settings.CHAT_FRAMES_BURST)
        self.sends = TokenBucket(settings.CHAT_MESSAGES_PER_SECOND, settings.CHAT_MESSAGES_BURST)
        self.strikes: list[float] = []
        self.tasks: set[asyncio.Task[Any]] = set()
        # Subscribe before anything is read from the database: whatever commits after this
        # point arrives live or is repaired from a seq gap; nothing falls in between.
        await self.channel_layer.group_add(user_group(self.user_id), self.channel_name)
        # Where each conversation stood at subscription: a client resuming without a cursor
        # for one gets everything after this point, even what commits before its `resume`.
        self.subscribed_at = await database_sync_to_async(message_services.conversation_positions)(user_id=self.user_id)
        await self.accept(subprotocol)
        change = await database_sync_to_async(presence_services.presence_update)(
            user_id=self.user_id, connection_id=self.channel_name, state=Presence.ONLINE, with_snapshot=True
        )
        await publish(change.deliveries)
        await self.send(
            text_data=events.encode(
                {
                    "type": "ready",
                    "user_id": self.user_id,
                    "limits": {
                        "max_frame_bytes": settings.CHAT_MAX_FRAME_BYTES,
                        "messages_per_second": settings.CHAT_MESSAGES_PER_SECOND,
                        "messages_burst": settings.CHAT_MESSAGES_BURST,
                    },
                    "heartbeat_seconds": HEARTBEAT_SECONDS,
                    "auth_expires_at": int(self.expires_at),
                }
            )
        )
        if change.snapshot:
            await self.send(text_data=events.presence_event(change.snapshot))
        self._spawn(self._heartbeat())
        self._spawn(self._expire())

    async def _refuse(self, subprotocol: str | None, code: int) -> None:
        await self.accept(subprotocol)
        await self.close(code)

    async def websocket_disconnect(self, message: dict[str, Any]) -> None:
        self.gone = True
        await super().websocket_disconnect(message)

    async def send(self, text_data: str | None = None, bytes_data: bytes | None = None, close: bool = False) -> None:
        # Spawned work (acks, repairs) may finish after the client left; writing to a closed
        # socket is expected then, not an error worth a traceback in the log.
        if self.gone:
            return
        try:
            await super().send(text_data=text_data, bytes_data=bytes_data, close=close)
        except (OSError, RuntimeError):
            # uvicorn raises ClientDisconnected (an OSError) when the peer is gone, and
            # RuntimeError for a send after the close it has already seen.
            self.gone = True
            logger.debug("chat: dropped a frame for a closed socket")

    async def close(self, code: int | bool | None = None, reason: str | None = None) -> None:
        if self.gone:
            return
        await super().close(code, reason)
        self.gone = True

    async def disconnect(self, code: int) -> None:
        if self.actor is None:
            return
        for task in list(self.tasks):
            task.cancel()
        await self.channel_layer.group_discard(user_group(self.user_id), self.channel_name)
        try:
            change = await database_sync_to_async(presence_services.presence_update)(
                user_id=self.user_id, connection_id=self.channel_name, state=None
            )
            await publish(change.deliveries)
        except Exception:
            # Presence expires by itself; a failure here must not mask the close.
            logger.warning("chat: presence update on disconnect failed", exc_info=True)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(HEARTBEAT_SECONDS)
            still_active = await database_sync_to_async(self._touch)()
            if not still_active:
                # Deactivated without (or before) the revoke event reaching this socket.
                await self._end_authorisation(REASON_DEACTIVATED, "The account was deactivated.")
                return

    def _touch(self) -> bool:
        dependencies.presence().touch(user_id=self.user_id, connection_id=self.channel_name, state=self.state)
        return account_active(self.user_id)

    async def _expire(self) -> None:
        """Close the socket when its authorisation runs out (an `auth` frame moves the end)."""
        while True:
            self.expiry_changed.clear()
            remaining = self.expires_at - time.time()
            if remaining <= 0:
                await self._end_authorisation("token_expired", "The access token expired; reconnect with a fresh one.")
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.expiry_changed.wait(), timeout=remaining)

    async def _end_authorisation(self, code: str, detail: str) -> None:
        await self.send(text_data=events.error_event(code, detail))
        await self.close(CLOSE_UNAUTHENTICATED, code)

    async def _on_auth(self, frame: frames.AuthFrame, now: float) -> None:
        auth = await database_sync_to_async(authorisation_from_token)(frame.token)
        if auth is None or auth.actor.user_id != self.user_id:
            # The socket keeps its current authorisation (and its end); the identity never changes.
            await self._refuse_frame(
                now, "unauthenticated", "The token is not a valid access token for this user.", ref=frame.ref
            )
            return
        self.actor = auth.actor
        self.expires_at = max(self.expires_at, auth.expires_at)
        self.expiry_changed.set()
        await self.send(
            text_data=events.encode(
                {"type": "authenticated", "auth_expires_at": int(self.expires_at), "ref": frame.ref}
            )
        )

    # --- frames from the client -------------------------------------------------------
    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        if self.actor is None:
            return
        now = time.monotonic()
        if text_data is None:
            await self._refuse_frame(now, "unsupported_frame", "Send JSON text frames, not binary.")
            return
        if len(text_data) > settings.CHAT_MAX_FRAME_BYTES or (
            len(text_data) * 4 > settings.CHAT_MAX_FRAME_BYTES
            and len(text_data.encode("utf-8", "surrogatepass")) > settings.CHAT_MAX_FRAME_BYTES
        ):
            await self.send(text_data=events.error_event("frame_too_large", "The frame is too large."))
            await self.close(CLOSE_TOO_BIG)
            return
        if not self.frames.take(now):
            await self._refuse_frame(now, "rate_limited", "Too many frames; slow down.")
            return
        try:
            frame = frames.client_frame.validate_python(orjson.loads(text_data))
        except (ValueError, ValidationError) as exc:
            errors = None
            if isinstance(exc, ValidationError):
                errors = [{"loc": list(e["loc"]), "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
            await self._refuse_frame(now, "bad_frame", "The frame is not a valid chat event.", errors=errors)
            return
        handler = getattr(self, f"_on_{frame.type}")
        try:
            await handler(frame, now)
        except DomainError as exc:
            await self.send(text_data=events.error_event_of(exc, ref=frame.ref))

    async def _refuse_frame(self, now: float, code: str, detail: str, **kw: Any) -> None:
        """Answer with an error event; a client that keeps it up is closed."""
        self.strikes = [t for t in self.strikes if now - t < STRIKE_WINDOW] + [now]
        if len(self.strikes) > MAX_STRIKES:
            await self.close(CLOSE_POLICY)
            return
        await self.send(text_data=events.error_event(code, detail, **kw))

    async def _on_ping(self, frame: frames.PingFrame, now: float) -> None:
        await self.send(text_data=events.encode({"type": "pong", "ref": frame.ref}))

    async def _on_send(self, frame: frames.SendFrame, now: float) -> None:
        ref = frame.ref if frame.ref is not None else frame.client_id
        if not self.sends.take(now):
            # Not stored: the client may send it again (same client_id) a little later.
            await self._refuse_frame(now, "rate_limited", "Too many messages; slow down.", ref=ref)
            return
        draft = Draft(
            sender_id=self.user_id, conversation_id=frame.conversation_id, client_id=frame.client_id, body=frame.body
        )
        self.sequence.sending(frame.conversation_id, frame.client_id)
        # Stored by the process-wide writer; the socket keeps reading meanwhile, so its
        # client can pipeline messages and still receive others'.
        self._spawn(self._store_and_ack(draft, ref))

    async def _store_and_ack(self, draft: Draft, ref: Any) -> None:
        try:
            outcome = await writer().submit(draft, origin=self.channel_name)
        except DomainError as exc:
            outcome = message_services.SendOutcome(error=exc)
        except BaseException:
            self.sequence.send_failed(draft.conversation_id, draft.client_id)
            raise
        if outcome.error is not None or outcome.message is None:
            self.sequence.send_failed(draft.conversation_id, draft.client_id)
            await self.send(text_data=events.error_event_of(outcome.error or NotFound(), ref=ref))
            return
        message = outcome.message
        if await self.sequence.acked(message, duplicate=outcome.duplicate):
            self._spawn(self._repair_later(message.conversation_id, message.seq))

    async def _repair_later(self, conversation_id: int, seq: int) -> None:
        await asyncio.sleep(GAP_GRACE_SECONDS)
        await self.sequence.repair_if_behind(conversation_id, seq)

    async def _on_typing(self, frame: frames.TypingFrame, now: float) -> None:
        last = self.typing_at.get(frame.conversation_id)
        if last is not None and now - last < TYPING_EVERY:
            return  # throttled silently: the indicator is still showing on the other side
        others = await self._typing_audience(frame.conversation_id)
        self.typing_at[frame.conversation_id] = now
        if not others:
            return  # a closed conversation, or everyone else is blocked either way
        text = events.typing_event(conversation_id=frame.conversation_id, user_id=self.user_id)
        meta = {"kind": "typing", "conversation_id": frame.conversation_id, "from": self.user_id}
        await publish([Delivery(user_ids=others, text=text, meta=meta)])

    async def _on_read(self, frame: frames.ReadFrame, now: float) -> None:
        deliveries: list[Delivery] = []
        assert self.actor is not None
        await database_sync_to_async(message_services.conversation_mark_read)(
            actor=self.actor,
            conversation_id=frame.conversation_id,
            message_id=frame.message_id,
            deliver=deliveries.extend,
        )
        await publish(deliveries)

    async def _on_presence(self, frame: frames.PresenceFrame, now: float) -> None:
        self.state = Presence(frame.state)
        change = await database_sync_to_async(presence_services.presence_update)(
            user_id=self.user_id, connection_id=self.channel_name, state=self.state
        )
        await publish(change.deliveries)

    async def _on_resume(self, frame: frames.ResumeFrame, now: float) -> None:
        async def baselines() -> dict[int, int]:
            return await database_sync_to_async(message_services.resume_baselines)(
                user_id=self.user_id, cursors=frame.cursors, defaults=self.subscribed_at
            )

        sent = await self.sequence.resume(baselines, replay=frame.cursors)
        await self.send(text_data=events.encode({"type": "resumed", "sent": sent, "ref": frame.ref}))

    # --- events from the channel layer ------------------------------------------------
    async def chat_revoke(self, message: dict[str, Any]) -> None:
        await self._end_authorisation(
            message.get("reason") or "unauthenticated", "This session is no longer authorised."
        )

    async def chat_event(self, message: dict[str, Any]) -> None:
        for item in message["events"]:
            kind = item.get("kind")
            if kind == CONTACTS_KIND:
                await self._on_contacts(item)
                continue
            if kind != "message":
                if kind in HIDDEN_BY_BLOCKS and item.get("from") != self.user_id and self._hidden_by_a_block(item):
                    continue
                await self.send(text_data=item["text"])
                continue
            await self.sequence.live(
                Live(
                    conversation_id=item["conversation_id"],
                    seq=item["seq"],
                    text=item["text"],
                    ours=item.get("origin") == self.channel_name,
                )
            )

    def _hidden_by_a_block(self, item: dict[str, Any]) -> bool:
        return item.get("conversation_id") in self.closed_conversations or item.get("from") in self.hidden_users

    async def _on_contacts(self, item: dict[str, Any]) -> None:
        """A block between this user and someone began or ended (sent to both after commit)."""
        others = {uid for uid in item["users"] if uid != self.user_id}
        conversation_id = item.get("conversation_id")
        self.audiences.clear()
        if item["closed"]:
            self.hidden_users |= others
            if conversation_id is not None:
                self.closed_conversations.add(conversation_id)
        else:
            self.hidden_users -= others
            if conversation_id is not None:
                self.closed_conversations.discard(conversation_id)
        if item["text"]:
            await self.send(text_data=item["text"])
        if item["closed"] and others:
            # Hidden people look offline: clear their indicator now instead of leaving it stale.
            await self.send(text_data=events.presence_event(dict.fromkeys(sorted(others), Presence.OFFLINE)))

    async def _emit(self, text: str) -> None:
        await self.send(text_data=text)

    async def _read_after(
        self, conversation_id: int, *, after_seq: int, before_seq: int | None, limit: int
    ) -> list[MessageView]:
        return await database_sync_to_async(message_services.messages_by_seq)(
            user_id=self.user_id,
            conversation_id=conversation_id,
            after_seq=after_seq,
            before_seq=before_seq,
            limit=limit,
        )

    async def _typing_audience(self, conversation_id: int) -> tuple[int, ...]:
        """Who may see this user typing here (NotFound when the user is not a member)."""
        audience = self.audiences.get(conversation_id)
        if audience is None:
            audience = await database_sync_to_async(visibility.others_who_see)(
                user_id=self.user_id, conversation_id=conversation_id
            )
            self.audiences[conversation_id] = audience
        return audience
