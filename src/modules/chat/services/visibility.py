"""Who may see a member's typing, read receipts and presence.

Nobody, through a conversation a block closed; and never someone blocked either way, even
where the two share a group conversation (matching owns blocks; chat reads them through the
`ContactBlocks` port). A direct conversation is open only while there is no block between its
two members, so only group conversations need the port.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.errors import NotFound
from modules.chat import dependencies
from modules.chat.domain.messages import ConversationKind
from modules.chat.repositories import conversations as repo


def hidden_from(user_id: int) -> frozenset[int]:
    """Everyone `user_id` blocked or was blocked by."""
    return dependencies.contact_blocks().blocked_with(user_id)


def visible_to(user_id: int, people: Iterable[int]) -> set[int]:
    """`people` minus those blocked either way with `user_id`."""
    people = set(people)
    return people - hidden_from(user_id) if people else people


def others_who_see(*, user_id: int, conversation_id: int) -> tuple[int, ...]:
    """The other members who may see this member's typing and read receipts. Raises NotFound
    when the user is not a member (not a member and no such conversation look the same)."""
    state = repo.audience_of(conversation_id)
    if state is None or user_id not in state.members:
        raise NotFound("No such conversation.")
    if state.closed:
        return ()
    others = [uid for uid in state.members if uid != user_id]
    if state.kind == ConversationKind.GROUP and others:
        hidden = hidden_from(user_id)
        others = [uid for uid in others if uid not in hidden]
    return tuple(others)
