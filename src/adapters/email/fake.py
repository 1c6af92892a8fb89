"""In-memory email sender: an outbox tests can read."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import count

from core.ports.email import EmailUnavailable


@dataclass(frozen=True)
class SentEmail:
    to: str
    subject: str
    text: str
    html: str | None
    message_id: str


@dataclass
class FakeEmailSender:
    outbox: list[SentEmail] = field(default_factory=list)
    unavailable: bool = False
    _ids: count = field(default_factory=lambda: count(1))

    def send(self, *, to: str, subject: str, text: str, html: str | None = None) -> str:
        if self.unavailable:
            raise EmailUnavailable("fake mail server is down")
        message_id = f"<fake-{next(self._ids)}@humanlink>"
        self.outbox.append(SentEmail(to, subject, text, html, message_id))
        return message_id
