"""Walking allauth's headless app flows from tests (the app client, JSON bodies)."""

from __future__ import annotations

import json
import re

from django.core import mail

AUTH = "/api/auth/app/v1"
PASSWORD = "correct-horse-battery-9"


def post(client, path, body, *, session_token=None, **extra):
    headers = {"X-Session-Token": session_token} if session_token else {}
    return client.post(path, data=json.dumps(body), content_type="application/json", headers=headers, **extra)


def last_code() -> str:
    """The code in the newest email (verification or password reset)."""
    body = mail.outbox[-1].body
    match = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4}|[A-Z0-9]{6,8})\s*$", body, re.MULTILINE)
    assert match, body
    return match.group(1)


def signup(client, email, password=PASSWORD):
    return post(client, f"{AUTH}/auth/signup", {"email": email, "password": password})


def signup_and_verify(client, email, password=PASSWORD) -> dict:
    """Sign up, enter the emailed code; returns the `meta` with the token pair."""
    pending = signup(client, email, password)
    assert pending.status_code == 401, pending.content
    session_token = pending.json()["meta"]["session_token"]
    verified = post(client, f"{AUTH}/auth/email/verify", {"key": last_code()}, session_token=session_token)
    assert verified.status_code == 200, verified.content
    return verified.json()["meta"]


def login(client, email, password=PASSWORD):
    return post(client, f"{AUTH}/auth/login", {"email": email, "password": password})
