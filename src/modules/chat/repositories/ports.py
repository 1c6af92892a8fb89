"""The message store the chat services write and read through, as a Protocol.

`modules.chat.repositories.messages` (Django, PostgreSQL in one round trip per call) implements
it as a module; tests/modules/chat/fakes.py implements it in memory. Both pass the same
contract suite (tests/modules/chat/repositories/test_message_store_contract.py), which is what
lets a service test trust the fake.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Protocol

from modules.chat.domain.messages import Draft, MessageView
from modules.chat.repositories.messages import WriteLock


class MessageStore(Protocol):
    def lock_for_writing(self, drafts: Sequence[Draft]) -> WriteLock:
        """Lock the drafts' conversations and read their positions, members (sorted), closed
        flags and the drafts already stored (by (conversation, sender, client id)). Unknown
        conversations are absent from every field."""
        ...

    def insert_numbered(
        self, drafts: Sequence[Draft], *, last_seq: Mapping[int, int], at: datetime
    ) -> list[MessageView]:
        """Store the drafts numbered on from `last_seq` per conversation, in input order, and
        move each conversation's position; returned by conversation id, then seq. Ids rise with
        seq. A (conversation, sender, client id) or (conversation, seq) already stored raises
        IntegrityError, storing nothing."""
        ...

    def page(
        self, conversation_id: int, *, before: int | None = None, after: int | None = None, limit: int
    ) -> tuple[list[MessageView], bool]:
        """Keyset page by id, oldest first, and whether more lie in that direction."""
        ...

    def seqs_at(self, cursors: Mapping[int, int]) -> dict[int, int]:
        """Per conversation, the seq of the last message with id <= the cursor (0 if none)."""
        ...

    def last_seqs(self, conversation_ids: Iterable[int]) -> dict[int, int]:
        """Each existing conversation's position; unknown ids are left out."""
        ...

    def seq_range(
        self, conversation_id: int, *, after_seq: int, before_seq: int | None = None, limit: int | None = None
    ) -> list[MessageView]: ...

    def get_message(self, message_id: int) -> MessageView | None: ...

    def around(self, message: MessageView, *, context: int) -> list[MessageView]:
        """The message with up to `context` messages either side, in seq order."""
        ...
