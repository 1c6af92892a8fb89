"""Batch writes (the socket writer's): numbering, duplicates, membership, and concurrent
writers on their own connections (PostgreSQL), the way the writer's lanes and several
processes write."""

from __future__ import annotations

import threading

import pytest
from django.conf import settings
from django.db import connection

from modules.chat.domain.messages import Draft
from modules.chat.models import Conversation, Message
from modules.chat.services.messages import messages_send_batch
from tests.modules.accounts.factories import UserFactory
from tests.modules.chat.factories import pair


def _draft(sender: int, conversation: int, client_id: str, body: str = "hi") -> Draft:
    return Draft(sender_id=sender, conversation_id=conversation, client_id=client_id, body=body)


@pytest.mark.django_db
def test_batch_numbers_messages_acks_duplicates_and_refuses_non_members(django_capture_on_commit_callbacks):
    user, friend, conversation = pair()
    other_user, _other_friend, other = pair()
    stranger = UserFactory()
    delivered = []
    with django_capture_on_commit_callbacks(execute=True):
        outcomes = messages_send_batch(
            drafts=[
                _draft(user.pk, conversation, "a"),
                _draft(friend.pk, conversation, "b"),
                _draft(other_user.pk, other, "c"),
                _draft(user.pk, conversation, "a"),  # repeated inside the batch
                _draft(stranger.pk, conversation, "x"),  # not a member
                _draft(user.pk, 10**9, "y"),  # no such conversation
            ],
            deliver=delivered.extend,
        )
    assert [o.message.seq if o.message else None for o in outcomes] == [1, 2, 1, 1, None, None]
    assert [o.duplicate for o in outcomes] == [False, False, False, True, False, False]
    assert outcomes[3].message.id == outcomes[0].message.id
    assert [o.error.code for o in outcomes[4:]] == ["not_found", "not_found"]
    assert [d.meta["seq"] for d in delivered] == [1, 2, 1]
    again = messages_send_batch(
        drafts=[_draft(user.pk, conversation, "a"), _draft(user.pk, conversation, "d")], deliver=delivered.extend
    )
    assert again[0].duplicate
    assert again[0].message.id == outcomes[0].message.id
    assert again[0].message.body == "hi"
    assert (again[1].message.seq, again[1].duplicate) == (3, False)
    row = Conversation.objects.get(pk=conversation)
    assert (row.last_seq, row.last_message_id) == (3, again[1].message.id)
    assert Message.objects.filter(conversation_id=conversation).count() == 3


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(not settings.USING_POSTGRES, reason="needs PostgreSQL: SQLite has no concurrent writers")
def test_concurrent_writers_number_each_conversation_without_gaps_and_store_resends_once():
    user, friend, conversation = pair()
    other_user, _, other = pair()
    writers, rounds = 4, 15
    barrier = threading.Barrier(writers)
    failures: list[BaseException] = []

    def write(w: int) -> None:
        try:
            barrier.wait(timeout=30)
            for r in range(rounds):
                messages_send_batch(
                    drafts=[
                        _draft(user.pk, conversation, f"u{w}-{r}"),
                        _draft(friend.pk, conversation, f"f{w}-{r}"),
                        _draft(other_user.pk, other, f"o{w}-{r}"),
                        # Every writer resends the same message: stored once.
                        _draft(user.pk, conversation, f"same-{r}"),
                    ],
                    deliver=lambda _: None,
                )
        except BaseException as exc:  # reported by the main thread
            failures.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=write, args=(w,)) for w in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert failures == []
    for cid, expected in ((conversation, writers * rounds * 2 + rounds), (other, writers * rounds)):
        rows = list(Message.objects.filter(conversation_id=cid).order_by("seq").values_list("seq", "id"))
        assert [seq for seq, _ in rows] == list(range(1, expected + 1))
        # Ids follow seq (commit order), which keeps id cursors safe.
        assert [i for _, i in rows] == sorted(i for _, i in rows)
        position = Conversation.objects.get(pk=cid)
        assert (position.last_seq, position.last_message_id) == (expected, rows[-1][1])
