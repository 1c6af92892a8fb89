"""Sequencer, case by case: duplicates, gaps, holding until resume, acks, resume cursors."""

from __future__ import annotations

import asyncio

from tests.modules.chat.domain.sequencing_harness import ME, OTHER, Client, Store, baselines, live, sequencer

C = 10


def run(coro):
    return asyncio.run(coro)


async def _resumed(store: Store, client: Client, start: dict[int, int], replay=(), **kw):
    s = sequencer(store, client, **kw)
    sent = await s.resume(baselines(start), replay=replay)
    return s, sent


def test_live_events_in_order_pass_and_duplicates_are_dropped():
    async def scenario():
        store, client = Store(), Client()
        s, _ = await _resumed(store, client, {C: 0})
        m1, m2 = store.commit(C), store.commit(C)
        for item in (live(m1), live(m1), live(m2), live(m1), live(m2)):
            await s.live(item)
        assert client.messages(C) == [1, 2]
        assert store.reads == []  # no gap, no database read
        assert s.position(C) == 2

    run(scenario())


def test_a_gap_is_filled_from_the_database_before_the_next_live_event():
    async def scenario():
        store, client = Store(), Client()
        s, _ = await _resumed(store, client, {C: 0}, page=2)
        messages = [store.commit(C) for _ in range(6)]
        await s.live(live(messages[0]))
        await s.live(live(messages[5]))  # 2..5 lost by the layer
        assert client.messages(C) == [1, 2, 3, 4, 5, 6]
        # Read in pages of two, only the missing range.
        assert store.reads == [(C, 1, 6, 2), (C, 3, 6, 2)]
        await s.live(live(messages[3]))  # the lost one turns up late: a duplicate now
        assert client.messages(C) == [1, 2, 3, 4, 5, 6]

    run(scenario())


def test_a_gap_that_cannot_be_read_does_not_loop_and_the_event_still_arrives():
    async def scenario():
        store, client = Store(), Client()
        s, _ = await _resumed(store, client, {C: 0})
        store.commit(C)
        m2 = store.commit(C)
        store.members[C] = {OTHER}  # left the conversation: reads answer nothing
        await s.live(live(m2))
        assert client.messages(C) == [2]
        assert s.position(C) == 2

    run(scenario())


def test_events_are_held_until_resume_then_delivered_after_the_replay():
    async def scenario():
        store, client = Store(), Client()
        old = [store.commit(C) for _ in range(3)]
        s = sequencer(store, client)
        new = store.commit(C)
        await s.live(live(new))
        assert client.frames == []  # held: the client has not said where it stands
        sent = await s.resume(baselines({C: 1}), replay=[C])
        assert client.messages(C) == [2, 3, 4]
        assert sent == 3  # all read from the database; the held live 4 is then a duplicate
        assert old[0].seq == 1

    run(scenario())


def test_beyond_max_held_the_overflow_is_recovered_from_the_database():
    async def scenario():
        store, client = Store(), Client()
        s = sequencer(store, client, max_held=2)
        for _ in range(5):
            await s.live(live(store.commit(C)))
        await s.resume(baselines({C: 0}))  # no cursor: starts where it subscribed
        assert client.messages(C) == [1, 2, 3, 4, 5]

    run(scenario())


def test_a_conversation_without_a_cursor_is_not_replayed():
    async def scenario():
        store, client = Store(), Client()
        for _ in range(3):
            store.commit(C)
        s = sequencer(store, client)
        sent = await s.resume(baselines({C: 3, 11: 0}), replay=[11])
        assert (sent, client.frames, store.reads) == (0, [], [(11, 0, None, 500)])
        await s.live(live(store.commit(C)))
        assert client.messages(C) == [4]

    run(scenario())


def test_a_second_resume_never_rewinds():
    async def scenario():
        store, client = Store(), Client()
        s, _ = await _resumed(store, client, {C: 0})
        for _ in range(3):
            await s.live(live(store.commit(C)))
        await s.resume(baselines({C: 1}), replay=[C])  # an older cursor
        assert client.messages(C) == [1, 2, 3]
        store.commit(C)  # 4: the client read it over REST and resumes from there
        await s.resume(baselines({C: 4}), replay=[C])
        await s.live(live(store.commit(C)))
        assert client.messages(C) == [1, 2, 3, 5]

    run(scenario())


def test_an_own_message_is_acked_never_sent_back_as_a_message():
    async def scenario():
        store, client = Store(), Client()
        s, _ = await _resumed(store, client, {C: 0})
        s.sending(C, "mine")
        m = store.commit(C, sender_id=ME, client_id="mine")
        await s.live(live(m, ours=True))  # the layer echoes it to our own socket
        assert await s.acked(m, duplicate=False) is False
        assert [(f["type"], f["client_id"]) for f in client.frames] == [("ack", "mine")]
        assert s.position(C) == 1

    run(scenario())


def test_an_own_message_still_in_flight_is_skipped_by_a_repair():
    async def scenario():
        store, client = Store(), Client()
        s, _ = await _resumed(store, client, {C: 0})
        s.sending(C, "mine")
        mine = store.commit(C, sender_id=ME, client_id="mine")
        theirs = store.commit(C)
        await s.live(live(theirs))  # before our ack: the repair reads seq 1, ours
        assert client.messages(C) == [2]
        await s.acked(mine, duplicate=False)
        assert (client.messages(C), client.acks(C)) == ([2], [1])

    run(scenario())


def test_an_ack_ahead_of_a_gap_waits_for_the_live_event_then_repairs_only_if_needed():
    async def scenario():
        store, client = Store(), Client()
        s, _ = await _resumed(store, client, {C: 0})
        theirs = store.commit(C)
        s.sending(C, "mine")
        mine = store.commit(C, sender_id=ME, client_id="mine")
        assert await s.acked(mine, duplicate=False) is True  # seq 2 acked, 1 still on its way
        assert s.position(C) == 0
        await s.live(live(theirs))
        assert s.position(C) == 2  # 1 arrived and the ack of 2 counts
        await s.repair_if_behind(C, 2)
        assert store.reads == []
        assert (client.messages(C), client.acks(C)) == ([1], [2])

    run(scenario())


def test_an_ack_ahead_of_a_lost_event_is_repaired_from_the_database():
    async def scenario():
        store, client = Store(), Client()
        s, _ = await _resumed(store, client, {C: 0})
        store.commit(C)  # lost by the layer
        s.sending(C, "mine")
        mine = store.commit(C, sender_id=ME, client_id="mine")
        assert await s.acked(mine, duplicate=False) is True
        await s.repair_if_behind(C, 2)
        assert (client.messages(C), client.acks(C), s.position(C)) == ([1], [2], 2)

    run(scenario())


def test_an_ack_before_resume_is_not_replayed_by_it():
    async def scenario():
        store, client = Store(), Client()
        s = sequencer(store, client)
        s.sending(C, "early")
        mine = store.commit(C, sender_id=ME, client_id="early")
        await s.acked(mine, duplicate=False)
        await s.resume(baselines({C: 0}), replay=[C])
        assert (client.messages(C), client.acks(C), s.position(C)) == ([], [1], 1)

    run(scenario())


def test_a_resend_is_acked_as_duplicate_and_moves_nothing():
    async def scenario():
        store, client = Store(), Client()
        s, _ = await _resumed(store, client, {C: 0})
        stored = store.commit(C, sender_id=ME, client_id="again")
        s.sending(C, "again")
        assert await s.acked(stored, duplicate=True) is False
        assert s.position(C) == 0
        assert client.frames[-1]["duplicate"] is True

    run(scenario())


def test_a_failed_send_is_not_skipped_later():
    async def scenario():
        store, client = Store(), Client()
        s, _ = await _resumed(store, client, {C: 0})
        s.sending(C, "retry")
        s.send_failed(C, "retry")
        # Sent again from another device with the same client id, it is an ordinary message here.
        m = store.commit(C, sender_id=ME, client_id="retry")
        await s.live(live(store.commit(C)))
        assert client.messages(C) == [m.seq, 2]

    run(scenario())


def test_a_conversation_new_since_resume_starts_at_its_first_event():
    async def scenario():
        store, client = Store(), Client()
        s, _ = await _resumed(store, client, {C: 0})
        for _ in range(3):
            store.commit(11)
        await s.live(live(store.rows[11][2]))
        assert (client.messages(11), store.reads) == ([3], [])

    run(scenario())


def test_an_ack_arriving_during_a_repair_read_is_not_also_sent_as_a_message():
    async def scenario():
        store, client = Store(yield_on_read=True), Client()
        s, _ = await _resumed(store, client, {C: 0})
        s.sending(C, "mine")
        mine = store.commit(C, sender_id=ME, client_id="mine")
        theirs = store.commit(C)
        # The live event takes the lock and reads the gap (seq 1, ours); while the read is
        # under way the writer hands back our message.
        repair = asyncio.get_running_loop().create_task(s.live(live(theirs)))
        ack = asyncio.get_running_loop().create_task(s.acked(mine, duplicate=False))
        await asyncio.gather(repair, ack)
        assert (client.messages(C), client.acks(C)) == ([2], [1])

    run(scenario())
