"""The message repository: numbering under the conversation lock, and finding what was stored already."""

from __future__ import annotations

import pytest
from django.db import transaction

from modules.chat.domain.messages import Draft
from modules.chat.repositories import messages as repo
from tests.clock import NOW
from tests.modules.chat.factories import pair

pytestmark = pytest.mark.django_db


def _write(drafts):
    with transaction.atomic():
        lock = repo.lock_for_writing(drafts)
        new = [d for d in drafts if d.key not in lock.existing]
        return lock, repo.insert_numbered(new, last_seq=lock.last_seq, at=NOW)


def test_messages_are_numbered_on_from_the_last_seq_in_order():
    user, friend, conversation_id = pair()
    _, first = _write([Draft(user.pk, conversation_id, "a", "hi"), Draft(friend.pk, conversation_id, "b", "hey")])
    _, second = _write([Draft(user.pk, conversation_id, "c", "how are you")])
    stored = first + second
    assert [m.seq for m in stored] == [1, 2, 3]
    assert [m.id for m in stored] == sorted(m.id for m in stored)  # later seqs get higher ids
    assert repo.last_seqs([conversation_id]) == {conversation_id: 3}


def test_a_resent_message_is_found_by_its_key_and_not_stored_twice():
    user, friend, conversation_id = pair()
    draft = Draft(user.pk, conversation_id, "same-client-id", "hi")
    _, (stored,) = _write([draft])
    lock, again = _write([draft])
    assert again == []
    assert lock.existing == {draft.key: stored}
    assert lock.members == {conversation_id: tuple(sorted((user.pk, friend.pk)))}
    assert repo.existing_by_client_id([draft, Draft(user.pk, conversation_id, "other", "x")]) == {draft.key: stored}
