// Generated from /api/openapi.json by scripts/api-types.mjs. Do not edit: run `npm run api:types`.
export interface paths {
    "/api/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log of staff actions (admins)
         * @description Admins only: who did what to which account or object, when and why, newest first.
         */
        get: operations["moderation_audit_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/privacy/erasures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase an account now (admins, verified request)
         * @description Admins only (403 otherwise): carries out a verified erasure request at once, without grace period.
         */
        post: operations["privacy_erasure_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/recordings/{recording_id}/playback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Play a recording for a safety ticket (staff)
         * @description Managers and admins, only with an open safety ticket about the recording's session (403 `safety_ticket_required` otherwise). Every playback is written to the audit log with the ticket and reason.
         */
        post: operations["recordings_staff_playback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/stats/chat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chat activity (staff)
         * @description Managers and admins (403 `staff_only` for others); reads only, changes nothing. Rows per `period` (day, ISO week, month; UTC) over [`start`, `end`), by default the last 30 days. Messages written, conversations with at least one message, and distinct writers, per period. Counts only: no text, no names.
         */
        get: operations["analytics_chat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/stats/chat/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chat activity as CSV (staff)
         * @description Managers and admins (403 `staff_only` for others); reads only, changes nothing. Rows per `period` (day, ISO week, month; UTC) over [`start`, `end`), by default the last 30 days. Messages written, conversations with at least one message, and distinct writers, per period. Counts only: no text, no names.
         */
        get: operations["analytics_chat_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/stats/friends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Friend performance (staff)
         * @description Managers and admins (403 `staff_only` for others); reads only, changes nothing. Friends with a confirmed session starting in [`start`, `end`) (default: the last 30 days), most sessions first: sessions, held, completed, cancelled by the friend, no-shows of each side, the users' ratings given in the range and their average, earnings (ledger, per currency), rebooking rate, and utilisation of the weekly capacity the friend offers.
         */
        get: operations["analytics_friends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/stats/friends/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Friend performance as CSV (staff)
         * @description Managers and admins (403 `staff_only` for others); reads only, changes nothing. Friends with a confirmed session starting in [`start`, `end`) (default: the last 30 days), most sessions first: sessions, held, completed, cancelled by the friend, no-shows of each side, the users' ratings given in the range and their average, earnings (ledger, per currency), rebooking rate, and utilisation of the weekly capacity the friend offers. The CSV follows `limit` and `offset` like the JSON.
         */
        get: operations["analytics_friends_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/stats/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Conversion funnel by sign-up source (staff)
         * @description Managers and admins (403 `staff_only` for others); reads only, changes nothing. Rows per `period` (day, ISO week, month; UTC) over [`start`, `end`), by default the last 30 days. People who signed up as users in the range, by sign-up period and source, and how many of them reached each later step by now: verified their email, completed the questionnaire, accepted a first match, started a trial, reached a paid period, and still pay 30 days after it began.
         */
        get: operations["analytics_funnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/stats/funnel/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Conversion funnel as CSV (staff)
         * @description Managers and admins (403 `staff_only` for others); reads only, changes nothing. Rows per `period` (day, ISO week, month; UTC) over [`start`, `end`), by default the last 30 days. People who signed up as users in the range, by sign-up period and source, and how many of them reached each later step by now: verified their email, completed the questionnaire, accepted a first match, started a trial, reached a paid period, and still pay 30 days after it began.
         */
        get: operations["analytics_funnel_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/stats/revenue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Revenue, refunds, chargebacks and payouts (staff)
         * @description Managers and admins (403 `staff_only` for others); reads only, changes nothing. Rows per `period` (day, ISO week, month; UTC) over [`start`, `end`), by default the last 30 days. Money by period and currency (minor units, never converted): the friends' ledger summed by kind (earning, refund, chargeback, dispute_won, payout, payout_reversal) and account (revenue, friend, fees, payouts); premium-session payments that went through with what was refunded and disputed; payouts by status.
         */
        get: operations["analytics_revenue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/stats/revenue/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Revenue report as CSV (staff)
         * @description Managers and admins (403 `staff_only` for others); reads only, changes nothing. Rows per `period` (day, ISO week, month; UTC) over [`start`, `end`), by default the last 30 days. Money by period and currency (minor units, never converted): the friends' ledger summed by kind (earning, refund, chargeback, dispute_won, payout, payout_reversal) and account (revenue, friend, fees, payouts); premium-session payments that went through with what was refunded and disputed; payouts by status. CSV in long form: `period_start,currency,metric,value`.
         */
        get: operations["analytics_revenue_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/stats/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sessions, cancellations and minutes (staff)
         * @description Managers and admins (403 `staff_only` for others); reads only, changes nothing. Rows per `period` (day, ISO week, month; UTC) over [`start`, `end`), by default the last 30 days. Sessions by the period they start in: booked (confirmed), upcoming, completed, cancelled, no-shows of each side; cancellations by who cancelled and how long before the start; completed minutes by session type.
         */
        get: operations["analytics_sessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/stats/sessions/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sessions report as CSV (staff)
         * @description Managers and admins (403 `staff_only` for others); reads only, changes nothing. Rows per `period` (day, ISO week, month; UTC) over [`start`, `end`), by default the last 30 days. Sessions by the period they start in: booked (confirmed), upcoming, completed, cancelled, no-shows of each side; cancellations by who cancelled and how long before the start; completed minutes by session type. CSV in long form: `period_start,metric,value` (e.g. `cancelled.user.under_24h`).
         */
        get: operations["analytics_sessions_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/suspensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suspensions (staff)
         * @description Managers and admins: newest first, by person and whether still in force.
         */
        get: operations["moderation_suspensions_list"];
        put?: never;
        /**
         * Suspend a person (staff)
         * @description Managers and admins (only admins suspend staff; nobody themselves): the person cannot sign in or refresh, open sockets close, matching stops offering them, and their future sessions are cancelled as if they cancelled (a suspended friend's users are refunded and told). 409 `already_suspended`.
         */
        post: operations["moderation_suspension_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/suspensions/{suspension_id}/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lift a suspension (staff)
         * @description Managers and admins: the person may sign in again; recorded with who and why. 409 if it ended.
         */
        post: operations["moderation_suspension_lift"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The support queue (staff)
         * @description Managers and admins: every ticket, oldest first, filterable; chat reports are here as safety tickets.
         */
        get: operations["support_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/tickets/{ticket_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A ticket with every message and note (staff)
         * @description Managers and admins.
         */
        get: operations["support_queue_ticket_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/tickets/{ticket_id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a ticket (staff)
         * @description To a staff member (422 otherwise), or null to unassign.
         */
        post: operations["support_queue_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/tickets/{ticket_id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply or add a note (staff)
         * @description A public reply waits for the requester (pending) and notifies them; an internal note is for staff only.
         */
        post: operations["support_queue_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/tickets/{ticket_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a ticket (staff)
         * @description open → pending → resolved → closed (resolving notifies the requester; closed is final: 409).
         */
        post: operations["support_queue_status"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/{client}/v1/account/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List email addresses
         * @description Retrieves the list of email addresses of the account.
         */
        get: operations["allauth_get_account_email"];
        /**
         * Request email verification
         * @description Requests for (another) email verification email to be sent. Note that
         *     sending emails is rate limited, so when you send too many requests the
         *     email will not be sent.
         */
        put: operations["allauth_put_account_email"];
        /**
         * Add/Change email address
         * @description The following functionality is available:
         *
         *       - Adding a new email address for an already signed in user (`ACCOUNT_CHANGE_EMAIL = False`).
         *       - Change to a new email address for an already signed in user   (`ACCOUNT_CHANGE_EMAIL = True`).
         *       - Change to a new email address during the email verification process at signup (`ACCOUNT_EMAIL_VERIFICATION_SUPPORTS_CHANGE = True`).
         *
         *     In all cases, an email verification mail will be sent containing a link or code that needs to be verified.
         */
        post: operations["allauth_post_account_email"];
        /**
         * Remove an email address
         * @description Used to remove an email address.
         */
        delete: operations["allauth_delete_account_email"];
        options?: never;
        head?: never;
        /**
         * Change primary email address
         * @description Used to change primary email address to a different one. Note that only verified email addresses
         *     can be marked as primary.
         */
        patch: operations["allauth_patch_account_email"];
        trace?: never;
    };
    "/api/auth/{client}/v1/account/password/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change password
         * @description In order to change the password of an account, the current and new
         *     password must be provider.  However, accounts that were created by
         *     signing up using a third-party provider do not have a password set. In
         *     that case, the current password is not required.
         */
        post: operations["allauth_post_account_password_change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/{client}/v1/account/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the connected third-party provider accounts */
        get: operations["allauth_get_account_providers"];
        put?: never;
        post?: never;
        /**
         * Disconnect a third-party provider account
         * @description Disconnect a third-party provider account, returning the remaining
         *     accounts that are still connected. The disconnect is not allowed if it
         *     would leave the account unusable. For example, if no password was
         *     set up yet.
         */
        delete: operations["allauth_delete_account_providers"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/{client}/v1/auth/code/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm login code
         * @description Use this endpoint to pass along the received "special" login code.
         */
        post: operations["allauth_post_auth_code_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/{client}/v1/auth/email/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get email verification information
         * @description Obtain email verification information, given the token that was sent to
         *     the user by email.
         */
        get: operations["allauth_get_auth_email_verify"];
        put?: never;
        /**
         * Verify an email
         * @description Complete the email verification process. Depending on the configuration,
         *     email addresses are either verified by opening a link that is sent to
         *     their email address, or, by inputting a code that is sent. On the API,
         *     both cases are handled identically. Meaning, the required key is either
         *     the one from the link, or, the code itself.
         *
         *     Note that a status code of 401 does not imply failure. It indicates that
         *     the email verification was successful, yet, the user is still not signed
         *     in. For example, in case `ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION` is set to
         *     `False`, a 401 is returned when verifying as part of login/signup.
         */
        post: operations["allauth_post_auth_email_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/{client}/v1/auth/email/verify/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend email verification code
         * @description Requests a new email verification code.
         *     Requires `ACCOUNT_EMAIL_VERIFICATION_SUPPORTS_RESEND = True`.
         */
        post: operations["allauth_post_auth_email_verify_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/{client}/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Login
         * @description Login using a username-password or email-password combination.
         */
        post: operations["allauth_post_auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/{client}/v1/auth/password/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request password
         * @description Initiates the password reset procedure. Depending on whether or not
         *     `ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED` is `True`, the procedure is
         *     either stateless or stateful.
         *
         *     In case codes are used, it is stateful, and a new
         *     `password_reset_by_code` flow is started. In this case, on a successful
         *     password reset request, you will receive a 401 indicating the pending
         *     status of this flow.
         *
         *     In case password reset is configured to use (stateless) links, you will
         *     receive a 200 on a successful password reset request.
         */
        post: operations["allauth_post_auth_password_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/{client}/v1/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get password reset information
         * @description Used to obtain information on and validate a password reset key.  The
         *     key passed is either the key encoded in the password reset URL that the
         *     user has received per email, or, the password reset code in case of
         *     `ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED`. Note that in case of a code,
         *     the number of requests you can make is limited (by
         *     `ACCOUNT_PASSWORD_RESET_BY_CODE_MAX_ATTEMPTS`).
         */
        get: operations["allauth_get_auth_password_reset"];
        put?: never;
        /**
         * Reset password
         * @description Perform the password reset, by handing over the password reset key and
         *     the new password. After successfully completing the password reset, the
         *     user is either logged in (in case `ACCOUNT_LOGIN_ON_PASSWORD_RESET` is
         *     `True`), or, the user will need to proceed to the login page.  In case
         *     of the former, a `200` status code is returned, in case of the latter a
         *     401.
         */
        post: operations["allauth_post_auth_password_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/{client}/v1/auth/provider/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Provider signup information
         * @description If, while signing up using a third-party provider account, there is
         *     insufficient information received from the provider to automatically
         *     complete the signup process, an additional step is needed to complete
         *     the missing data before the user is fully signed up and authenticated.
         *     The information available so far, such as the pending provider account,
         *     can be retrieved via this endpoint.
         */
        get: operations["allauth_get_auth_provider_signup"];
        put?: never;
        /**
         * Provider signup
         * @description If, while signing up using a third-party provider account, there is
         *     insufficient information received from the provider to automatically
         *     complete the signup process, an additional step is needed to complete
         *     the missing data before the user is fully signed up and authenticated.
         */
        post: operations["allauth_post_auth_provider_signup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/{client}/v1/auth/provider/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Provider token
         * @description Authenticates with a third-party provider using provider tokens received
         *     by other means. For example, in case of a mobile app, the authentication
         *     flow runs completely on the device itself, without any interaction with
         *     the API. Then, when the (device) authentication completes and the mobile
         *     app receives an access and/or ID token, it can hand over these tokens
         *     via this endpoint to authenticate on the server.
         */
        post: operations["allauth_post_auth_provider_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/{client}/v1/auth/reauthenticate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reauthenticate
         * @description In order to safeguard the account, some actions require the user to be
         *     recently authenticated.  If you try to perform such an action without
         *     having been recently authenticated, a `401` status is returned, listing
         *     flows that can be performed to reauthenticate. One such flow is the flow
         *     with ID `reauthenticate`, which allows for the user to input the
         *     password. This is the endpoint related towards that flow.
         */
        post: operations["allauth_post_auth_reauthenticate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/{client}/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get authentication status
         * @description Retrieve information about the authentication status for the current
         *     session.
         */
        get: operations["allauth_get_auth_session"];
        put?: never;
        post?: never;
        /**
         * Logout
         * @description Logs out the user from the current session.
         */
        delete: operations["allauth_delete_auth_session"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/{client}/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signup
         * @description Whether or not `username`, `email`, `phone` or combination of those are
         *     required depends on the configuration of django-allauth. Additionally,
         *     if a custom signup form is used there may be other custom properties
         *     required.
         */
        post: operations["allauth_post_auth_signup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/{client}/v1/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get configuration
         * @description There are many configuration options that alter the functionality
         *     and behavior of django-allauth, some of which can also impact the
         *     frontend. Therefore, relevant configuration options are exposed via
         *     this endpoint. The data returned is not user/authentication
         *     dependent. Hence, it suffices to only fetch this data once at boot
         *     time of your application.
         */
        get: operations["allauth_get_config"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/browser/v1/auth/provider/redirect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Provider redirect
         * @description Initiates the third-party provider authentication redirect flow. As calling
         *     this endpoint results in a user facing redirect (302), this call is only
         *     available in a browser, and must be called in a synchronous (non-XHR)
         *     manner.
         */
        post: operations["allauth_post_browser_auth_provider_redirect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/token/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out: revoke the sign-in
         * @description Ends the whole sign-in: this refresh token and every token rotated from the same login
         *     are refused from now on, and the allauth session that signed in (`X-Session-Token`, or this
         *     browser's session cookie) ends with them. Holding the refresh token is the proof needed.
         *     Access tokens already handed out expire on their own (`expires_in`).
         */
        post: operations["auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/token/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a refresh token
         * @description Returns a new pair; the refresh token sent is spent and refused from now on. The one
         *     refresh endpoint for app and browser sign-ins alike.
         */
        post: operations["auth_token_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/token/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tokens for a signed-in browser session
         * @description For sign-ins that end in a browser (X's redirect login, the browser client): the session
         *     cookie plus its CSRF token (`X-CSRFToken`) buy a pair. 401 without a signed-in session.
         */
        post: operations["auth_token_from_session"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People I blocked (users and friends)
         * @description Users and friends (not staff): the people they blocked. Changes nothing.
         */
        get: operations["blocks_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blocks/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Block someone: neither sees the other again
         * @description Users and friends block someone: neither sees the other in matches, and their conversation closes.
         *     Idempotent.
         */
        post: operations["blocks_create"];
        /**
         * Unblock someone
         * @description Users and friends lift their own block; idempotent.
         */
        delete: operations["blocks_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My conversations, most recent first
         * @description Any signed-in account: its own conversations, most recent first. Changes nothing.
         */
        get: operations["chat_conversations_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat/conversations/{conversation_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Message history
         * @description Conversation members only (others get 404): messages before or after an id. Changes nothing.
         */
        get: operations["chat_messages_list"];
        put?: never;
        /**
         * Send a message (201; 200 with the original when client_id was already used)
         * @description Conversation members only: send a message (201); resending the same `client_id` returns the original (200). 403
         *     when one side blocked the other.
         */
        post: operations["chat_messages_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat/conversations/{conversation_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark read up to a message
         * @description Conversation members only: mark read up to a message; the other side sees a receipt if the caller
         *     sends them.
         */
        post: operations["chat_conversations_mark_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat/messages/{message_id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a message to moderators
         * @description Conversation members only: report someone else's message to the moderators, once.
         */
        post: operations["chat_messages_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My presence and read-receipt switches
         * @description Any signed-in account: its presence and read-receipt switches. Changes nothing.
         */
        get: operations["chat_preferences_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Hide my presence or turn read receipts off
         * @description Any signed-in account hides its presence or turns read receipts off (or on).
         */
        patch: operations["chat_preferences_update"];
        trace?: never;
    };
    "/api/chat/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reported messages (staff)
         * @description Staff only: reported messages, open or resolved. Changes nothing.
         */
        get: operations["chat_reports_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat/reports/{report_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A report with its message in context (staff)
         * @description Staff only: a report with the reported message in context. Changes nothing.
         */
        get: operations["chat_reports_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat/reports/{report_id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a report (staff)
         * @description Staff only: close a report.
         */
        post: operations["chat_reports_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat/ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A one-time ticket to open the chat socket (browsers)
         * @description Any signed-in account: a one-time, short-lived ticket to open the chat socket from a browser
         *     (send it as the `ticket, <ticket>` subprotocol or `?ticket=`).
         */
        post: operations["chat_ticket_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Upcoming events
         * @description Signed-in people: published events that have not started, soonest first, with seats left. Events hosted by someone the caller blocked (or who blocked them) are not listed.
         */
        get: operations["events_browse"];
        put?: never;
        /**
         * Create an event (a draft)
         * @description Friends create events they host (co-hosts allowed); managers and admins create events for any friends (`host_ids` required). Users get 403. The event starts as a draft only hosts and staff see.
         */
        post: operations["events_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{event_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One event
         * @description Published events for everyone signed in (404 across a block); drafts for hosts and staff only.
         */
        get: operations["events_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit an event
         * @description Hosts and staff. A draft changes freely; a published event only its title, description and cover (409 `event_published` otherwise); cancelled and completed events not at all (409 `event_closed`).
         */
        patch: operations["events_update"];
        trace?: never;
    };
    "/api/events/{event_id}/attendees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is coming
         * @description Hosts and staff: seat holders first, then the waitlist in order.
         */
        get: operations["events_attendees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{event_id}/attendees/{seat_id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a no-show
         * @description The event's hosts, once it has started, for a confirmed seat (422 `no_show_not_reportable`).
         */
        post: operations["events_no_show"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{event_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an event
         * @description Hosts and staff: every seat and waitlist place is cancelled and each person is notified once.
         */
        post: operations["events_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{event_id}/cover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Use an uploaded image as the cover
         * @description Hosts and staff: the key from the upload form, once the upload succeeded (checked: type, size).
         */
        post: operations["events_cover_set"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{event_id}/cover/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a cover image upload
         * @description Hosts and staff: a short-lived presigned form (an image, at most 5 MB) under the caller's own key prefix. Changes nothing yet.
         */
        post: operations["events_cover_upload_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{event_id}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join the event
         * @description Hosts and confirmed seat holders (403 `seat_required` otherwise), from 10 minutes before the start until the end (422 `join_window_closed`): the group chat, and an RTC token for voice and video.
         */
        post: operations["events_join"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{event_id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft
         * @description Hosts and staff: the event is listed and bookable, and its group chat opens for the hosts.
         */
        post: operations["events_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{event_id}/seat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My place at this event
         * @description The caller's seat, offer or waitlist place (with its position); 404 if they have none.
         */
        get: operations["events_seat_get"];
        put?: never;
        /**
         * Book a seat
         * @description Users and friends (not the event's hosts, not staff: 403). A free seat is confirmed at once and the group chat opens to the caller (at a paid event it waits in `pending_payment`: pay it through `/seat/payment` within 15 minutes); a full event puts the caller on the waitlist, in arrival order. One place per person and event (409 `already_booked`). An included-in-plan event's seat takes one of the plan's included sessions (422 `not_entitled` without one); it comes back when the seat is given up 24 hours or more before the start, or when the event is cancelled.
         */
        post: operations["events_seat_book"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{event_id}/seat/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take the seat I was offered
         * @description Only with an open offer (409 `no_offer`, `offer_expired`); the seat becomes confirmed (and takes an included session at an included-in-plan event: 422 `not_entitled` without one).
         */
        post: operations["events_offer_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{event_id}/seat/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give up my place
         * @description Until the event starts. A freed seat is offered to the first person on the waitlist, who has EVENTS_WAITLIST_OFFER_MINUTES (default 2 h) to take it. 24 hours or more before the start, the included session comes back or the payment is refunded in full; later, neither.
         */
        post: operations["events_seat_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{event_id}/seat/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay for my seat
         * @description The seat holder of a paid event, while the seat waits in `pending_payment` (409 `payment_not_open` otherwise): a Stripe PaymentIntent to confirm. Paid, the seat is confirmed; unpaid within 15 minutes, it goes to the next in line.
         */
        post: operations["events_seat_payment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/hosting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Events I host
         * @description The caller's own events as a host, drafts included, latest first (empty for non-hosts).
         */
        get: operations["events_hosting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/seats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My places at events
         * @description The caller's confirmed seats, offers and waitlist places, soonest event first.
         */
        get: operations["events_my_seats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/friends/{friend_id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A friend's public rating
         * @description Average (one decimal) and count once the friend has at least 3 counted ratings; nulls before.
         */
        get: operations["feedback_friend_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All ratings (staff)
         * @description Managers and admins: every rating with both sides' ids, filterable; 403 for others.
         */
        get: operations["feedback_ratings_staff_list"];
        put?: never;
        /**
         * Rate a session I took part in
         * @description Participants of a session that took place rate it once, from its end until 14 days after: a user rates the friend (counts towards the friend's public average), a friend rates the user (seen by staff only). 404 for a session the caller was not in; 409 `already_rated` with the first rating; 422 `rating_not_open`, `rating_closed`, `session_not_rateable`, `no_show_against_rater`.
         */
        post: operations["feedback_rating_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/ratings/{rating_id}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hide a rating's comment (staff)
         * @description Managers and admins: the friend no longer sees the comment; the stars still count. Who, when and why are kept.
         */
        post: operations["feedback_rating_hide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/ratings/given": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ratings I gave
         * @description The caller's own ratings, newest first.
         */
        get: operations["feedback_ratings_given"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/ratings/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sessions I can rate now
         * @description The caller's sessions that ended in the last 14 days and that they have not rated yet.
         */
        get: operations["feedback_ratings_pending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/ratings/received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ratings users gave me (friends)
         * @description Friends only (403 otherwise). The rater's name only when they allowed it; a comment staff hid is null. Friends' ratings of users are never shown to the users.
         */
        get: operations["feedback_ratings_received"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All surveys (staff)
         * @description Managers and admins: every survey, newest first, filterable by moment; 403 for others.
         */
        get: operations["feedback_surveys_list"];
        put?: never;
        /**
         * Create a survey (staff)
         * @description Managers and admins: a survey for a moment (after a person's first completed session, on re-match, on cancelling a subscription, or manual) with its questions as draft version 1. Nobody is asked before it is published.
         */
        post: operations["feedback_survey_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/surveys/{survey_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A survey with its versions (staff)
         * @description Managers and admins: the survey, every version (newest first) with its response count.
         */
        get: operations["feedback_survey_get"];
        put?: never;
        post?: never;
        /**
         * Delete a survey nobody was asked (staff)
         * @description Managers and admins. Once anyone was asked, 409 `survey_in_use`: close it instead.
         */
        delete: operations["feedback_survey_delete"];
        options?: never;
        head?: never;
        /**
         * Rename, retarget, close or reopen a survey (staff)
         * @description Managers and admins: title, audience, is_active (false closes it: no new dues, pending ones are hidden). Questions change through the draft; the moment is fixed.
         */
        patch: operations["feedback_survey_update"];
        trace?: never;
    };
    "/api/feedback/surveys/{survey_id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a survey's draft questions (staff)
         * @description Managers and admins: the draft's questions (a new draft version after the published one if there is none). Published and frozen versions never change.
         */
        put: operations["feedback_survey_draft_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/surveys/{survey_id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A survey's responses as CSV (staff)
         * @description Managers and admins: every response to one version (the published one by default) as CSV (RFC 4180 quoting; multiple choices joined by ';'; no person's id).
         */
        get: operations["feedback_survey_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/surveys/{survey_id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a survey's draft (staff)
         * @description Managers and admins: the draft becomes the version people answer; the previous one is frozen (its answers stay with it). 409 `survey_no_draft` when there is no draft.
         */
        post: operations["feedback_survey_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/surveys/{survey_id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A survey's aggregated results (staff)
         * @description Managers and admins: per question of one version (the published one by default): counts per option, the scale's mean, median and distribution, how many free texts. Counted by the database.
         */
        get: operations["feedback_survey_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/surveys/{survey_id}/results/texts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Free text answers (staff)
         * @description Managers and admins: the free text answers of one version (one question with `question`, 422 if it is not a free text question), newest first, paginated, without who wrote them.
         */
        get: operations["feedback_survey_texts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/surveys/{survey_id}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask people a manual survey (staff)
         * @description Managers and admins: the survey becomes due for these people (once per person; each gets one notification). 422 `survey_not_manual` for a survey tied to another moment, `survey_not_open` before it is published or when it is closed.
         */
        post: operations["feedback_survey_target"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/surveys/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Surveys due for me
         * @description Any signed-in account: its own pending surveys (only its own; there is no way to ask for someone else's), each with the questions of the version to answer. Changes nothing.
         */
        get: operations["feedback_surveys_due"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/surveys/due/{due_id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a survey due for me
         * @description The person the survey is due for answers it once, against the version it shows (`version`). 404 for someone else's or a closed survey; 409 `survey_already_answered` (with `answered_at`), `survey_dismissed`, or `survey_version_changed` (with the current `version`); 422 lists every answer that does not fit the version (unknown question, missing required one, option that does not exist, scale outside 1-5, text over 2,000 characters).
         */
        post: operations["feedback_survey_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/surveys/due/{due_id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dismiss a survey due for me
         * @description The person the survey is due for declines it: it is not shown again. Dismissing again answers the same; an answered survey is 409 `survey_already_answered`; someone else's is 404.
         */
        post: operations["feedback_survey_dismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/friends/highlights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A few friends to show on the landing page (anyone)
         * @description Anyone, signed in or not: up to 6 active friends taking bookings, best rated first (then the
         *     longest-standing), with only their public card: name, headline, avatar link, public rating and kinds of
         *     session. Cached for 5 minutes. Changes nothing.
         */
        get: operations["friends_highlights"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cheap API liveness probe
         * @description Anyone, no token: is the API process up. Touches no database. Changes nothing.
         */
        get: operations["health_ping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My ranked matches (users)
         * @description Users only: friends ranked by fit, with the reasons. Changes nothing.
         */
        get: operations["matches_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matches/{friend_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a match: they become my friend (users)
         * @description Users only: accept a suggested friend; they appear in the user's friends.
         */
        post: operations["matches_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matches/{friend_id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a match: never suggested again (users)
         * @description Users only: decline a suggested friend; never suggested again.
         */
        post: operations["matches_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matches/favourites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My favourite friends (users)
         * @description Users only: the friends they keep as favourites, most recently saved first. Changes nothing.
         */
        get: operations["matches_favourites_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matches/favourites/{friend_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Keep a friend among my favourites (users)
         * @description Users only: save an active friend as a favourite (404 for anyone else, or someone blocked either way).
         *     Idempotent.
         */
        post: operations["matches_favourites_add"];
        /**
         * Remove a friend from my favourites (users)
         * @description Users only: stop keeping a friend as a favourite; idempotent.
         */
        delete: operations["matches_favourites_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matches/friends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My friends: the matches I accepted (users)
         * @description Users only: the friends whose match they accepted. Changes nothing.
         */
        get: operations["matches_friends_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matches/rematch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pass over my current matches and get a fresh list (users)
         * @description Users only: pass over the current suggestions (with a reason) and get a fresh list; the passed-over
         *     friends are left out of it.
         */
        post: operations["matches_rematch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My notifications, newest first
         * @description Any signed-in account: its own in-app notifications, newest first. Changes nothing.
         */
        get: operations["notifications_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My registered devices
         * @description Any signed-in account: its own devices registered for push, newest first. Changes nothing.
         */
        get: operations["notifications_devices_list"];
        put?: never;
        /**
         * Register this device for push
         * @description Any signed-in account registers this device's push token (moved to the caller if another account had
         *     it).
         */
        post: operations["notifications_devices_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/devices/{device_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove one of my devices
         * @description Any signed-in account removes one of its own devices (no more push to it); another's device is 404.
         */
        delete: operations["notifications_devices_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/devices/forget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop push to this device (e.g. on sign-out)
         * @description Any signed-in account stops push to one of its own devices; someone else's token is left alone.
         */
        post: operations["notifications_devices_forget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My notification preferences
         * @description Any signed-in account: its channels (push, email, in-app) per kind and its quiet hours. Changes nothing.
         */
        get: operations["notifications_preferences_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change my notification preferences
         * @description Any signed-in account changes its own preferences: only the kinds and channels named (a channel left out
         *     stays as it is), and its quiet hours when `quiet_hours` is given (null removes them). All or nothing.
         */
        patch: operations["notifications_preferences_update"];
        trace?: never;
    };
    "/api/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark notifications as read
         * @description Any signed-in account marks some of its own notifications read; other ids are ignored.
         */
        post: operations["notifications_mark_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many of my notifications are unread
         * @description Any signed-in account: the number of its unread in-app notifications (one query). Changes nothing.
         */
        get: operations["notifications_unread_count"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an email's unsubscribe link would turn off
         * @description Anyone holding the signed link from an email (no sign-in): which kind of email it stops, and whether that
         *     email is on now. Changes nothing (mail scanners follow links: only POST unsubscribes).
         */
        get: operations["notifications_unsubscribe_get"];
        put?: never;
        /**
         * Unsubscribe from one kind of email (one click)
         * @description Anyone holding the signed link from an email (no sign-in; RFC 8058 one-click, whatever the body): turns that
         *     kind of email off for the link's person. Idempotent.
         */
        post: operations["notifications_unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a subscription in Stripe Checkout (7-day trial once)
         * @description Any signed-in account: a Stripe Checkout link to subscribe to a plan (a 7-day trial the first time). Nothing is
         *     charged until Checkout completes.
         */
        post: operations["payments_checkout_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/connect/onboarding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A Stripe Connect onboarding link (friends)
         * @description Friends only: a Stripe Connect onboarding link to receive payouts (creates their connected account on first
         *     use).
         */
        post: operations["payments_connect_onboarding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/earnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My earnings as a friend: balances and ledger lines
         * @description Friends only: their balances and ledger lines. Changes nothing.
         */
        get: operations["payments_earnings_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My one-off payments
         * @description Any signed-in account: its own one-off payments. Changes nothing.
         */
        get: operations["payments_history_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My payouts as a friend
         * @description Friends only: their payouts. Changes nothing.
         */
        get: operations["payments_payouts_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plans (staff also see inactive ones)
         * @description Any signed-in account: the plans on sale (staff also see inactive ones). Changes nothing.
         */
        get: operations["payments_plans_list"];
        put?: never;
        /**
         * Create a plan (staff)
         * @description Staff only: create a plan backed by a Stripe price.
         */
        post: operations["payments_plans_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/plans/{plan_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a plan (staff); prices change via a new plan
         * @description Staff only: rename, describe or (de)activate a plan; prices change only through a new plan.
         */
        patch: operations["payments_plans_update"];
        trace?: never;
    };
    "/api/payments/portal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A Stripe customer-portal link (card changes, cancellation)
         * @description Subscribers: a Stripe customer-portal link to change the card or cancel. 422 `no_customer` before the first
         *     subscription.
         */
        post: operations["payments_portal_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/premium/{session_id}/intent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay for my session pending payment
         * @description The user who booked: pay for a session waiting for payment (a Stripe payment intent). Anyone else
         *     gets 404.
         */
        post: operations["payments_premium_intent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund a paid session, fully or partly (staff)
         * @description Staff only: refund a paid session, fully or partly; the friend's earnings are reduced to match.
         */
        post: operations["payments_refund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My subscription: status, period end, sessions left
         * @description Any signed-in account: its own subscription status, period end and sessions left. Changes nothing.
         */
        get: operations["payments_subscription_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stripe webhook (signed with the endpoint secret)
         * @description Stripe only (no token; the Stripe-Signature header is checked): apply a payment event. Replays have no further
         *     effect.
         */
        post: operations["payments_webhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questionnaire/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My answers to the current questionnaire
         * @description Any signed-in account: its own answers (empty before the first answer). Changes nothing.
         */
        get: operations["questionnaire_answers_get"];
        /**
         * Replace my answers to the current questionnaire
         * @description Any signed-in account replaces its own answers to the current questionnaire. Answers are visible only to their
         *     owner and to matching.
         */
        put: operations["questionnaire_answers_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questionnaire/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current questionnaire
         * @description Any signed-in account: the current questionnaire version. Changes nothing.
         */
        get: operations["questionnaire_current_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questionnaire/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a new questionnaire version (staff)
         * @description Staff publish a new questionnaire version; it becomes current, it is what answers are given to from
         *     now on.
         */
        post: operations["questionnaire_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recordings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My recordings
         * @description Recordings of sessions the caller took part in, newest first. Changes nothing.
         */
        get: operations["recordings_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recordings/{recording_id}/playback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A short-lived link to play one of my recordings
         * @description The recording's two participants (others get 404); 409 `recording_not_ready` until it is ready. The link expires after 5 minutes. Changes nothing.
         */
        get: operations["recordings_playback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recordings/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recording state of one of my sessions
         * @description The session's two participants: whether a recording is asked for or running, and past rounds. Anyone else (staff included) gets 404. Changes nothing.
         */
        get: operations["recordings_session_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recordings/sessions/{session_id}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for or agree to recording this session
         * @description A participant of a voice or video session in progress consents. The first consent opens a request; recording starts only when the other participant consents too (both times are stored). Refused with 422 `recording_refused` when the friend set never_record, `session_not_in_progress`, `not_recordable` (text). Both participants' chat sockets get a `recording` event. Consenting again changes nothing.
         */
        post: operations["recordings_consent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recordings/sessions/{session_id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop recording (or withdraw the request)
         * @description Either participant, at any time: a request is withdrawn, a running recording stops and becomes ready when its file is stored. 409 `recording_not_running` when there is nothing to stop.
         */
        post: operations["recordings_stop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My sessions: history and upcoming, or my calendar as a friend
         * @description Any signed-in account: sessions it booked (role=user) or, for friends, its calendar (role=friend). Only the
         *     caller's own sessions. Changes nothing.
         */
        get: operations["sessions_list"];
        put?: never;
        /**
         * Book a session
         * @description Any signed-in account books a session with a friend: 201 with the session (status `pending_payment` when it must
         *     be paid per session). 409 when the time was taken meanwhile; 422 with a rule code when the plan, the friend's
         *     hours or capacity refuse it.
         */
        post: operations["sessions_book"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of my sessions, with its history
         * @description The session's two participants (and staff): one session with its history. Anyone else gets 404.
         *     Changes nothing.
         */
        get: operations["sessions_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a session
         * @description A participant (or staff) cancels a session; users only up to the friend's notice period before the start.
         *     Friends may cancel at any time.
         */
        post: operations["sessions_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a session in progress
         * @description A participant ends a session in progress; it becomes `completed`.
         */
        post: operations["sessions_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session_id}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join a session (participants, from 10 minutes before)
         * @description A participant joins from 10 minutes before the start: the call credentials and the chat conversation
         *     id. The first join after the start marks the session in progress.
         */
        post: operations["sessions_join"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session_id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report that the other side did not come
         * @description A participant reports that the other side did not come, after the start.
         */
        post: operations["sessions_no_show"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session_id}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a session to another time
         * @description A participant moves a session to a free time of the same friend, within the notice period rules.
         */
        post: operations["sessions_reschedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My weekly hours and exceptions (friends)
         * @description Friends only: their own weekly hours and exceptions (empty hours in their timezone before the first publish).
         *     Changes nothing.
         */
        get: operations["sessions_availability_get"];
        /**
         * Publish my weekly hours and exceptions (friends)
         * @description Friends only: replace their weekly hours, dated exceptions, notice and buffer. Booked sessions are
         *     kept.
         */
        put: operations["sessions_availability_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/friends/{friend_id}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Free slots of a friend
         * @description Any signed-in account: a friend's free slots between `start` and `end`, in UTC and in `tz`. Changes
         *     nothing.
         */
        get: operations["sessions_slots_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a person or a session
         * @description Opens a safety ticket for staff. A session must be one the caller took part in (404 otherwise).
         */
        post: operations["support_report_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My tickets
         * @description The caller's tickets, most recently active first.
         */
        get: operations["support_tickets_mine"];
        put?: never;
        /**
         * Ask for help
         * @description Signed-in people open a ticket, optionally about one of their sessions (404 for others'), a payment, an event or a message.
         */
        post: operations["support_ticket_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/tickets/{ticket_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of my tickets with its replies
         * @description The requester sees public messages; others get 404.
         */
        get: operations["support_ticket_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/tickets/{ticket_id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply on my ticket
         * @description Puts the ticket back in staff's queue (reopens a resolved one; 409 `ticket_closed` when closed).
         */
        post: operations["support_ticket_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find accounts (staff)
         * @description Staff (managers and admins): find accounts by email, name or role. Changes nothing.
         */
        get: operations["users_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One account (staff)
         * @description Staff: one account. Changes nothing.
         */
        get: operations["users_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{user_id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate an account (staff)
         * @description Staff deactivate another account: it can no longer sign in and its tokens stop working. Only an admin may
         *     deactivate staff.
         */
        post: operations["users_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{user_id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate an account (staff)
         * @description Staff reactivate a deactivated account. Only an admin may reactivate staff.
         */
        post: operations["users_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{user_id}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change an account's role (staff)
         * @description Staff change another account's role; only an admin grants or removes staff roles, and nobody changes
         *     their own.
         */
        post: operations["users_role_set"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/friends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Browse friends
         * @description Any signed-in account: browse the public cards of friends taking bookings. Changes nothing.
         */
        get: operations["users_friends_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/friends/{friend_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A friend's public profile
         * @description Any signed-in account: one friend's public card. Changes nothing.
         */
        get: operations["users_friends_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My profile
         * @description Any signed-in account: its own profile. Changes nothing.
         */
        get: operations["users_me_get"];
        put?: never;
        post?: never;
        /**
         * Erase my account (after a 7-day grace period)
         * @description Asks for the caller's account to be erased: after 7 days, unless cancelled (`POST /api/users/me/erasure/cancel`), personal data is removed or pseudonymised, future sessions are cancelled per policy, tokens and devices revoked, media deleted; messages stay for the other side as from "Deleted user", financial records stay pseudonymised. Needs the password, or for accounts without one a sign-in in the last 10 minutes (403 `password_incorrect` / `recent_login_required`). Asking again while one is pending changes nothing.
         */
        delete: operations["users_me_erase"];
        options?: never;
        head?: never;
        /**
         * Edit my profile
         * @description Any signed-in account edits its own profile (display name, bio, languages, timezone). Role and other server-
         *     owned fields cannot be set.
         */
        patch: operations["users_me_update"];
        trace?: never;
    };
    "/api/users/me/avatar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Use an uploaded image as my avatar
         * @description Any signed-in account: after the upload succeeded, make that object (checked for type and size) its avatar; the
         *     previous avatar is deleted.
         */
        post: operations["users_avatar_confirm"];
        /**
         * Remove my avatar
         * @description Any signed-in account removes its own avatar.
         */
        delete: operations["users_avatar_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me/avatar/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an avatar upload
         * @description Any signed-in account: a short-lived presigned form to upload an avatar image straight to the media store (under
         *     the caller's own key prefix). Changes nothing yet.
         */
        post: operations["users_avatar_upload_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My consents
         * @description Any signed-in account: its own consents (current choice of each kind and the full history). Changes
         *     nothing.
         */
        get: operations["users_me_consents_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change my consents
         * @description Any signed-in account: opt in to or withdraw from marketing, set or clear "do not sell or share"
         *     (CCPA). Each change is a new timestamped row; a choice equal to the current one records nothing. Terms and
         *     privacy acceptance come from sign-up and cannot be changed here.
         */
        patch: operations["users_me_consents_update"];
        trace?: never;
    };
    "/api/users/me/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My erasure request
         * @description The caller's latest erasure request and when it happens (404 if none).
         */
        get: operations["privacy_erasure_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me/erasure/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel my pending erasure
         * @description Stops a pending erasure (404 if none is pending).
         */
        post: operations["privacy_erasure_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download all my data (GDPR/CCPA)
         * @description Every row HumanLink holds about the caller, by table, as JSON (a download: `Content-Disposition: attachment`). Others' words are not included (only messages the caller sent); secrets never are (password hash, tokens).
         */
        get: operations["privacy_export_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me/export/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My latest data export zip
         * @description Any signed-in account: its latest export archive, with a download link valid 5 minutes while the archive is ready and unexpired (404 if none was asked for). Changes nothing.
         */
        get: operations["privacy_export_archive_get"];
        put?: never;
        /**
         * Ask for my data as a zip (with my media)
         * @description Any signed-in account: queues the building of a zip with `data.json` (as `GET /export`) and the caller's media (their avatar). Poll `GET /export/archive`; once ready it carries a short-lived download link, for 24 hours. Asking again while one is being built answers that one.
         */
        post: operations["privacy_export_archive_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me/friend-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My friend profile (friends only)
         * @description Friends only: their own friend profile (offer, prices, capacity). Changes nothing.
         */
        get: operations["users_friend_profile_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit my friend profile (friends only)
         * @description Friends only: edit their own friend profile. Changes nothing else.
         */
        patch: operations["users_friend_profile_update"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AccountErasureAcceptedOut */
        AccountErasureAcceptedOut: {
            /**
             * Erasure Url
             * @description Where to see when it happens, and how to cancel it
             */
            erasure_url: string;
            /**
             * Status
             * @description "pending": it happens after the grace period unless cancelled
             */
            status: string;
        };
        /** AccountErasureIn */
        AccountErasureIn: {
            /**
             * Password
             * @description Required for accounts with a password; others must have signed in in the last 10 minutes
             */
            password?: string | null;
        };
        /** @description Configuration of the Django `allauth.account` app. */
        AllauthAccountConfiguration: {
            email_verification_by_code_enabled: boolean;
            is_open_for_signup: boolean;
            login_by_code_enabled: boolean;
            login_methods?: ("email" | "username")[];
            password_reset_by_code_enabled?: boolean;
        };
        AllauthAuthenticated: {
            /** @description A list of methods used to authenticate. */
            methods: components["schemas"]["AllauthAuthenticationMethod"][];
            user: components["schemas"]["AllauthUser"];
        };
        AllauthAuthenticatedResponse: {
            data: components["schemas"]["AllauthAuthenticated"];
            meta: components["schemas"]["AllauthAuthenticationMeta"];
            status: components["schemas"]["AllauthStatusOK"];
        };
        AllauthAuthenticationMeta: components["schemas"]["AllauthBaseAuthenticationMeta"] & {
            is_authenticated: boolean;
        };
        AllauthAuthenticationMethod: {
            at: components["schemas"]["AllauthTimestamp"];
            email?: components["schemas"]["AllauthEmail"];
            /** @enum {string} */
            method: "password";
            username?: components["schemas"]["AllauthUsername"];
        } | {
            at: components["schemas"]["AllauthTimestamp"];
            email: components["schemas"]["AllauthEmail"];
            /** @enum {string} */
            method: "password_reset";
        } | {
            at: components["schemas"]["AllauthTimestamp"];
            email: components["schemas"]["AllauthEmail"];
            /** @enum {string} */
            method: "code";
        } | {
            at: components["schemas"]["AllauthTimestamp"];
            /** @enum {string} */
            method: "code";
            phone: components["schemas"]["AllauthPhone"];
        } | {
            at: components["schemas"]["AllauthTimestamp"];
            /** @enum {string} */
            method: "password";
            /** @enum {boolean} */
            reauthenticated: true;
        } | {
            at: components["schemas"]["AllauthTimestamp"];
            /** @enum {string} */
            method: "socialaccount";
            provider: components["schemas"]["AllauthProviderID"];
            uid: components["schemas"]["AllauthProviderAccountID"];
        } | {
            at: components["schemas"]["AllauthTimestamp"];
            /** @enum {string} */
            method: "mfa";
            reauthenticated?: boolean;
            type: components["schemas"]["AllauthAuthenticatorType"];
        };
        /**
         * @description The type of authenticator.
         * @enum {string}
         */
        AllauthAuthenticatorType: "recovery_codes" | "totp" | "webauthn";
        AllauthBaseAuthenticationMeta: {
            /**
             * @description `app` clients, once signed in: the JWT access token. Send it as `Authorization: Bearer <access_token>` to every other /api/ operation and the chat socket.
             * @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdW
             */
            access_token?: string;
            /** @description Seconds until `access_token` expires. */
            expires_in?: number;
            /** @description `app` clients, once signed in: the JWT refresh token. It works once: POST it to /api/auth/token/refresh for a new pair; POST it to /api/auth/token/logout to sign out. */
            refresh_token?: string;
            /**
             * @description The session token (`app` clients only).
             * @example ufwcig0zen9skyd545jc0fkq813ghar2
             */
            session_token?: string;
        };
        AllauthBaseSignup: {
            email: components["schemas"]["AllauthEmail"];
            marketing_opt_in?: boolean;
            referrer?: string;
            utm_campaign?: string;
            utm_content?: string;
            utm_medium?: string;
            utm_source?: string;
            utm_term?: string;
        };
        /**
         * @description The client ID (in case of OAuth2 or OpenID Connect based providers)
         * @example 123.apps.googleusercontent.com
         */
        AllauthClientID: string;
        /**
         * @description An one-time code.
         * @example NQ3TM5
         */
        AllauthCode: string;
        /**
         * @example {
         *       "status": 200,
         *       "data": {
         *         "account": {
         *           "authentication_method": "email"
         *         },
         *         "socialaccount": {
         *           "providers": [
         *             {
         *               "id": "google",
         *               "name": "Google",
         *               "flows": [
         *                 "provider_redirect",
         *                 "provider_token"
         *               ],
         *               "client_id": "123.apps.googleusercontent.com",
         *               "openid_configuration_url": "https://accounts.google.com/.well-known/openid-configuration"
         *             }
         *           ]
         *         },
         *         "mfa": {
         *           "supported_types": [
         *             "recovery_codes",
         *             "totp"
         *           ]
         *         },
         *         "usersessions": {
         *           "track_activity": false
         *         }
         *       }
         *     }
         */
        AllauthConfigurationResponse: {
            data: {
                account: components["schemas"]["AllauthAccountConfiguration"];
                mfa?: components["schemas"]["AllauthMFAConfiguration"];
                socialaccount?: components["schemas"]["AllauthSocialAccountConfiguration"];
                usersessions?: components["schemas"]["AllauthUserSessionsConfiguration"];
            };
            status: components["schemas"]["AllauthStatusOK"];
        };
        AllauthConfirmLoginCode: {
            code: components["schemas"]["AllauthCode"];
        };
        /**
         * @description The email address.
         * @example email@domain.org
         */
        AllauthEmail: string;
        AllauthEmailAddress: {
            email: components["schemas"]["AllauthEmail"];
            /** @example true */
            primary: boolean;
            /** @example false */
            verified: boolean;
        };
        AllauthEmailVerificationInfo: {
            data: {
                email: components["schemas"]["AllauthEmail"];
                user: components["schemas"]["AllauthUser"];
            };
            meta: {
                is_authenticating: boolean;
            };
            status: components["schemas"]["AllauthStatusOK"];
        };
        AllauthFlow: {
            /** @enum {string} */
            id: "login" | "login_by_code" | "mfa_authenticate" | "mfa_login_webauthn" | "mfa_reauthenticate" | "mfa_signup_webauthn" | "mfa_trust" | "password_reset_by_code" | "provider_redirect" | "provider_signup" | "provider_token" | "reauthenticate" | "signup" | "verify_email" | "verify_phone";
            is_pending?: boolean;
            provider?: components["schemas"]["AllauthProvider"];
            /** @description Matches `settings.MFA_SUPPORTED_TYPES`. */
            types?: components["schemas"]["AllauthAuthenticatorType"][];
        };
        AllauthLogin: {
            password: components["schemas"]["AllauthPassword"];
        } & ({
            username: components["schemas"]["AllauthUsername"];
        } | {
            email: components["schemas"]["AllauthEmail"];
        } | {
            phone: components["schemas"]["AllauthPhone"];
        });
        /** @description Configuration of the Django `allauth.mfa` app. */
        AllauthMFAConfiguration: {
            /** @description Matches `settings.MFA_SUPPORTED_TYPES`. */
            supported_types: components["schemas"]["AllauthAuthenticatorType"][];
        };
        /**
         * @description The password.
         * @example Alohomora!
         */
        AllauthPassword: string;
        /**
         * @description The phone number.
         * @example +314159265359
         */
        AllauthPhone: string;
        /**
         * @description The process to be executed when the user successfully
         *     authenticates. When set to `login`, the user will be logged into the
         *     account to which the provider account is connected, or if no such
         *     account exists, a signup will occur. If set to `connect`, the provider
         *     account will be connected to the list of provider accounts for the
         *     currently authenticated user.
         * @example login
         * @enum {string}
         */
        AllauthProcess: "login" | "connect";
        AllauthProvider: {
            /**
             * @description The client ID (in case of OAuth2 or OpenID Connect based providers)
             * @example 123.apps.googleusercontent.com
             */
            client_id?: string;
            /** @description The authentication flows the provider integration supports. */
            flows: ("provider_redirect" | "provider_token")[];
            /**
             * @description The provider ID.
             * @example google
             */
            id: string;
            /**
             * @description The name of the provider.
             * @example Google
             */
            name: string;
            /**
             * @description The OIDC discovery or well-known URL (in case of OAuth2 or OpenID Connect based providers)
             * @example https://accounts.google.com/.well-known/openid-configuration
             */
            openid_configuration_url?: string;
        };
        AllauthProviderAccount: {
            /**
             * @description A name derived from the third-party provider account data.
             * @example Wizzkid
             */
            display: string;
            provider: components["schemas"]["AllauthProvider"];
            uid: components["schemas"]["AllauthProviderAccountID"];
        };
        /**
         * @description The provider specific account ID.
         * @example goo12345
         */
        AllauthProviderAccountID: string;
        /**
         * @description The provider ID.
         * @example google
         */
        AllauthProviderID: string;
        AllauthProviderList: components["schemas"]["AllauthProvider"][];
        AllauthProviderRedirect: {
            /**
             * @description The URL to return to after the redirect flow is complete.
             *
             *     Note that this is not to be mistaken with the callback URL that you
             *     configure over at the OAuth provider during the OAuth app/client
             *     setup. The flow is as follows:
             *
             *       1. Your frontend redirects to the headless provider redirect
             *          endpoint in a synchronous (non-XHR) manner, informing allauth
             *          (by means of `callback_url`) where to redirect to after the
             *          provider handshake is completed.
             *
             *       2. Headless will redirect to the (OAuth) identity provider to
             *          initiate the handshake, passing along a different callback URL
             *          to the provider: one that points to an allauth backend URL.
             *          This is the URL that you need to have setup at your OAuth
             *          app/client configuration. Note that this must be a backend URL
             *          as providers can use POST requests to perform their callbacks,
             *          which is something a frontend would not be able to handle.
             *
             *       3. After the authorization at the provider is completed, the
             *          provider redirects to the *backend* allauth callback URL, which
             *          will then redirect back to the *frontend* callback URL.
             *
             *       4. Your frontend is now expected to fetch the current session to
             *          determine what the next course of action is. The user could be
             *          authenticated at this point, or another flow is pending
             *          (e.g. email verification, or, provider signup). In case of
             *          errors a `?error=` is passed to the frontend callback URL.
             * @example https://app.project.org/account/provider/callback
             */
            callback_url: string;
            process: components["schemas"]["AllauthProcess"];
            provider: components["schemas"]["AllauthProviderID"];
        };
        AllauthProviderSignup: components["schemas"]["AllauthBaseSignup"];
        AllauthProviderToken: {
            process: components["schemas"]["AllauthProcess"];
            provider: components["schemas"]["AllauthProviderID"];
            /** @description The token. */
            token: {
                /**
                 * @description The access token.
                 * @example 36POk6yJV_adQs
                 */
                access_token?: string;
                client_id: components["schemas"]["AllauthClientID"];
                /**
                 * @description The ID token.
                 * @example eyJhbGciOiJI
                 */
                id_token?: string;
            };
        };
        AllauthReauthenticate: {
            password: components["schemas"]["AllauthPassword"];
        };
        AllauthRequestPassword: {
            email: components["schemas"]["AllauthEmail"];
        };
        AllauthResetPassword: {
            /**
             * @description The password reset key
             * @example 2f-c4nqd4-e07d9bc694f9f28cd4fe92569d495333
             */
            key: string;
            password: components["schemas"]["AllauthPassword"];
        };
        AllauthSignup: components["schemas"]["AllauthBaseSignup"] & {
            password: components["schemas"]["AllauthPassword"];
        };
        /** @description Configuration of the Django `allauth.socialaccount` app. */
        AllauthSocialAccountConfiguration: {
            providers: components["schemas"]["AllauthProviderList"];
        };
        /** @enum {integer} */
        AllauthStatusOK: 200;
        /**
         * @description An epoch based timestamp (trivial to parse using: `new Date(value)*1000`)
         * @example 1711555057.065702
         */
        AllauthTimestamp: number;
        AllauthUser: {
            /**
             * @description The display name for the user.
             * @example Magic Wizard
             */
            display: string;
            /**
             * @description The email address.
             * @example email@domain.org
             */
            email?: string;
            /**
             * @description Whether or not the account has a password set.
             * @example true
             */
            has_usable_password: boolean;
            /**
             * @description The user ID.
             * @example 123
             */
            id?: number;
        };
        /**
         * @description The username.
         * @example wizard
         */
        AllauthUsername: string;
        /** @description Configuration of the Django `allauth.usersessions` app. */
        AllauthUserSessionsConfiguration: {
            /** @description Matches `settings.USERSESSIONS_TRACK_ACTIVITY`. */
            track_activity: boolean;
        };
        AllauthVerifyEmail: {
            /**
             * @description The email verification key
             * @example 2f-c4nqd4-e07d9bc694f9f28cd4fe92569d495333
             */
            key: string;
        };
        /** AnswerSchema */
        AnswerSchema: {
            /**
             * Importance
             * @description How much this answer matters to me (0 to 5)
             */
            importance: number;
            /**
             * Mandatory
             * @description Only match me with people who agree
             * @default false
             */
            mandatory: boolean;
            /** Question */
            question: string;
            /**
             * Value
             * @description single_choice: option key; multiple_choice: list of option keys; scale_1_5: 1..5
             */
            value: number | string | string[];
        };
        /** AnswersIn */
        AnswersIn: {
            /** Answers */
            answers: components["schemas"]["AnswerSchema"][];
        };
        /** AnswersOut */
        AnswersOut: {
            /** Answers */
            answers: components["schemas"]["AnswerSchema"][];
            /** Updated At */
            updated_at?: string | null;
            /** Version */
            version: number;
        };
        /** AssignIn */
        AssignIn: {
            /**
             * Assignee Id
             * @description A staff member, or null to unassign
             */
            assignee_id: number | null;
        };
        /** AuditEntryOut */
        AuditEntryOut: {
            /** Action */
            action: string;
            /** Actor Id */
            actor_id: number;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Id */
            id: number;
            /** Reason */
            reason: string;
            /** Target Id */
            target_id: number;
            /** Target Type */
            target_type: string;
        };
        /** AuditPage */
        AuditPage: {
            /** Items */
            items: components["schemas"]["AuditEntryOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** AvailabilityIn */
        AvailabilityIn: {
            /**
             * Buffer Minutes
             * @default 0
             */
            buffer_minutes: number;
            /** Exceptions */
            exceptions?: components["schemas"]["ExceptionIn"][];
            /**
             * Min Notice Minutes
             * @default 120
             */
            min_notice_minutes: number;
            /**
             * Timezone
             * @description IANA timezone of the hours below
             */
            timezone: string;
            /** Weekly */
            weekly: components["schemas"]["WeeklyWindowIn"][];
        };
        /** AvailabilityOut */
        AvailabilityOut: {
            /** Buffer Minutes */
            buffer_minutes: number;
            /** Exceptions */
            exceptions: components["schemas"]["ExceptionIn"][];
            /** Min Notice Minutes */
            min_notice_minutes: number;
            /** Timezone */
            timezone: string;
            /** Weekly */
            weekly: components["schemas"]["WeeklyWindowIn"][];
        };
        /** AvatarConfirmIn */
        AvatarConfirmIn: {
            /** Key */
            key: string;
        };
        /** AvatarUploadIn */
        AvatarUploadIn: {
            /**
             * Content Type
             * @example image/jpeg
             */
            content_type: string;
        };
        /** AvatarUploadOut */
        AvatarUploadOut: {
            /** Content Type */
            content_type: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /** Fields */
            fields: {
                [key: string]: string;
            };
            /**
             * Key
             * @description Send this to POST /api/users/me/avatar once the upload succeeded.
             */
            key: string;
            /** Max Bytes */
            max_bytes: number;
            /**
             * Url
             * @description POST a multipart form here: every entry of `fields`, then `file`.
             */
            url: string;
        };
        /** BalanceOut */
        BalanceOut: {
            /**
             * Available Minor
             * @description can be paid out now (may be negative after a claw-back)
             */
            available_minor: number;
            /** Balance Minor */
            balance_minor: number;
            /** Currency */
            currency: string;
            /**
             * Pending Minor
             * @description earned, still in the hold period
             */
            pending_minor: number;
        };
        /** BlockOut */
        BlockOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Display Name */
            display_name: string;
            /** User Id */
            user_id: number;
        };
        /** BookingIn */
        BookingIn: {
            /** Duration Minutes */
            duration_minutes: number;
            /** Friend Id */
            friend_id: number;
            /**
             * Pay Per Session
             * @description if the plan does not cover it, book it as a premium session pending a one-off payment
             * @default false
             */
            pay_per_session: boolean;
            session_type: components["schemas"]["SessionType"];
            /**
             * Start
             * Format: date-time
             * @description with a UTC offset; naive times are refused
             */
            start: string;
        };
        /** CancelIn */
        CancelIn: {
            /** Reason */
            reason: string;
        };
        /** ChannelsOut */
        ChannelsOut: {
            /** Email */
            email: boolean;
            /** In App */
            in_app: boolean;
            /** Push */
            push: boolean;
        };
        /** CheckoutIn */
        CheckoutIn: {
            /** Plan Id */
            plan_id: number;
        };
        /** CheckoutOut */
        CheckoutOut: {
            /** Checkout Id */
            checkout_id: string;
            /**
             * Trial Days
             * @description 7 the first time a person subscribes, 0 after that
             */
            trial_days: number;
            /**
             * Url
             * @description send the person here (Stripe Checkout)
             */
            url: string;
        };
        /** ConsentOut */
        ConsentOut: {
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Granted */
            granted: boolean;
            /**
             * Kind
             * @description terms, privacy, marketing or do_not_sell
             */
            kind: string;
            /**
             * Source
             * @description signup or api
             */
            source: string;
            /**
             * Version
             * @description The document's version (terms and privacy), else empty
             */
            version: string;
        };
        /** ConsentsOut */
        ConsentsOut: {
            /** @description CCPA: granted means never sold or shared with third parties (analytics excludes them) */
            do_not_sell: components["schemas"]["ConsentOut"] | null;
            /**
             * History
             * @description Every decision, newest first
             */
            history: components["schemas"]["ConsentOut"][];
            /** @description Marketing emails and pushes: opt-in, off unless granted */
            marketing: components["schemas"]["ConsentOut"] | null;
            /** @description The privacy notice version accepted, and when */
            privacy: components["schemas"]["ConsentOut"] | null;
            /** @description The terms version accepted, and when */
            terms: components["schemas"]["ConsentOut"] | null;
        };
        /** ConsentsPatch */
        ConsentsPatch: {
            /**
             * Do Not Sell
             * @description Ask (true) or stop asking (false) not to sell or share
             */
            do_not_sell?: boolean | null;
            /**
             * Marketing
             * @description Opt in (true) or withdraw (false)
             */
            marketing?: boolean | null;
        };
        /**
         * ConversationKind
         * @enum {string}
         */
        ConversationKind: "direct" | "group";
        /** ConversationOut */
        ConversationOut: {
            /**
             * Closed
             * @description a block between the members: history is readable, sending is refused
             * @default false
             */
            closed: boolean;
            /** Id */
            id: number;
            kind: components["schemas"]["ConversationKind"];
            last_message: components["schemas"]["MessageOut"] | null;
            /** Last Message At */
            last_message_at: string | null;
            /** Last Read Id */
            last_read_id: number;
            /** Members */
            members: components["schemas"]["MemberOut"][];
            /** Title */
            title: string;
            /** Unread Count */
            unread_count: number;
        };
        /** ConversationPageOut */
        ConversationPageOut: {
            /** Items */
            items: components["schemas"]["ConversationOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** DataExportOut */
        DataExportOut: {
            /** Format */
            format: string;
            /** Generated At */
            generated_at: string;
            /** Tables */
            tables: {
                [key: string]: {
                    [key: string]: unknown;
                }[];
            };
            /** User Id */
            user_id: number;
        };
        /** DecisionOut */
        DecisionOut: {
            /**
             * Decided At
             * Format: date-time
             */
            decided_at: string;
            /**
             * Decision
             * @enum {string}
             */
            decision: "accepted" | "declined";
            /** Friend Id */
            friend_id: number;
        };
        /** DeviceForgetIn */
        DeviceForgetIn: {
            /** Token */
            token: string;
        };
        /** DeviceIn */
        DeviceIn: {
            /** Platform */
            platform: string;
            /**
             * Token
             * @description FCM registration token / installation id
             */
            token: string;
        };
        /** DeviceOut */
        DeviceOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            /**
             * Last Seen At
             * Format: date-time
             */
            last_seen_at: string;
            /** Platform */
            platform: string;
            /**
             * Token Hint
             * @description The token's last characters, to tell devices apart
             */
            token_hint: string;
        };
        /** EarningsOut */
        EarningsOut: {
            /** Balances */
            balances: components["schemas"]["BalanceOut"][];
            /** Items */
            items: components["schemas"]["LedgerLineOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** ErasureOut */
        ErasureOut: {
            /**
             * Due At
             * Format: date-time
             * @description When it happens unless cancelled before
             */
            due_at: string;
            /** Finished At */
            finished_at: string | null;
            /**
             * Requested At
             * Format: date-time
             */
            requested_at: string;
            /**
             * Status
             * @description pending, cancelled or done
             */
            status: string;
        };
        /** EventAttendeeOut */
        EventAttendeeOut: {
            /** Display Name */
            display_name: string;
            /** No Show */
            no_show: boolean;
            /** Person Id */
            person_id: number;
            /** Seat Id */
            seat_id: number;
            /** Status */
            status: string;
            /** Waitlist Position */
            waitlist_position: number | null;
        };
        /** EventAttendeePage */
        EventAttendeePage: {
            /** Items */
            items: components["schemas"]["EventAttendeeOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** EventCancelIn */
        EventCancelIn: {
            /**
             * Reason
             * @default
             */
            reason: string;
        };
        /** EventCoverIn */
        EventCoverIn: {
            /** Key */
            key: string;
        };
        /** EventCoverUploadIn */
        EventCoverUploadIn: {
            /**
             * Content Type
             * @example image/jpeg
             */
            content_type: string;
        };
        /** EventCoverUploadOut */
        EventCoverUploadOut: {
            /** Content Type */
            content_type: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /** Fields */
            fields: {
                [key: string]: string;
            };
            /**
             * Key
             * @description Send this to POST /api/events/{event_id}/cover once the upload succeeded.
             */
            key: string;
            /** Max Bytes */
            max_bytes: number;
            /**
             * Url
             * @description POST a multipart form here: every entry of `fields`, then `file`.
             */
            url: string;
        };
        /** EventHostOut */
        EventHostOut: {
            /** Display Name */
            display_name: string;
            /** Id */
            id: number;
        };
        /** EventIn */
        EventIn: {
            /** Capacity */
            capacity: number;
            /**
             * Currency
             * @description Lower-case ISO 4217 code
             * @default usd
             */
            currency: string;
            /**
             * Description
             * @default
             */
            description: string;
            /**
             * End
             * Format: date-time
             */
            end: string;
            /**
             * Host Ids
             * @description Friends hosting it. Staff must name them; a friend always hosts their own event.
             */
            host_ids?: number[] | null;
            /**
             * Included In Plan
             * @description Consumes an included session of the plan
             * @default false
             */
            included_in_plan: boolean;
            /**
             * Price Minor
             * @description 0: free
             * @default 0
             */
            price_minor: number;
            /**
             * Session Type
             * @enum {string}
             */
            session_type: "text" | "voice" | "video";
            /**
             * Start
             * Format: date-time
             */
            start: string;
            /** Timezone */
            timezone: string;
            /** Title */
            title: string;
        };
        /** EventJoinOut */
        EventJoinOut: {
            /** Conversation Id */
            conversation_id: number | null;
            /** Event Id */
            event_id: number;
            /** @description Voice and video events */
            rtc: components["schemas"]["EventRtcOut"] | null;
            /** Session Type */
            session_type: string;
        };
        /** EventMySeatOut */
        EventMySeatOut: {
            /** Id */
            id: number;
            /** Offer Expires At */
            offer_expires_at: string | null;
            /**
             * Status
             * @description confirmed, pending_payment, waitlisted or offered
             */
            status: string;
            /** Waitlist Position */
            waitlist_position?: number | null;
        };
        /** EventMySeatsItem */
        EventMySeatsItem: {
            event: components["schemas"]["EventOut"];
            seat: components["schemas"]["EventSeatOut"];
        };
        /** EventMySeatsPage */
        EventMySeatsPage: {
            /** Items */
            items: components["schemas"]["EventMySeatsItem"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** EventOut */
        EventOut: {
            /** Cancel Reason */
            cancel_reason: string;
            /** Capacity */
            capacity: number;
            /**
             * Conversation Id
             * @description The group chat, for hosts and confirmed seat holders
             */
            conversation_id: number | null;
            /** Cover Url */
            cover_url: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Currency */
            currency: string;
            /** Description */
            description: string;
            /**
             * End
             * Format: date-time
             */
            end: string;
            /** Hosts */
            hosts: components["schemas"]["EventHostOut"][];
            /** Id */
            id: number;
            /** Included In Plan */
            included_in_plan: boolean;
            /** @description The caller's place, if any */
            my_seat: components["schemas"]["EventMySeatOut"] | null;
            /** Price Minor */
            price_minor: number;
            /** Seats Left */
            seats_left: number;
            /** Session Type */
            session_type: string;
            /**
             * Start
             * Format: date-time
             */
            start: string;
            /** Status */
            status: string;
            /** Timezone */
            timezone: string;
            /** Title */
            title: string;
        };
        /** EventPage */
        EventPage: {
            /** Items */
            items: components["schemas"]["EventOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /**
         * EventPatch
         * @description Any subset. Times, seats, hosts, type and price change only while the event is a draft.
         */
        EventPatch: {
            /** Capacity */
            capacity?: number;
            /** Currency */
            currency?: string;
            /** Description */
            description?: string;
            /**
             * End
             * Format: date-time
             */
            end?: string;
            /** Host Ids */
            host_ids?: number[];
            /** Included In Plan */
            included_in_plan?: boolean;
            /** Price Minor */
            price_minor?: number;
            /**
             * Session Type
             * @enum {string}
             */
            session_type?: "text" | "voice" | "video";
            /**
             * Start
             * Format: date-time
             */
            start?: string;
            /** Timezone */
            timezone?: string;
            /** Title */
            title?: string;
        };
        /** EventPaymentOut */
        EventPaymentOut: {
            /** Amount Minor */
            amount_minor: number;
            /**
             * Client Secret
             * @description for Stripe.js / the mobile SDK to confirm the payment
             */
            client_secret: string;
            /** Currency */
            currency: string;
            /**
             * Expires At
             * Format: date-time
             * @description Unpaid by then, the seat goes to the next in line
             */
            expires_at: string;
            /** Payment Intent Id */
            payment_intent_id: string;
            /** Seat Id */
            seat_id: number;
        };
        /** EventRtcOut */
        EventRtcOut: {
            /** App Id */
            app_id: string;
            /** Channel */
            channel: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /** Token */
            token: string;
            /** Uid */
            uid: number;
        };
        /** EventSeatOut */
        EventSeatOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Event Id */
            event_id: number;
            /** Id */
            id: number;
            /** Offer Expires At */
            offer_expires_at: string | null;
            /** Status */
            status: string;
            /**
             * Waitlist Position
             * @description 1 = next in line (waitlisted seats only)
             */
            waitlist_position: number | null;
        };
        /** ExceptionIn */
        ExceptionIn: {
            /**
             * End Minute
             * @default 1440
             */
            end_minute: number;
            /** Kind */
            kind: string;
            /**
             * On
             * Format: date
             */
            on: string;
            /**
             * Start Minute
             * @default 0
             */
            start_minute: number;
        };
        /** ExportArchiveOut */
        ExportArchiveOut: {
            /**
             * Download Url
             * @description A presigned link valid for 5 minutes; ask again for a fresh one
             */
            download_url: string | null;
            /**
             * Expires At
             * @description Until when the archive can be downloaded
             */
            expires_at: string | null;
            /** Id */
            id: number;
            /** Ready At */
            ready_at: string | null;
            /**
             * Requested At
             * Format: date-time
             */
            requested_at: string;
            /**
             * Size
             * @description Bytes of the zip, once ready
             */
            size: number;
            /**
             * Status
             * @description pending (being built), ready, failed or expired
             */
            status: string;
        };
        /** FavouriteOut */
        FavouriteOut: {
            friend: components["schemas"]["MatchedFriendCardOut"];
            /**
             * Saved At
             * Format: date-time
             */
            saved_at: string;
        };
        /** FavouritePageOut */
        FavouritePageOut: {
            /** Items */
            items: components["schemas"]["FavouriteOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /**
         * FriendCardOut
         * @description A friend as any signed-in person sees them: no email, no capacity, nothing private.
         */
        FriendCardOut: {
            /** Avatar Url */
            avatar_url?: string | null;
            /** Bio */
            bio: string;
            /** Currency */
            currency: string;
            /** Display Name */
            display_name: string;
            /** Headline */
            headline: string;
            /** Id */
            id: number;
            /** Is Accepting */
            is_accepting: boolean;
            /**
             * Is Favourite
             * @description Whether the caller keeps this friend as a favourite
             * @default false
             */
            is_favourite: boolean;
            /** Languages */
            languages: string[];
            /** Prices Minor */
            prices_minor: {
                [key: string]: number;
            };
            /** Session Lengths Minutes */
            session_lengths_minutes: number[];
            /** Session Types */
            session_types: string[];
            /** Timezone */
            timezone: string;
        };
        /**
         * FriendHighlightOut
         * @description A friend as the public landing page shows them: nothing beyond their public card.
         */
        FriendHighlightOut: {
            /**
             * Avatar Url
             * @description A short-lived link (10 minutes); null without an avatar
             */
            avatar_url: string | null;
            /** Display Name */
            display_name: string;
            /** Headline */
            headline: string;
            /** Id */
            id: number;
            /**
             * Rating Average
             * @description One decimal, once the friend has at least 3 ratings
             */
            rating_average: number | null;
            /** Rating Count */
            rating_count: number | null;
            /** Session Types */
            session_types: string[];
        };
        /** FriendPageOut */
        FriendPageOut: {
            /** Items */
            items: components["schemas"]["FriendCardOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** FriendProfileOut */
        FriendProfileOut: {
            /** Currency */
            currency: string;
            /** Headline */
            headline: string;
            /** Is Accepting */
            is_accepting: boolean;
            /**
             * Never Record
             * @description refuse every request to record my sessions
             */
            never_record: boolean;
            /** Prices Minor */
            prices_minor: {
                [key: string]: number;
            };
            /** Session Lengths Minutes */
            session_lengths_minutes: number[];
            /** Session Types */
            session_types: string[];
            /** Weekly Capacity */
            weekly_capacity: number;
        };
        /** FriendProfilePatch */
        FriendProfilePatch: {
            /** Currency */
            currency?: string | null;
            /** Headline */
            headline?: string | null;
            /** Is Accepting */
            is_accepting?: boolean | null;
            /**
             * Never Record
             * @description refuse every request to record my sessions
             */
            never_record?: boolean | null;
            /** Prices Minor */
            prices_minor?: {
                [key: string]: number;
            } | null;
            /** Session Lengths Minutes */
            session_lengths_minutes?: number[] | null;
            /** Session Types */
            session_types?: ("text" | "voice" | "video")[] | null;
            /** Weekly Capacity */
            weekly_capacity?: number | null;
        };
        /** FriendRatingSummaryOut */
        FriendRatingSummaryOut: {
            /**
             * Average
             * @description One decimal, once the friend has at least 3 ratings
             */
            average: number | null;
            /** Count */
            count: number | null;
            /** Friend Id */
            friend_id: number;
        };
        /** IntentOut */
        IntentOut: {
            /** Amount Minor */
            amount_minor: number;
            /**
             * Client Secret
             * @description for Stripe.js / the mobile SDK to confirm the payment
             */
            client_secret: string;
            /** Currency */
            currency: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /** Payment Intent Id */
            payment_intent_id: string;
            /** Session Id */
            session_id: number;
        };
        /** JoinOut */
        JoinOut: {
            /**
             * Conversation Id
             * @description text: open this chat conversation (/api/chat, /ws/chat/)
             */
            conversation_id: number | null;
            /** @description voice/video: join this channel with this token; join again to renew */
            rtc: components["schemas"]["RtcOut"] | null;
            session: components["schemas"]["SessionOut"];
        };
        /** KindPreferenceIn */
        KindPreferenceIn: {
            /** Email */
            email?: boolean | null;
            /** In App */
            in_app?: boolean | null;
            /** @description Any kind but `account` (transactional, always on) */
            kind: components["schemas"]["NotificationKind"];
            /** Push */
            push?: boolean | null;
        };
        /** KindPreferenceOut */
        KindPreferenceOut: {
            /** @description What this kind uses for someone who never changed it */
            default: components["schemas"]["ChannelsOut"];
            /** Email */
            email: boolean;
            /** In App */
            in_app: boolean;
            kind: components["schemas"]["NotificationKind"];
            /** Push */
            push: boolean;
        };
        /** LedgerLineOut */
        LedgerLineOut: {
            /** Amount Minor */
            amount_minor: number;
            /**
             * Available At
             * Format: date-time
             */
            available_at: string;
            /**
             * Charge Ref
             * @description the Stripe charge (PaymentIntent) or subscription it comes from
             */
            charge_ref: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Currency */
            currency: string;
            /** Id */
            id: number;
            /** Kind */
            kind: string;
            /** Payout Id */
            payout_id: number | null;
            /** Session Id */
            session_id: number | null;
        };
        /**
         * MatchedFriendCardOut
         * @description A friend as matching shows them (accounts' `FriendCardOut` is the full public card).
         */
        MatchedFriendCardOut: {
            /** Currency */
            currency: string;
            /** Display Name */
            display_name: string;
            /** Headline */
            headline: string;
            /** Id */
            id: number;
            /**
             * Is Favourite
             * @description Whether the caller keeps this friend among their favourites
             */
            is_favourite: boolean;
            /** Languages */
            languages: string[];
            /** Prices Minor */
            prices_minor: {
                [key: string]: number;
            };
            /** Session Lengths Minutes */
            session_lengths_minutes: number[];
            /** Session Types */
            session_types: string[];
            /** Timezone */
            timezone: string;
        };
        /** MatchOut */
        MatchOut: {
            friend: components["schemas"]["MatchedFriendCardOut"];
            /** Reasons */
            reasons: components["schemas"]["ReasonOut"][];
            /** Score */
            score: number;
        };
        /** MatchPageOut */
        MatchPageOut: {
            /** Items */
            items: components["schemas"]["MatchOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** MemberOut */
        MemberOut: {
            /** Display Name */
            display_name: string;
            /** User Id */
            user_id: number;
        };
        /** MeOut */
        MeOut: {
            /** Avatar Url */
            avatar_url?: string | null;
            /** Bio */
            bio: string;
            /** Display Name */
            display_name: string;
            /** Email */
            email: string;
            /** Id */
            id: number;
            /** Languages */
            languages: string[];
            role: components["schemas"]["Role"];
            /** Timezone */
            timezone: string;
        };
        /** MePatch */
        MePatch: {
            /** Bio */
            bio?: string | null;
            /** Display Name */
            display_name?: string | null;
            /** Languages */
            languages?: string[] | null;
            /** Timezone */
            timezone?: string | null;
        };
        /** MessageIn */
        MessageIn: {
            /** Body */
            body: string;
            /**
             * Client Id
             * @description Your own id; resend safely
             */
            client_id: string;
        };
        /** MessageOut */
        MessageOut: {
            /** Body */
            body: string;
            /** Client Id */
            client_id: string;
            /** Conversation Id */
            conversation_id: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Id
             * @description Server id; increases with commit order within a conversation
             */
            id: number;
            /** Sender Id */
            sender_id: number;
            /**
             * Seq
             * @description Position in the conversation: 1, 2, 3... without gaps
             */
            seq: number;
        };
        /** MessagePageOut */
        MessagePageOut: {
            /**
             * Has More
             * @description More messages exist beyond this page in the direction asked
             */
            has_more: boolean;
            /**
             * Items
             * @description Oldest first
             */
            items: components["schemas"]["MessageOut"][];
            /**
             * Next After
             * @description Pass as `after` for the next (newer) page
             */
            next_after: number | null;
            /**
             * Next Before
             * @description Pass as `before` for the previous (older) page
             */
            next_before: number | null;
        };
        /** MyFriendOut */
        MyFriendOut: {
            /**
             * Accepted At
             * Format: date-time
             */
            accepted_at: string;
            friend: components["schemas"]["MatchedFriendCardOut"];
        };
        /** MyFriendPageOut */
        MyFriendPageOut: {
            /** Items */
            items: components["schemas"]["MyFriendOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** NoShowIn */
        NoShowIn: {
            /**
             * Reason
             * @default
             */
            reason: string;
        };
        /**
         * NotificationKind
         * @enum {string}
         */
        NotificationKind: "new_match" | "session_reminder" | "session_change" | "new_message" | "feedback_request" | "billing" | "events" | "marketing" | "account";
        /** NotificationOut */
        NotificationOut: {
            /** Body */
            body: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Data */
            data: {
                [key: string]: unknown;
            };
            /** Id */
            id: number;
            /** Kind */
            kind: string;
            /** Read At */
            read_at: string | null;
            /** Title */
            title: string;
        };
        /** NotificationPage */
        NotificationPage: {
            /** Items */
            items: components["schemas"]["NotificationOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** NotificationPreferencesIn */
        NotificationPreferencesIn: {
            /** Kinds */
            kinds?: components["schemas"]["KindPreferenceIn"][];
            /** @description Absent: unchanged; null: no quiet hours; start = end is refused */
            quiet_hours?: components["schemas"]["QuietHoursIn"] | null;
        };
        /** NotificationPreferencesOut */
        NotificationPreferencesOut: {
            /** Kinds */
            kinds: components["schemas"]["KindPreferenceOut"][];
            quiet_hours: components["schemas"]["QuietHoursOut"] | null;
            /**
             * Timezone
             * @description The profile's timezone, in which quiet hours are read
             */
            timezone: string;
        };
        /** NotificationsReadIn */
        NotificationsReadIn: {
            /** Ids */
            ids: number[];
        };
        /** OptionSchema */
        OptionSchema: {
            /** Key */
            key: string;
            /** Text */
            text: string;
        };
        /** PaymentOut */
        PaymentOut: {
            /** Amount Minor */
            amount_minor: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Currency */
            currency: string;
            /**
             * Event Seat Id
             * @description The group-event seat paid for (null for a session)
             */
            event_seat_id: number | null;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /** Refunded Minor */
            refunded_minor: number;
            /**
             * Session Id
             * @description The session paid for (null for a group-event seat)
             */
            session_id: number | null;
            /** Status */
            status: string;
        };
        /** PaymentPage */
        PaymentPage: {
            /** Items */
            items: components["schemas"]["PaymentOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** PayoutOut */
        PayoutOut: {
            /** Amount Minor */
            amount_minor: number;
            /** Completed At */
            completed_at: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Currency */
            currency: string;
            /** Id */
            id: number;
            /** Status */
            status: string;
            /** Stripe Transfer Id */
            stripe_transfer_id: string | null;
        };
        /** PayoutPage */
        PayoutPage: {
            /** Items */
            items: components["schemas"]["PayoutOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** PendingRatingOut */
        PendingRatingOut: {
            /**
             * Closes At
             * Format: date-time
             */
            closes_at: string;
            /** Counterpart Id */
            counterpart_id: number;
            /** Counterpart Name */
            counterpart_name: string;
            /** Session Id */
            session_id: number;
            /** Session Type */
            session_type: string;
            /**
             * Start
             * Format: date-time
             */
            start: string;
        };
        /** PingOut */
        PingOut: {
            /** Status */
            status: string;
        };
        /** PlanIn */
        PlanIn: {
            /** Code */
            code: string;
            /**
             * Currency
             * @default usd
             */
            currency: string;
            /**
             * Interval
             * @enum {string}
             */
            interval: "month" | "year";
            /**
             * Is Active
             * @default true
             */
            is_active: boolean;
            /** Name */
            name: string;
            /** Price Minor */
            price_minor: number;
            /** Session Types */
            session_types: ("text" | "voice" | "video")[];
            /** Sessions Per Period */
            sessions_per_period: number;
            /** Stripe Price Id */
            stripe_price_id: string;
        };
        /** PlanOut */
        PlanOut: {
            /** Code */
            code: string;
            /** Currency */
            currency: string;
            /** Id */
            id: number;
            /** Interval */
            interval: string;
            /** Is Active */
            is_active: boolean;
            /** Name */
            name: string;
            /** Price Minor */
            price_minor: number;
            /** Session Types */
            session_types: string[];
            /** Sessions Per Period */
            sessions_per_period: number;
        };
        /** PlanPatch */
        PlanPatch: {
            /** Is Active */
            is_active?: boolean | null;
            /** Name */
            name?: string | null;
            /** Session Types */
            session_types?: ("text" | "voice" | "video")[] | null;
            /** Sessions Per Period */
            sessions_per_period?: number | null;
        };
        /** PlaybackOut */
        PlaybackOut: {
            /** Content Type */
            content_type: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /** Recording Id */
            recording_id: number;
            /**
             * Url
             * @description a presigned link to the file; it expires at expires_at
             */
            url: string;
        };
        /** PreferencesOut */
        PreferencesOut: {
            /** Send Read Receipts */
            send_read_receipts: boolean;
            /** Share Presence */
            share_presence: boolean;
        };
        /** PreferencesPatch */
        PreferencesPatch: {
            /** Send Read Receipts */
            send_read_receipts?: boolean | null;
            /** Share Presence */
            share_presence?: boolean | null;
        };
        /**
         * ProblemDetails
         * @description RFC 9457 problem details; `code` is stable and meant for programs.
         */
        ProblemDetails: {
            /**
             * @description Stable machine code from the error catalogue (docs/api.md, 'Error catalogue').
             * @enum {string}
             */
            code: "account_inactive" | "admin_only" | "already_booked" | "already_rated" | "already_subscribed" | "already_suspended" | "auth_pending" | "bad_gateway" | "bad_request" | "blocked" | "cannot_remove_primary_email" | "conflict" | "currency_mismatch" | "dispute_mismatch" | "download_link_invalid" | "duplicate_email" | "email_error" | "email_invisible_characters" | "email_not_deliverable" | "email_password_mismatch" | "email_taken" | "email_too_long" | "email_unavailable" | "enter_current_password" | "error" | "event_closed" | "event_not_bookable" | "event_not_joinable" | "event_published" | "event_started" | "friend_fully_booked" | "friend_not_accepting" | "friend_unavailable" | "friends_only" | "hosts_only" | "incorrect_code" | "incorrect_password" | "inside_notice_window" | "internal_error" | "invalid_device_token" | "invalid_input" | "invalid_login" | "invalid_or_expired_key" | "invalid_password_reset" | "invalid_transition" | "join_window_closed" | "malformed_body" | "max_email_addresses" | "media_error" | "media_unavailable" | "members_only" | "method_not_allowed" | "no_availability" | "no_customer" | "no_offer" | "no_questionnaire" | "no_show_against_rater" | "no_show_not_reportable" | "not_authenticated" | "not_entitled" | "not_found" | "not_recordable" | "not_refundable" | "offer_expired" | "outside_availability" | "own_account" | "own_event" | "own_message" | "own_role" | "password_entirely_numeric" | "password_incorrect" | "password_too_common" | "password_too_short" | "password_too_similar" | "payload_too_large" | "payment_declined" | "payment_expired" | "payment_not_open" | "payment_request_invalid" | "payments_error" | "payments_unavailable" | "permission_denied" | "plan_exists" | "premium_unavailable" | "provider_error" | "provider_unavailable" | "push_error" | "push_unavailable" | "rate_limited" | "rating_closed" | "rating_not_open" | "reason_required" | "recent_login_required" | "recording_error" | "recording_gone" | "recording_limit" | "recording_not_ready" | "recording_not_running" | "recording_refused" | "recording_unavailable" | "recordings_disabled" | "rtc_error" | "rule_violated" | "safety_ticket_required" | "same_as_current" | "seat_required" | "self_block" | "self_booking" | "service_unavailable" | "session_not_in_progress" | "session_not_joinable" | "session_not_rateable" | "slot_taken" | "staff_only" | "survey_already_answered" | "survey_dismissed" | "survey_in_use" | "survey_no_draft" | "survey_not_manual" | "survey_not_open" | "survey_version_changed" | "suspension_ended" | "ticket_closed" | "token_not_valid" | "too_many_login_attempts" | "unknown_email" | "unknown_plan" | "unsubscribe_link_invalid" | "unsupported_media_type" | "unverified_primary_email" | "upload_rejected" | "user_busy" | "users_only" | "webhook_signature_invalid";
            detail: string;
            errors: {
                loc: (string | number)[];
                msg: string;
                type: string;
            }[];
            status: number;
            title: string;
            /** Format: uri */
            type: string;
        } & {
            [key: string]: unknown;
        };
        /** PublishIn */
        PublishIn: {
            /** Questions */
            questions: components["schemas"]["QuestionSchema"][];
        };
        /** QuestionnaireOut */
        QuestionnaireOut: {
            /**
             * Published At
             * Format: date-time
             */
            published_at: string;
            /** Questions */
            questions: components["schemas"]["QuestionSchema"][];
            /** Version */
            version: number;
        };
        /** QuestionSchema */
        QuestionSchema: {
            /** Key */
            key: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "single_choice" | "multiple_choice" | "scale_1_5";
            /** Options */
            options?: components["schemas"]["OptionSchema"][];
            /**
             * Required
             * @default true
             */
            required: boolean;
            /** Text */
            text: string;
        };
        /** QuietHoursIn */
        QuietHoursIn: {
            /** End */
            end: string;
            /**
             * Start
             * @description HH:MM in the profile's timezone; may be later than `end`
             */
            start: string;
        };
        /** QuietHoursOut */
        QuietHoursOut: {
            /** End */
            end: string;
            /**
             * Start
             * @description HH:MM, wall-clock time in `timezone`
             */
            start: string;
        };
        /** RatingHideIn */
        RatingHideIn: {
            /** Reason */
            reason: string;
        };
        /** RatingIn */
        RatingIn: {
            /**
             * Comment
             * @default
             */
            comment: string;
            /** Session Id */
            session_id: number;
            /**
             * Show Identity
             * @description Let the friend see who wrote it (anonymous by default)
             * @default false
             */
            show_identity: boolean;
            /**
             * Stars
             * @description 1 (poor) to 5 (excellent)
             */
            stars: number;
        };
        /** RatingOut */
        RatingOut: {
            /** Comment */
            comment: string;
            /**
             * Counted
             * @description Counts towards the friend's public average
             */
            counted: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            /**
             * Rater Side
             * @enum {string}
             */
            rater_side: "user" | "friend";
            /** Session Id */
            session_id: number;
            /** Show Identity */
            show_identity: boolean;
            /** Stars */
            stars: number;
        };
        /** RatingPage */
        RatingPage: {
            /** Items */
            items: components["schemas"]["RatingOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** ReadIn */
        ReadIn: {
            /** Message Id */
            message_id: number;
        };
        /** ReasonOut */
        ReasonOut: {
            /**
             * Code
             * @enum {string}
             */
            code: "answer_match" | "shared_language" | "schedule_overlap" | "rating";
            /** Detail */
            detail: string;
            /** Text */
            text: string;
        };
        /** ReceivedRatingOut */
        ReceivedRatingOut: {
            /**
             * Comment
             * @description None when there is none or staff hid it
             */
            comment: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            /**
             * Rater Name
             * @description Only when the rater chose to show it
             */
            rater_name: string | null;
            /** Session Id */
            session_id: number;
            /** Stars */
            stars: number;
        };
        /** ReceivedRatingPage */
        ReceivedRatingPage: {
            /** Items */
            items: components["schemas"]["ReceivedRatingOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** RecordingOut */
        RecordingOut: {
            /** Content Type */
            content_type: string;
            /**
             * Delete After
             * @description when the recording and its file are deleted (retention)
             */
            delete_after: string | null;
            /**
             * Friend Consented At
             * @description when the friend consented
             */
            friend_consented_at: string | null;
            /** Friend Id */
            friend_id: number;
            /** Id */
            id: number;
            /** Ready At */
            ready_at: string | null;
            /** Requested By Id */
            requested_by_id: number;
            /** Session Id */
            session_id: number;
            /** Size */
            size: number | null;
            /** Started At */
            started_at: string | null;
            /**
             * State
             * @enum {string}
             */
            state: "requested" | "recording" | "processing" | "ready" | "cancelled" | "failed";
            /** Stopped At */
            stopped_at: string | null;
            /**
             * Stopped By Id
             * @description the participant who stopped it; null when the platform did
             */
            stopped_by_id: number | null;
            /**
             * User Consented At
             * @description when the session's user consented
             */
            user_consented_at: string | null;
            /** User Id */
            user_id: number;
        };
        /** RecordingPage */
        RecordingPage: {
            /** Items */
            items: components["schemas"]["RecordingOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** RefreshIn */
        RefreshIn: {
            /** Refresh Token */
            refresh_token: string;
        };
        /** RefundIn */
        RefundIn: {
            /**
             * Amount Minor
             * @description omit for everything left
             */
            amount_minor?: number | null;
            /** Session Id */
            session_id: number;
        };
        /** RematchIn */
        RematchIn: {
            /**
             * Limit
             * @description Size of the list passed over and of the new one
             * @default 20
             */
            limit: number;
            /** Reason */
            reason: string;
        };
        /** RematchOut */
        RematchOut: {
            /** Id */
            id: number;
            matches: components["schemas"]["MatchPageOut"];
            /**
             * Passed
             * @description How many suggestions were passed over
             */
            passed: number;
            /** Reason */
            reason: string;
        };
        /** ReportCaseOut */
        ReportCaseOut: {
            /**
             * Context
             * @description The reported message with up to 10 messages either side
             */
            context: components["schemas"]["MessageOut"][];
            /** Members */
            members: components["schemas"]["MemberOut"][];
            report: components["schemas"]["ReportOut"];
            reported: components["schemas"]["MessageOut"];
        };
        /** ReportIn */
        ReportIn: {
            /**
             * Note
             * @default
             */
            note: string;
            reason: components["schemas"]["ReportReason"];
        };
        /** ReportOut */
        ReportOut: {
            /** Conversation Id */
            conversation_id: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            /** Message Id */
            message_id: number;
            /** Note */
            note: string;
            reason: components["schemas"]["ReportReason"];
            /** Reporter Id */
            reporter_id: number;
            /** Status */
            status: string;
        };
        /** ReportPageOut */
        ReportPageOut: {
            /** Items */
            items: components["schemas"]["ReportOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /**
         * ReportReason
         * @enum {string}
         */
        ReportReason: "spam" | "harassment" | "inappropriate" | "scam" | "other";
        /** RescheduleIn */
        RescheduleIn: {
            /** Duration Minutes */
            duration_minutes?: number | null;
            /**
             * Reason
             * @default
             */
            reason: string;
            /**
             * Start
             * Format: date-time
             */
            start: string;
        };
        /**
         * Role
         * @enum {string}
         */
        Role: "user" | "friend" | "manager" | "admin";
        /** RoleIn */
        RoleIn: {
            role: components["schemas"]["Role"];
        };
        /** RtcOut */
        RtcOut: {
            /** App Id */
            app_id: string;
            /** Channel */
            channel: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Provider
             * @default agora
             */
            provider: string;
            /** Token */
            token: string;
            /** Uid */
            uid: number;
        };
        /** SessionDetailOut */
        SessionDetailOut: {
            /** Counterpart Name */
            counterpart_name: string;
            /** Currency */
            currency: string;
            /**
             * End
             * Format: date-time
             */
            end: string;
            /** Friend Id */
            friend_id: number;
            /** Id */
            id: number;
            /** Price Minor */
            price_minor: number;
            /**
             * Recording
             * @description whether a recording is asked for or running now (/api/recordings/sessions/{id})
             * @enum {string}
             */
            recording: "none" | "requested" | "recording";
            /** Session Type */
            session_type: string;
            /**
             * Start
             * Format: date-time
             */
            start: string;
            status: components["schemas"]["SessionStatus"];
            /** Transitions */
            transitions: components["schemas"]["TransitionOut"][];
            /** User Id */
            user_id: number;
        };
        /** SessionListItem */
        SessionListItem: {
            /**
             * Counterpart Name
             * @description the other participant's display name
             */
            counterpart_name: string;
            /** Currency */
            currency: string;
            /**
             * End
             * Format: date-time
             */
            end: string;
            /** Friend Id */
            friend_id: number;
            /** Id */
            id: number;
            /** Price Minor */
            price_minor: number;
            /** Session Type */
            session_type: string;
            /**
             * Start
             * Format: date-time
             */
            start: string;
            status: components["schemas"]["SessionStatus"];
            /** User Id */
            user_id: number;
        };
        /** SessionOut */
        SessionOut: {
            /** Currency */
            currency: string;
            /**
             * End
             * Format: date-time
             */
            end: string;
            /** Friend Id */
            friend_id: number;
            /** Id */
            id: number;
            /** Price Minor */
            price_minor: number;
            /** Session Type */
            session_type: string;
            /**
             * Start
             * Format: date-time
             */
            start: string;
            status: components["schemas"]["SessionStatus"];
            /** User Id */
            user_id: number;
        };
        /** SessionPage */
        SessionPage: {
            /** Items */
            items: components["schemas"]["SessionListItem"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** SessionRecordingsOut */
        SessionRecordingsOut: {
            /** @description the open request or running recording, if any */
            current: components["schemas"]["RecordingOut"] | null;
            /**
             * Recordings
             * @description every round of this session, newest first (at most 10)
             */
            recordings: components["schemas"]["RecordingOut"][];
            /** Session Id */
            session_id: number;
            /**
             * State
             * @description what is happening now
             * @enum {string}
             */
            state: "none" | "requested" | "recording";
        };
        /**
         * SessionStatus
         * @enum {string}
         */
        SessionStatus: "pending_payment" | "booked" | "in_progress" | "completed" | "cancelled" | "no_show_user" | "no_show_friend";
        /**
         * SessionType
         * @enum {string}
         */
        SessionType: "text" | "voice" | "video";
        /** SlotOut */
        SlotOut: {
            /**
             * End
             * Format: date-time
             */
            end: string;
            /**
             * End Local
             * Format: date-time
             */
            end_local: string;
            /**
             * Start
             * Format: date-time
             */
            start: string;
            /**
             * Start Local
             * Format: date-time
             * @description start in the requester's timezone
             */
            start_local: string;
        };
        /** StaffErasureIn */
        StaffErasureIn: {
            /** User Id */
            user_id: number;
        };
        /** StaffPlaybackIn */
        StaffPlaybackIn: {
            /**
             * Reason
             * @description why, for the audit log
             */
            reason: string;
            /**
             * Ticket Id
             * @description an open safety ticket about the session
             */
            ticket_id: number;
        };
        /** StaffRatingOut */
        StaffRatingOut: {
            /** Comment */
            comment: string;
            /**
             * Counted
             * @description Counts towards the friend's public average
             */
            counted: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Hidden At */
            hidden_at: string | null;
            /** Hidden Reason */
            hidden_reason: string;
            /** Id */
            id: number;
            /** Ratee Id */
            ratee_id: number;
            /** Rater Id */
            rater_id: number;
            /**
             * Rater Side
             * @enum {string}
             */
            rater_side: "user" | "friend";
            /** Session Id */
            session_id: number;
            /** Show Identity */
            show_identity: boolean;
            /** Stars */
            stars: number;
        };
        /** StaffRatingPage */
        StaffRatingPage: {
            /** Items */
            items: components["schemas"]["StaffRatingOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** StaffReplyIn */
        StaffReplyIn: {
            /** Body */
            body: string;
            /**
             * Internal
             * @description A note for staff only
             * @default false
             */
            internal: boolean;
        };
        /** StatsAmountOut */
        StatsAmountOut: {
            /** Amount Minor */
            amount_minor: number;
            /** Currency */
            currency: string;
        };
        /** StatsCancellationsOut */
        StatsCancellationsOut: {
            /** Count */
            count: number;
            /**
             * Lead Time
             * @enum {string}
             */
            lead_time: "under_24h" | "1_to_7_days" | "over_7_days";
            /**
             * Period Start
             * Format: date
             */
            period_start: string;
            /**
             * Side
             * @enum {string}
             */
            side: "user" | "friend" | "staff_or_system";
        };
        /** StatsChatOut */
        StatsChatOut: {
            /** Active Conversations */
            active_conversations: number;
            /** Messages */
            messages: number;
            /**
             * Period Start
             * Format: date
             */
            period_start: string;
            /** Senders */
            senders: number;
        };
        /** StatsChatReportOut */
        StatsChatReportOut: {
            /**
             * End
             * Format: date-time
             */
            end: string;
            /** Period */
            period: string;
            /** Rows */
            rows: components["schemas"]["StatsChatOut"][];
            /**
             * Start
             * Format: date-time
             */
            start: string;
        };
        /** StatsFriendOut */
        StatsFriendOut: {
            /** Average Rating */
            average_rating: number | null;
            /** Cancelled By Friend */
            cancelled_by_friend: number;
            /** Completed */
            completed: number;
            /** Earnings */
            earnings: components["schemas"]["StatsAmountOut"][];
            /** Friend Id */
            friend_id: number;
            /**
             * Held
             * @description Not cancelled: took place or still booked
             */
            held: number;
            /** No Show Friend */
            no_show_friend: number;
            /** No Show User */
            no_show_user: number;
            /** Ratings */
            ratings: number;
            /**
             * Rebooking Rate
             * @description Share of the friend's users with two or more held sessions
             */
            rebooking_rate: number | null;
            /** Sessions */
            sessions: number;
            /**
             * Utilisation
             * @description Held sessions / (weekly capacity x weeks in the range)
             */
            utilisation: number | null;
            /** Weekly Capacity */
            weekly_capacity: number;
        };
        /** StatsFriendPage */
        StatsFriendPage: {
            /** Items */
            items: components["schemas"]["StatsFriendOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** StatsFunnelOut */
        StatsFunnelOut: {
            /**
             * End
             * Format: date-time
             */
            end: string;
            /** Period */
            period: string;
            /** Rows */
            rows: components["schemas"]["StatsFunnelRowOut"][];
            /**
             * Start
             * Format: date-time
             */
            start: string;
        };
        /** StatsFunnelRowOut */
        StatsFunnelRowOut: {
            /** First Match Accepted */
            first_match_accepted: number;
            /** First Paid Period */
            first_paid_period: number;
            /**
             * Period Start
             * Format: date
             */
            period_start: string;
            /** Questionnaire Completed */
            questionnaire_completed: number;
            /** Signups */
            signups: number;
            /**
             * Source
             * @description utm_source, else the referrer's host, else `direct`
             */
            source: string;
            /** Still Paying 30 Days */
            still_paying_30_days: number;
            /** Trial Started */
            trial_started: number;
            /** Verified */
            verified: number;
        };
        /** StatsLedgerOut */
        StatsLedgerOut: {
            /**
             * Account
             * @description friend, revenue, fees, payouts
             */
            account: string;
            /** Amount Minor */
            amount_minor: number;
            /** Currency */
            currency: string;
            /**
             * Kind
             * @description earning, refund, chargeback, dispute_won, payout, payout_reversal
             */
            kind: string;
            /** Lines */
            lines: number;
            /**
             * Period Start
             * Format: date
             */
            period_start: string;
        };
        /** StatsMinutesOut */
        StatsMinutesOut: {
            /** Minutes */
            minutes: number;
            /**
             * Period Start
             * Format: date
             */
            period_start: string;
            /** Session Type */
            session_type: string;
            /** Sessions */
            sessions: number;
        };
        /** StatsPayoutOut */
        StatsPayoutOut: {
            /** Amount Minor */
            amount_minor: number;
            /** Count */
            count: number;
            /** Currency */
            currency: string;
            /**
             * Period Start
             * Format: date
             */
            period_start: string;
            /** Status */
            status: string;
        };
        /** StatsPremiumOut */
        StatsPremiumOut: {
            /** Currency */
            currency: string;
            /** Disputed */
            disputed: number;
            /** Paid */
            paid: number;
            /** Paid Minor */
            paid_minor: number;
            /**
             * Period Start
             * Format: date
             */
            period_start: string;
            /** Refunded Minor */
            refunded_minor: number;
        };
        /** StatsRevenueOut */
        StatsRevenueOut: {
            /**
             * End
             * Format: date-time
             */
            end: string;
            /** Ledger */
            ledger: components["schemas"]["StatsLedgerOut"][];
            /** Payouts */
            payouts: components["schemas"]["StatsPayoutOut"][];
            /** Period */
            period: string;
            /** Premium */
            premium: components["schemas"]["StatsPremiumOut"][];
            /**
             * Start
             * Format: date-time
             */
            start: string;
        };
        /** StatsSessionCountsOut */
        StatsSessionCountsOut: {
            /** Booked */
            booked: number;
            /** Cancelled */
            cancelled: number;
            /** Completed */
            completed: number;
            /** No Show Friend */
            no_show_friend: number;
            /** No Show User */
            no_show_user: number;
            /**
             * Period Start
             * Format: date
             */
            period_start: string;
            /** Upcoming */
            upcoming: number;
        };
        /** StatsSessionsOut */
        StatsSessionsOut: {
            /** Cancellations */
            cancellations: components["schemas"]["StatsCancellationsOut"][];
            /** Counts */
            counts: components["schemas"]["StatsSessionCountsOut"][];
            /**
             * End
             * Format: date-time
             */
            end: string;
            /** Minutes */
            minutes: components["schemas"]["StatsMinutesOut"][];
            /** Period */
            period: string;
            /**
             * Start
             * Format: date-time
             */
            start: string;
        };
        /** SubscriptionOut */
        SubscriptionOut: {
            /** Cancel At Period End */
            cancel_at_period_end: boolean;
            /** Current Period End */
            current_period_end: string | null;
            /** Included Sessions */
            included_sessions: number;
            /** Plan Code */
            plan_code: string | null;
            /** Plan Name */
            plan_name: string | null;
            /** Remaining Sessions */
            remaining_sessions: number;
            /** Session Types */
            session_types: string[];
            /**
             * Status
             * @description 'none', or Stripe's status: trialing, active, past_due, canceled, ...
             */
            status: string;
            /** Trial End */
            trial_end: string | null;
        };
        /** SupportReportIn */
        SupportReportIn: {
            /**
             * Note
             * @default
             */
            note: string;
            /**
             * Reason
             * @enum {string}
             */
            reason: "harassment" | "spam" | "inappropriate" | "safety" | "fraud" | "other";
            /** Target Id */
            target_id: number;
            /**
             * Target Type
             * @enum {string}
             */
            target_type: "user" | "session";
        };
        /** SupportTicketOut */
        SupportTicketOut: {
            /** Assignee Id */
            assignee_id: number | null;
            /** Category */
            category: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            /** Link Id */
            link_id: number | null;
            /** Link Type */
            link_type: string;
            /** Requester Id */
            requester_id: number;
            /** Status */
            status: string;
            /** Subject */
            subject: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** SurveyAnsweredOut */
        SurveyAnsweredOut: {
            /**
             * Answered At
             * Format: date-time
             */
            answered_at: string;
            /** Due Id */
            due_id: number;
            /** Response Id */
            response_id: number;
            /** Survey Id */
            survey_id: number;
            /** Version */
            version: number;
        };
        /** SurveyAnswerSchema */
        SurveyAnswerSchema: {
            /** Question */
            question: string;
            /**
             * Value
             * @description single_choice: option key; multiple_choice: list of option keys; scale_1_5: 1..5; free_text: up to 2,000 characters
             */
            value: number | string | string[];
        };
        /** SurveyChoiceCountOut */
        SurveyChoiceCountOut: {
            /** Count */
            count: number;
            /** Key */
            key: string;
            /** Text */
            text: string;
        };
        /** SurveyCreateIn */
        SurveyCreateIn: {
            /**
             * Audience
             * @default users
             * @enum {string}
             */
            audience: "users" | "friends" | "everyone";
            /**
             * Moment
             * @enum {string}
             */
            moment: "first_session" | "rematch" | "subscription_cancelled" | "manual";
            /** Questions */
            questions: components["schemas"]["SurveyQuestionSchema"][];
            /** Title */
            title: string;
        };
        /** SurveyDetailOut */
        SurveyDetailOut: {
            /**
             * Audience
             * @enum {string}
             */
            audience: "users" | "friends" | "everyone";
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Draft Version */
            draft_version: number | null;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /**
             * Moment
             * @enum {string}
             */
            moment: "first_session" | "rematch" | "subscription_cancelled" | "manual";
            /** Published Version */
            published_version: number | null;
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /**
             * Versions
             * @description Newest first
             */
            versions: components["schemas"]["SurveyVersionOut"][];
        };
        /** SurveyDismissedOut */
        SurveyDismissedOut: {
            /** Closed At */
            closed_at: string | null;
            /** Id */
            id: number;
            /**
             * Status
             * @constant
             */
            status: "dismissed";
        };
        /** SurveyDraftIn */
        SurveyDraftIn: {
            /** Questions */
            questions: components["schemas"]["SurveyQuestionSchema"][];
        };
        /** SurveyDueOut */
        SurveyDueOut: {
            /**
             * Due At
             * Format: date-time
             */
            due_at: string;
            /** Id */
            id: number;
            /** Questions */
            questions: components["schemas"]["SurveyQuestionSchema"][];
            /** Survey Id */
            survey_id: number;
            /** Title */
            title: string;
            /**
             * Version
             * @description Send it back with the answers
             */
            version: number;
        };
        /** SurveyDuePage */
        SurveyDuePage: {
            /** Items */
            items: components["schemas"]["SurveyDueOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** SurveyOptionSchema */
        SurveyOptionSchema: {
            /**
             * Key
             * @description Stable id of the option (lower case, digits, underscores)
             */
            key: string;
            /** Text */
            text: string;
        };
        /** SurveyOut */
        SurveyOut: {
            /**
             * Audience
             * @enum {string}
             */
            audience: "users" | "friends" | "everyone";
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Draft Version */
            draft_version: number | null;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /**
             * Moment
             * @enum {string}
             */
            moment: "first_session" | "rematch" | "subscription_cancelled" | "manual";
            /** Published Version */
            published_version: number | null;
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** SurveyPage */
        SurveyPage: {
            /** Items */
            items: components["schemas"]["SurveyOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** SurveyPatchIn */
        SurveyPatchIn: {
            /** Audience */
            audience?: ("users" | "friends" | "everyone") | null;
            /**
             * Is Active
             * @description false closes it: no new dues, pending ones hidden
             */
            is_active?: boolean | null;
            /** Title */
            title?: string | null;
        };
        /** SurveyQuestionResultOut */
        SurveyQuestionResultOut: {
            /**
             * Answered
             * @description Responses that answered this question
             */
            answered: number;
            /**
             * Choices
             * @description Choice questions: every option with its count
             */
            choices: components["schemas"]["SurveyChoiceCountOut"][];
            /**
             * Distribution
             * @description Scale questions: "1".."5" to how many
             */
            distribution: {
                [key: string]: number;
            };
            /** Key */
            key: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "single_choice" | "multiple_choice" | "scale_1_5" | "free_text";
            /**
             * Mean
             * @description Scale questions: two decimals
             */
            mean: number | null;
            /** Median */
            median: number | null;
            /** Text */
            text: string;
            /**
             * Texts
             * @description Free text questions: how many (read them from /results/texts)
             */
            texts: number;
        };
        /** SurveyQuestionSchema */
        SurveyQuestionSchema: {
            /**
             * Key
             * @description Stable id of the question (lower case, digits, underscores)
             */
            key: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "single_choice" | "multiple_choice" | "scale_1_5" | "free_text";
            /** Options */
            options?: components["schemas"]["SurveyOptionSchema"][];
            /**
             * Required
             * @default true
             */
            required: boolean;
            /** Text */
            text: string;
        };
        /** SurveyResponseIn */
        SurveyResponseIn: {
            /** Answers */
            answers: components["schemas"]["SurveyAnswerSchema"][];
            /**
             * Version
             * @description The version the survey showed (`version` of the due survey)
             */
            version: number;
        };
        /** SurveyResultsOut */
        SurveyResultsOut: {
            /** Questions */
            questions: components["schemas"]["SurveyQuestionResultOut"][];
            /** Respondents */
            respondents: number;
            /** Survey Id */
            survey_id: number;
            /** Version */
            version: number;
        };
        /** SurveyTargetIn */
        SurveyTargetIn: {
            /** User Ids */
            user_ids: number[];
        };
        /** SurveyTargetOut */
        SurveyTargetOut: {
            /**
             * Already
             * @description People asked before (a survey is asked once per person)
             */
            already: number;
            /**
             * Asked
             * @description People it became due for now
             */
            asked: number;
            /**
             * Unknown
             * @description Ids with no active account: nobody was asked
             */
            unknown: number[];
        };
        /** SurveyTextOut */
        SurveyTextOut: {
            /**
             * Answered At
             * Format: date-time
             */
            answered_at: string;
            /** Question */
            question: string;
            /** Response Id */
            response_id: number;
            /** Text */
            text: string;
        };
        /** SurveyTextPage */
        SurveyTextPage: {
            /** Items */
            items: components["schemas"]["SurveyTextOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** SurveyVersionOut */
        SurveyVersionOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Number */
            number: number;
            /** Published At */
            published_at: string | null;
            /** Questions */
            questions: components["schemas"]["SurveyQuestionSchema"][];
            /** Responses */
            responses: number;
            /**
             * Status
             * @enum {string}
             */
            status: "draft" | "published" | "frozen";
        };
        /** SuspensionIn */
        SuspensionIn: {
            /**
             * Ends At
             * @description Until lifted when absent
             */
            ends_at?: string | null;
            /** Reason */
            reason: string;
            /** User Id */
            user_id: number;
        };
        /** SuspensionLiftIn */
        SuspensionLiftIn: {
            /** Reason */
            reason: string;
        };
        /** SuspensionOut */
        SuspensionOut: {
            /** Created By Id */
            created_by_id: number;
            /** Ends At */
            ends_at: string | null;
            /** Id */
            id: number;
            /** Lift Reason */
            lift_reason: string;
            /** Lifted At */
            lifted_at: string | null;
            /**
             * Lifted By Id
             * @description None with lifted_at: it ended by itself
             */
            lifted_by_id: number | null;
            /** Reason */
            reason: string;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /** User Id */
            user_id: number;
        };
        /** SuspensionPage */
        SuspensionPage: {
            /** Items */
            items: components["schemas"]["SuspensionOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** TicketIn */
        TicketIn: {
            /** Body */
            body: string;
            /**
             * Category
             * @enum {string}
             */
            category: "account" | "billing" | "session" | "safety" | "other";
            /** Link Id */
            link_id?: number | null;
            /**
             * Link Type
             * @description What it is about, if anything
             */
            link_type?: ("session" | "payment" | "event" | "message") | null;
            /** Subject */
            subject: string;
        };
        /** TicketMessageOut */
        TicketMessageOut: {
            /** Author Id */
            author_id: number;
            /** Body */
            body: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            /** Internal */
            internal: boolean;
        };
        /** TicketOut */
        TicketOut: {
            /**
             * Expires In
             * @description Seconds; the ticket works once
             */
            expires_in: number;
            /** Ticket */
            ticket: string;
        };
        /** TicketPage */
        TicketPage: {
            /** Items */
            items: components["schemas"]["SupportTicketOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** TicketReplyIn */
        TicketReplyIn: {
            /** Body */
            body: string;
        };
        /** TicketStatusIn */
        TicketStatusIn: {
            /**
             * Status
             * @enum {string}
             */
            status: "open" | "pending" | "resolved" | "closed";
        };
        /** TicketThreadOut */
        TicketThreadOut: {
            /** Messages */
            messages: components["schemas"]["TicketMessageOut"][];
            ticket: components["schemas"]["SupportTicketOut"];
        };
        /** TokenPairOut */
        TokenPairOut: {
            /**
             * Access Token
             * @description Send as `Authorization: Bearer <access_token>`.
             */
            access_token: string;
            /**
             * Expires In
             * @description Seconds until the access token expires.
             */
            expires_in: number;
            /**
             * Refresh Token
             * @description Works once: POST it to /api/auth/token/refresh for a new pair.
             */
            refresh_token: string;
        };
        /** TransitionOut */
        TransitionOut: {
            /** Actor Id */
            actor_id: number | null;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** From Status */
            from_status: string;
            /** Reason */
            reason: string;
            /** To Status */
            to_status: string;
        };
        /** UnreadCountOut */
        UnreadCountOut: {
            /** Unread */
            unread: number;
        };
        /** UnsubscribeOut */
        UnsubscribeOut: {
            /**
             * Email
             * @description Whether email of this kind is on
             */
            email: boolean;
            kind: components["schemas"]["NotificationKind"];
        };
        /** UrlOut */
        UrlOut: {
            /** Url */
            url: string;
        };
        /** UserAdminOut */
        UserAdminOut: {
            /**
             * Date Joined
             * Format: date-time
             */
            date_joined: string;
            /** Display Name */
            display_name: string;
            /** Email */
            email: string;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            role: components["schemas"]["Role"];
        };
        /** UserPageOut */
        UserPageOut: {
            /** Items */
            items: components["schemas"]["UserAdminOut"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** WebhookOut */
        WebhookOut: {
            /** Outcome */
            outcome: string;
            /** Received */
            received: boolean;
        };
        /** WeeklyWindowIn */
        WeeklyWindowIn: {
            /** End Minute */
            end_minute: number;
            /**
             * Start Minute
             * @description local minutes since midnight
             */
            start_minute: number;
            /**
             * Weekday
             * @description 0 = Monday … 6 = Sunday
             */
            weekday: number;
        };
    };
    responses: {
        /** @description The user is authenticated. */
        AllauthAuthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AllauthAuthenticatedResponse"];
            };
        };
        /** @description Authenticated by code. */
        AllauthAuthenticatedByCode: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AllauthAuthenticatedResponse"];
            };
        };
        /** @description Authenticated by password. */
        AllauthAuthenticatedByPassword: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AllauthAuthenticatedResponse"];
            };
        };
        /** @description The django-allauth configuration. */
        AllauthConfiguration: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AllauthConfigurationResponse"];
            };
        };
        /** @description List of email addresses. */
        AllauthEmailAddresses: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["AllauthEmailAddress"][];
                    status: components["schemas"]["AllauthStatusOK"];
                };
            };
        };
        /** @description Email verification information. */
        AllauthEmailVerificationInfo: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AllauthEmailVerificationInfo"];
            };
        };
        /** @description Information about the password reset key. */
        AllauthPasswordResetInfo: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        user?: components["schemas"]["AllauthUser"];
                    };
                    status: components["schemas"]["AllauthStatusOK"];
                };
            };
        };
        /** @description List of third-party provider accounts. */
        AllauthProviderAccounts: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["AllauthProviderAccount"][];
                    status: components["schemas"]["AllauthStatusOK"];
                };
            };
        };
        /** @description Information relating to the pending provider signup. */
        AllauthProviderSignup: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        account: components["schemas"]["AllauthProviderAccount"];
                        email: components["schemas"]["AllauthEmailAddress"][];
                        user: components["schemas"]["AllauthUser"];
                    };
                    status: components["schemas"]["AllauthStatusOK"];
                };
            };
        };
        /** @description A success response. */
        AllauthStatusOK: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    status: components["schemas"]["AllauthStatusOK"];
                };
            };
        };
    };
    parameters: {
        /** @description The type of client accessing the API. */
        AllauthClient: "app" | "browser";
        /** @description The email verification key */
        AllauthEmailVerificationKey: string;
        /** @description The password reset key */
        AllauthPasswordResetKey: string;
        /** @description Session token. Only needed when `client` is equal to `app`. */
        AllauthSessionToken: string;
    };
    requestBodies: {
        AllauthChangePassword: {
            content: {
                "application/json": {
                    current_password?: components["schemas"]["AllauthPassword"];
                    /**
                     * @description The current password.
                     * @example Aberto!
                     */
                    new_password: string;
                };
            };
        };
        AllauthConfirmLoginCode: {
            content: {
                "application/json": components["schemas"]["AllauthConfirmLoginCode"];
            };
        };
        AllauthEmail: {
            content: {
                "application/json": {
                    email: components["schemas"]["AllauthEmail"];
                };
            };
        };
        /** @description Login. */
        AllauthLogin: {
            content: {
                "application/json": components["schemas"]["AllauthLogin"];
            };
        };
        AllauthMarkPrimaryEmail: {
            content: {
                "application/json": {
                    /**
                     * @description An email address.
                     * @example email@domain.org
                     */
                    email: string;
                    /**
                     * @description Primary flag.
                     * @enum {boolean}
                     */
                    primary: true;
                };
            };
        };
        AllauthProviderAccount: {
            content: {
                "application/json": {
                    account: components["schemas"]["AllauthProviderAccountID"];
                    provider: components["schemas"]["AllauthProviderID"];
                };
            };
        };
        /** @description Initiate the provider redirect flow. */
        AllauthProviderRedirect: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["AllauthProviderRedirect"];
            };
        };
        /** @description Provider signup. */
        AllauthProviderSignup: {
            content: {
                "application/json": components["schemas"]["AllauthProviderSignup"];
            };
        };
        AllauthProviderToken: {
            content: {
                "application/json": components["schemas"]["AllauthProviderToken"];
            };
        };
        /** @description Reauthenticate. */
        AllauthReauthenticate: {
            content: {
                "application/json": components["schemas"]["AllauthReauthenticate"];
            };
        };
        /** @description Request password. */
        AllauthRequestPassword: {
            content: {
                "application/json": components["schemas"]["AllauthRequestPassword"];
            };
        };
        AllauthResetPassword: {
            content: {
                "application/json": components["schemas"]["AllauthResetPassword"];
            };
        };
        /** @description Signup */
        AllauthSignup: {
            content: {
                "application/json": components["schemas"]["AllauthSignup"];
            };
        };
        AllauthVerifyEmail: {
            content: {
                "application/json": components["schemas"]["AllauthVerifyEmail"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    moderation_audit_list: {
        parameters: {
            query?: {
                action?: string | null;
                actor_id?: number | null;
                limit?: number;
                offset?: number;
                target_id?: number | null;
                target_type?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    privacy_erasure_run: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffErasureIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    recordings_staff_playback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recording_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffPlaybackIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybackOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    analytics_chat: {
        parameters: {
            query?: {
                /** @description Exclusive; default: now */
                end?: string | null;
                /** @description Rows per day, ISO week or month (UTC) */
                period?: "day" | "week" | "month";
                /** @description Inclusive; default: 30 days before `end` */
                start?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsChatReportOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    analytics_chat_csv: {
        parameters: {
            query?: {
                /** @description Exclusive; default: now */
                end?: string | null;
                /** @description Rows per day, ISO week or month (UTC) */
                period?: "day" | "week" | "month";
                /** @description Inclusive; default: 30 days before `end` */
                start?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row per period */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    analytics_friends: {
        parameters: {
            query?: {
                /** @description Exclusive; default: now */
                end?: string | null;
                limit?: number;
                offset?: number;
                /** @description Inclusive; default: 30 days before `end` */
                start?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsFriendPage"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    analytics_friends_csv: {
        parameters: {
            query?: {
                /** @description Exclusive; default: now */
                end?: string | null;
                limit?: number;
                offset?: number;
                /** @description Inclusive; default: 30 days before `end` */
                start?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row per friend (earnings as `currency:amount` pairs) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    analytics_funnel: {
        parameters: {
            query?: {
                /** @description Exclusive; default: now */
                end?: string | null;
                /** @description Rows per day, ISO week or month (UTC) */
                period?: "day" | "week" | "month";
                /** @description Inclusive; default: 30 days before `end` */
                start?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsFunnelOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    analytics_funnel_csv: {
        parameters: {
            query?: {
                /** @description Exclusive; default: now */
                end?: string | null;
                /** @description Rows per day, ISO week or month (UTC) */
                period?: "day" | "week" | "month";
                /** @description Inclusive; default: 30 days before `end` */
                start?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The funnel as CSV, one row per period and source */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    analytics_revenue: {
        parameters: {
            query?: {
                /** @description Exclusive; default: now */
                end?: string | null;
                /** @description Rows per day, ISO week or month (UTC) */
                period?: "day" | "week" | "month";
                /** @description Inclusive; default: 30 days before `end` */
                start?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsRevenueOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    analytics_revenue_csv: {
        parameters: {
            query?: {
                /** @description Exclusive; default: now */
                end?: string | null;
                /** @description Rows per day, ISO week or month (UTC) */
                period?: "day" | "week" | "month";
                /** @description Inclusive; default: 30 days before `end` */
                start?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description period_start, currency, metric, value: one row per figure */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    analytics_sessions: {
        parameters: {
            query?: {
                /** @description Exclusive; default: now */
                end?: string | null;
                /** @description Rows per day, ISO week or month (UTC) */
                period?: "day" | "week" | "month";
                /** @description Inclusive; default: 30 days before `end` */
                start?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsSessionsOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    analytics_sessions_csv: {
        parameters: {
            query?: {
                /** @description Exclusive; default: now */
                end?: string | null;
                /** @description Rows per day, ISO week or month (UTC) */
                period?: "day" | "week" | "month";
                /** @description Inclusive; default: 30 days before `end` */
                start?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description period_start, metric, value: one row per figure */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    moderation_suspensions_list: {
        parameters: {
            query?: {
                active?: boolean | null;
                limit?: number;
                offset?: number;
                user_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuspensionPage"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    moderation_suspension_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuspensionIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuspensionOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    moderation_suspension_lift: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                suspension_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuspensionLiftIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuspensionOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    support_queue: {
        parameters: {
            query?: {
                assignee_id?: number | null;
                category?: ("account" | "billing" | "session" | "safety" | "other") | null;
                /** @description Only tickets older than this */
                created_before?: string | null;
                limit?: number;
                offset?: number;
                requester_id?: number | null;
                status?: ("open" | "pending" | "resolved" | "closed") | null;
                unassigned?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketPage"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    support_queue_ticket_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketThreadOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    support_queue_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportTicketOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    support_queue_reply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffReplyIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketThreadOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    support_queue_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketStatusIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportTicketOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_get_account_email: {
        parameters: {
            query?: never;
            header?: {
                /** @description Session token. Only needed when `client` is equal to `app`. */
                "X-Session-Token"?: components["parameters"]["AllauthSessionToken"];
            };
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AllauthEmailAddresses"];
            /** @description Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not authenticated. Not signed in (yet): `code` is `auth_pending` while a step is pending (`data.flows`), `meta.session_token` continues the flow. After a logout this is the expected answer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The session token is unknown, expired or was ended by a logout: start again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_put_account_email: {
        parameters: {
            query?: never;
            header?: {
                /** @description Session token. Only needed when `client` is equal to `app`. */
                "X-Session-Token"?: components["parameters"]["AllauthSessionToken"];
            };
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["AllauthEmail"];
        responses: {
            200: components["responses"]["AllauthStatusOK"];
            /** @description An input error occurred. Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in (yet): `code` is `auth_pending` while a step is pending (`data.flows`), `meta.session_token` continues the flow. After a logout this is the expected answer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Too many email verification mails were already sent. Forbidden (e.g. sign-up closed, a missing CSRF token for the browser client) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The session token is unknown, expired or was ended by a logout: start again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many attempts; wait for `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_post_account_email: {
        parameters: {
            query?: never;
            header?: {
                /** @description Session token. Only needed when `client` is equal to `app`. */
                "X-Session-Token"?: components["parameters"]["AllauthSessionToken"];
            };
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["AllauthEmail"];
        responses: {
            200: components["responses"]["AllauthEmailAddresses"];
            /** @description An input error occurred. Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The response indicates authentication or re-authentication is required. Not signed in (yet): `code` is `auth_pending` while a step is pending (`data.flows`), `meta.session_token` continues the flow. After a logout this is the expected answer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Forbidden (e.g. sign-up closed, a missing CSRF token for the browser client) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict. For example, when no user is authenticated and no email verification flow is pending. Conflict: the flow is not in a state that allows this call (e.g. no pending verification) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The session token is unknown, expired or was ended by a logout: start again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many attempts; wait for `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_delete_account_email: {
        parameters: {
            query?: never;
            header?: {
                /** @description Session token. Only needed when `client` is equal to `app`. */
                "X-Session-Token"?: components["parameters"]["AllauthSessionToken"];
            };
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["AllauthEmail"];
        responses: {
            200: components["responses"]["AllauthEmailAddresses"];
            /** @description An input error occurred. Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in (yet): `code` is `auth_pending` while a step is pending (`data.flows`), `meta.session_token` continues the flow. After a logout this is the expected answer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Forbidden (e.g. sign-up closed, a missing CSRF token for the browser client) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The session token is unknown, expired or was ended by a logout: start again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many attempts; wait for `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_patch_account_email: {
        parameters: {
            query?: never;
            header?: {
                /** @description Session token. Only needed when `client` is equal to `app`. */
                "X-Session-Token"?: components["parameters"]["AllauthSessionToken"];
            };
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["AllauthMarkPrimaryEmail"];
        responses: {
            200: components["responses"]["AllauthEmailAddresses"];
            /** @description An input error occurred. Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in (yet): `code` is `auth_pending` while a step is pending (`data.flows`), `meta.session_token` continues the flow. After a logout this is the expected answer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Forbidden (e.g. sign-up closed, a missing CSRF token for the browser client) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The session token is unknown, expired or was ended by a logout: start again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many attempts; wait for `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_post_account_password_change: {
        parameters: {
            query?: never;
            header?: {
                /** @description Session token. Only needed when `client` is equal to `app`. */
                "X-Session-Token"?: components["parameters"]["AllauthSessionToken"];
            };
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["AllauthChangePassword"];
        responses: {
            /** @description An input error occurred. Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not authenticated. Not signed in (yet): `code` is `auth_pending` while a step is pending (`data.flows`), `meta.session_token` continues the flow. After a logout this is the expected answer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Forbidden (e.g. sign-up closed, a missing CSRF token for the browser client) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The session token is unknown, expired or was ended by a logout: start again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many attempts; wait for `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_get_account_providers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Session token. Only needed when `client` is equal to `app`. */
                "X-Session-Token"?: components["parameters"]["AllauthSessionToken"];
            };
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AllauthProviderAccounts"];
            /** @description Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in (yet): `code` is `auth_pending` while a step is pending (`data.flows`), `meta.session_token` continues the flow. After a logout this is the expected answer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The session token is unknown, expired or was ended by a logout: start again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_delete_account_providers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Session token. Only needed when `client` is equal to `app`. */
                "X-Session-Token"?: components["parameters"]["AllauthSessionToken"];
            };
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["AllauthProviderAccount"];
        responses: {
            200: components["responses"]["AllauthProviderAccounts"];
            /** @description An input error occurred. Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in (yet): `code` is `auth_pending` while a step is pending (`data.flows`), `meta.session_token` continues the flow. After a logout this is the expected answer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Forbidden (e.g. sign-up closed, a missing CSRF token for the browser client) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The session token is unknown, expired or was ended by a logout: start again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many attempts; wait for `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_post_auth_code_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["AllauthConfirmLoginCode"];
        responses: {
            200: components["responses"]["AllauthAuthenticatedByCode"];
            /** @description An input error occurred. Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not authenticated. Not signed in (yet): `code` is `auth_pending` while a step is pending (`data.flows`), `meta.session_token` continues the flow. After a logout this is the expected answer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Forbidden (e.g. sign-up closed, a missing CSRF token for the browser client) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict. The "login by code" flow is not pending. Conflict: the flow is not in a state that allows this call (e.g. no pending verification) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many attempts; wait for `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_get_auth_email_verify: {
        parameters: {
            query?: never;
            header: {
                /** @description The email verification key */
                "X-Email-Verification-Key": components["parameters"]["AllauthEmailVerificationKey"];
            };
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AllauthEmailVerificationInfo"];
            /** @description An input error occurred. Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict. The email verification (by code) flow is not pending. Conflict: the flow is not in a state that allows this call (e.g. no pending verification) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_post_auth_email_verify: {
        parameters: {
            query?: never;
            header?: {
                /** @description Session token. Only needed when `client` is equal to `app`. */
                "X-Session-Token"?: components["parameters"]["AllauthSessionToken"];
            };
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["AllauthVerifyEmail"];
        responses: {
            200: components["responses"]["AllauthAuthenticated"];
            /** @description An input error occurred. Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description There is no authenticated session. Not signed in (yet): `code` is `auth_pending` while a step is pending (`data.flows`), `meta.session_token` continues the flow. After a logout this is the expected answer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Forbidden (e.g. sign-up closed, a missing CSRF token for the browser client) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict. The email verification (by code) flow is not pending. Conflict: the flow is not in a state that allows this call (e.g. no pending verification) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The session token is unknown, expired or was ended by a logout: start again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many attempts; wait for `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_post_auth_email_verify_resend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Session token. Only needed when `client` is equal to `app`. */
                "X-Session-Token"?: components["parameters"]["AllauthSessionToken"];
            };
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AllauthStatusOK"];
            /** @description Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in (yet): `code` is `auth_pending` while a step is pending (`data.flows`), `meta.session_token` continues the flow. After a logout this is the expected answer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Forbidden (e.g. sign-up closed, a missing CSRF token for the browser client) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict. The email verification (by code) flow is not pending. Conflict: the flow is not in a state that allows this call (e.g. no pending verification) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The session token is unknown, expired or was ended by a logout: start again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Too many requests. Too many attempts; wait for `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_post_auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["AllauthLogin"];
        responses: {
            200: components["responses"]["AllauthAuthenticatedByPassword"];
            /** @description An input error occurred. Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not authenticated. Not signed in (yet): `code` is `auth_pending` while a step is pending (`data.flows`), `meta.session_token` continues the flow. After a logout this is the expected answer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Forbidden (e.g. sign-up closed, a missing CSRF token for the browser client) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict. For example, when logging in when a user is already logged in. Conflict: the flow is not in a state that allows this call (e.g. no pending verification) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many attempts; wait for `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_post_auth_password_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["AllauthRequestPassword"];
        responses: {
            200: components["responses"]["AllauthStatusOK"];
            /** @description An input error occurred. Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not authenticated. Not signed in (yet): `code` is `auth_pending` while a step is pending (`data.flows`), `meta.session_token` continues the flow. After a logout this is the expected answer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Forbidden (e.g. sign-up closed, a missing CSRF token for the browser client) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many attempts; wait for `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_get_auth_password_reset: {
        parameters: {
            query?: never;
            header: {
                /** @description The password reset key */
                "X-Password-Reset-Key": components["parameters"]["AllauthPasswordResetKey"];
            };
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AllauthPasswordResetInfo"];
            /** @description An input error occurred. Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict. There is no password reset (by code) flow pending. Conflict: the flow is not in a state that allows this call (e.g. no pending verification) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_post_auth_password_reset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["AllauthResetPassword"];
        responses: {
            200: components["responses"]["AllauthAuthenticatedByPassword"];
            /** @description An input error occurred. Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not authenticated. Not signed in (yet): `code` is `auth_pending` while a step is pending (`data.flows`), `meta.session_token` continues the flow. After a logout this is the expected answer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Forbidden (e.g. sign-up closed, a missing CSRF token for the browser client) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict. There is no password reset (by code) flow pending. Conflict: the flow is not in a state that allows this call (e.g. no pending verification) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many attempts; wait for `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_get_auth_provider_signup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AllauthProviderSignup"];
            /** @description Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict. The provider signup flow is not pending. Conflict: the flow is not in a state that allows this call (e.g. no pending verification) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_post_auth_provider_signup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["AllauthProviderSignup"];
        responses: {
            200: components["responses"]["AllauthAuthenticated"];
            /** @description An input error occurred. Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not authenticated, more steps are required to be completed. Not signed in (yet): `code` is `auth_pending` while a step is pending (`data.flows`), `meta.session_token` continues the flow. After a logout this is the expected answer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Forbidden. For example, when signup is closed. Forbidden (e.g. sign-up closed, a missing CSRF token for the browser client) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict. The provider signup flow is not pending. Conflict: the flow is not in a state that allows this call (e.g. no pending verification) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many attempts; wait for `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_post_auth_provider_token: {
        parameters: {
            query?: never;
            header?: {
                /** @description Session token. Only needed when `client` is equal to `app`. */
                "X-Session-Token"?: components["parameters"]["AllauthSessionToken"];
            };
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["AllauthProviderToken"];
        responses: {
            200: components["responses"]["AllauthAuthenticated"];
            /** @description An input error occurred. Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not authenticated, more steps are required to be completed. Not signed in (yet): `code` is `auth_pending` while a step is pending (`data.flows`), `meta.session_token` continues the flow. After a logout this is the expected answer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Forbidden. For example, when signup is closed. Forbidden (e.g. sign-up closed, a missing CSRF token for the browser client) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The session token is unknown, expired or was ended by a logout: start again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many attempts; wait for `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_post_auth_reauthenticate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Session token. Only needed when `client` is equal to `app`. */
                "X-Session-Token"?: components["parameters"]["AllauthSessionToken"];
            };
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["AllauthReauthenticate"];
        responses: {
            200: components["responses"]["AllauthAuthenticatedByPassword"];
            /** @description An input error occurred. Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in (yet): `code` is `auth_pending` while a step is pending (`data.flows`), `meta.session_token` continues the flow. After a logout this is the expected answer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Forbidden (e.g. sign-up closed, a missing CSRF token for the browser client) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The session token is unknown, expired or was ended by a logout: start again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many attempts; wait for `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_get_auth_session: {
        parameters: {
            query?: never;
            header?: {
                /** @description Session token. Only needed when `client` is equal to `app`. */
                "X-Session-Token"?: components["parameters"]["AllauthSessionToken"];
            };
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AllauthAuthenticated"];
            /** @description Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not authenticated. Not signed in (yet): `code` is `auth_pending` while a step is pending (`data.flows`), `meta.session_token` continues the flow. After a logout this is the expected answer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The response indicates session is invalid or no longer exists. The session token is unknown, expired or was ended by a logout: start again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_delete_auth_session: {
        parameters: {
            query?: never;
            header?: {
                /** @description Session token. Only needed when `client` is equal to `app`. */
                "X-Session-Token"?: components["parameters"]["AllauthSessionToken"];
            };
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description There is no authenticated session. Not signed in (yet): `code` is `auth_pending` while a step is pending (`data.flows`), `meta.session_token` continues the flow. After a logout this is the expected answer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Forbidden (e.g. sign-up closed, a missing CSRF token for the browser client) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The session token is unknown, expired or was ended by a logout: start again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Too many attempts; wait for `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_post_auth_signup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["AllauthSignup"];
        responses: {
            200: components["responses"]["AllauthAuthenticatedByPassword"];
            /** @description An input error occurred. Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not authenticated. Not signed in (yet): `code` is `auth_pending` while a step is pending (`data.flows`), `meta.session_token` continues the flow. After a logout this is the expected answer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @description allauth's flow state: `flows` lists the steps; the one with `is_pending: true` (e.g. `verify_email`) is what the client does next. */
                        data?: {
                            flows?: components["schemas"]["AllauthFlow"][];
                        };
                        meta?: components["schemas"]["AllauthAuthenticationMeta"];
                    };
                };
            };
            /** @description Forbidden. For example, when signup is closed. Forbidden (e.g. sign-up closed, a missing CSRF token for the browser client) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict. For example, when signing up while user is logged in. Conflict: the flow is not in a state that allows this call (e.g. no pending verification) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many attempts; wait for `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_get_config: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The type of client accessing the API. */
                client: components["parameters"]["AllauthClient"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AllauthConfiguration"];
            /** @description Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found (e.g. `client` is neither `app` nor `browser`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    allauth_post_browser_auth_provider_redirect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["AllauthProviderRedirect"];
        responses: {
            /** @description The provider authorization URL to which the client should be redirected. */
            302: {
                headers: {
                    /** @description The redirect URL. */
                    location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth's error code, e.g. `email_password_mismatch`, `invalid_code`); or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden (e.g. sign-up closed, a missing CSRF token for the browser client) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many attempts; wait for `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed. Try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshIn"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    auth_token_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    auth_token_from_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    blocks_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlockOut"][];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    blocks_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    blocks_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    chat_conversations_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationPageOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    chat_messages_list: {
        parameters: {
            query?: {
                /** @description Messages newer than this id */
                after?: number | null;
                /** @description Messages older than this id */
                before?: number | null;
                limit?: number;
            };
            header?: never;
            path: {
                conversation_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagePageOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    chat_messages_send: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversation_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageOut"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    chat_conversations_mark_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversation_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReadIn"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    chat_messages_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                message_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    chat_preferences_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferencesOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    chat_preferences_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreferencesPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferencesOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    chat_reports_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                status?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportPageOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    chat_reports_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportCaseOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    chat_reports_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    chat_ticket_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    events_browse: {
        parameters: {
            query?: {
                /** @description Only events with a seat left */
                free_seats?: boolean;
                host_id?: number | null;
                limit?: number;
                offset?: number;
                session_type?: ("text" | "voice" | "video") | null;
                starts_after?: string | null;
                starts_before?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    events_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    events_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    events_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    events_attendees: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                event_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventAttendeePage"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    events_no_show: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: number;
                seat_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventAttendeeOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    events_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventCancelIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    events_cover_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventCoverIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An external provider failed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    events_cover_upload_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventCoverUploadIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventCoverUploadOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An external provider failed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    events_join: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventJoinOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An external provider failed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    events_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    events_seat_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSeatOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    events_seat_book: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSeatOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    events_offer_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSeatOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    events_seat_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSeatOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    events_seat_payment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPaymentOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An external provider failed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    events_hosting: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    events_my_seats: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventMySeatsPage"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    feedback_friend_summary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                friend_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FriendRatingSummaryOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    feedback_ratings_staff_list: {
        parameters: {
            query?: {
                /** @description Ratings given or received by this friend */
                friend_id?: number | null;
                hidden?: boolean | null;
                limit?: number;
                offset?: number;
                side?: ("user" | "friend") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffRatingPage"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    feedback_rating_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatingIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    feedback_rating_hide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rating_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatingHideIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffRatingOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    feedback_ratings_given: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingPage"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    feedback_ratings_pending: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingRatingOut"][];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    feedback_ratings_received: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivedRatingPage"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    feedback_surveys_list: {
        parameters: {
            query?: {
                limit?: number;
                moment?: ("first_session" | "rematch" | "subscription_cancelled" | "manual") | null;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyPage"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    feedback_survey_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyCreateIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyDetailOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    feedback_survey_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                survey_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyDetailOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    feedback_survey_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                survey_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    feedback_survey_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                survey_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyPatchIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyDetailOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    feedback_survey_draft_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                survey_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyDraftIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyDetailOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    feedback_survey_export: {
        parameters: {
            query?: {
                /** @description A published or frozen version; the published one by default */
                version?: number | null;
            };
            header?: never;
            path: {
                survey_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row per response: response_id, answered_at, then one column per question key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    feedback_survey_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                survey_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyDetailOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    feedback_survey_results: {
        parameters: {
            query?: {
                /** @description A published or frozen version; the published one by default */
                version?: number | null;
            };
            header?: never;
            path: {
                survey_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResultsOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    feedback_survey_texts: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description One free text question; all by default */
                question?: string | null;
                version?: number | null;
            };
            header?: never;
            path: {
                survey_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyTextPage"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    feedback_survey_target: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                survey_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyTargetIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyTargetOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    feedback_surveys_due: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyDuePage"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    feedback_survey_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                due_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyResponseIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyAnsweredOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    feedback_survey_dismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                due_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyDismissedOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    friends_highlights: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FriendHighlightOut"][];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    health_ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PingOut"];
                };
            };
        };
    };
    matches_list: {
        parameters: {
            query?: {
                language?: string | null;
                limit?: number;
                /** @description Highest price in minor units: for `session_type` if given, else for the cheapest offered type */
                max_price_minor?: number | null;
                offset?: number;
                session_type?: ("text" | "voice" | "video") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchPageOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    matches_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                friend_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    matches_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                friend_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    matches_favourites_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FavouritePageOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    matches_favourites_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                friend_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    matches_favourites_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                friend_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    matches_friends_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyFriendPageOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    matches_rematch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RematchIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RematchOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    notifications_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    notifications_devices_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceOut"][];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    notifications_devices_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeviceIn"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    notifications_devices_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                device_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    notifications_devices_forget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeviceForgetIn"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    notifications_preferences_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    notifications_preferences_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationPreferencesIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    notifications_mark_read: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationsReadIn"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    notifications_unread_count: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCountOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    notifications_unsubscribe_get: {
        parameters: {
            query: {
                /** @description The signed token from the email's link */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribeOut"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    notifications_unsubscribe: {
        parameters: {
            query: {
                /** @description The signed token from the email's link */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribeOut"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    payments_checkout_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckoutIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckoutOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An external provider failed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    payments_connect_onboarding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UrlOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An external provider failed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    payments_earnings_get: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EarningsOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    payments_history_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPage"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    payments_payouts_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutPage"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    payments_plans_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanOut"][];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    payments_plans_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    payments_plans_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                plan_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    payments_portal_link: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UrlOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An external provider failed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    payments_premium_intent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntentOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An external provider failed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    payments_refund: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An external provider failed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    payments_subscription_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    payments_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    questionnaire_answers_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswersOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    questionnaire_answers_set: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswersIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswersOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    questionnaire_current_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnaireOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    questionnaire_publish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnaireOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    recordings_mine: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingPage"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    recordings_playback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recording_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybackOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    recordings_session_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionRecordingsOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    recordings_consent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionRecordingsOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    recordings_stop: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionRecordingsOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    sessions_list: {
        parameters: {
            query?: {
                end?: string | null;
                limit?: number;
                offset?: number;
                /** @description 'user': sessions I booked; 'friend': my calendar as a friend */
                role?: "user" | "friend";
                start?: string | null;
                status?: components["schemas"]["SessionStatus"][] | null;
                /** @description 'upcoming': still to come or happening (booked, pending payment, in progress, before its end); 'past': everything else (over, ended early, cancelled, no-show). Each session is in exactly one. */
                when?: "all" | "upcoming" | "past";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionPage"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    sessions_book: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    sessions_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDetailOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    sessions_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDetailOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    sessions_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDetailOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    sessions_join: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    sessions_no_show: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoShowIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDetailOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    sessions_reschedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescheduleIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDetailOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    sessions_availability_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailabilityOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    sessions_availability_set: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AvailabilityIn"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    sessions_slots_list: {
        parameters: {
            query: {
                duration_minutes?: number | null;
                end: string;
                start: string;
                /** @description IANA timezone for the *_local fields */
                tz?: string;
            };
            header?: never;
            path: {
                friend_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotOut"][];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    support_report_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportReportIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportTicketOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    support_tickets_mine: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketPage"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    support_ticket_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportTicketOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    support_ticket_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketThreadOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    support_ticket_reply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketReplyIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketThreadOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    users_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Part of the email or name */
                q?: string | null;
                role?: components["schemas"]["Role"] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    users_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAdminOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    users_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAdminOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    users_reactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAdminOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    users_role_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAdminOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    users_friends_list: {
        parameters: {
            query?: {
                language?: string | null;
                limit?: number;
                offset?: number;
                /** @description Part of the display name */
                q?: string | null;
                session_type?: ("text" | "voice" | "video") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FriendPageOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    users_friends_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                friend_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FriendCardOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    users_me_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    users_me_erase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountErasureIn"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountErasureAcceptedOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    users_me_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MePatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    users_avatar_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AvatarConfirmIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An external provider failed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    users_avatar_delete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An external provider failed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    users_avatar_upload_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AvatarUploadIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvatarUploadOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An external provider failed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    users_me_consents_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentsOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    users_me_consents_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentsPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentsOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    privacy_erasure_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    privacy_erasure_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    privacy_export_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataExportOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    privacy_export_archive_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportArchiveOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object, or not one the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    privacy_export_archive_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportArchiveOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    users_friend_profile_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FriendProfileOut"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    users_friend_profile_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FriendProfilePatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FriendProfileOut"];
                };
            };
            /** @description Malformed request body (not JSON, not UTF-8) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role or relation to the object does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid input or a business rule refused it; `code` says which, `errors` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A backing service is unavailable; nothing was changed, retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
