import { describe, expect, it } from "vitest";
import { backoffMs, ChatConnection, MAX_BACKOFF_MS, MessageLog, type ChatMessage } from "@/lib/chat";

function msg(id: number, seq: number, body = `m${seq}`, clientId = `c${id}`, conversationId = 7): ChatMessage {
  return { id, seq, conversation_id: conversationId, sender_id: 1, client_id: clientId, body, created_at: "2026-12-01T10:00:00Z" };
}

describe("MessageLog", () => {
  it("keeps each message once, in seq order, whatever the order and repeats of its sources", () => {
    const log = new MessageLog();
    expect(log.merge([msg(12, 3), msg(10, 1)])).toBe(true);
    expect(log.merge([msg(11, 2), msg(12, 3)])).toBe(true);
    expect(log.merge([msg(10, 1), msg(12, 3)])).toBe(false);
    expect(log.entries().map((e) => ("seq" in e ? e.seq : null))).toEqual([1, 2, 3]);
    expect(log.lastId()).toBe(12);
  });

  it("shows a sent message as pending until its ack replaces it (matched by client_id)", () => {
    const log = new MessageLog();
    log.merge([msg(10, 1)]);
    log.addPending({ client_id: "mine-1", conversation_id: 7, body: "hello", pending: true });
    expect(log.entries().map((e) => e.body)).toEqual(["m1", "hello"]);
    expect(log.entries()[1]).toMatchObject({ pending: true });
    log.merge([msg(11, 2, "hello", "mine-1")]);
    expect(log.entries()).toHaveLength(2);
    expect(log.pendingMessages()).toEqual([]);
  });
});

class FakeSocket {
  readyState = 1;
  sent: Record<string, unknown>[] = [];
  private handlers: { message(data: unknown): void; close(code: number): void } | null = null;
  constructor(readonly ticket: string) {}
  send(data: string) {
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }
  close() {
    this.readyState = 3;
  }
  listen(handlers: { message(data: unknown): void; close(code: number): void }) {
    this.handlers = handlers;
  }
  serverSends(frame: object) {
    this.handlers?.message(JSON.stringify(frame));
  }
  drop(code = 1006) {
    this.readyState = 3;
    this.handlers?.close(code);
  }
}

function harness() {
  const sockets: FakeSocket[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const changed: number[] = [];
  const states: string[] = [];
  let tickets = 0;
  const connection = new ChatConnection(
    {
      ticket: async () => `t${++tickets}`,
      openSocket: (ticket) => {
        const socket = new FakeSocket(ticket);
        sockets.push(socket);
        return socket;
      },
      setTimer: (run, ms) => timers.push({ run, ms }),
      clearTimer: () => undefined,
    },
    { onMessages: (id) => changed.push(id), onState: (s) => states.push(s), onError: () => undefined },
  );
  return { connection, sockets, timers, changed, states };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("ChatConnection", () => {
  it("resumes from the last id it holds, and after a drop reconnects with a new ticket and resumes from there", async () => {
    const { connection, sockets, timers } = harness();
    connection.addHistory(7, [msg(10, 1), msg(11, 2)]);
    connection.start();
    await tick();
    const first = sockets[0]!;
    first.serverSends({ type: "ready", user_id: 1 });
    expect(first.sent).toEqual([{ type: "resume", cursors: { "7": 11 }, ref: "resume" }]);
    first.serverSends({ type: "resumed", sent: 0 });
    first.serverSends({ type: "message", message: msg(12, 3) });

    first.drop();
    expect(timers).toHaveLength(1);
    timers[0]!.run();
    await tick();
    const second = sockets[1]!;
    expect(second.ticket).toBe("t2");
    second.serverSends({ type: "ready", user_id: 1 });
    expect(second.sent[0]).toEqual({ type: "resume", cursors: { "7": 12 }, ref: "resume" });
    // The replay repeats a message we already have: it is shown once.
    second.serverSends({ type: "message", message: msg(12, 3) });
    second.serverSends({ type: "message", message: msg(13, 4) });
    expect(connection.log(7).entries().map((e) => e.body)).toEqual(["m1", "m2", "m3", "m4"]);
  });

  it("sends after resume, and resends an unacknowledged message with the same client_id after a reconnect", async () => {
    const { connection, sockets, timers } = harness();
    connection.start();
    await tick();
    const first = sockets[0]!;
    const clientId = connection.send(7, "hello"); // before ready: queued
    expect(first.sent).toEqual([]);
    first.serverSends({ type: "ready" });
    first.serverSends({ type: "resumed", sent: 0 });
    expect(first.sent[1]).toEqual({ type: "send", conversation_id: 7, client_id: clientId, body: "hello" });

    first.drop(); // no ack arrived
    timers[0]!.run();
    await tick();
    const second = sockets[1]!;
    second.serverSends({ type: "ready" });
    second.serverSends({ type: "resumed", sent: 0 });
    expect(second.sent[1]).toEqual({ type: "send", conversation_id: 7, client_id: clientId, body: "hello" });
    second.serverSends({ type: "ack", client_id: clientId, duplicate: true, message: msg(20, 1, "hello", clientId) });
    expect(connection.log(7).entries()).toEqual([{ ...msg(20, 1, "hello", clientId) }]);
  });

  it("backs off between attempts up to a ceiling, and stops on a refused origin", async () => {
    expect([0, 1, 2, 3].map(backoffMs)).toEqual([500, 1000, 2000, 4000]);
    expect(backoffMs(20)).toBe(MAX_BACKOFF_MS);
    const { connection, sockets, timers, states } = harness();
    connection.start();
    await tick();
    sockets[0]!.drop(4003);
    expect(timers).toHaveLength(0);
    expect(states.at(-1)).toBe("closed");
  });

  it("opens one socket when stopped and started again while a ticket is on its way", async () => {
    const { connection, sockets } = harness();
    connection.start();
    connection.stop();
    connection.start();
    await tick();
    expect(sockets).toHaveLength(1);
  });
});
