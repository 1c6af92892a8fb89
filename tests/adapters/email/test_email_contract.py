"""One contract for every EmailSender: the fake outbox and Django's mail (locmem backend)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.core import mail

from adapters.email.django_email import DjangoEmailSender
from adapters.email.fake import FakeEmailSender
from core.ports.email import EmailSender


@dataclass
class Harness:
    sender: EmailSender
    # (to, subject, text, html, message id) of every message sent.
    sent: Callable[[], list[tuple[str, str, str, str | None, str]]]


@pytest.fixture(params=["fake", "django"])
def harness(request, settings) -> Harness:
    if request.param == "fake":
        fake = FakeEmailSender()
        return Harness(fake, lambda: [(m.to, m.subject, m.text, m.html, m.message_id) for m in fake.outbox])
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

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
