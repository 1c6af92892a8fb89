"""The Django admin pages for accounts render and search (they are easy to break silently)."""

from __future__ import annotations

import pytest

from modules.accounts.models import User
from tests.modules.accounts.factories import FriendFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(User.objects.create_superuser("root@example.com", "admin-password-123"))
    return client


def test_user_changelist_searches_by_email_and_filters_by_role(admin_client):
    UserFactory(email="findme@example.com")
    FriendFactory(email="friend@example.com")
    page = admin_client.get("/admin/accounts/user/?q=findme")
    assert page.status_code == 200
    assert b"findme@example.com" in page.content
    assert b"friend@example.com" not in page.content
    page = admin_client.get("/admin/accounts/user/?role__exact=friend")
    assert b"friend@example.com" in page.content
    assert b"findme@example.com" not in page.content


def test_user_add_and_change_pages_render(admin_client):
    person = UserFactory()
    assert admin_client.get("/admin/accounts/user/add/").status_code == 200
    page = admin_client.get(f"/admin/accounts/user/{person.pk}/change/")
    assert page.status_code == 200
    # The hash is shown read-only with a link to Django's own password form, never as an input.
    assert b'name="password"' not in page.content
    assert admin_client.get(f"/admin/accounts/user/{person.pk}/password/").status_code == 200


def test_admin_creates_a_user_by_email(admin_client):
    response = admin_client.post(
        "/admin/accounts/user/add/",
        {
            "email": "New@Example.com",
            "usable_password": "true",
            "password1": "A-long-pass-9876",
            "password2": "A-long-pass-9876",
            "_save": "Save",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    created = User.objects.get(email="new@example.com")
    assert created.check_password("A-long-pass-9876")
    assert created.profile.display_name == "new"


def test_admin_stores_the_normal_form_and_refuses_invisible_characters(admin_client):
    def add(email):
        return admin_client.post(
            "/admin/accounts/user/add/",
            {
                "email": email,
                "usable_password": "true",
                "password1": "A-long-pass-9876",
                "password2": "A-long-pass-9876",
                "_save": "Save",
            },
        )

    assert add("Zed@ＥＸＡＭＰＬＥ.com").status_code == 302
    assert User.objects.filter(email="zed@example.com").exists()
    refused = add("amy@example.com\u200b")
    assert refused.status_code == 200  # the form again, with the error
    assert not User.objects.filter(email__startswith="amy@").exists()


def test_profile_pages_render(admin_client):
    friend = FriendFactory()
    assert admin_client.get("/admin/accounts/profile/?q=" + friend.email).status_code == 200
    assert admin_client.get("/admin/accounts/friendprofile/").status_code == 200
    assert admin_client.get(f"/admin/accounts/friendprofile/{friend.pk}/change/").status_code == 200
