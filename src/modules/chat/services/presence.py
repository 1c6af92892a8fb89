"""Presence and privacy switches. Presence lives in the PresenceStore (Redis when configured),
per connection, so that several devices and processes combine into one state. It is shared
with the people one has an open conversation with, never with someone blocked either way."""

from __future__ import annotations

from dataclasses import dataclass

from core.identity import Actor
from core.ports.presence import Presence
from modules.chat import dependencies
from modules.chat.domain import events
from modules.chat.realtime import Delivery
from modules.chat.repositories import conversations as repo
from modules.chat.repositories.conversations import Preferences
from modules.chat.services.visibility import visible_to


@dataclass(frozen=True)
class PresenceChange:
    """What a socket should publish after a presence update, and (on connect) what it should
    tell its own client about everybody else."""

    deliveries: list[Delivery]
    snapshot: dict[int, Presence]


def _visible_states(user_ids: set[int]) -> dict[int, Presence]:
    if not user_ids:
        return {}
    prefs = repo.preferences_of(user_ids)
    actual = dependencies.presence().presence_of(user_ids)
    return {
        uid: (actual.get(uid, Presence.OFFLINE) if prefs[uid].share_presence else Presence.OFFLINE) for uid in user_ids
    }


def _counterparts(user_id: int) -> set[int]:
    """Who shares an open conversation with the user and is not blocked either way with them
    (a block closes their direct conversation, but they may still share a group)."""
    return visible_to(user_id, repo.counterparts_of(user_id))


def _presence_delivery(audience: tuple[int, ...], user_id: int, state: Presence) -> Delivery:
    return Delivery(
        user_ids=audience, text=events.presence_event({user_id: state}), meta={"kind": "presence", "from": user_id}
    )


def _announce(user_id: int, state: Presence) -> list[Delivery]:
    if not repo.preferences_of([user_id])[user_id].share_presence:
        return []
    audience = tuple(sorted(_counterparts(user_id)))
    if not audience:
        return []
    return [_presence_delivery(audience, user_id, state)]


def presence_update(
    *, user_id: int, connection_id: str, state: Presence | None, with_snapshot: bool = False
) -> PresenceChange:
    """Record a connection's state (None: it closed). Announces the person's combined state to
    their counterparts when it changed, unless they hide their presence."""
    store = dependencies.presence()
    before = store.presence_of([user_id]).get(user_id, Presence.OFFLINE)
    if state is None:
        store.drop(user_id=user_id, connection_id=connection_id)
    else:
        store.touch(user_id=user_id, connection_id=connection_id, state=state)
    after = store.presence_of([user_id]).get(user_id, Presence.OFFLINE)
    deliveries = _announce(user_id, after) if after != before else []
    snapshot = _visible_states(_counterparts(user_id)) if with_snapshot else {}
    return PresenceChange(deliveries=deliveries, snapshot=snapshot)


def preferences_get(*, actor: Actor) -> Preferences:
    return repo.preferences_of([actor.user_id])[actor.user_id]


def preferences_update(
    *, actor: Actor, share_presence: bool | None, send_read_receipts: bool | None
) -> tuple[Preferences, list[Delivery]]:
    """Change my switches. Hiding presence makes me look offline to everyone at once;
    showing it again tells them my real state."""
    old = preferences_get(actor=actor)
    new = Preferences(
        share_presence=old.share_presence if share_presence is None else share_presence,
        send_read_receipts=old.send_read_receipts if send_read_receipts is None else send_read_receipts,
    )
    repo.save_preferences(actor.user_id, new)
    deliveries: list[Delivery] = []
    if new.share_presence != old.share_presence:
        actual = dependencies.presence().presence_of([actor.user_id]).get(actor.user_id, Presence.OFFLINE)
        visible = actual if new.share_presence else Presence.OFFLINE
        audience = tuple(sorted(_counterparts(actor.user_id)))
        if audience:
            deliveries.append(_presence_delivery(audience, actor.user_id, visible))
    return new, deliveries
