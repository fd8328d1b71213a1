"""The data model: what is accepted, what is refused, and the Admiralty grade analysts see."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from dossier.model import Actor, Event, Quote, Source, Stance, admiralty_grade, attribution_actor_id

SHA = "a" * 64


def quote(**overrides: object) -> Quote:
    fields: dict[str, object] = {"id": "q-1", "source": "s", "exact": "words", "start": 3, "end": 8}
    fields.update(overrides)
    return Quote.model_validate(fields)


def test_ids_are_lowercase_slugs_of_at_most_80_characters() -> None:
    assert Actor(id="alyaksandr-lukashenka", name="Alyaksandr Lukashenka", kind="person").id == "alyaksandr-lukashenka"
    assert Actor(id="a" * 80, name="x", kind="person").id == "a" * 80
    for bad in ("Lukashenka", "a--b", "-a", "a-", "../etc", "a b", "", "ü"):
        with pytest.raises(ValidationError, match=r"\nid\n  String should match pattern"):
            Actor(id=bad, name="x", kind="person")
    with pytest.raises(ValidationError, match=r"\nid\n  String should have at most 80 characters"):
        Actor(id="a" * 81, name="x", kind="person")


@pytest.mark.parametrize(
    "date", ["2022-02-24", "2022-02-21/2022-02-22", "2022-02-28?", "2022-02~", "XXXX-02-24", "2022"]
)
def test_event_dates_accept_edtf(date: str) -> None:
    assert Event(id="e", title="t", date=date).date == date


@pytest.mark.parametrize("date", ["2022-02-30", "24 February 2022", "2022-13-01", "2022-02-21/2022-02-31", ""])
def test_event_dates_refuse_what_is_not_edtf(date: str) -> None:
    with pytest.raises(ValidationError, match=r"\ndate\n  Value error, .*(is not an EDTF date|must be a non-empty)"):
        Event(id="e", title="t", date=date)


def test_unknown_fields_are_errors_not_silently_dropped() -> None:
    with pytest.raises(ValidationError) as info:
        Actor.model_validate({"id": "a", "name": "A", "kind": "person", "alias": ["B"]})
    assert info.value.errors()[0]["type"] == "extra_forbidden"


def test_quote_span_must_be_ordered() -> None:
    with pytest.raises(ValidationError, match="end .* must be greater than start"):
        quote(start=8, end=3)


def test_credibility_and_reliability_follow_the_admiralty_scale() -> None:
    with pytest.raises(ValidationError):
        quote(credibility=7)
    with pytest.raises(ValidationError):
        Source(id="s", title="t", reliability="G", sha256=SHA)
    source = Source(id="s", title="t", reliability="B", sha256=SHA)
    assert admiralty_grade(source, quote(credibility=2)) == "B2"
    assert admiralty_grade(None, quote()) == "F6"


def test_source_urls_must_be_http() -> None:
    assert Source(id="s", title="t", sha256=SHA, url="https://example.org/a?b=c").url == "https://example.org/a?b=c"
    refused = r"\nurl\n  Value error, a URL must (start with http|not contain spaces)"
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "example.org", "https://exa mple.org"):
        with pytest.raises(ValidationError, match=refused):
            Source(id="s", title="t", sha256=SHA, url=bad)


def test_attribution_is_an_actor_id_or_the_words_used() -> None:
    assert attribution_actor_id(quote(attributed_to="vladimir-putin")) == "vladimir-putin"
    assert attribution_actor_id(quote(attributed_to="an unnamed U.S. official")) is None


def test_records_that_share_field_names_stay_independent_when_one_changes() -> None:
    # Records share one set of "fields given" to save memory; changing one must not leak into the others.
    first, second = (
        Quote.model_validate({"id": f"q-{n}", "source": "s", "exact": "words", "start": 0, "end": 5}) for n in (1, 2)
    )
    first.notes = "checked"
    updated = second.model_copy(update={"stance": Stance.denies})
    assert first.model_dump(exclude_unset=True)["notes"] == "checked"
    assert "notes" not in second.model_dump(exclude_unset=True)
    assert "stance" not in second.model_dump(exclude_unset=True)
    assert updated.model_dump(exclude_unset=True)["stance"] == "denies"
