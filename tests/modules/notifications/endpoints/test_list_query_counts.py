"""The inbox costs the same SQL with one notification or a page full of them."""

from __future__ import annotations

import pytest

from modules.notifications.models import Notification
from tests.modules.accounts.factories import UserFactory, bearer
from tests.query_counts import assert_constant_queries

pytestmark = pytest.mark.django_db


def test_inbox(client):
    user = UserFactory()
    headers = bearer(user)

    def add(n: int) -> None:
        start = Notification.objects.filter(user=user).count()
        for i in range(start, start + n):
            Notification.objects.create(user=user, key=f"test:{user.pk}:{i}", kind="test", title=f"t{i}", body="b")

    assert_constant_queries(lambda: client.get("/api/notifications", headers=headers), add)
