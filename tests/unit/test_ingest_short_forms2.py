"""A family name alone later in a text names the person whose full name came first: the analyst
sees one draft with every mention, not a second draft for the bare name."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.model import ActorKind


def _drafts(text: str) -> dict[str, object]:
    extraction = extract(text, None, [], set(), "test15", language="en")
    return {draft.name: draft for draft in extraction.actors}


def _mentions(text: str, draft) -> list[str]:  # type: ignore[no-untyped-def]
    return [text[start:end] for start, end in draft.spans]


def test_a_surname_that_is_a_title_word_links_to_the_person() -> None:
    text = "Foreign Minister Julie Bishop visited Jakarta on Monday. Bishop said the talks had gone well."
    drafts = _drafts(text)
    person = drafts["Julie Bishop"]
    assert person.kind is ActorKind.person  # type: ignore[attr-defined]
    assert _mentions(text, person) == ["Julie Bishop", "Bishop"]
    assert "Bishop" not in drafts


def test_a_hyphenated_surname_later_joins_the_full_name() -> None:
    text = "Aminata Kargbo-Sesay leads the union. Kargbo-Sesay told reporters the strike would go on."
    drafts = _drafts(text)
    assert "Kargbo-Sesay" not in drafts
    person = drafts["Aminata Kargbo-Sesay"]
    assert person.kind is ActorKind.person  # type: ignore[attr-defined]
    assert _mentions(text, person) == ["Aminata Kargbo-Sesay", "Kargbo-Sesay"]


def test_a_common_word_surname_at_a_sentence_start_links_before_a_speech_verb() -> None:
    text = "Judge Orla Young ruled on Monday. Young said the law was clear."
    person = _drafts(text)["Orla Young"]
    assert _mentions(text, person)[-1] == "Young"


def test_a_common_word_opening_a_sentence_is_no_mention() -> None:
    text = "Judge Orla Young ruled on Monday. Young people gathered outside the court."
    person = _drafts(text)["Orla Young"]
    assert _mentions(text, person) == ["Orla Young"]


def test_a_surname_two_persons_share_links_to_neither() -> None:
    for surname in ("Bishop", "Young"):
        text = f"Senator Anna {surname} met Judge Peter {surname} on Monday. Later, {surname} said it was over."
        drafts = _drafts(text)
        assert _mentions(text, drafts[f"Anna {surname}"]) == [f"Anna {surname}"]
        assert _mentions(text, drafts[f"Peter {surname}"]) == [f"Peter {surname}"]
        assert surname not in drafts


def test_a_surname_opening_a_longer_name_is_no_mention() -> None:
    text = "Pastor Ruth Bishop preached on Sunday. The service was held in Bishop Street in the rain."
    person = _drafts(text)["Ruth Bishop"]
    assert _mentions(text, person) == ["Ruth Bishop"]


def test_a_surname_before_the_full_name_is_not_linked_backwards() -> None:
    text = "Bishop was in the news. On Monday, Foreign Minister Julie Bishop visited Jakarta."
    person = _drafts(text)["Julie Bishop"]
    assert _mentions(text, person) == ["Julie Bishop"]
