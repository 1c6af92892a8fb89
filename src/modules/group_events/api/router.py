"""/api/events: group events, their seats and waitlists, joining, attendees."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from django.http import HttpRequest
from ninja import Query, Router, Schema, Status
from pydantic import Field

from core.api_errors import error_responses
from kit.api import Id, PageQuery, StrictSchema, page_out
from kit.fields import MAX_ID, AwareDatetime, Bool, Int, ParamBool, Timezone, param_int
from kit.fields import Id as BodyId
from modules.accounts.public import actor_of, display_names
from modules.group_events import dependencies as deps
from modules.group_events.domain.events import MAX_CAPACITY, MAX_HOSTS, SessionType
from modules.group_events.services import events as services
from modules.group_events.services import seats as seat_services
from modules.group_events.services.events import EventListing, EventView
from modules.group_events.services.seats import Attendee, SeatState

router = Router(tags=["events"])

Kind = Literal["text", "voice", "video"]
Currency = Field(default="usd", pattern=r"^[a-z]{3}$", description="Lower-case ISO 4217 code")
MAX_PRICE_MINOR = 1_000_000


class EventIn(StrictSchema):
    title: str = Field(min_length=1, max_length=200, pattern=r"\S")
    description: str = Field(default="", max_length=5000)
    host_ids: list[BodyId] | None = Field(
        default=None,
        max_length=MAX_HOSTS,
        description="Friends hosting it. Staff must name them; a friend always hosts their own event.",
    )
    session_type: Kind
    start: AwareDatetime
    end: AwareDatetime
    timezone: Timezone
    capacity: Int = Field(ge=1, le=MAX_CAPACITY)
    price_minor: Int = Field(default=0, ge=0, le=MAX_PRICE_MINOR, description="0: free")
    currency: str = Currency
    included_in_plan: Bool = Field(default=False, description="Consumes an included session of the plan")


class EventPatch(StrictSchema):
    """Any subset. Times, seats, hosts, type and price change only while the event is a draft."""

    title: str = Field(default=None, min_length=1, max_length=200, pattern=r"\S")
    description: str = Field(default=None, max_length=5000)
    host_ids: list[BodyId] = Field(default=None, min_length=1, max_length=MAX_HOSTS)
    session_type: Kind = None  # type: ignore[assignment]
    start: AwareDatetime = None  # type: ignore[assignment]
    end: AwareDatetime = None  # type: ignore[assignment]
    timezone: Timezone = None  # type: ignore[assignment]
    capacity: Int = Field(default=None, ge=1, le=MAX_CAPACITY)
    price_minor: Int = Field(default=None, ge=0, le=MAX_PRICE_MINOR)
    currency: str = Field(default=None, pattern=r"^[a-z]{3}$")
    included_in_plan: Bool = None  # type: ignore[assignment]


class EventCancelIn(StrictSchema):
    reason: str = Field(default="", max_length=500)


class EventCoverUploadIn(StrictSchema):
    content_type: str = Field(min_length=1, max_length=100, examples=["image/jpeg"])


class EventCoverIn(StrictSchema):
    key: str = Field(min_length=1, max_length=200)


class EventHostOut(Schema):
    id: int
    display_name: str


class EventMySeatOut(Schema):
    id: int
    status: str = Field(description="confirmed, pending_payment, waitlisted or offered")
    waitlist_position: int | None = None
    offer_expires_at: datetime | None


class EventOut(Schema):
    id: int
    title: str
    description: str
    status: str
    session_type: str
    start: datetime
    end: datetime
    timezone: str
    capacity: int
    seats_left: int
    price_minor: int
    currency: str
    included_in_plan: bool
    cover_url: str | None
    hosts: list[EventHostOut]
    conversation_id: int | None = Field(description="The group chat, for hosts and confirmed seat holders")
    my_seat: EventMySeatOut | None = Field(description="The caller's place, if any")
    cancel_reason: str
    created_at: datetime


class EventPage(Schema):
    items: list[EventOut]
    total: int
    limit: int
    offset: int


class EventSeatOut(Schema):
    id: int
    event_id: int
    status: str
    waitlist_position: int | None = Field(description="1 = next in line (waitlisted seats only)")
    offer_expires_at: datetime | None
    created_at: datetime


class EventMySeatsItem(Schema):
    seat: EventSeatOut
    event: EventOut


class EventMySeatsPage(Schema):
    items: list[EventMySeatsItem]
    total: int
    limit: int
    offset: int


class EventAttendeeOut(Schema):
    seat_id: int
    person_id: int
    display_name: str
    status: str
    waitlist_position: int | None
    no_show: bool


class EventAttendeePage(Schema):
    items: list[EventAttendeeOut]
    total: int
    limit: int
    offset: int


class EventRtcOut(Schema):
    token: str
    app_id: str
    channel: str
    uid: int
    expires_at: datetime


class EventJoinOut(Schema):
    event_id: int
    session_type: str
    conversation_id: int | None
    rtc: EventRtcOut | None = Field(description="Voice and video events")


class EventPaymentOut(Schema):
    seat_id: int
    payment_intent_id: str
    client_secret: str = Field(description="for Stripe.js / the mobile SDK to confirm the payment")
    amount_minor: int
    currency: str
    expires_at: datetime = Field(description="Unpaid by then, the seat goes to the next in line")


class EventCoverUploadOut(Schema):
    url: str = Field(description="POST a multipart form here: every entry of `fields`, then `file`.")
    fields: dict[str, str]
    key: str = Field(description="Send this to POST /api/events/{event_id}/cover once the upload succeeded.")
    content_type: str
    max_bytes: int
    expires_at: datetime


class EventBrowseQuery(PageQuery):
    session_type: Kind | None = None
    host_id: param_int(ge=1, le=MAX_ID) | None = None
    starts_after: AwareDatetime | None = None
    starts_before: AwareDatetime | None = None
    free_seats: ParamBool = Field(default=False, description="Only events with a seat left")


# --- rendering --------------------------------------------------------------------------------
def _my_seat(state: SeatState | None) -> EventMySeatOut | None:
    if state is None:
        return None
    return EventMySeatOut(
        id=state.seat.id,
        status=state.seat.status,
        waitlist_position=state.waitlist_position,
        offer_expires_at=state.seat.offer_expires_at,
    )


def _event(event: EventView, names: dict[int, str], my: SeatState | None, *, show_chat: bool) -> EventOut:
    return EventOut(
        id=event.id, title=event.title, description=event.description, status=event.status,
        session_type=event.session_type, start=event.start, end=event.end, timezone=event.timezone,
        capacity=event.capacity, seats_left=event.seats_left, price_minor=event.price_minor, currency=event.currency,
        included_in_plan=event.included_in_plan, cover_url=services.cover_url(event, deps.media()),
        hosts=[EventHostOut(id=h, display_name=names.get(h, "")) for h in event.host_ids],
        conversation_id=event.conversation_id if show_chat else None, my_seat=_my_seat(my),
        cancel_reason=event.cancel_reason, created_at=event.created_at,
    )  # fmt: skip


def _render(request: HttpRequest, listing: EventListing) -> list[EventOut]:
    actor = actor_of(request)
    out = []
    for event in listing.items:
        seat = listing.my_seats.get(event.id)
        state = SeatState(seat, None) if seat else None
        in_chat = services.is_manager_of(actor, event) or (seat is not None and seat.status == "confirmed")
        out.append(_event(event, listing.names, state, show_chat=in_chat))
    return out


def _page(request: HttpRequest, listing: EventListing, query: PageQuery) -> EventPage:
    return EventPage(items=_render(request, listing), total=listing.total, limit=query.limit, offset=query.offset)


def _one(request: HttpRequest, event: EventView) -> EventOut:
    listing = services.event_get(actor=actor_of(request), event_id=event.id, blocks=deps.contact_blocks())
    return _render(request, listing)[0]


def _seat(state: SeatState) -> EventSeatOut:
    s = state.seat
    return EventSeatOut(
        id=s.id, event_id=s.event_id, status=s.status, waitlist_position=state.waitlist_position,
        offer_expires_at=s.offer_expires_at, created_at=s.created_at,
    )  # fmt: skip


def _attendee(a: Attendee) -> EventAttendeeOut:
    return EventAttendeeOut(
        seat_id=a.seat.id, person_id=a.seat.person_id, display_name=a.display_name, status=a.seat.status,
        waitlist_position=a.waitlist_position, no_show=a.seat.no_show,
    )  # fmt: skip


# --- events -------------------------------------------------------------------------------------
@router.post(
    "",
    response={201: EventOut},
    operation_id="events_create",
    openapi_extra=error_responses(403),
    summary="Create an event (a draft)",
    description=(
        "Friends create events they host (co-hosts allowed); managers and admins create events for any "
        "friends (`host_ids` required). Users get 403. The event starts as a draft only hosts and staff see."
    ),
)
def event_create(request: HttpRequest, payload: EventIn):
    event = services.event_create(
        actor=actor_of(request), title=payload.title, description=payload.description, host_ids=payload.host_ids,
        session_type=SessionType(payload.session_type), start=payload.start, end=payload.end,
        timezone=payload.timezone, capacity=payload.capacity, price_minor=payload.price_minor,
        currency=payload.currency, included_in_plan=payload.included_in_plan, now=deps.clock().now(),
    )  # fmt: skip
    return Status(201, _one(request, event))


@router.get(
    "",
    response=EventPage,
    operation_id="events_browse",
    summary="Upcoming events",
    description=(
        "Signed-in people: published events that have not started, soonest first, with seats left. "
        "Events hosted by someone the caller blocked (or who blocked them) are not listed."
    ),
)
def events_browse(request: HttpRequest, query: Query[EventBrowseQuery]):
    listing = services.events_browse(
        actor=actor_of(request),
        session_type=SessionType(query.session_type) if query.session_type else None,
        host_id=query.host_id,
        starts_after=query.starts_after,
        starts_before=query.starts_before,
        free_seats=query.free_seats,
        page=query.page_request(),
        blocks=deps.contact_blocks(),
        now=deps.clock().now(),
    )
    return _page(request, listing, query)


@router.get(
    "/hosting",
    response=EventPage,
    operation_id="events_hosting",
    summary="Events I host",
    description="The caller's own events as a host, drafts included, latest first (empty for non-hosts).",
)
def events_hosting(request: HttpRequest, query: Query[PageQuery]):
    listing = services.events_hosting(actor=actor_of(request), page=query.page_request())
    return _page(request, listing, query)


@router.get(
    "/seats",
    response=EventMySeatsPage,
    operation_id="events_my_seats",
    summary="My places at events",
    description="The caller's confirmed seats, offers and waitlist places, soonest event first.",
)
def my_seats(request: HttpRequest, query: Query[PageQuery]):
    page = seat_services.my_seats(actor=actor_of(request), page=query.page_request())
    names = display_names(sorted({h for _, e in page.items for h in e.host_ids}))
    items = [
        EventMySeatsItem(
            seat=_seat(state), event=_event(event, names, state, show_chat=state.seat.status == "confirmed")
        )
        for state, event in page.items
    ]
    return EventMySeatsPage(items=items, total=page.total, limit=page.limit, offset=page.offset)


@router.get(
    "/{event_id}",
    response=EventOut,
    operation_id="events_get",
    openapi_extra=error_responses(404),
    summary="One event",
    description="Published events for everyone signed in (404 across a block); drafts for hosts and staff only.",
)
def event_get(request: HttpRequest, event_id: Id):
    listing = services.event_get(actor=actor_of(request), event_id=event_id, blocks=deps.contact_blocks())
    return _render(request, listing)[0]


@router.patch(
    "/{event_id}",
    response=EventOut,
    operation_id="events_update",
    openapi_extra=error_responses(403, 404, 409),
    summary="Edit an event",
    description=(
        "Hosts and staff. A draft changes freely; a published event only its title, description and cover "
        "(409 `event_published` otherwise); cancelled and completed events not at all (409 `event_closed`)."
    ),
)
def event_update(request: HttpRequest, event_id: Id, payload: EventPatch):
    changes = payload.model_dump(exclude_unset=True)
    if "session_type" in changes:
        changes["session_type"] = SessionType(changes["session_type"])
    event = services.event_update(
        actor=actor_of(request), event_id=event_id, changes=changes, blocks=deps.contact_blocks(),
        now=deps.clock().now(),
    )  # fmt: skip
    return _one(request, event)


@router.post(
    "/{event_id}/publish",
    response=EventOut,
    operation_id="events_publish",
    openapi_extra=error_responses(403, 404, 409),
    summary="Publish a draft",
    description=("Hosts and staff: the event is listed and bookable, and its group chat opens for the hosts."),
)
def event_publish(request: HttpRequest, event_id: Id):
    event = services.event_publish(
        actor=actor_of(request), event_id=event_id, blocks=deps.contact_blocks(), now=deps.clock().now()
    )
    return _one(request, event)


@router.post(
    "/{event_id}/cancel",
    response=EventOut,
    operation_id="events_cancel",
    openapi_extra=error_responses(403, 404, 409),
    summary="Cancel an event",
    description="Hosts and staff: every seat and waitlist place is cancelled and each person is notified once.",
)
def event_cancel(request: HttpRequest, event_id: Id, payload: EventCancelIn):
    event = services.event_cancel(
        actor=actor_of(request), event_id=event_id, reason=payload.reason.strip(), blocks=deps.contact_blocks(),
        now=deps.clock().now(),
    )  # fmt: skip
    return _one(request, event)


@router.post(
    "/{event_id}/cover/upload",
    response=EventCoverUploadOut,
    operation_id="events_cover_upload_start",
    openapi_extra=error_responses(403, 404, 502),
    summary="Start a cover image upload",
    description="Hosts and staff: a short-lived presigned form (an image, at most 5 MB) under the caller's own key "
    "prefix. Changes nothing yet.",
)
def cover_upload(request: HttpRequest, event_id: Id, payload: EventCoverUploadIn):
    upload = services.cover_upload_start(
        actor=actor_of(request), event_id=event_id, content_type=payload.content_type,
        blocks=deps.contact_blocks(), storage=deps.media(),
    )  # fmt: skip
    return EventCoverUploadOut(
        url=upload.url, fields=dict(upload.fields), key=upload.key, content_type=upload.content_type,
        max_bytes=upload.max_bytes, expires_at=upload.expires_at,
    )  # fmt: skip


@router.post(
    "/{event_id}/cover",
    response=EventOut,
    operation_id="events_cover_set",
    openapi_extra=error_responses(403, 404, 409, 502),
    summary="Use an uploaded image as the cover",
    description="Hosts and staff: the key from the upload form, once the upload succeeded (checked: type, size).",
)
def cover_set(request: HttpRequest, event_id: Id, payload: EventCoverIn):
    event = services.cover_set(
        actor=actor_of(request), event_id=event_id, key=payload.key, blocks=deps.contact_blocks(),
        storage=deps.media(), now=deps.clock().now(),
    )  # fmt: skip
    return _one(request, event)


# --- seats --------------------------------------------------------------------------------------
@router.post(
    "/{event_id}/seat",
    response={201: EventSeatOut},
    operation_id="events_seat_book",
    openapi_extra=error_responses(403, 404, 409),
    summary="Book a seat",
    description=(
        "Users and friends (not the event's hosts, not staff: 403). A free seat is confirmed at once and the "
        "group chat opens to the caller (at a paid event it waits in `pending_payment`: pay it through "
        "`/seat/payment` within 15 minutes); a full event puts the caller on the waitlist, in arrival order. One "
        "place per person and event (409 `already_booked`). An included-in-plan event's seat takes one of the "
        "plan's included sessions (422 `not_entitled` without one); it comes back when the seat is given up "
        "24 hours or more before the start, or when the event is cancelled."
    ),
)
def seat_book(request: HttpRequest, event_id: Id):
    state = seat_services.seat_book(
        actor=actor_of(request), event_id=event_id, blocks=deps.contact_blocks(), now=deps.clock().now()
    )
    return Status(201, _seat(state))


@router.get(
    "/{event_id}/seat",
    response=EventSeatOut,
    operation_id="events_seat_get",
    openapi_extra=error_responses(404),
    summary="My place at this event",
    description="The caller's seat, offer or waitlist place (with its position); 404 if they have none.",
)
def seat_get(request: HttpRequest, event_id: Id):
    return _seat(seat_services.my_seat(actor=actor_of(request), event_id=event_id))


@router.post(
    "/{event_id}/seat/cancel",
    response=EventSeatOut,
    operation_id="events_seat_cancel",
    openapi_extra=error_responses(404),
    summary="Give up my place",
    description=(
        "Until the event starts. A freed seat is offered to the first person on the waitlist, who has "
        "EVENTS_WAITLIST_OFFER_MINUTES (default 2 h) to take it. 24 hours or more before the start, the "
        "included session comes back or the payment is refunded in full; later, neither."
    ),
)
def seat_cancel(request: HttpRequest, event_id: Id):
    return _seat(seat_services.seat_cancel(actor=actor_of(request), event_id=event_id, now=deps.clock().now()))


@router.post(
    "/{event_id}/seat/payment",
    response=EventPaymentOut,
    operation_id="events_seat_payment",
    openapi_extra=error_responses(404, 409, 502),
    summary="Pay for my seat",
    description=(
        "The seat holder of a paid event, while the seat waits in `pending_payment` (409 `payment_not_open` "
        "otherwise): a Stripe PaymentIntent to confirm. Paid, the seat is confirmed; unpaid within 15 minutes, "
        "it goes to the next in line."
    ),
)
def seat_payment(request: HttpRequest, event_id: Id):
    intent = seat_services.seat_payment_intent(actor=actor_of(request), event_id=event_id)
    return EventPaymentOut(
        seat_id=intent.session_id, payment_intent_id=intent.payment_intent_id, client_secret=intent.client_secret,
        amount_minor=intent.amount_minor, currency=intent.currency, expires_at=intent.expires_at,
    )  # fmt: skip


@router.post(
    "/{event_id}/seat/accept",
    response=EventSeatOut,
    operation_id="events_offer_accept",
    openapi_extra=error_responses(404, 409),
    summary="Take the seat I was offered",
    description=(
        "Only with an open offer (409 `no_offer`, `offer_expired`); the seat becomes confirmed (and takes an "
        "included session at an included-in-plan event: 422 `not_entitled` without one)."
    ),
)
def offer_accept(request: HttpRequest, event_id: Id):
    return _seat(seat_services.offer_accept(actor=actor_of(request), event_id=event_id, now=deps.clock().now()))


@router.post(
    "/{event_id}/join",
    response=EventJoinOut,
    operation_id="events_join",
    openapi_extra=error_responses(403, 404, 502),
    summary="Join the event",
    description=(
        "Hosts and confirmed seat holders (403 `seat_required` otherwise), from 10 minutes before the start "
        "until the end (422 `join_window_closed`): the group chat, and an RTC token for voice and video."
    ),
)
def event_join(request: HttpRequest, event_id: Id):
    info = seat_services.event_join(
        actor=actor_of(request), event_id=event_id, blocks=deps.contact_blocks(), rtc=deps.rtc(),
        now=deps.clock().now(),
    )  # fmt: skip
    rtc = None
    if info.rtc:
        rtc = EventRtcOut(
            token=info.rtc.token, app_id=info.rtc.app_id, channel=info.rtc.channel, uid=info.rtc.uid,
            expires_at=info.rtc.expires_at,
        )  # fmt: skip
    return EventJoinOut(
        event_id=info.event.id, session_type=info.event.session_type, conversation_id=info.conversation_id, rtc=rtc
    )


@router.get(
    "/{event_id}/attendees",
    response=EventAttendeePage,
    operation_id="events_attendees",
    openapi_extra=error_responses(403, 404),
    summary="Who is coming",
    description="Hosts and staff: seat holders first, then the waitlist in order.",
)
def attendees(request: HttpRequest, event_id: Id, query: Query[PageQuery]):
    page = seat_services.attendees(
        actor=actor_of(request), event_id=event_id, blocks=deps.contact_blocks(),
        page=query.page_request(),
    )  # fmt: skip
    return page_out(EventAttendeePage, page, _attendee)


@router.post(
    "/{event_id}/attendees/{seat_id}/no-show",
    response=EventAttendeeOut,
    operation_id="events_no_show",
    openapi_extra=error_responses(403, 404),
    summary="Mark a no-show",
    description="The event's hosts, once it has started, for a confirmed seat (422 `no_show_not_reportable`).",
)
def no_show(request: HttpRequest, event_id: Id, seat_id: Id):
    attendee = seat_services.no_show_mark(
        actor=actor_of(request), event_id=event_id, seat_id=seat_id, blocks=deps.contact_blocks(),
        now=deps.clock().now(),
    )  # fmt: skip
    return _attendee(attendee)
