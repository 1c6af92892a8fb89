"""One contract for every EmailSender: the fake outbox and Django's mail (locmem backend)."""

from __future__ import annotations

import smtplib
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend

from adapters.email.django_email import DjangoEmailSender
from adapters.email.fake import FakeEmailSender
from core.errors import ProviderUnavailable
from core.ports.email import EmailError, EmailSender

# The address the SMTP stand-in refuses (as a server refuses an unknown mailbox).
REFUSED = "nobody@refused.example.com"


class RefusingLocmemBackend(LocmemBackend):
    def send_messages(self, messages):
        for message in messages:
            if REFUSED in message.to:
                raise smtplib.SMTPRecipientsRefused({REFUSED: (550, b"5.1.1 no such user")})
        return super().send_messages(messages)


@dataclass
class Harness:
    sender: EmailSender
    # (to, subject, text, html, message id) of every message sent.
    sent: Callable[[], list[tuple[str, str, str, str | None, str]]]


@pytest.fixture(params=["fake", "django"])
def harness(request, settings) -> Harness:
    if request.param == "fake":
        fake = FakeEmailSender(refused_addresses={REFUSED})
        return Harness(fake, lambda: [(m.to, m.subject, m.text, m.html, m.message_id) for m in fake.outbox])
    settings.EMAIL_BACKEND = f"{__name__}.RefusingLocmemBackend"

    def sent() -> list[tuple[str, str, str, str | None, str]]:
        out = []
        for message in mail.outbox:
            html = next((body for body, kind in getattr(message, "alternatives", ()) if kind == "text/html"), None)
            out.append((message.to[0], message.subject, message.body, html, message.extra_headers["Message-ID"]))
        return out

    return Harness(DjangoEmailSender(from_email="HumanLink <no-reply@example.com>"), sent)


def test_plain_text_email(harness):
    message_id = harness.sender.send(to="ann@example.com", subject="Welcome", text="Hello Ann")
    assert harness.sent() == [("ann@example.com", "Welcome", "Hello Ann", None, message_id)]


def test_email_with_html_alternative_has_its_own_id(harness):
    first = harness.sender.send(to="a@example.com", subject="S", text="t", html="<p>t</p>")
    second = harness.sender.send(to="b@example.com", subject="S", text="t")
    assert first != second
    assert harness.sent()[0][3] == "<p>t</p>"


def test_a_refused_recipient_is_an_email_error_not_an_outage(harness):
    with pytest.raises(EmailError) as caught:
        harness.sender.send(to=REFUSED, subject="S", text="t")
    assert not isinstance(caught.value, ProviderUnavailable)
    assert harness.sent() == []
