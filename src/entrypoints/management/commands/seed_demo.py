"""Idempotent demo data for `make run`: staff, users and friends with profiles.

Safe to run again: existing demo accounts are updated, never duplicated.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from modules.accounts.public import demo_accounts_ensure, demo_friend_ids
from modules.booking.public import demo_availability_ensure


class Command(BaseCommand):
    help = "Create or refresh the demo accounts (password for all: see output)."

    def handle(self, *args: Any, **options: Any) -> None:
        with transaction.atomic():
            created = demo_accounts_ensure()
            demo_availability_ensure(demo_friend_ids())
        for line in created:
            self.stdout.write(line)
