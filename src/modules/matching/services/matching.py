"""Matching use cases: my ranked suggestions, accept / decline, my friends, re-match, blocks,
and the background refresh of each user's top match.

Services receive their collaborators in a `MatchingDeps` (the Django-backed one by default),
so their tests can run on in-memory stores with no database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

import numpy as np

from core import events
from core.clock import Clock
from core.errors import NotFound, PermissionDenied, RuleViolated
from core.identity import Actor, Role
from core.pagination import Page, PageRequest
from modules.booking.public import week_start_of
from modules.matching.domain.candidates import (
    SESSION_TYPES,
    Filters,
    best_rows,
    filter_mask,
    person_at,
    rows_of,
    waking_hours_utc,
)
from modules.matching.domain.scoring import Person, Reason, score_pair, score_population
from modules.matching.repositories.store import BlockView, DecisionView
from modules.matching.services.directory import FriendListing
from modules.matching.services.population import PopulationCache, Snapshot, person_of
from modules.matching.services.ports import Directory, MatchingJobs, MatchingStore, Notifier
from modules.notifications.public import NotificationKind

TOP_REASONS = 3
# Friends beyond the page that are re-checked with it, so that a stale snapshot rarely leaves
# the page short (a second round fills it when it does).
RECHECK_SLACK = 10
DECISION_ACCEPTED, DECISION_DECLINED = "accepted", "declined"


@dataclass(frozen=True)
class MatchReason:
    code: str
    detail: str
    text: str


@dataclass(frozen=True)
class MatchItem:
    friend: FriendListing
    score: int
    reasons: tuple[MatchReason, ...]
    is_favourite: bool = False


@dataclass(frozen=True)
class Rematch:
    id: int
    reason: str
    passed: int
    matches: Page[MatchItem]


@dataclass(frozen=True)
class MyFriend:
    friend: FriendListing
    accepted_at: datetime
    is_favourite: bool = False


@dataclass(frozen=True)
class FavouriteFriend:
    friend: FriendListing
    saved_at: datetime


@dataclass
class MatchingDeps:
    store: MatchingStore
    directory: Directory
    population: PopulationCache
    jobs: Callable[[], MatchingJobs]
    notify: Notifier
    clock: Callable[[], Clock]
    # Facts other modules react to in this transaction (the bus; a recorder in service tests).
    announce: Callable[[object], None] = events.publish


def default_deps() -> MatchingDeps:
    from modules.matching import dependencies
    from modules.matching.repositories.store import DjangoMatchingStore
    from modules.matching.services.directory import PublicDirectory
    from modules.matching.services.population import population
    from modules.notifications.public import notify

    return MatchingDeps(
        store=DjangoMatchingStore(),
        directory=PublicDirectory(),
        population=population,
        jobs=dependencies.jobs,
        notify=notify,
        clock=dependencies.clock,
    )


def _require_user(actor: Actor) -> None:
    if actor.role != Role.USER:
        raise PermissionDenied("Matches are for users looking for a friend.", code="users_only")


# --- ranking ----------------------------------------------------------------------------------


def _user_person(deps: MatchingDeps, snapshot: Snapshot, user_id: int) -> Person:
    basics = deps.directory.person(user_id)
    answers = deps.directory.answers([user_id]).get(user_id)
    if answers is not None and answers.version != snapshot.questionnaire_version:
        answers = None  # answers to another question set cannot be compared with this population
    return person_of(
        user_id,
        answers,
        languages=basics.languages if basics else (),
        hours=waking_hours_utc(basics.timezone if basics else "UTC", week_start=snapshot.week),
    )


def _still_eligible(friend: FriendListing, filters: Filters) -> bool:
    """The request-time re-check: the snapshot may be older than the friend's current offer."""
    if not friend.is_accepting:
        return False
    if filters.session_type is not None and filters.session_type not in friend.session_types:
        return False
    if filters.language is not None and filters.language not in friend.languages:
        return False
    if filters.max_price_minor is not None:
        types = (
            [filters.session_type] if filters.session_type else [t for t in SESSION_TYPES if t in friend.session_types]
        )
        if not any(friend.prices_minor.get(t, 0) <= filters.max_price_minor for t in types):
            return False
    return True


def _reason(reason: Reason, snapshot: Snapshot) -> MatchReason:
    if reason.code == "answer_match":
        question = snapshot.question_texts.get(reason.detail, reason.detail)
        text = f"You answered “{question}” alike"
    elif reason.code == "shared_language":
        text = f"You both speak {reason.detail.replace(',', ', ')}"
    elif reason.code == "schedule_overlap":
        text = f"{reason.detail} of their hours fall in your day"
    else:
        text = f"Rated {reason.detail} out of 5"
    return MatchReason(reason.code, reason.detail, text)


def ranked_matches(
    *, deps: MatchingDeps, user_id: int, filters: Filters, page: PageRequest, excluded: set[int], fresh: bool = False
) -> Page[MatchItem]:
    snapshot = deps.population.current(clock=deps.clock(), fresh=fresh)
    candidates = snapshot.candidates
    user = _user_person(deps, snapshot, user_id)
    scores = score_population(snapshot.questions, user, candidates.pop)
    allowed = filter_mask(candidates, filters)
    allowed[rows_of(candidates, excluded | {user_id})] = False
    total = int(np.count_nonzero(allowed & (scores >= 0)))

    slack, dropped = RECHECK_SLACK, 0
    while True:
        wanted = page.offset + page.limit + slack
        rows = best_rows(scores, allowed, wanted)
        window = [int(r) for r in rows[page.offset :]]
        ids = [int(candidates.pop.ids[r]) for r in window]
        listings = {f.friend_id: f for f in deps.directory.friend_listings(ids)}
        capacities = {f.friend_id: f.weekly_capacity for f in listings.values()}
        full = deps.directory.at_capacity(capacities, now=deps.clock().now())
        good, bad = [], []
        for row, friend_id in zip(window, ids, strict=True):
            listing = listings.get(friend_id)
            if listing is not None and friend_id not in full and _still_eligible(listing, filters):
                good.append((row, listing))
            else:
                bad.append(row)
        dropped += len(bad)
        if len(good) >= page.limit or len(rows) < wanted or not bad:
            break
        # Friends that failed the re-check step aside, and the next round looks further down.
        allowed[bad] = False
        slack *= 4

    items = []
    for row, listing in good[: page.limit]:
        pair = score_pair(snapshot.questions, user, person_at(snapshot.questions, candidates, row))
        reasons = tuple(_reason(r, snapshot) for r in pair.reasons[:TOP_REASONS])
        items.append(MatchItem(friend=listing, score=pair.score, reasons=reasons))
    return Page(items=items, total=max(total - dropped, page.offset + len(items)), limit=page.limit, offset=page.offset)


def matches_list(*, actor: Actor, filters: Filters, page: PageRequest, deps: MatchingDeps) -> Page[MatchItem]:
    _require_user(actor)
    excluded = deps.store.excluded_friend_ids(actor.user_id)
    ranked = ranked_matches(deps=deps, user_id=actor.user_id, filters=filters, page=page, excluded=excluded)
    return _marked(deps, actor.user_id, ranked)


def _marked(deps: MatchingDeps, user_id: int, page: Page[MatchItem]) -> Page[MatchItem]:
    """The page with each friend's favourite mark (one query for the whole page)."""
    kept = deps.store.favourite_ids(user_id=user_id, friend_ids=[i.friend.friend_id for i in page.items])
    items = [replace(i, is_favourite=i.friend.friend_id in kept) for i in page.items]
    return Page(items=items, total=page.total, limit=page.limit, offset=page.offset)


# --- decisions ----------------------------------------------------------------------------------


def _visible_friend(deps: MatchingDeps, *, user_id: int, friend_id: int) -> FriendListing:
    """An active friend the user may see: blocked either way reads as not found."""
    found = deps.directory.friend_listings([friend_id])
    if not found or deps.store.blocked_between(user_id, friend_id):
        raise NotFound("No such friend.")
    return found[0]


def _decide(*, actor: Actor, friend_id: int, decision: str, deps: MatchingDeps) -> DecisionView:
    _require_user(actor)
    _visible_friend(deps, user_id=actor.user_id, friend_id=friend_id)
    with deps.store.atomic():
        view = deps.store.decide(user_id=actor.user_id, friend_id=friend_id, decision=decision, at=deps.clock().now())
        deps.store.after_commit(lambda: deps.jobs().person_changed(actor.user_id))
    return view


def match_accept(*, actor: Actor, friend_id: int, deps: MatchingDeps) -> DecisionView:
    """The friend becomes one of "my friends" and leaves the suggestions; chat opens their
    conversation (it exists "once they are matched")."""
    with deps.store.atomic():
        view = _decide(actor=actor, friend_id=friend_id, decision=DECISION_ACCEPTED, deps=deps)
        deps.announce(events.MatchAccepted(user_id=actor.user_id, friend_id=friend_id))
    return view


def match_decline(*, actor: Actor, friend_id: int, deps: MatchingDeps) -> DecisionView:
    """The friend is never suggested again (also undoes an earlier accept)."""
    return _decide(actor=actor, friend_id=friend_id, decision=DECISION_DECLINED, deps=deps)


def my_friends(*, actor: Actor, page: PageRequest, deps: MatchingDeps) -> Page[MyFriend]:
    _require_user(actor)
    decisions, total = deps.store.accepted(user_id=actor.user_id, limit=page.limit, offset=page.offset)
    ids = [d.friend_id for d in decisions]
    listings = {f.friend_id: f for f in deps.directory.friend_listings(ids)}
    kept = deps.store.favourite_ids(user_id=actor.user_id, friend_ids=ids)
    items = [
        MyFriend(listings[d.friend_id], d.decided_at, d.friend_id in kept) for d in decisions if d.friend_id in listings
    ]
    return Page(items=items, total=total, limit=page.limit, offset=page.offset)


# --- favourites ---------------------------------------------------------------------------------


def favourite_add(*, actor: Actor, friend_id: int, deps: MatchingDeps) -> bool:
    """Keep a friend among my favourites (users; an active friend not blocked either way, else
    404). Idempotent: True when this call saved it."""
    _require_user(actor)
    _visible_friend(deps, user_id=actor.user_id, friend_id=friend_id)
    return deps.store.favourite_add(user_id=actor.user_id, friend_id=friend_id, at=deps.clock().now())


def favourite_remove(*, actor: Actor, friend_id: int, deps: MatchingDeps) -> None:
    """Idempotent: removing a friend who is not a favourite changes nothing."""
    _require_user(actor)
    deps.store.favourite_remove(user_id=actor.user_id, friend_id=friend_id)


def favourites_list(*, actor: Actor, page: PageRequest, deps: MatchingDeps) -> Page[FavouriteFriend]:
    """My favourite friends, most recently saved first; those no longer active are left out."""
    _require_user(actor)
    saved, total = deps.store.favourites(user_id=actor.user_id, limit=page.limit, offset=page.offset)
    listings = {f.friend_id: f for f in deps.directory.friend_listings([s.friend_id for s in saved])}
    items = [FavouriteFriend(listings[s.friend_id], s.saved_at) for s in saved if s.friend_id in listings]
    return Page(items=items, total=total, limit=page.limit, offset=page.offset)


def rematch(*, actor: Actor, reason: str, page: PageRequest, deps: MatchingDeps) -> Rematch:
    """Pass over the suggestions as they stand now (the first `page.limit`), record why, and
    return a fresh list: never a friend accepted, declined or passed over before."""
    _require_user(actor)
    reason = reason.strip()
    if not reason:
        raise RuleViolated("Tell us why you want a re-match.", code="reason_required")
    with deps.store.atomic():
        excluded = deps.store.excluded_friend_ids(actor.user_id)
        current = ranked_matches(
            deps=deps, user_id=actor.user_id, filters=Filters(), page=PageRequest(limit=page.limit), excluded=excluded
        )
        passed = [item.friend.friend_id for item in current.items]
        rematch_id = deps.store.record_rematch(
            user_id=actor.user_id, reason=reason, passed=passed, at=deps.clock().now()
        )
        deps.announce(events.RematchRequested(user_id=actor.user_id, rematch_id=rematch_id))
        deps.store.after_commit(lambda: deps.jobs().person_changed(actor.user_id))
    fresh = ranked_matches(
        deps=deps, user_id=actor.user_id, filters=Filters(), page=page, excluded=excluded | set(passed)
    )
    return Rematch(id=rematch_id, reason=reason, passed=len(passed), matches=_marked(deps, actor.user_id, fresh))


# --- blocks -------------------------------------------------------------------------------------


def _require_member(actor: Actor) -> None:
    if actor.role not in (Role.USER, Role.FRIEND):
        raise PermissionDenied("Only users and friends block each other.", code="members_only")


def block_create(*, actor: Actor, user_id: int, deps: MatchingDeps) -> bool:
    """Block someone (either role may). Idempotent: True when this call created the block."""
    _require_member(actor)
    if user_id == actor.user_id:
        raise RuleViolated("You cannot block yourself.", code="self_block")
    if deps.directory.person(user_id) is None:
        raise NotFound("No such person.")
    with deps.store.atomic():
        created = deps.store.block(blocker_id=actor.user_id, blocked_id=user_id, at=deps.clock().now())
        if created:
            # In this transaction: chat closes the pair's conversation together with the block.
            deps.announce(events.ContactBlocked(blocker_id=actor.user_id, blocked_id=user_id))
            for person in (actor.user_id, user_id):
                deps.store.after_commit(lambda person=person: deps.jobs().person_changed(person))
    return created


def block_delete(*, actor: Actor, user_id: int, deps: MatchingDeps) -> None:
    _require_member(actor)
    with deps.store.atomic():
        if deps.store.unblock(blocker_id=actor.user_id, blocked_id=user_id):
            if not deps.store.blocked_between(actor.user_id, user_id):
                deps.announce(events.ContactUnblocked(user_id=actor.user_id, other_id=user_id))
            for person in (actor.user_id, user_id):
                deps.store.after_commit(lambda person=person: deps.jobs().person_changed(person))


def blocks_list(*, actor: Actor, deps: MatchingDeps) -> list[tuple[BlockView, str]]:
    _require_member(actor)
    blocks = deps.store.blocks_by(actor.user_id)
    names = deps.directory.display_names([b.user_id for b in blocks])
    return [(b, names.get(b.user_id, "")) for b in blocks]


def blocked_between(*, a: int, b: int, deps: MatchingDeps) -> bool:
    return deps.store.blocked_between(a, b)


def blocked_with(*, user_id: int, deps: MatchingDeps) -> frozenset[int]:
    """Everyone this person blocked or was blocked by."""
    return deps.store.blocked_with(user_id)


# --- background: top matches, ratings -----------------------------------------------------------

NEW_MATCH_TITLE = "New friend match!"


def top_match_refresh(*, user_id: int, deps: MatchingDeps) -> bool:
    """Recompute a user's best suggestion; push "New friend match!" when it changed to someone
    new (once: the stored top match makes a repeated run a no-op). True when a push was queued."""
    basics = deps.directory.person(user_id)
    if basics is None or basics.role != Role.USER or not basics.is_active:
        return False
    with deps.store.atomic():
        stored = deps.store.lock_top_match(user_id)
        excluded = deps.store.excluded_friend_ids(user_id)
        best = ranked_matches(
            deps=deps, user_id=user_id, filters=Filters(), page=PageRequest(limit=1), excluded=excluded, fresh=True
        ).items
        top = best[0] if best else None
        friend_id, score = (top.friend.friend_id, top.score) if top else (None, -1)
        deps.store.save_top_match(user_id=user_id, friend_id=friend_id, score=score, at=deps.clock().now())
        if top is None or (stored is not None and stored.friend_id == friend_id):
            return False
        name = top.friend.display_name or "Someone"
        now = deps.clock().now()
        # Queued in this transaction (the outbox sends after commit); the key makes a replayed
        # task harmless, the stored top match makes an unchanged one silent.
        deps.notify(
            user_id=user_id,
            key=f"new-top-match:{user_id}:{friend_id}:{now.isoformat()}",
            kind=NotificationKind.NEW_MATCH,
            title=NEW_MATCH_TITLE,
            body=f"{name} could be a great match for you ({score}/100).",
            data={"friend_id": str(friend_id), "score": str(score)},
        )
    return True


def friend_fanout(*, friend_id: int, deps: MatchingDeps) -> list[int]:
    """After a friend changed: refresh the users whose top match they were, or might now beat.
    Returns the users refreshed."""
    snapshot = deps.population.current(clock=deps.clock(), fresh=True)
    rows = rows_of(snapshot.candidates, [friend_id])
    friend = person_at(snapshot.questions, snapshot.candidates, int(rows[0])) if rows.size else None
    week = week_start_of(deps.clock().now())
    refreshed = []
    for batch in deps.store.top_matches():
        refreshed += [top.user_id for top in batch if top.friend_id == friend_id]
        if friend is None:
            continue  # gone from the population: only those who had them on top are affected
        others = [top for top in batch if top.friend_id != friend_id]
        people = deps.directory.people(top.user_id for top in others)
        answers = deps.directory.answers(top.user_id for top in others)
        for top in others:
            basics = people.get(top.user_id)
            if basics is None:
                continue
            mine = answers.get(top.user_id)
            user = person_of(
                top.user_id,
                mine if mine is not None and mine.version == snapshot.questionnaire_version else None,
                languages=basics.languages,
                hours=waking_hours_utc(basics.timezone, week_start=week),
            )
            score = score_pair(snapshot.questions, user, friend).score
            beats = score > top.score or (
                score == top.score and top.friend_id is not None and friend_id < top.friend_id
            )
            if beats:
                refreshed.append(top.user_id)
    for user_id in refreshed:
        top_match_refresh(user_id=user_id, deps=deps)
    return refreshed


def rating_record(*, friend_id: int, average: float, count: int, deps: MatchingDeps) -> None:
    deps.store.set_rating(friend_id=friend_id, average=average, count=count)
