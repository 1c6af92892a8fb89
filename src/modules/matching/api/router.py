"""/api/matches (ranked suggestions, accept, decline, my friends, re-match) and /api/blocks."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Query, Router, Status

from core.api_errors import error_responses
from core.pagination import PageRequest
from kit.api import Id, page_out
from modules.accounts.public import actor_of
from modules.matching.api.schemas import (
    BlockOut,
    DecisionOut,
    FavouriteOut,
    FavouritePageOut,
    FriendHighlightOut,
    MatchedFriendCardOut,
    MatchFilters,
    MatchOut,
    MatchPageOut,
    MyFriendOut,
    MyFriendPageOut,
    PageQuery,
    ReasonOut,
    RematchIn,
    RematchOut,
)
from modules.matching.domain.candidates import Filters
from modules.matching.services import matching as services
from modules.matching.services.directory import FriendListing
from modules.matching.services.highlights import friend_highlights
from modules.matching.services.matching import MatchItem

router = Router(tags=["matches"])
blocks_router = Router(tags=["blocks"])
highlights_router = Router(tags=["friends"])


def _card(f: FriendListing, *, is_favourite: bool) -> MatchedFriendCardOut:
    return MatchedFriendCardOut(
        is_favourite=is_favourite,
        id=f.friend_id,
        display_name=f.display_name,
        headline=f.headline,
        languages=list(f.languages),
        timezone=f.timezone,
        session_types=list(f.session_types),
        prices_minor=dict(f.prices_minor),
        currency=f.currency,
        session_lengths_minutes=list(f.session_lengths_minutes),
    )


def _match(item: MatchItem) -> MatchOut:
    return MatchOut(
        friend=_card(item.friend, is_favourite=item.is_favourite),
        score=item.score,
        reasons=[ReasonOut(code=r.code, detail=r.detail, text=r.text) for r in item.reasons],
    )


def _page(page) -> MatchPageOut:
    return page_out(MatchPageOut, page, _match)


@router.get(
    "",
    response=MatchPageOut,
    summary="My ranked matches (users)",
    operation_id="matches_list",
    openapi_extra=error_responses(403),
)
def matches(request: HttpRequest, filters: Query[MatchFilters]) -> MatchPageOut:
    """Users only: friends ranked by fit, with the reasons. Changes nothing."""
    page = services.matches_list(
        actor=actor_of(request),
        filters=Filters(
            session_type=filters.session_type, language=filters.language, max_price_minor=filters.max_price_minor
        ),
        page=filters.page_request(),
        deps=services.default_deps(),
    )
    return _page(page)


@router.get(
    "/friends",
    response=MyFriendPageOut,
    summary="My friends: the matches I accepted (users)",
    operation_id="matches_friends_list",
    openapi_extra=error_responses(403),
)
def my_friends(request: HttpRequest, query: Query[PageQuery]) -> MyFriendPageOut:
    """Users only: the friends whose match they accepted. Changes nothing."""
    page = services.my_friends(actor=actor_of(request), page=query.page_request(), deps=services.default_deps())
    return page_out(
        MyFriendPageOut,
        page,
        lambda i: MyFriendOut(friend=_card(i.friend, is_favourite=i.is_favourite), accepted_at=i.accepted_at),
    )


@router.get(
    "/favourites",
    response=FavouritePageOut,
    summary="My favourite friends (users)",
    operation_id="matches_favourites_list",
    openapi_extra=error_responses(403),
)
def favourites(request: HttpRequest, query: Query[PageQuery]) -> FavouritePageOut:
    """Users only: the friends they keep as favourites, most recently saved first. Changes nothing."""
    page = services.favourites_list(actor=actor_of(request), page=query.page_request(), deps=services.default_deps())
    return page_out(
        FavouritePageOut, page, lambda i: FavouriteOut(friend=_card(i.friend, is_favourite=True), saved_at=i.saved_at)
    )


@router.post(
    "/favourites/{friend_id}",
    response={204: None},
    summary="Keep a friend among my favourites (users)",
    operation_id="matches_favourites_add",
    openapi_extra=error_responses(403, 404),
)
def favourite_add(request: HttpRequest, friend_id: Id):
    """Users only: save an active friend as a favourite (404 for anyone else, or someone blocked either way).
    Idempotent.
    """
    services.favourite_add(actor=actor_of(request), friend_id=friend_id, deps=services.default_deps())
    return Status(204, None)


@router.delete(
    "/favourites/{friend_id}",
    response={204: None},
    summary="Remove a friend from my favourites (users)",
    operation_id="matches_favourites_remove",
    openapi_extra=error_responses(403),
)
def favourite_remove(request: HttpRequest, friend_id: Id):
    """Users only: stop keeping a friend as a favourite; idempotent."""
    services.favourite_remove(actor=actor_of(request), friend_id=friend_id, deps=services.default_deps())
    return Status(204, None)


@router.post(
    "/rematch",
    response=RematchOut,
    summary="Pass over my current matches and get a fresh list (users)",
    operation_id="matches_rematch",
    openapi_extra=error_responses(403),
)
def rematch(request: HttpRequest, payload: RematchIn) -> RematchOut:
    """Users only: pass over the current suggestions (with a reason) and get a fresh list; the passed-over
    friends are left out of it.
    """
    result = services.rematch(
        actor=actor_of(request),
        reason=payload.reason,
        page=PageRequest(limit=payload.limit),
        deps=services.default_deps(),
    )
    return RematchOut(id=result.id, reason=result.reason, passed=result.passed, matches=_page(result.matches))


@router.post(
    "/{friend_id}/accept",
    response=DecisionOut,
    summary="Accept a match: they become my friend (users)",
    operation_id="matches_accept",
    openapi_extra=error_responses(403, 404),
)
def accept(request: HttpRequest, friend_id: Id) -> DecisionOut:
    """Users only: accept a suggested friend; they appear in the user's friends."""
    view = services.match_accept(actor=actor_of(request), friend_id=friend_id, deps=services.default_deps())
    return DecisionOut(friend_id=view.friend_id, decision=view.decision, decided_at=view.decided_at)


@router.post(
    "/{friend_id}/decline",
    response=DecisionOut,
    summary="Decline a match: never suggested again (users)",
    operation_id="matches_decline",
    openapi_extra=error_responses(403, 404),
)
def decline(request: HttpRequest, friend_id: Id) -> DecisionOut:
    """Users only: decline a suggested friend; never suggested again."""
    view = services.match_decline(actor=actor_of(request), friend_id=friend_id, deps=services.default_deps())
    return DecisionOut(friend_id=view.friend_id, decision=view.decision, decided_at=view.decided_at)


@blocks_router.get(
    "",
    response=list[BlockOut],
    summary="People I blocked (users and friends)",
    operation_id="blocks_list",
    openapi_extra=error_responses(403),
)
def blocks(request: HttpRequest) -> list[BlockOut]:
    """Users and friends (not staff): the people they blocked. Changes nothing."""
    found = services.blocks_list(actor=actor_of(request), deps=services.default_deps())
    return [BlockOut(user_id=b.user_id, display_name=name, created_at=b.created_at) for b, name in found]


@blocks_router.post(
    "/{user_id}",
    response={204: None},
    summary="Block someone: neither sees the other again",
    operation_id="blocks_create",
    openapi_extra=error_responses(403, 404),
)
def block(request: HttpRequest, user_id: Id):
    """Users and friends block someone: neither sees the other in matches, and their conversation closes.
    Idempotent.
    """
    services.block_create(actor=actor_of(request), user_id=user_id, deps=services.default_deps())
    return Status(204, None)


@blocks_router.delete(
    "/{user_id}",
    response={204: None},
    summary="Unblock someone",
    operation_id="blocks_delete",
    openapi_extra=error_responses(403),
)
def unblock(request: HttpRequest, user_id: Id):
    """Users and friends lift their own block; idempotent."""
    services.block_delete(actor=actor_of(request), user_id=user_id, deps=services.default_deps())
    return Status(204, None)


@highlights_router.get(
    "/highlights",
    auth=None,
    response=list[FriendHighlightOut],
    summary="A few friends to show on the landing page (anyone)",
    operation_id="friends_highlights",
    openapi_extra=error_responses(),
)
def highlights(request: HttpRequest) -> list[FriendHighlightOut]:
    """Anyone, signed in or not: up to 6 active friends taking bookings, best rated first (then the
    longest-standing), with only their public card: name, headline, avatar link, public rating and kinds of
    session. Cached for 5 minutes. Changes nothing.
    """
    return [
        FriendHighlightOut(
            id=h.friend_id,
            display_name=h.display_name,
            headline=h.headline,
            avatar_url=h.avatar_url,
            rating_average=h.rating_average,
            rating_count=h.rating_count,
            session_types=list(h.session_types),
        )
        for h in friend_highlights()
    ]
