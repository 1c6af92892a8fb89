"""A small question set and matching answers used across the personality tests."""

from __future__ import annotations

from typing import Any

QUESTIONS: list[dict[str, Any]] = [
    {"key": "energy", "text": "People recharge me.", "kind": "scale_1_5", "options": [], "required": True},
    {
        "key": "style",
        "text": "Favourite conversation?",
        "kind": "single_choice",
        "options": [{"key": "deep", "text": "Deep"}, {"key": "light", "text": "Light"}],
        "required": True,
    },
    {
        "key": "topics",
        "text": "Topics?",
        "kind": "multiple_choice",
        "options": [
            {"key": "books", "text": "Books"},
            {"key": "film", "text": "Film"},
            {"key": "food", "text": "Food"},
        ],
        "required": False,
    },
]

ANSWERS: list[dict[str, Any]] = [
    {"question": "energy", "value": 4, "importance": 3, "mandatory": False},
    {"question": "style", "value": "deep", "importance": 5, "mandatory": True},
    {"question": "topics", "value": ["books", "food"], "importance": 1, "mandatory": False},
]
