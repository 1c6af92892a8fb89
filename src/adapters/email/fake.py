"""In-memory email sender: an outbox tests can read."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import count

from core.ports.email import EmailError, EmailUnavailable


@dataclass(frozen=True)
class SentEmail:
    to: str
    subject: str
    text: str
    html: str | None
    message_id: str
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass
class FakeEmailSender:
    outbox: list[SentEmail] = field(default_factory=list)
    unavailable: bool = False
    # Addresses the "server" refuses for good (as SMTP refuses a recipient).
    refused_addresses: set[str] = field(default_factory=set)
    _ids: count = field(default_factory=lambda: count(1))

    def send(
        self, *, to: str, subject: str, text: str, html: str | None = None, headers: Mapping[str, str] | None = None
    ) -> str:
        if self.unavailable:
            raise EmailUnavailable("fake mail server is down")
        if to in self.refused_addresses:
            raise EmailError("the recipient was refused")
        message_id = f"<fake-{next(self._ids)}@humanlink>"
        self.outbox.append(SentEmail(to, subject, text, html, message_id, dict(headers or {})))
        return message_id
