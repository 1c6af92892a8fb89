"""Idempotent demo data for `make run`: staff, users and friends with profiles, subscription plans,
two upcoming group events (one with a seat left, one full with a waitlist), and two sessions for the
demo user (one to rate, one to join).

Safe to run again: existing demo accounts are updated, never duplicated.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from entrypoints.demo_history import demo_history_ensure
from entrypoints.demo_matching import demo_matching_ensure
from entrypoints.demo_recordings import demo_recordings_ensure
from modules.accounts.models import User
from modules.accounts.public import demo_accounts_ensure, demo_friend_ids, demo_user_id
from modules.billing.public import demo_plans_ensure
from modules.booking.public import demo_availability_ensure, demo_sessions_ensure
from modules.feedback.public import demo_surveys_ensure
from modules.group_events.public import demo_events_ensure


class Command(BaseCommand):
    help = "Create or refresh the demo accounts (password for all: see output)."

    def handle(self, *args: Any, **options: Any) -> None:
        with transaction.atomic():
            created = demo_accounts_ensure() + demo_plans_ensure()
            demo_availability_ensure(demo_friend_ids())
            created += demo_matching_ensure()
            created += demo_events_ensure()
            # Before the history, whose past sessions would otherwise count as the demo user's.
            created += demo_sessions_ensure(demo_user_id(), demo_friend_ids())
            created += demo_history_ensure(demo_friend_ids())
            # A survey due for the demo user, so /api/feedback/surveys/due has something to answer.
            demo_user = User.objects.filter(email="user@demo.humanlink.local").values_list("pk", flat=True)
            created += demo_surveys_ensure(due_for=list(demo_user), now=timezone.now())
            created += demo_recordings_ensure()
        for line in created:
            self.stdout.write(line)
