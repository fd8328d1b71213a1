"""Round lang83: Hindi towns by their everyday Latin spelling, ...

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("हुबली में कपास की आवक बढ़ी है।", "हुबली"),
        ("शाहजहांपुर में गन्ने की खरीद शुरू हुई।", "शाहजहांपुर"),
        ("तुमकुरु और हासन के किसान नाराज हैं।", "तुमकुरु"),
    ],
)
def test_a_hindi_town_sounding_as_its_everyday_latin_spelling_is_a_place(text: str, name: str) -> None:
    assert _kinds(text, "hi").get(name) == "place", _kinds(text, "hi")

