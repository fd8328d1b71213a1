"""Names as news agencies, encyclopaedias and foreign-language sources write them: an Arabic
article opening a sentence, a well-known body's acronym in title case, an elided article before a
country, a German compound place joined by a hyphen. Every example is invented; each test says
what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import ActorKind


def _drafts(text: str) -> dict[str, ActorKind]:
    extraction = extract(text, None, [], set(), "test15")
    return {draft.name: draft.kind for draft in extraction.actors}


# -- an Arabic article, capitalised and joined by a hyphen, opening a sentence -----------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Al-Varnak attacked a checkpoint near the river.", "Al-Varnak"),
        ("El-Tremmin was shelled overnight, residents said.", "El-Tremmin"),
        ("Al-Quellmoor Front claimed the raid on Tuesday.", "Al-Quellmoor Front"),
        ("Al-Dorvash Brigades fired rockets at the airport.", "Al-Dorvash Brigades"),
        ("“Al-Varnak will not stop,” the statement read.", "Al-Varnak"),
    ],
)
def test_a_hyphened_arabic_article_opening_a_sentence_keeps_the_name_whole(text: str, name: str) -> None:
    drafts = _drafts(text)
    assert name in drafts, sorted(drafts)
    # Neither the article nor the word after it is a draft of its own.
    assert not any(other in drafts for other in ("Al", "El", name.split("-", 1)[1])), sorted(drafts)


@pytest.mark.parametrize(
    "text",
    [
        "As it stands, the plan will cost more.",
        "An hour later the talks resumed.",
        "Al said he would come back tomorrow.",
    ],
)
def test_a_common_word_opening_a_sentence_stays_no_name(text: str) -> None:
    assert _drafts(text) == {}


# -- a body's acronym written in title case ("Nato" style) -------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Qto said it would send more ships. Members of the QTO met in June.", "Qto"),
        ("Officials said Varfo would cut output. The VARFO cartel met in May.", "Varfo"),
    ],
)
def test_a_title_case_acronym_that_the_text_writes_in_capitals_is_a_body(text: str, name: str) -> None:
    drafts = _drafts(text)
    found = {draft: kind for draft, kind in drafts.items() if draft.casefold() == name.casefold()}
    assert list(found.values()) == [ActorKind.organization], sorted(drafts)


def test_a_title_case_acronym_spelled_out_in_brackets_is_that_bodys_other_name() -> None:
    extraction = extract(
        "The Quellmoor Treaty Organisation (Qto) met on Monday. Qto ships left port.", None, [], set(), "test15"
    )
    drafts = {draft.name: draft for draft in extraction.actors}
    assert "Quellmoor Treaty Organisation" in drafts, sorted(drafts)
    assert "Qto" in drafts["Quellmoor Treaty Organisation"].aliases
    assert "Qto" not in drafts


@pytest.mark.parametrize(
    "text",
    [
        # A common word shouted in a brand or a heading says nothing of the same word in title case.
        "Watch it on ZORV SPORTS tonight. Sports fans cheered the result.",
        # A heading in capitals on a line of its own is no acronym.
        "CHOIR\n\nChoir practice starts at six in the village hall.",
    ],
)
def test_a_word_in_capitals_elsewhere_makes_no_acronym_of_an_ordinary_word(text: str) -> None:
    drafts = _drafts(text)
    assert not any(name in drafts for name in ("Sports", "Choir")), sorted(drafts)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Nato said it would move two brigades east.", "Nato", ActorKind.organization),
        ("Talks between Varnak and Opec broke down.", "Opec", ActorKind.organization),
        ("Unicef said the camp had no clean water.", "Unicef", ActorKind.organization),
        ("Fighters loyal to Isis left the village at dawn.", "Isis", ActorKind.armed_force),
    ],
)
def test_an_international_body_written_as_a_word_is_that_body(text: str, name: str, kind: ActorKind) -> None:
    # Newsrooms that write acronyms as words give nothing in the casing; the body is known by name.
    assert _drafts(text).get(name) is kind, _drafts(text)
