"""Matching's rows in the admin: decisions, blocks and re-match requests are people's own
choices, and top matches and ratings are derived data, so all are read-only here."""

from __future__ import annotations

from django.contrib import admin

from kit.admin import StaffAdmin
from modules.matching.models import Block, Favourite, FriendRating, MatchDecision, RematchRequest, TopMatch


@admin.register(MatchDecision)
class MatchDecisionAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("user", "friend")
    list_display = ("user", "friend", "decision", "decided_at")
    list_filter = ("decision",)
    list_select_related = ("user", "friend")
    search_fields = ("user__email", "friend__email")
    date_hierarchy = "decided_at"


@admin.register(Block)
class BlockAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("blocker", "blocked")
    list_display = ("blocker", "blocked", "created_at")
    list_select_related = ("blocker", "blocked")
    search_fields = ("blocker__email", "blocked__email")


@admin.register(RematchRequest)
class RematchRequestAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("user", "reason")
    list_display = ("user", "passed_count", "created_at")
    list_select_related = ("user",)
    search_fields = ("user__email",)


@admin.register(TopMatch)
class TopMatchAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("user",)
    list_display = ("user", "friend_id", "score", "computed_at")
    list_select_related = ("user",)


@admin.register(FriendRating)
class FriendRatingAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("friend",)
    list_display = ("friend", "average", "count", "updated_at")
    list_select_related = ("friend",)


@admin.register(Favourite)
class FavouriteAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("user", "friend")
    list_display = ("user", "friend", "created_at")
    list_select_related = ("user", "friend")
