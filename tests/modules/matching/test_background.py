"""The Celery path (eager): a change recomputes top matches and pushes "New friend match!" once."""

from __future__ import annotations

import json

import pytest
from django.core.cache import cache
from django.test import TestCase

from config.celery import app as celery_app
from entrypoints.container import get_container
from entrypoints.tasks import CeleryMatchingJobs
from modules.accounts.models import User
from modules.matching.models import TopMatch
from modules.notifications.models import Device
from tests.modules.accounts.factories import bearer
from tests.modules.matching.factories import answered_user, answers, matched_friend

pytestmark = pytest.mark.django_db


@pytest.fixture
def celery_jobs(settings):
    """The real jobs port, with Celery eager (on Redis-backed runs too)."""
    eager = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    with get_container().matching_jobs.override(CeleryMatchingJobs()):
        yield
    celery_app.conf.task_always_eager = eager


def put_answers(client, who, **overrides):
    # The test runs inside a transaction: run the after-commit work as a commit would.
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.put(
            "/api/questionnaire/answers",
            data=json.dumps({"answers": answers(**overrides)}),
            content_type="application/json",
            headers=bearer(who),
        )
    assert response.status_code == 200, response.content


def test_new_top_match_pushes_once_to_every_device(client, fakes, celery_jobs):
    friend = matched_friend(social_energy=5)
    user = User.objects.create_user("seeker@example.com", "pw-long-enough-123")
    Device.objects.create(user=user, token="device-token-phone-0001", platform="ios")
    Device.objects.create(user=user, token="device-token-tablet-002", platform="android")

    put_answers(client, user, social_energy=5)

    assert TopMatch.objects.get(user=user).friend_id == friend.pk
    assert sorted(p.device_token for p in fakes.push.sent) == ["device-token-phone-0001", "device-token-tablet-002"]
    assert {p.title for p in fakes.push.sent} == {"New friend match!"}
    assert fakes.push.sent[0].data["friend_id"] == str(friend.pk)

    # Same answers again: same top match, no second push.
    cache.clear()
    put_answers(client, user, social_energy=5)
    assert len(fakes.push.sent) == 2


def test_a_friend_who_now_beats_the_top_match_is_pushed(client, fakes, celery_jobs):
    matched_friend(social_energy=1, conversation_style="light")
    user = answered_user(social_energy=5, conversation_style="deep")
    Device.objects.create(user=user, token="device-token-phone-0001", platform="ios")
    put_answers(client, user, social_energy=5, conversation_style="deep")
    assert len(fakes.push.sent) == 1

    better = matched_friend(social_energy=1, conversation_style="light")
    cache.clear()  # drop the debounce marks the previous runs left
    put_answers(client, better, social_energy=5, conversation_style="deep")

    assert TopMatch.objects.get(user=user).friend_id == better.pk
    assert [p.data["friend_id"] for p in fakes.push.sent] == [fakes.push.sent[0].data["friend_id"], str(better.pk)]


def test_an_invalid_device_is_forgotten(client, fakes, celery_jobs):
    matched_friend()
    user = User.objects.create_user("seeker@example.com", "pw-long-enough-123")
    Device.objects.create(user=user, token="device-token-gone-00001", platform="ios")
    fakes.push.invalid_tokens.add("device-token-gone-00001")
    put_answers(client, user)
    assert not Device.objects.filter(user=user).exists()
    assert fakes.push.sent == []
