"""The one catalogue of problem `code` values a client can meet.

Every problem-details body (HTTP) carries one of these codes; clients switch on them, so a
code is a promise: once published it is never renamed or removed. The OpenAPI document lists
them as the `code` enum of `ProblemDetails`, docs/api.md explains them, and tests keep this
catalogue, the codes the source raises, and a committed snapshot in step
(tests/entrypoints/test_error_catalogue.py).

Each entry reads `code: what it means for the client`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

_GENERIC = {
    # One per HTTP status, for errors that carry no more specific code.
    "bad_request": "The request could not be read.",
    "malformed_body": "The body is not valid JSON or not valid UTF-8.",
    "not_authenticated": "No valid access token (or browser session) came with the request.",
    "token_not_valid": "The token sent is invalid, expired, revoked or already used.",
    "auth_pending": "Sign-in is not complete: the step named in `detail` (e.g. verify_email) is pending.",
    "permission_denied": "The caller may not do this.",
    "not_found": "No such resource, or not one the caller may see.",
    "method_not_allowed": "The path exists but not with this HTTP method.",
    "conflict": "The request conflicts with the current state; nothing was changed.",
    "payload_too_large": "The request body is larger than the server accepts.",
    "unsupported_media_type": "The request body must be application/json.",
    "invalid_input": "Some input is not valid; `errors` lists the fields.",
    "rule_violated": "The input was well-formed but a business rule refused it.",
    "rate_limited": "Too many requests; retry after the `Retry-After` header's seconds.",
    "internal_error": "Something failed on the server; it has been reported.",
    "bad_gateway": "An upstream service answered badly.",
    "service_unavailable": "A backing service is unavailable; nothing was changed. Retry later.",
    "error": "A failure with no more specific code.",
}

_PROVIDERS = {
    "provider_error": "An external provider refused or failed.",
    "provider_unavailable": "An external provider is unavailable; retry later.",
    "payments_error": "The payment provider refused the request.",
    "payments_unavailable": "The payment provider is unavailable; retry later.",
    "payment_request_invalid": "The payment provider rejected the request.",
    "payment_declined": "The payment was declined.",
    "webhook_signature_invalid": "The webhook signature is missing, forged or stale.",
    "media_error": "The media store refused the request.",
    "media_unavailable": "The media store is unavailable; retry later.",
    "upload_rejected": "The uploaded file was refused (type or size).",
    "download_link_invalid": "The download link is invalid or expired.",
    "push_error": "The push provider refused the request.",
    "push_unavailable": "The push provider is unavailable.",
    "invalid_device_token": "The device token is not valid for push.",
    "email_error": "The email provider refused the message.",
    "email_unavailable": "The email provider is unavailable.",
    "rtc_error": "The video/voice provider failed.",
    "recording_error": "The call recording provider refused or failed.",
    "recording_unavailable": "The call recording provider is unavailable; retry later.",
    "recording_gone": "The recorder had already left the call.",
}

_RULES = {
    # accounts
    "staff_only": "Only staff (managers and admins) may do this.",
    "admin_only": "Only an admin may do this.",
    "friends_only": "Only friends may do this.",
    "own_role": "Nobody can change their own role.",
    "own_account": "Nobody can deactivate or reactivate their own account.",
    "password_incorrect": "The password given to confirm the request is not right.",
    "recent_login_required": "Sign in again (within the last 10 minutes) to confirm it is you.",
    # matching and blocks
    "users_only": "Only users looking for a friend may do this.",
    "members_only": "Only users and friends may do this (not staff).",
    "reason_required": "A reason is required.",
    "self_block": "You cannot block yourself.",
    # personality
    "no_questionnaire": "No questionnaire has been published yet.",
    # booking
    "self_booking": "You cannot book yourself.",
    "friend_not_accepting": "This friend is not taking bookings right now.",
    "friend_unavailable": "This friend is no longer available.",
    "friend_fully_booked": "This friend is fully booked that week (`weekly_capacity` says how many).",
    "no_availability": "This friend has not published availability.",
    "outside_availability": "That time is outside the friend's free time or notice period.",
    "slot_taken": "That time is no longer free.",
    "user_busy": "The user already has a session at that time.",
    "not_entitled": "The plan does not cover this session (`entitlement`, `premium_available` say why).",
    "invalid_transition": "The session's current status does not allow this.",
    "inside_notice_window": "Too late to cancel or move this session (`policy` gives the deadline).",
    "no_show_not_reportable": "A no-show cannot be reported for this session now.",
    "session_not_joinable": "The session cannot be joined in its current status.",
    "join_window_closed": "The session cannot be joined at this time.",
    # chat
    "blocked": "One of the two people blocked the other.",
    "own_message": "You cannot report your own message.",
    # billing
    "already_subscribed": "There is already a subscription; change it in the customer portal.",
    "no_customer": "Subscribe first; the portal manages an existing subscription.",
    "unknown_plan": "The subscription refers to a plan we do not know.",
    "plan_exists": "A plan with this code or Stripe price already exists.",
    "premium_unavailable": "This session cannot be paid for online.",
    "payment_not_open": "This payment is no longer open.",
    "payment_expired": "The time to pay for this session has run out.",
    "not_refundable": "This payment cannot be refunded in its status.",
    "currency_mismatch": "A Stripe charge is not in the currency of what it paid for (the webhook is retried).",
    "dispute_mismatch": "A Stripe dispute does not belong to the payment it names (the webhook is retried).",
    # moderation and support
    "already_suspended": "This person is suspended already.",
    "suspension_ended": "This suspension has ended already.",
    "ticket_closed": "This ticket is closed; open a new one.",
    # feedback
    "already_rated": "The session was already rated by the caller (`rating` is the first one).",
    "session_not_rateable": "Only a session that took place can be rated (`status` says what it is).",
    "no_show_against_rater": "A no-show was recorded against the caller for this session.",
    "rating_not_open": "The session has not ended yet; rating opens at `opens_at`.",
    "rating_closed": "The 14 days to rate this session ended at `closed_at`.",
    # notifications
    "unsubscribe_link_invalid": "The unsubscribe link is not one we sent (altered or cut short).",
    # group events
    "hosts_only": "Only the event's hosts (and, where said, staff) may do this.",
    "event_published": "A published event keeps its times, seats, hosts and price (`fields` lists them).",
    "event_closed": "This event is cancelled or completed.",
    "event_started": "This event has started (or its start has passed).",
    "event_not_bookable": "This event takes no bookings in its status.",
    "own_event": "Hosts do not book a seat at their own event.",
    "already_booked": "The caller already has a place at this event (`seat_status` says which).",
    "no_offer": "The caller's place is not an open seat offer.",
    "offer_expired": "The seat offer has expired; it has moved to the next in line.",
    "seat_required": "Only hosts and people with a confirmed seat join the event.",
    "event_not_joinable": "The event cannot be joined in its current status.",
    # feedback: surveys
    "survey_already_answered": "The caller already answered this survey (`answered_at`, `version`).",
    "survey_dismissed": "The caller dismissed this survey; it cannot be answered any more.",
    "survey_version_changed": "A newer version of the survey was published: answer `version` instead.",
    "survey_no_draft": "The survey has no draft version to publish.",
    "survey_in_use": "People were asked this survey: close it (`is_active` false) instead of deleting it.",
    "survey_not_manual": "Only a manual survey can be targeted at people by hand.",
    "survey_not_open": "The survey is not published or is closed: nobody can be asked it now.",
    # recordings
    "not_recordable": "Only voice and video sessions can be recorded.",
    "session_not_in_progress": "A recording can be asked for only while the session is in progress.",
    "recording_refused": "The friend does not allow their sessions to be recorded.",
    "recordings_disabled": "Recording is switched off on this platform.",
    "recording_limit": "This session has been recorded as often as it may be (10 rounds).",
    "recording_not_running": "Nothing is being recorded or requested in this session.",
    "recording_not_ready": "The recording is not ready to play (see its `state`).",
    "safety_ticket_required": "Staff play a recording only with an open safety ticket about its session.",
}

# allauth's headless API (/api/auth/app/v1/...) reports these; a single one is passed on as the
# problem's `code` (entrypoints.http.middleware). Any other allauth code becomes the status's code.
_SIGN_IN = {
    "account_inactive": "This account is inactive.",
    "email_password_mismatch": "The email address and/or password are not correct.",
    "email_too_long": "An email address has at most 254 characters.",
    "email_invisible_characters": "The email address contains invisible or formatting characters.",
    "email_not_deliverable": "Mail cannot be delivered to this address (its domain is not valid).",
    "email_taken": "A user is already registered with this email address.",
    "duplicate_email": "This email address is already on this account.",
    "cannot_remove_primary_email": "The primary email address cannot be removed.",
    "max_email_addresses": "No more email addresses can be added.",
    "unknown_email": "The email address is not assigned to any account.",
    "unverified_primary_email": "The primary email address must be verified first.",
    "enter_current_password": "Type the current password.",
    "incorrect_password": "The password is not correct.",
    "incorrect_code": "The code is not correct.",
    "invalid_or_expired_key": "The link or key is invalid or expired.",
    "invalid_password_reset": "The password reset token is not valid.",
    "invalid_login": "The login is not valid.",
    "too_many_login_attempts": "Too many failed login attempts; try again later.",
    "same_as_current": "The new value must differ from the current one.",
    "password_too_short": "The password is too short.",
    "password_too_common": "The password is too common.",
    "password_entirely_numeric": "The password is entirely numeric.",
    "password_too_similar": "The password is too similar to the account's details.",
}

ERROR_CODES: Mapping[str, str] = MappingProxyType({**_GENERIC, **_PROVIDERS, **_RULES, **_SIGN_IN})


def is_known(code: str) -> bool:
    return code in ERROR_CODES
