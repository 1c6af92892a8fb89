"""Email through Django's configured mail backend (SMTP in production, console in development)."""

from __future__ import annotations

import smtplib
from collections.abc import Mapping
from email.utils import make_msgid

from django.conf import settings
from django.core.mail import EmailMultiAlternatives

from core.ports.email import EmailError, EmailUnavailable


class DjangoEmailSender:
    def __init__(self, *, from_email: str | None = None) -> None:
        self._from = from_email or settings.DEFAULT_FROM_EMAIL

    def send(
        self, *, to: str, subject: str, text: str, html: str | None = None, headers: Mapping[str, str] | None = None
    ) -> str:
        message_id = make_msgid(domain="humanlink")
        message = EmailMultiAlternatives(
            subject=subject,
            body=text,
            from_email=self._from,
            to=[to],
            headers={**(headers or {}), "Message-ID": message_id},
        )
        if html is not None:
            message.attach_alternative(html, "text/html")
        try:
            message.send(fail_silently=False)
        except smtplib.SMTPRecipientsRefused as exc:
            raise EmailError("the recipient was refused") from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise EmailUnavailable(f"could not send email: {type(exc).__name__}") from exc
        return message_id
