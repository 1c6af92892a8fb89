"""Sequencer, for any history: each message reaches the client exactly once, in seq order.

A random run commits messages (others', ours from another device, ours through this socket),
lets the channel layer deliver, duplicate, reorder or lose their live events in any order,
acks our own messages whenever they come back from the writer, fires repair timers, and
resumes (from a cursor or not) at any point. After the next message of each conversation
arrives live, the client must hold every message beyond its resume position exactly once
(as a `message` event or the ack of its own send), with the `message` events in seq order.
"""

from __future__ import annotations

import asyncio
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from modules.chat.domain.messages import MessageView
from modules.chat.domain.sequencing import Live
from tests.modules.chat.domain.sequencing_harness import ME, OTHER, Client, Store, baselines, live, sequencer

CONVERSATIONS = (10, 11)
ACTIONS = (
    "commit_theirs",
    "commit_mine_elsewhere",
    "send_mine",
    "commit_mine",
    "ack",
    "deliver",
    "duplicate",
    "drop",
    "timer",
    "resume",
)


class Run:
    def __init__(self, data, *, concurrent: bool) -> None:
        self.data = data
        self.concurrent = concurrent
        self.store = Store(yield_on_read=concurrent)
        self.client = Client()
        self.before_subscribe = {}
        for cid in CONVERSATIONS:
            for _ in range(data.draw(st.integers(0, 4), label=f"earlier in {cid}")):
                self.store.commit(cid)
            self.before_subscribe[cid] = self.store.last_seq(cid)
        # Where the client's cursor stands per conversation (None: it sends none).
        self.cursors = {
            cid: data.draw(st.none() | st.integers(0, self.before_subscribe[cid]), label=f"cursor {cid}")
            for cid in CONVERSATIONS
        }
        self.seq = sequencer(
            self.store,
            self.client,
            max_held=data.draw(st.integers(1, 6), label="max held"),
            page=data.draw(st.integers(1, 4), label="page"),
        )
        self.layer: list[Live] = []  # published, not delivered yet
        self.sending: list[tuple[int, str]] = []
        self.unacked: list[MessageView] = []
        self.timers: list[tuple[int, int]] = []
        self.tasks: list[asyncio.Task] = []
        self.start: dict[int, int] | None = None  # the first resume's baselines
        self.ours: dict[int, set[int]] = {cid: set() for cid in CONVERSATIONS}
        self.n = 0

    async def call(self, make) -> None:
        """Await it now, or (concurrent runs) let it run alongside what comes next."""
        if self.concurrent and self.data.draw(st.booleans(), label="spawn"):
            self.tasks.append(asyncio.get_running_loop().create_task(make()))
        else:
            await make()

    def pick(self, items: list, label: str) -> int:
        return self.data.draw(st.integers(0, len(items) - 1), label=label)

    async def resume(self) -> None:
        start = {cid: self.before_subscribe[cid] if c is None else c for cid, c in self.cursors.items()}
        if self.start is None:
            self.start = start
        replay = [cid for cid, c in self.cursors.items() if c is not None]
        await self.seq.resume(baselines(start), replay=replay)

    async def ack(self, m: MessageView) -> None:
        if await self.seq.acked(m, duplicate=False):
            self.timers.append((m.conversation_id, m.seq))

    async def step(self, action: str) -> None:
        cid = self.data.draw(st.sampled_from(CONVERSATIONS), label="conversation")
        if action in ("commit_theirs", "commit_mine_elsewhere"):
            sender = OTHER if action == "commit_theirs" else ME
            self.layer.append(live(self.store.commit(cid, sender_id=sender)))
        elif action == "send_mine":
            self.n += 1
            self.sending.append((cid, f"mine-{self.n}"))
            self.seq.sending(cid, f"mine-{self.n}")
        elif action == "commit_mine" and self.sending:
            cid, client_id = self.sending.pop(self.pick(self.sending, "which send"))
            m = self.store.commit(cid, sender_id=ME, client_id=client_id)
            self.ours[cid].add(m.seq)
            self.unacked.append(m)
            self.layer.append(live(m, ours=True))
        elif action == "ack" and self.unacked:
            m = self.unacked.pop(self.pick(self.unacked, "which ack"))
            await self.call(lambda: self.ack(m))
        elif action in ("deliver", "duplicate", "drop") and self.layer:
            i = self.pick(self.layer, "which event")  # any order: the layer may reorder
            item = self.layer[i] if action == "duplicate" else self.layer.pop(i)
            if action != "drop":
                await self.call(lambda: self.seq.live(item))
        elif action == "timer" and self.timers:
            timer = self.timers.pop(self.pick(self.timers, "which timer"))
            await self.call(lambda: self.seq.repair_if_behind(*timer))
        elif action == "resume":
            await self.call(self.resume)

    async def finish(self) -> None:
        await asyncio.gather(*self.tasks)
        if self.start is None:
            await self.resume()
        for cid, client_id in self.sending:
            m = self.store.commit(cid, sender_id=ME, client_id=client_id)
            self.ours[cid].add(m.seq)
            self.unacked.append(m)
        for m in self.unacked:
            await self.ack(m)
        for timer in self.timers:
            await self.seq.repair_if_behind(*timer)
        # The next message of each conversation arrives live; it reveals whatever was lost.
        for cid in CONVERSATIONS:
            await self.seq.live(live(self.store.commit(cid)))

    def check(self) -> None:
        assert self.start is not None
        for cid in CONVERSATIONS:
            messages = self.client.messages(cid)
            acks = self.client.acks(cid)
            assert messages == sorted(messages), f"out of order in {cid}: {messages}"
            received = Counter(messages + acks)
            assert [s for s, n in received.items() if n > 1] == [], f"twice in {cid}: {messages} + acks {acks}"
            expected = {m.seq for m in self.store.rows[cid] if m.seq > self.start[cid]} | self.ours[cid]
            assert set(received) == expected, f"{cid}: got {sorted(received)}, expected {sorted(expected)}"
            assert set(acks) == self.ours[cid]  # every own message is acked, none comes back as a message


async def _play(data, *, concurrent: bool) -> None:
    run = Run(data, concurrent=concurrent)
    for action in data.draw(st.lists(st.sampled_from(ACTIONS), max_size=60), label="actions"):
        await run.step(action)
    await run.finish()
    run.check()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_every_message_reaches_the_client_exactly_once_in_order(data):
    asyncio.run(_play(data, concurrent=False))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_the_same_holds_when_arrivals_and_reads_overlap(data):
    """Live events, acks, timers and resume run as concurrent coroutines, and each database
    read lets others run (and more commit) before it answers."""
    asyncio.run(_play(data, concurrent=True))
