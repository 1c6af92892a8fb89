"""Outgoing email port (Django's mail backends in production: SMTP, console, ...)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from core.errors import ProviderError, ProviderUnavailable


class EmailError(ProviderError):
    code = "email_error"
    title = "The email could not be sent"


class EmailUnavailable(ProviderUnavailable, EmailError):
    code = "email_unavailable"
    title = "The email service is unavailable"


class EmailSender(Protocol):
    def send(
        self, *, to: str, subject: str, text: str, html: str | None = None, headers: Mapping[str, str] | None = None
    ) -> str:
        """The sent message's Message-ID. `headers`: extra ones, e.g. List-Unsubscribe (RFC 8058)."""
        ...
