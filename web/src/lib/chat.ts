// The chat socket's client side (protocol: docs/chat.md). Two parts:
//  - MessageLog: a conversation's messages, merged from history pages, live `message`s, `ack`s
//    and replays, each exactly once and in seq order; a message sent but not yet acknowledged
//    shows as pending under its client_id until the ack (or its own echo) replaces it.
//  - ChatConnection: one socket, opened with a one-use ticket (POST /api/chat/ticket), that
//    resumes from the last message id it has seen per conversation, resends what was never
//    acknowledged (same client_id, so the server stores it once), and reconnects after a drop
//    with backoff.
import type { components } from "@/api/schema";

export type ChatMessage = components["schemas"]["MessageOut"];
export type PendingMessage = { client_id: string; conversation_id: number; body: string; pending: true };
export type LogEntry = (ChatMessage & { pending?: false }) | PendingMessage;

export class MessageLog {
  private byId = new Map<number, ChatMessage>();
  private pending = new Map<string, PendingMessage>();

  /** Add messages from any source; returns true when something new arrived. */
  merge(messages: ChatMessage[]): boolean {
    let changed = false;
    for (const message of messages) {
      if (this.pending.delete(message.client_id)) changed = true;
      if (!this.byId.has(message.id)) {
        this.byId.set(message.id, message);
        changed = true;
      }
    }
    return changed;
  }

  addPending(message: PendingMessage): void {
    // A client_id already stored was acknowledged before: nothing is pending.
    for (const stored of this.byId.values()) if (stored.client_id === message.client_id) return;
    this.pending.set(message.client_id, message);
  }

  pendingMessages(): PendingMessage[] {
    return [...this.pending.values()];
  }

  /** The highest message id seen (the resume cursor), 0 when none. */
  lastId(): number {
    let last = 0;
    for (const id of this.byId.keys()) last = Math.max(last, id);
    return last;
  }

  /** Stored messages in seq order, then pending ones in the order they were sent. */
  entries(): LogEntry[] {
    const stored = [...this.byId.values()].sort((a, b) => a.seq - b.seq);
    return [...stored, ...this.pending.values()];
  }
}

export type ConnectionState = "connecting" | "open" | "reconnecting" | "closed";

export type SocketLike = {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  listen(handlers: { message(data: unknown): void; close(code: number): void }): void;
};

/** The browser's WebSocket behind SocketLike; the ticket rides in the subprotocol list. */
export function browserSocket(url: string, ticket: string): SocketLike {
  const socket = new WebSocket(url, ["ticket", ticket]);
  return {
    get readyState() {
      return socket.readyState;
    },
    send: (data) => socket.send(data),
    close: (code, reason) => socket.close(code, reason),
    listen(handlers) {
      socket.onmessage = (event) => handlers.message(event.data);
      socket.onclose = (event) => handlers.close(event.code);
    },
  };
}

export type ChatEvents = {
  onMessages(conversationId: number): void;
  onState(state: ConnectionState): void;
  onError(code: string, detail: string): void;
};

type Dependencies = {
  ticket: () => Promise<string | null>;
  openSocket: (ticket: string) => SocketLike;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
};

const OPEN = 1;
// 4001: not (or no longer) authenticated; 4003: origin refused; 4008: flooding. Reconnecting
// with a new ticket helps after 4001 (token refreshed) but not after the others.
const FATAL_CLOSE_CODES = new Set([4003, 4008]);
export const MAX_BACKOFF_MS = 15_000;

export function backoffMs(attempt: number): number {
  return Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempt);
}

let clientCounter = 0;
export function newClientId(): string {
  clientCounter += 1;
  return `web-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}-${clientCounter}`;
}

export class ChatConnection {
  private socket: SocketLike | null = null;
  private logs = new Map<number, MessageLog>();
  private attempt = 0;
  private timer: unknown = null;
  private stopped = false;
  private resumed = false;
  // Bumped by start() and stop(): a connect() that outlives its generation gives up, so a quick
  // stop/start (React's development double effects) never leaves two sockets open.
  private generation = 0;
  state: ConnectionState = "connecting";

  constructor(
    private readonly deps: Dependencies,
    private readonly events: ChatEvents,
  ) {}

  log(conversationId: number): MessageLog {
    let log = this.logs.get(conversationId);
    if (!log) {
      log = new MessageLog();
      this.logs.set(conversationId, log);
    }
    return log;
  }

  /** History fetched over REST (oldest first) joins the same log as live messages. */
  addHistory(conversationId: number, messages: ChatMessage[]): void {
    if (this.log(conversationId).merge(messages)) this.events.onMessages(conversationId);
  }

  start(): void {
    this.stopped = false;
    this.generation += 1;
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.generation += 1;
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = null;
    this.socket?.close(1000, "bye");
    this.socket = null;
    this.setState("closed");
  }

  /** Queue a message; it is sent now if the socket is ready, else after the next resume. */
  send(conversationId: number, body: string): string {
    const clientId = newClientId();
    this.log(conversationId).addPending({ client_id: clientId, conversation_id: conversationId, body, pending: true });
    this.events.onMessages(conversationId);
    this.flush();
    return clientId;
  }

  private setState(state: ConnectionState) {
    this.state = state;
    this.events.onState(state);
  }

  private async connect(): Promise<void> {
    this.resumed = false;
    this.setState(this.attempt === 0 ? "connecting" : "reconnecting");
    const generation = this.generation;
    const ticket = await this.deps.ticket().catch(() => null);
    if (this.stopped || generation !== this.generation) return;
    if (!ticket) return this.retry();
    let socket: SocketLike;
    try {
      socket = this.deps.openSocket(ticket);
    } catch {
      return this.retry();
    }
    this.socket = socket;
    socket.listen({
      message: (data) => this.receive(data),
      close: (code) => {
        if (this.socket !== socket) return;
        this.socket = null;
        if (this.stopped) return;
        if (FATAL_CLOSE_CODES.has(code)) {
          this.setState("closed");
          this.events.onError("closed", "The chat connection was refused.");
          return;
        }
        this.retry();
      },
    });
  }

  private retry() {
    if (this.stopped) return;
    this.setState("reconnecting");
    const delay = backoffMs(this.attempt);
    this.attempt += 1;
    this.timer = this.deps.setTimer(() => {
      this.timer = null;
      void this.connect();
    }, delay);
  }

  private write(frame: object) {
    if (this.socket && this.socket.readyState === OPEN) this.socket.send(JSON.stringify(frame));
  }

  private flush() {
    if (!this.resumed) return;
    for (const log of this.logs.values()) {
      for (const message of log.pendingMessages()) {
        this.write({ type: "send", conversation_id: message.conversation_id, client_id: message.client_id, body: message.body });
      }
    }
  }

  private receive(raw: unknown) {
    if (typeof raw !== "string") return;
    let frame: { type?: unknown; [key: string]: unknown };
    try {
      frame = JSON.parse(raw) as typeof frame;
    } catch {
      return;
    }
    switch (frame.type) {
      case "ready": {
        const cursors: Record<string, number> = {};
        for (const [conversationId, log] of this.logs) {
          const last = log.lastId();
          if (last > 0) cursors[String(conversationId)] = last;
        }
        this.write({ type: "resume", cursors, ref: "resume" });
        break;
      }
      case "resumed":
        this.resumed = true;
        this.attempt = 0;
        this.setState("open");
        this.flush();
        break;
      case "message":
      case "ack": {
        const message = frame.message as ChatMessage | undefined;
        if (message && typeof message.conversation_id === "number") {
          if (this.log(message.conversation_id).merge([message])) this.events.onMessages(message.conversation_id);
        }
        break;
      }
      case "error": {
        const code = typeof frame.code === "string" ? frame.code : "error";
        const detail = typeof frame.detail === "string" ? frame.detail : "";
        this.events.onError(code, detail);
        break;
      }
      default:
        break;
    }
  }
}
