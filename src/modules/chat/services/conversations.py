"""Conversations: created by other modules (booking, matching, events), listed by members."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction

from core import events
from core.errors import FieldProblem, InvalidInput
from core.identity import Actor
from core.pagination import Page, PageRequest
from modules.accounts.public import display_names
from modules.chat.domain.messages import ConversationKind, direct_key, group_key
from modules.chat.repositories import conversations as repo
from modules.chat.repositories.conversations import ConversationSummary


@dataclass(frozen=True)
class ConversationListing:
    summary: ConversationSummary
    names: dict[int, str]


def conversation_ensure_direct(*, user_id: int, friend_id: int) -> int:
    """The one conversation between a user and a friend (created on first call).

    Opening a new one is contact: subscribers may veto it (matching refuses a blocked pair with
    NotFound). An existing one is returned as it is; a block has closed it already.
    """
    if user_id == friend_id:
        raise InvalidInput("A conversation needs two different people.")
    key = direct_key(user_id, friend_id)
    with transaction.atomic():
        if not repo.exists(key):
            events.publish(events.ContactRequested(from_user_id=user_id, to_user_id=friend_id))
        return repo.ensure_conversation(
            key=key, kind=ConversationKind.DIRECT, title="", member_ids=(user_id, friend_id)
        )


def conversation_ensure_group(*, key: str, member_ids: Iterable[int], title: str = "") -> int:
    """The group conversation named `key` (e.g. "event:42"), with at least these members."""
    if not key or len(key) > 100:
        raise InvalidInput("Bad group key.", errors=[FieldProblem(("key",), "1-100 characters")])
    with transaction.atomic():
        return repo.ensure_conversation(
            key=group_key(key), kind=ConversationKind.GROUP, title=title[:120], member_ids=member_ids
        )


def conversation_group_leave(*, key: str, user_id: int) -> None:
    """Take `user_id` out of the group conversation named `key` (e.g. a cancelled event seat).

    Their messages stay in the history; they simply no longer read or write there."""
    repo.remove_member(key=group_key(key), user_id=user_id)


def conversations_list(*, actor: Actor, page: PageRequest) -> Page[ConversationListing]:
    summaries, total = repo.conversations_of(actor.user_id, limit=page.limit, offset=page.offset)
    names = display_names(sorted({uid for s in summaries for uid in s.member_ids}))
    items = [ConversationListing(summary=s, names={uid: names.get(uid, "") for uid in s.member_ids}) for s in summaries]
    return Page(items=items, total=total, limit=page.limit, offset=page.offset)
