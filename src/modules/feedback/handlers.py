"""Feedback's event subscriptions, connected once from FeedbackConfig.ready (the reactions are services)."""

from __future__ import annotations

from core import events
from modules.feedback.services import requests


def connect() -> None:
    events.subscribe(events.SessionStatusChanged, requests.on_session_status_changed)
    events.subscribe(events.SessionStatusChanged, requests.on_session_completed_ask_first_session_survey)
    events.subscribe(events.RematchRequested, requests.on_rematch_ask_exit_survey)
    events.subscribe(events.SubscriptionCancelled, requests.on_subscription_cancelled)
