"""Matching's event subscriptions, connected once from MatchingConfig.ready (the reactions are services)."""

from __future__ import annotations

from core import events
from modules.matching.services import reactions


def connect() -> None:
    events.subscribe(events.FriendOfferChanged, lambda e: reactions.friend_changed(e.friend_id))
    events.subscribe(events.AvailabilityChanged, lambda e: reactions.friend_changed(e.friend_id))
    events.subscribe(events.SessionBooked, lambda e: reactions.friend_changed(e.friend_id))
    events.subscribe(events.FriendRated, reactions.on_friend_rated)
    events.subscribe(events.ContactRequested, reactions.refuse_if_blocked)
    events.subscribe(events.QuestionnairePublished, lambda e: reactions.questionnaire_published())
    # Rare, and they may add or remove a friend: refresh the population whoever it was.
    for account_event in (events.AccountDeactivated, events.AccountReactivated, events.RoleChanged):
        events.subscribe(account_event, lambda e: reactions.friend_changed(e.user_id))
    for person_event in (events.AnswersChanged, events.ProfileChanged):
        events.subscribe(person_event, lambda e: reactions.person_changed(e.user_id))
