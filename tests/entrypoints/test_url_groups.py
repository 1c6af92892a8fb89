"""The API's URL patterns, nested by first segment (entrypoints/http/url_groups.py)."""

from __future__ import annotations

import re

import pytest
from django.http import HttpResponse
from django.urls import URLResolver, get_resolver, path, resolve
from django.urls import resolvers as django_resolvers

from entrypoints.http.api import api
from entrypoints.http.url_groups import grouped


def _view(name):
    def view(request, **kwargs):
        return HttpResponse(name)

    view.__name__ = name
    return view


def _resolver(patterns):
    return URLResolver(django_resolvers.RegexPattern(r"^/"), patterns)


def test_order_within_a_segment_is_kept_so_a_literal_still_wins_over_a_parameter():
    me, by_id, friends = _view("me"), _view("by_id"), _view("friends")
    flat = [path("users/me", me), path("users/<str:user_id>", by_id), path("sessions", _view("s")),
            path("users/friends", friends)]  # fmt: skip
    nested = _resolver(grouped(flat))
    assert nested.resolve("/users/me").func is me
    assert nested.resolve("/users/42").func is by_id
    # In the flat list "users/<user_id>" came first and took "friends": still so.
    assert nested.resolve("/users/friends").func is by_id
    assert nested.resolve("/sessions").func.__name__ == "s"


def test_a_segment_and_its_sub_paths_both_resolve():
    listing, detail = _view("list"), _view("detail")
    nested = _resolver(grouped([path("matches", listing), path("matches/<int:match_id>", detail)]))
    assert nested.resolve("/matches").func is listing
    match = nested.resolve("/matches/7")
    assert match.func is detail
    assert match.kwargs == {"match_id": 7}


def test_a_parameter_first_pattern_is_a_barrier_nothing_moves_across():
    early, catch_all, late = _view("early"), _view("catch_all"), _view("late")
    flat = [path("a/x", early), path("<str:anything>/x", catch_all), path("b/x", late)]
    nested = _resolver(grouped(flat))
    assert nested.resolve("/a/x").func is early
    assert nested.resolve("/b/x").func is catch_all  # as in the flat list: the catch-all came first


def _sample(route: str) -> str:
    return re.sub(r"<(?:(\w+):)?\w+>", lambda m: "1" if m.group(1) in ("int", None) else "x", route)


def test_every_api_route_resolves_to_the_same_view_and_name_as_before():
    flat = api.urls[0]
    assert len(flat) > 50
    for pattern in flat:
        url = "/api/" + _sample(str(pattern.pattern))
        match = resolve(url)
        expected = _resolver(list(flat)).resolve("/" + _sample(str(pattern.pattern)))
        # api.urls builds new view objects on every access: the same route and name is the proof.
        assert match.route == "api/" + expected.route, url
        assert (match.url_name, match.namespaces) == (expected.url_name, ["api"]), url


def _patterns_tried(url: str, monkeypatch: pytest.MonkeyPatch) -> int:
    calls = []
    original = django_resolvers.URLPattern.resolve

    def counting(self, path):
        calls.append(self)
        return original(self, path)

    monkeypatch.setattr(django_resolvers.URLPattern, "resolve", counting)
    resolve(url)
    return len(calls)


def test_a_request_tries_few_patterns_whatever_the_number_of_routes(monkeypatch: pytest.MonkeyPatch):
    """Noise-free guard for the HTTP hot path: resolution cost does not grow with the route list."""
    top_level = [p for p in get_resolver().url_patterns]
    api_entries = next(p for p in top_level if str(p.pattern) == "api/").url_patterns
    largest_group = max(len(p.url_patterns) for p in api_entries if isinstance(p, URLResolver))
    bound = len(top_level) + len(api_entries) + largest_group
    assert bound < len(api.urls[0])  # otherwise the grouping buys nothing
    for pattern in api.urls[0]:
        assert _patterns_tried("/api/" + _sample(str(pattern.pattern)), monkeypatch) <= bound
    assert _patterns_tried("/api/users/me", monkeypatch) <= 12
