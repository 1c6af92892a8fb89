"""Rules about text that people see (display names and the like)."""

from __future__ import annotations

import unicodedata

# Letters, numbers, punctuation and symbols show something. Separators (spaces), controls,
# format characters (zero-width space, joiners, direction marks), surrogates, private-use and
# unassigned code points do not; marks only decorate another character.
_VISIBLE_CATEGORIES = frozenset({"L", "N", "P", "S"})
# Characters in a visible category that still render as nothing: the Hangul fillers and the
# blank Braille pattern.
_BLANK_LOOKING = frozenset({"\u115f", "\u1160", "\u3164", "\uffa0", "\u2800"})


def has_visible_character(text: str) -> bool:
    return any(unicodedata.category(ch)[0] in _VISIBLE_CATEGORIES and ch not in _BLANK_LOOKING for ch in text)
