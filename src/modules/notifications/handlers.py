"""Notifications' event subscriptions, connected once from NotificationsConfig.ready (the reactions are services)."""

from __future__ import annotations

from core import events
from modules.notifications.services import reactions


def connect() -> None:
    events.subscribe(events.MarketingConsentChanged, reactions.on_marketing_consent_changed)
    events.subscribe(events.SessionStatusChanged, reactions.on_session_status_changed)
    events.subscribe(events.SessionRescheduled, reactions.on_session_rescheduled)
