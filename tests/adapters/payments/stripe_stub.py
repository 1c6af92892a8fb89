"""A small local HTTP server that speaks the parts of Stripe's API the gateway uses.

The real SDK talks to it over a real socket (`base_addresses={"api": server.url}`), so request
encoding, headers (Idempotency-Key), response parsing and error mapping are all exercised.
Like Stripe, it replays the stored response for a repeated Idempotency-Key.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

DECLINING_CUSTOMER = "cus_declines"


class StripeStub:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.objects: dict[str, dict[str, Any]] = {}
        self.replies: dict[str, tuple[int, dict[str, Any]]] = {}
        self.fail_with_status: int | None = None
        # Events "Stripe" emitted, newest last; GET /v1/events serves them newest first, like Stripe.
        self.events: list[dict[str, Any]] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                stub._handle(self, {})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                params = dict(parse_qsl(self.rfile.read(length).decode(), keep_blank_values=True))
                stub._handle(self, params)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> StripeStub:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def put(self, obj: dict[str, Any]) -> dict[str, Any]:
        self.objects[obj["id"]] = obj
        return obj

    # --- request handling ------------------------------------------------------------------
    def _handle(self, handler: BaseHTTPRequestHandler, params: dict[str, str]) -> None:
        key = handler.headers.get("Idempotency-Key")
        self.requests.append(
            {
                "method": handler.command,
                "path": handler.path,
                "params": params,
                "idempotency_key": key,
                "stripe_version": handler.headers.get("Stripe-Version"),
            }
        )
        if self.fail_with_status:
            status, body = self.fail_with_status, _error("api_error", "Something went wrong on Stripe's end.")
        elif key and key in self.replies:
            status, body = self.replies[key]
        else:
            status, body = self._route(handler.command, handler.path, params)
            if key and handler.command == "POST":
                self.replies[key] = (status, body)
        raw = json.dumps(body).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(raw)))
        handler.send_header("Request-Id", f"req_{secrets.token_hex(6)}")
        handler.end_headers()
        handler.wfile.write(raw)

    def _route(self, method: str, target: str, p: dict[str, str]) -> tuple[int, dict[str, Any]]:
        path, query = urlsplit(target).path, dict(parse_qsl(urlsplit(target).query))
        if method == "GET" and path == "/v1/events":
            return 200, self._list_events(query)
        if method == "POST" and path.startswith("/v1/payment_intents/") and path.endswith("/cancel"):
            intent = self.objects.get(path.split("/")[3])
            if intent is None:
                return 404, _error("invalid_request_error", "No such payment_intent", code="resource_missing")
            if intent["status"] in ("succeeded", "canceled"):
                return 400, _error("invalid_request_error", "Cannot cancel", code="payment_intent_unexpected_state")
            intent["status"] = "canceled"
            return 200, intent
        meta = {k[len("metadata[") : -1]: v for k, v in p.items() if k.startswith("metadata[")}
        now = int(time.time())
        if method == "POST" and path == "/v1/customers":
            return 200, self.put({"id": _id("cus"), "object": "customer", "email": p.get("email"), "metadata": meta})
        if method == "POST" and path == "/v1/checkout/sessions":
            if p.get("customer") not in self.objects:
                return 400, _error("invalid_request_error", "No such customer", code="resource_missing")
            sid = _id("cs_test")
            return 200, self.put(
                {
                    "id": sid,
                    "object": "checkout.session",
                    "url": f"https://checkout.stripe.com/c/pay/{sid}",
                    "mode": p.get("mode"),
                    "metadata": meta,
                }
            )
        if method == "POST" and path == "/v1/billing_portal/sessions":
            if p.get("customer") not in self.objects:
                return 400, _error("invalid_request_error", "No such customer", code="resource_missing")
            return 200, {"id": _id("bps"), "object": "billing_portal.session", "url": "https://billing.stripe.com/p/s"}
        if method == "POST" and path == "/v1/payment_intents":
            if p.get("customer") == DECLINING_CUSTOMER:
                return 402, _error("card_error", "Your card was declined.", code="card_declined")
            if p.get("customer") and p["customer"] not in self.objects:
                return 400, _error("invalid_request_error", "No such customer", code="resource_missing")
            pid = _id("pi")
            return 200, self.put(
                {
                    "id": pid,
                    "object": "payment_intent",
                    "amount": int(p["amount"]),
                    "currency": p["currency"],
                    "client_secret": f"{pid}_secret_x",
                    "status": "requires_payment_method",
                    "metadata": meta,
                }
            )
        if method == "POST" and path == "/v1/refunds":
            intent = self.objects.get(p.get("payment_intent", ""))
            if intent is None:
                return 400, _error("invalid_request_error", "No such payment_intent", code="resource_missing")
            amount = int(p.get("amount") or intent["amount"])
            refunded = intent.get("amount_refunded", 0)
            if amount + refunded > intent["amount"]:
                return 400, _error("invalid_request_error", "Refund exceeds charge", code="amount_too_large")
            intent["amount_refunded"] = refunded + amount
            for charge in self.objects.values():
                if charge.get("object") == "charge" and charge.get("payment_intent") == intent["id"]:
                    charge["amount_refunded"] = charge.get("amount_refunded", 0) + amount
                    charge["refunded"] = charge["amount_refunded"] >= charge["amount"]
            return 200, self.put(
                {
                    "id": _id("re"),
                    "object": "refund",
                    "amount": amount,
                    "currency": intent["currency"],
                    "payment_intent": intent["id"],
                    "status": "succeeded",
                }
            )
        if method == "POST" and path == "/v1/accounts":
            return 200, self.put(
                {
                    "id": _id("acct"),
                    "object": "account",
                    "type": "express",
                    "email": p.get("email"),
                    "payouts_enabled": False,
                    "details_submitted": False,
                }
            )
        if method == "POST" and path == "/v1/account_links":
            if p.get("account") not in self.objects:
                return 400, _error("invalid_request_error", "No such account", code="resource_missing")
            return 200, {
                "object": "account_link",
                "url": "https://connect.stripe.com/setup/e/x",
                "expires_at": now + 300,
            }
        if method == "POST" and path == "/v1/transfers":
            account = self.objects.get(p.get("destination", ""))
            if account is None or not account["payouts_enabled"]:
                return 400, _error("invalid_request_error", "Destination cannot receive transfers")
            return 200, self.put(
                {
                    "id": _id("tr"),
                    "object": "transfer",
                    "amount": int(p["amount"]),
                    "currency": p["currency"],
                    "destination": account["id"],
                    "metadata": meta,
                }
            )
        if method == "GET" and path == "/v1/invoice_payments":
            return 200, self._list_invoice_payments(query)
        retrievable = ("/v1/subscriptions/", "/v1/accounts/", "/v1/payment_intents/", "/v1/charges/", "/v1/disputes/")
        if method == "GET" and path.startswith((*retrievable, "/v1/invoices/")):
            obj = self.objects.get(path.rsplit("/", 1)[1])
            if obj is None:
                return 404, _error("invalid_request_error", "No such object", code="resource_missing")
            return 200, obj
        return 404, _error("invalid_request_error", f"Unrecognized request URL ({method}: {path})")

    def _list_invoice_payments(self, query: dict[str, str]) -> dict[str, Any]:
        intent = query.get("payment[payment_intent]")
        if query.get("payment[type]") != "payment_intent" or not intent:
            return {"object": "list", "data": [], "has_more": False}
        found = [
            o
            for o in self.objects.values()
            if o.get("object") == "invoice_payment" and o["payment"].get("payment_intent") == intent
        ]
        return {"object": "list", "url": "/v1/invoice_payments", "data": found, "has_more": False}

    def _list_events(self, query: dict[str, str]) -> dict[str, Any]:
        after = int(query.get("created[gt]", 0))
        newest_first = [e for e in reversed(self.events) if e["created"] > after]
        if "starting_after" in query:
            ids = [e["id"] for e in newest_first]
            newest_first = newest_first[ids.index(query["starting_after"]) + 1 :]
        limit = int(query.get("limit", 10))
        return {
            "object": "list",
            "url": "/v1/events",
            "data": newest_first[:limit],
            "has_more": len(newest_first) > limit,
        }


def _id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(8)}"


def _error(type_: str, message: str, code: str | None = None) -> dict[str, Any]:
    return {"error": {"type": type_, "message": message, "code": code}}
