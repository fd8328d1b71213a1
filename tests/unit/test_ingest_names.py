"""Names as analysts write them: cue tables row by row, names kept whole, acronyms, short forms,
case variants, and the junk a careful reader never files as an actor."""

from __future__ import annotations

import pytest

from dossier.ingest.cues import (
    AFTER_COMMA,
    AFTER_HYPHEN,
    AFTER_POSSESSIVE,
    APPOSITION_HEAD,
    FIRST_WORD,
    HEAD_WORD,
    HEADS_IN_CAPITALS,
    NAME_WORD,
    NEXT_WORD,
    PHRASE_AFTER,
    PHRASE_BEFORE,
    PREVIOUS_WORD,
    Cue,
)
from dossier.ingest.extract import extract
from dossier.model import ActorKind


def _drafts(text: str, language: str = "en") -> dict[str, object]:
    extraction = extract(text, None, [], set(), "test15", language=language)
    return {draft.name: draft for draft in extraction.actors}


def _only(drafts: dict[str, object], fragment: str):  # type: ignore[no-untyped-def]
    matching = [draft for name, draft in drafts.items() if fragment in name]
    assert len(matching) == 1, f"{fragment!r} in {sorted(drafts)}"
    return matching[0]


# -- every row of every cue table -------------------------------------------------------------


@pytest.mark.parametrize(("word", "cue"), sorted(NEXT_WORD.items()))
def test_each_next_word_cue_gives_its_kind(word: str, cue: Cue) -> None:
    if cue.kind is ActorKind.person:
        text = f"On Monday, Ilsa Vantrow {word} that the talks would go on."
        draft = _only(_drafts(text), "Vantrow")
        assert draft.name == "Ilsa Vantrow"
    else:
        text = f"Officials spoke of the Zorvakin {word} on Monday."
        if word in ("force", "faction", "factions"):  # a unit by these words only on a page about war
            text = f"Officials said the troops fought the Zorvakin {word} on Monday."
        draft = _drafts(text)[f"Zorvakin {word}" if cue.takes_word else "Zorvakin"]
    assert draft.kind is cue.kind
    assert draft.found_by == f"followed by '{word}'"
    assert draft.confidence >= cue.confidence


# Heads whose kind is read without "the" before the name: "Harbourlight Games" (a studio), "the Highland Games".
_HEADS_WITHOUT_THE = frozenset(("games",))


@pytest.mark.parametrize(("word", "cue"), sorted(HEAD_WORD.items()))
def test_each_head_word_cue_gives_its_kind(word: str, cue: Cue) -> None:
    head = word.upper() if word == "tv" or word in HEADS_IN_CAPITALS else word.title()
    # ("the Zorvakin Games" is a sporting meeting; a studio's name goes without "the")
    article = "" if word in _HEADS_WITHOUT_THE else "the "
    draft = _only(_drafts(f"Officials met {article}Zorvakin {head} on Monday."), "Zorvakin")
    assert (draft.name, draft.kind) == (f"Zorvakin {head}", cue.kind)


@pytest.mark.parametrize(("word", "cue"), sorted(AFTER_COMMA.items()))
def test_each_after_comma_cue_gives_its_kind(word: str, cue: Cue) -> None:
    draft = _only(_drafts(f"Reporters met Ilsa Vantrow, {word} had left the city earlier."), "Vantrow")
    assert (draft.name, draft.kind) == ("Ilsa Vantrow", cue.kind)


@pytest.mark.parametrize(("phrase", "cue"), sorted(PHRASE_BEFORE.items()))
def test_each_phrase_before_a_name_gives_its_kind(phrase: tuple[str, ...], cue: Cue) -> None:
    words = " ".join(phrase)
    draft = _drafts(f"Officials spoke on Monday about the {words} Zorvakin and little else.")["Zorvakin"]
    assert draft.kind is cue.kind
    assert draft.found_by.startswith(f"after '{words}'")


@pytest.mark.parametrize(("phrase", "cue"), sorted(PHRASE_AFTER.items()))
def test_each_phrase_after_a_name_gives_its_kind(phrase: tuple[str, ...], cue: Cue) -> None:
    words = " ".join(phrase)
    draft = _drafts(f"Officials said on Monday that Zorvakin {words} for the blast.")["Zorvakin"]
    assert draft.kind is cue.kind
    assert draft.found_by.startswith(f"followed by '{words}'")


@pytest.mark.parametrize(("word", "cue"), sorted(AFTER_POSSESSIVE.items()))
def test_each_word_after_a_possessive_gives_its_kind(word: str, cue: Cue) -> None:
    drafts = _drafts(f"Officials said on Monday that Zorvakin’s {word} had left the city.")
    assert drafts["Zorvakin"].kind is cue.kind


@pytest.mark.parametrize(("word", "cue"), sorted(AFTER_HYPHEN.items()))
def test_each_word_after_a_hyphen_gives_its_kind(word: str, cue: Cue) -> None:
    draft = _drafts(f"Officials said on Monday that the Zorvakin-{word} areas were quiet.")["Zorvakin"]
    assert draft.kind is cue.kind


def test_context_cues_do_not_override_a_name_s_own_words() -> None:
    drafts = _drafts("Officials spoke of the fight against the Tremmin Brigade and against Oskeldorf region.")
    assert drafts["Tremmin Brigade"].kind is ActorKind.armed_force
    assert drafts["Oskeldorf"].kind is ActorKind.place
    # A common word after "joined" stays an ordinary word; a word the text also writes in lower
    # case is no name.
    assert not _drafts("Later she joined Choir practice and the choir sang on Monday.")


@pytest.mark.parametrize(("word", "cue"), sorted(FIRST_WORD.items()))
def test_each_first_word_cue_gives_its_kind(word: str, cue: Cue) -> None:
    name = f"{word.title()} Zorvakin"
    draft = _only(_drafts(f"Officials reached {name} on Monday."), "Zorvakin")
    assert (draft.name, draft.kind) == (name, cue.kind)


@pytest.mark.parametrize(("word", "cue"), sorted(NAME_WORD.items()))
def test_each_organisation_word_makes_an_organisation(word: str, cue: Cue) -> None:
    name = f"Zorvakin {word.title()}"
    draft = _only(_drafts(f"Officials met the {name} on Monday."), "Zorvakin")
    assert (draft.name, draft.kind) == (name, cue.kind)


@pytest.mark.parametrize(("word", "cue"), sorted(PREVIOUS_WORD.items()))
def test_each_previous_word_cue_gives_its_kind(word: str, cue: Cue) -> None:
    draft = _only(_drafts(f"The convoy went on {word} Zorvakin on Monday."), "Zorvakin")
    assert (draft.name, draft.kind) == ("Zorvakin", cue.kind)


# -- names whole ------------------------------------------------------------------------------


def test_a_force_named_with_its_acronym_is_one_actor_and_the_acronym_links_to_it() -> None:
    text = (
        "Officials said the Islamic Revolutionary Guard Corps (IRGC) moved units west. "
        "Later the IRGC denied it, and a spokesman for the IRGC spoke again."
    )
    drafts = _drafts(text)
    irgc = drafts["Islamic Revolutionary Guard Corps"]
    assert irgc.kind is ActorKind.armed_force
    assert "IRGC" in irgc.aliases
    assert len(irgc.spans) == 4  # the full name, the acronym defined, and the two later "IRGC"
    assert "IRGC" not in drafts and "Revolutionary Guard Corps" not in drafts


def test_organisations_with_of_phrases_stay_whole() -> None:
    text = (
        "A statement from the State Border Guard Service of Ukraine was read out. "
        "The Ministry of Defence in London said it would reply."
    )
    drafts = _drafts(text)
    assert drafts["State Border Guard Service of Ukraine"].kind is ActorKind.organization
    assert drafts["Ministry of Defence"].kind is ActorKind.organization
    assert "Border Guard Service" not in drafts


def test_a_rank_makes_a_person_and_is_never_an_actor_itself() -> None:
    text = "Reporters met Maj. Gen. Ivan Petrenko at the base. Petrenko said the convoy had left."
    drafts = _drafts(text)
    petrenko = drafts["Ivan Petrenko"]
    assert petrenko.kind is ActorKind.person
    assert "Maj. Gen." in petrenko.found_by
    assert len(petrenko.spans) == 2  # the surname alone links to the full name
    assert not any(name.startswith(("Maj", "Gen")) for name in drafts)


def test_a_name_with_a_particle_stays_whole_and_its_short_form_links_to_it() -> None:
    text = (
        "Leaders of the group loyal to Abu Bakr al-Baghdadi met in the desert. "
        "Witnesses said al-Baghdadi was not among them."
    )
    drafts = _drafts(text)
    leader = drafts["Abu Bakr al-Baghdadi"]
    assert len(leader.spans) == 2
    assert "Baghdadi" not in drafts


def test_a_title_before_a_name_makes_a_person_and_a_post_alone_stands_for_its_holder() -> None:
    text = (
        "Secretary of State John Kerry met the Foreign Secretary in Geneva. "
        "The Minister for the Middle East welcomed the talks."
    )
    drafts = _drafts(text)
    assert drafts["John Kerry"].kind is ActorKind.person
    assert not any(name.startswith("Secretary") for name in drafts)
    # A post with a portfolio and no holder's name stands for its holder, as re3d marks it: a person.
    assert drafts["Foreign Secretary"].kind is ActorKind.person
    # A post with its remit stands for its holder, as re3d marks it: the whole post is a person.
    assert drafts["Minister for the Middle East"].kind is ActorKind.person
    # ... and re3d marks the known place inside it as a location too
    assert drafts["Middle East"].kind is ActorKind.place


def test_case_variants_of_a_name_are_one_draft() -> None:
    text = "Protests spread across SAN FRANCISCO on Friday. Police in San Francisco made arrests."
    drafts = _drafts(text)
    city = next(draft for name, draft in drafts.items() if name.casefold() == "san francisco")
    assert len(city.spans) == 2
    assert [name for name in drafts if name.casefold() == "san francisco"] == [city.name]


def test_a_demonym_makes_a_state_but_a_force_keeps_its_demonym() -> None:
    drafts = _drafts("The Iraqi Security Forces retook the town. Iraqi officials welcomed it.")
    assert drafts["Iraqi Security Forces"].kind is ActorKind.armed_force
    assert drafts["Iraq"].kind is ActorKind.state
    assert "Iraqi" in drafts["Iraq"].aliases


# -- no junk ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("I've seen the reports. I'll read them again, he said.", {"I've", "I'll", "I"}),
        ("Since then the talks stalled. More troops arrived. One convoy turned back.", {"Since", "More", "One"}),
        ("On Feb. 3 the border closed, and in March it opened on a Tuesday.", {"Feb", "March", "Tuesday"}),
        ("Section O of the report and item B were read aloud.", {"O", "B"}),
        ("The F-16 jets and COVID-19 tests cost 5G money.", {"F-16", "COVID-19", "5G", "F", "COVID"}),
        ("Thanks to the staff, the report was done. Blue lights flashed.", {"Thanks", "Blue"}),
        # (A post with a portfolio, "The Foreign Secretary spoke", stands for its holder: a person, as re3d marks it.)
        ("Gen. and Maj. were the ranks named. The Minister spoke.", {"Gen", "Maj", "Minister"}),
        ("Officials flew to Com on Friday and then to O.", {"Com", "O"}),
        (
            "Set PACKAGE_NAME in Pipfile.lock, then Helpfully the build ran. YOU and HE agreed.",
            {"PACKAGE_NAME", "Pipfile.lock", "Pipfile", "Helpfully", "YOU", "HE"},
        ),
        ("The Quarterly Update July issue and the Saturdays Market closed.", {"Update July", "Saturdays Market"}),
    ],
    ids=[
        "contractions",
        "sentence-openers",
        "months-days",
        "single-letters",
        "codes-units",
        "common-words",
        "ranks",
        "weak-places",
        "code-adverbs-shouting",
        "months-inside-names",
    ],
)
def test_junk_is_never_proposed(text: str, junk: set[str]) -> None:
    drafts = _drafts(text)
    assert not junk & set(drafts), sorted(drafts)


def test_a_persons_name_that_is_also_a_town_is_a_person() -> None:
    drafts = _drafts("President Obama spoke on Friday. Later Obama said the plan would work.")
    assert drafts["Obama"].kind is ActorKind.person
    assert len(drafts["Obama"].spans) == 2


def test_a_one_word_place_needs_support_from_its_sentence() -> None:
    text = "The motorcade drove through Tikrit at noon. Mosul, Iraq was calm."
    drafts = _drafts(text)
    assert drafts["Tikrit"].kind is ActorKind.place
    assert "after 'through'" in drafts["Tikrit"].found_by
    assert drafts["Mosul"].kind is ActorKind.place
    assert "followed by ', Iraq'" in drafts["Mosul"].found_by


def test_a_span_longer_than_a_name_is_not_one() -> None:
    text = "They cheered The Great Big Annual Northern Festival Of Light And Sound Parade Committee Day yesterday."
    assert not any(len(name.split()) > 8 for name in _drafts(text))


# -- other languages --------------------------------------------------------------------------


def test_german_nouns_are_not_names_but_known_places_are() -> None:
    text = (
        "Die Besucher kamen nach dem Abendessen in Köln zusammen. Die Herausforderungen für den Versand "
        "sind groß, sagte der Verein in Deutschland."
    )
    drafts = _drafts(text, language="de")
    assert set(drafts) == {"Köln", "Germany"}
    assert drafts["Köln"].kind is ActorKind.place
    assert drafts["Germany"].kind is ActorKind.state and drafts["Germany"].aliases == ["Deutschland"]


@pytest.mark.parametrize(
    ("text", "language", "state", "written"),
    [
        # GeoNames spells Mexico City "Mexiko" too; in a German text the word is the country.
        ("Die Firma liefert seit Jahren nach Mexiko.", "de", "Mexico", "Mexiko"),
        ("Die Preise in der Schweiz steigen.", "de", "Switzerland", "Schweiz"),
        ("L'accord a été signé avec le Mexique hier.", "fr", "Mexico", "Mexique"),
        ("Министр сказал, что Китай поддержит проект.", "ru", "China", "Китай"),
    ],
)
def test_a_country_named_in_the_sources_language_is_the_state_under_its_english_name(
    text: str, language: str, state: str, written: str
) -> None:
    drafts = _drafts(text, language=language)
    assert drafts[state].kind is ActorKind.state, drafts
    assert written in drafts[state].aliases


def test_a_countrys_name_in_another_language_is_no_state_in_an_english_text() -> None:
    # "Maurice" is French for Mauritius, and a given name in English: the same words read in
    # French name the state, in English they do not.
    text = "Ships sailed to Maurice last year."
    assert _drafts(text, language="fr")["Mauritius"].kind is ActorKind.state
    assert "Mauritius" not in _drafts(text)


def test_a_common_word_is_an_actor_only_as_the_short_form_of_a_longer_name() -> None:
    # ("the Coalition", "the Alliance" alone name one body: see test_ingest_name_shapes.py.)
    alone = _drafts("The Government met on Monday and the Department agreed.")
    assert not {"Government", "Department"} & set(alone)
    drafts = _drafts("The Global Coalition met on Monday. Later the Coalition agreed to the plan.")
    assert len(drafts["Global Coalition"].spans) == 2
    assert "Coalition" not in drafts


def test_a_regime_named_after_a_person_gives_the_person_too() -> None:
    drafts = _drafts("Aid convoys were blocked by the Zorvakin regime on Monday.")
    assert drafts["Zorvakin regime"].kind is ActorKind.organization
    assert drafts["Zorvakin"].kind is ActorKind.person


def test_letter_and_number_groups_are_names_but_codes_are_not() -> None:
    drafts = _drafts("Leaders of the G7 met while F-16 jets flew over the town.")
    assert drafts["G7"].kind is ActorKind.organization
    assert "F" not in drafts and "F-16" not in drafts


def test_the_language_is_told_from_the_text() -> None:
    from dossier.ingest.language import detect_language

    assert detect_language("The talks were held in Geneva on Monday, officials from both sides said.") == "en"
    assert detect_language("Die Gespräche fanden am Montag in Genf statt, sagten Vertreter beider Seiten.") == "de"
    assert detect_language("Too short") is None


def test_a_single_name_before_a_speech_verb_is_a_person_and_nothing_else() -> None:
    # The old if/elif chain also proposed such a word as a place (the `_read_run` slip).
    extraction = extract("On Monday, Vantrow said that the talks would go on.", None, [], set(), "test15")
    assert [(d.name, d.kind) for d in extraction.actors] == [("Vantrow", ActorKind.person)]


def test_places_that_look_like_adverbs_or_gerunds_stay_places() -> None:
    drafts = _drafts("Talks were held in Italy and later in Beijing, officials said.")
    assert drafts["Italy"].kind is ActorKind.state
    assert drafts["Beijing"].kind is ActorKind.place


def test_a_hyphenated_surname_is_not_a_bridge() -> None:
    drafts = _drafts("The actor Phoebe Waller-Bridge, who wrote the series, thanked the crew.")
    assert drafts["Phoebe Waller-Bridge"].kind is ActorKind.person


# -- short forms of a person become aliases ---------------------------------------------------


def test_a_persons_surname_and_titled_short_forms_become_aliases() -> None:
    text = (
        "Foreign Office Minister Tobias Ellwood visited the camp on Monday. "
        "Later, Minister Ellwood met the governor. Mr Ellwood said the aid would continue. "
        "Ellwood left on Tuesday."
    )
    drafts = _drafts(text)
    ellwood = drafts["Tobias Ellwood"]
    assert ellwood.kind is ActorKind.person
    assert set(ellwood.aliases) == {
        "Foreign Office Minister Tobias Ellwood",
        "Minister Ellwood",
        "Mr Ellwood",
        "Ellwood",
    }
    assert len(ellwood.spans) == 4
    assert not any("Minister" in name or name == "Ellwood" for name in drafts)


def test_a_titled_short_form_keeps_only_the_title_before_the_name() -> None:
    # "In Turkey Minister Ellwood": the country before the title is no part of the alias.
    text = "Tobias Ellwood flew to Ankara. In Turkey Minister Ellwood met the opposition."
    ellwood = _drafts(text)["Tobias Ellwood"]
    assert "Minister Ellwood" in ellwood.aliases
    assert not any("Turkey" in alias for alias in ellwood.aliases)


def test_a_surname_two_people_share_is_an_alias_of_neither() -> None:
    text = (
        "Senator Marta Quillfeather met Governor Oskar Quillfeather in the capital. "
        "Mr Quillfeather said the budget would pass. Quillfeather declined to comment."
    )
    drafts = _drafts(text)
    for name in ("Marta Quillfeather", "Oskar Quillfeather"):
        assert drafts[name].kind is ActorKind.person
        assert not any(alias == "Quillfeather" or alias.startswith("Mr") for alias in drafts[name].aliases)


def test_a_titled_surname_makes_a_full_name_found_with_no_cue_a_person() -> None:
    text = "Talks between Dorran Vessiby and the rebels began in March. President Vessiby said they had ended."
    vessiby = _drafts(text)["Dorran Vessiby"]
    assert vessiby.kind is ActorKind.person
    assert "President Vessiby" in vessiby.aliases


def test_short_form_aliases_held_by_another_person_are_not_claimed_and_check_passes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from dossier.checks import check_workspace
    from dossier.ingest.service import ingest_file
    from dossier.workspace import load_workspace

    first, second = tmp_path / "first.md", tmp_path / "second.md"
    first.write_text("Minister Tobias Ellwood visited Amman. Mr Ellwood said aid would continue.\n", encoding="utf-8")
    second.write_text("Senator Ruth Ellwood spoke in Denver. Mr Ellwood said the vote was close.\n", encoding="utf-8")
    root = tmp_path / "ws"
    for path in (first, second):
        assert ingest_file(root, path).status == "added"
    workspace = load_workspace(root)
    assert not check_workspace(workspace).errors
    holders = [a.name for a in workspace.actors.values() if "Mr Ellwood" in a.aliases]
    assert holders == ["Tobias Ellwood"]


# -- given names make people ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The board also named Jennifer Haswold to the panel.",
        "Sanctions were imposed on suppliers, including Ahmed Qurbashi, a middleman.",
        "Tickets for the tour sold out after Ingrid Lohvarn joined.",
    ],
)
def test_a_name_that_starts_with_a_given_name_is_a_person(text: str) -> None:
    drafts = _drafts(text)
    (person,) = [d for d in drafts.values() if d.kind is ActorKind.person]
    assert person.found_by.startswith("a given name")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The convoy drove down Anna-Mungunda-Allee towards the port.", "Anna-Mungunda-Allee"),
        ("Fans queued for Sarah The Implausible at the festival.", "Sarah The Implausible"),
        ("Visitors flocked to Austin Pelmore Gardens that week.", "Austin Pelmore"),
    ],
)
def test_a_given_name_does_not_make_a_street_a_title_or_a_city_a_person(text: str, name: str) -> None:
    drafts = _drafts(text)
    assert not any(name in draft_name and d.kind is ActorKind.person for draft_name, d in drafts.items()), drafts


def test_a_dictatorship_named_after_a_person_gives_the_person_too() -> None:
    drafts = _drafts("Refugees fled the Vorsani dictatorship in the north.")
    assert drafts["Vorsani dictatorship"].kind is ActorKind.organization
    assert drafts["Vorsani"].kind is ActorKind.person


def test_the_office_a_title_belongs_to_is_an_organisation() -> None:
    drafts = _drafts("Reporters met the Acting General Director of the Office of Antiquities in Basra.")
    assert drafts["Office of Antiquities"].kind is ActorKind.organization
    assert not any("Director" in name for name in drafts)
    # "State" stays in the title: what follows it is no person's name (the whole post, with no holder
    # named, may stand for its holder, as re3d marks "Minister for Foreign Affairs").
    drafts = _drafts("Talks with the Secretary of State for Foreign Affairs went on.")
    persons = [name for name, d in drafts.items() if d.kind is ActorKind.person]
    assert persons == ["Secretary of State for Foreign Affairs"], drafts


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Later FCO Minister Tobias Ellwood spoke to reporters.", "FCO"),
        ("The talks were led by NATO Secretary General Jens Stoltenberg.", "NATO"),
        ("On Monday the UN Special Envoy arrived in the capital.", "UN"),
    ],
)
def test_the_organisation_before_a_title_is_an_actor_and_the_title_is_not(text: str, organisation: str) -> None:
    drafts = _drafts(text)
    assert drafts[organisation].kind is ActorKind.organization
    assert not any(word in name for name in drafts for word in ("Minister", "Secretary", "Envoy"))


def test_a_name_after_a_place_noun_and_of_is_a_place() -> None:
    drafts = _drafts("Fighters attacked the town of Tel Qassin and the city of Varnoke overnight.")
    assert drafts["Tel Qassin"].kind is ActorKind.place
    assert drafts["Varnoke"].kind is ActorKind.place
    assert "town of" in drafts["Tel Qassin"].found_by


def test_a_common_word_opening_a_sentence_is_not_another_spelling_of_a_city() -> None:
    # wordfreq's "dual" is common; GeoNames lists "Dual" as a spelling of Douala.
    drafts = _drafts("Dual attacks hit the Al-Sinek neighborhood in Baghdad.")
    assert sorted(drafts) == ["Al-Sinek", "Baghdad"]
    assert drafts["Al-Sinek"].kind is ActorKind.place
    # A rarer alternate spelling stays a place, even at the start of a sentence.
    assert _drafts("Kiev said the talks had failed.")["Kiev"].kind is ActorKind.place


def test_a_compass_word_before_a_known_place_names_a_region() -> None:
    drafts = _drafts("Towns in Northern Iraq were freed. Fighting in Eastern Ukraine went on.")
    assert drafts["Northern Iraq"].kind is ActorKind.place
    assert drafts["Eastern Ukraine"].found_by == "a part of Ukraine"
    # A region the gazetteer knows whole keeps its whole name, not the state inside it.
    drafts = _drafts("Voters in Northern Ireland went to the polls.")
    assert sorted(drafts) == ["Northern Ireland"]


def test_a_title_for_a_known_region_is_no_persons_name() -> None:
    drafts = _drafts("The Minister for Central Asia, Tobias Ellwood, visited Tashkent.")
    # the post, as re3d marks it: his spelling on this page, no second person (round realread63)
    assert "Minister for Central Asia" in drafts["Tobias Ellwood"].aliases
    assert drafts["Central Asia"].kind is ActorKind.place  # and the known region inside it, as re3d marks it too
    assert drafts["Tobias Ellwood"].kind is ActorKind.person


# -- the source's own longer spellings kept as aliases ----------------------------------------


def test_a_name_with_its_title_as_written_is_an_alias_of_the_person() -> None:
    text = "Deputy Interior Minister Halvard Brenne visited the port. Brenne left on Friday."
    brenne = _drafts(text)["Halvard Brenne"]
    assert brenne.kind is ActorKind.person
    assert "Deputy Interior Minister Halvard Brenne" in brenne.aliases
    # A title in lower case is the sentence's, not the name's.
    plain = _drafts("The new ambassador Ottilie Framsby arrived in the capital.")
    assert not any("ambassador" in alias for alias in plain["Ottilie Framsby"].aliases)


def test_a_place_named_with_its_country_keeps_that_spelling_as_an_alias() -> None:
    drafts = _drafts("The delegates met in Tikrit, Iraq on Monday and then flew to Washington, D.C. for talks.")
    assert "Tikrit, Iraq" in drafts["Tikrit"].aliases
    assert "Washington, D.C." in drafts["Washington"].aliases


def test_a_document_is_no_actor_but_what_it_is_named_after_may_be() -> None:
    drafts = _drafts(
        "The Vellmark Security Council Resolution 2291 was adopted. Later the Tripoli Communique was read "
        "and the Grand Act was passed."
    )
    assert drafts["Vellmark Security Council"].kind is ActorKind.organization
    assert drafts["Tripoli"].kind is ActorKind.place
    assert not any(word in name for name in drafts for word in ("Resolution", "Communique", "Act"))


def test_an_arabic_article_joined_by_a_hyphen_belongs_to_the_name() -> None:
    drafts = _drafts("A car bomb went off in al-Qurnah on Monday. Khalid al-Marrani said nobody was hurt.")
    assert "al-Qurnah" in drafts
    assert "Khalid al-Marrani" in drafts
    assert "Qurnah" not in drafts


@pytest.mark.parametrize(
    "name",
    ["Umar ibn Zayd al-Harthi", "Abu Yusuf al-Tarkani", "Helga von der Brenning", "Pieter van Oordt"],
)
def test_a_patronymic_or_noble_particle_makes_a_persons_name(name: str) -> None:
    drafts = _drafts(f"Officials confirmed that {name} had crossed the border.")
    assert drafts[name].kind is ActorKind.person


def test_a_short_form_with_its_article_links_to_the_full_name() -> None:
    drafts = _drafts("Abu Yusuf al-Tarkani led the raid. Afterwards al-Tarkani fled north.")
    assert drafts["Abu Yusuf al-Tarkani"].aliases == ["al-Tarkani"]
    assert len(drafts) == 1


@pytest.mark.parametrize(
    ("text", "state", "formal"),
    [
        ("The Syrian Arab Republic rejected the report.", "Syria", "Syrian Arab Republic"),
        ("Envoys of the Islamic Republic of Iran arrived.", "Iran", "Islamic Republic of Iran"),
        ("The Kingdom of Saudi Arabia paid for the dam.", "Saudi Arabia", "Kingdom of Saudi Arabia"),
        ("A note from the Federal Republic of Germany was read.", "Germany", "Federal Republic of Germany"),
    ],
)
def test_a_states_formal_name_is_the_state_with_that_name_as_alias(text: str, state: str, formal: str) -> None:
    drafts = _drafts(text)
    assert drafts[state].kind is ActorKind.state
    assert formal in drafts[state].aliases
    assert len(drafts) == 1


def test_a_federation_of_a_sport_is_no_state() -> None:
    drafts = _drafts("The Chilean Rowing Federation fined the club.")
    assert drafts["Chilean Rowing Federation"].kind is ActorKind.organization


def test_a_state_whose_name_starts_like_a_demonym_stays_whole() -> None:
    drafts = _drafts(
        "Saudi Arabia denied it. Later Saudi Arabia Defence Minister Faisal Otaybi spoke. South Korean ships left."
    )
    assert drafts["Saudi Arabia"].kind is ActorKind.state
    assert len(drafts["Saudi Arabia"].spans) == 2
    assert drafts["Faisal Otaybi"].kind is ActorKind.person
    assert "South Korean" in drafts["South Korea"].aliases
    assert not any(name in drafts for name in ("Arabia", "Saudi"))


def test_the_person_a_regime_is_named_after_is_that_person_when_named_alone() -> None:
    drafts = _drafts("Torvan's regime fell in May. The Torvan regime had ruled for years. Torvan fled abroad.")
    assert drafts["Torvan"].kind is ActorKind.person
    assert len(drafts["Torvan"].spans) >= 2


def test_names_listed_with_a_town_after_a_preposition_of_place_are_places() -> None:
    drafts = _drafts(
        "The shelling in Vellaro, Quistan and Moravek went on. Aid from Iran, Russia and Tessarine arrived."
    )
    assert drafts["Quistan"].kind is ActorKind.place
    assert drafts["Moravek"].kind is ActorKind.place
    # A list of states says nothing of its other names: Tessarine may be a party or a militia.
    assert drafts["Tessarine"].kind is ActorKind.other


def test_a_place_with_its_article_keeps_the_bare_name_as_an_alias() -> None:
    drafts = _drafts("Shops reopened in al-Qurnah on Monday.")
    assert drafts["al-Qurnah"].aliases == ["Qurnah"]


def test_a_discourse_adverb_opening_a_sentence_is_no_part_of_the_name() -> None:
    drafts = _drafts("Ilse Varnholt met the envoy. Afterwards Varnholt flew home.")
    assert set(drafts) == {"Ilse Varnholt"}


def test_a_capital_after_a_colon_opens_a_sentence() -> None:
    drafts = _drafts("Read more: Stolen bronzes return to the museum.")
    assert "Stolen" not in drafts


@pytest.mark.parametrize(
    "text", ["She loved “The Quiet Orchard” more than any film.", "Three “Harbour Lessons” were taught."]
)
def test_a_title_of_a_work_in_quotes_is_no_actor(text: str) -> None:
    assert _drafts(text) == {}


def test_a_one_word_name_in_quotes_stays() -> None:
    drafts = _drafts("The group, known as “Vorrach”, claimed the attack. Later the Vorrach fighters withdrew.")
    assert "Vorrach" in drafts


def test_a_label_of_ordinary_words_opening_a_line_is_no_actor_but_a_speaker_is() -> None:
    drafts = _drafts("Cover Photo: Boats in the harbour at dawn.\nIlse Varnholt: We will stay.")
    assert "Cover Photo" not in drafts
    assert drafts["Ilse Varnholt"].kind is ActorKind.person


def test_an_initial_cut_from_a_name_is_no_actor() -> None:
    drafts = _drafts("Sources: Marrow, Tilda; Quennel, Boudewijn P. F.; Ostrak, Lena.")
    assert not any(name.endswith(" P") for name in drafts)


@pytest.mark.parametrize("title", ["Cartoonist", "Professor", "Labour MP", "Journalist"])
def test_a_profession_before_a_name_makes_a_person_and_is_no_actor(title: str) -> None:
    drafts = _drafts(f"Yesterday {title} Ilse Varnholt spoke at the hearing in the capital.")
    assert drafts["Ilse Varnholt"].kind is ActorKind.person
    assert not any(title in name for name in drafts)


def test_a_lede_without_a_full_stop_is_read_but_a_title_case_heading_is_not() -> None:
    lede = _drafts("Deputy Minister Halvard Brenne condemns the shelling of Quistan\n\nMore talks follow.")
    assert "Halvard Brenne" in lede
    heading = _drafts("Floods Cut Off the Varnakh Valley\n\nRain fell all week.")
    assert heading == {}


def test_a_titles_demonym_opens_the_titled_spelling_but_a_state_name_does_not() -> None:
    drafts = _drafts("Latvian Interior Minister Ilse Varnholt met them. In Poland Minister Varnholt spoke.")
    aliases = drafts["Ilse Varnholt"].aliases
    assert "Latvian Interior Minister Ilse Varnholt" in aliases
    assert not any("Poland" in alias for alias in aliases)


@pytest.mark.parametrize(
    "text",
    ["Shops stay open late during Ramadan and after Easter.", "Thanks to @VarnholtI and #Quistan for the photos."],
)
def test_holidays_handles_and_hashtags_are_no_actors(text: str) -> None:
    assert _drafts(text) == {}


def test_a_month_after_a_given_name_is_a_surname_and_a_feast_in_a_place_name_stays() -> None:
    drafts = _drafts("Theresa May said no. Easter Island is far. During Ramadan shops close. Update May 2016 followed.")
    assert drafts["Theresa May"].kind is ActorKind.person
    assert drafts["Easter Island"].kind is ActorKind.place
    assert set(drafts) == {"Theresa May", "Easter Island"}


def test_a_preposition_of_place_opening_a_sentence_is_no_part_of_the_name() -> None:
    drafts = _drafts("Near Quistan, two strikes hit a depot. Around Vellaro it stayed calm. The Near East desk agreed.")
    assert drafts["Quistan"].kind is ActorKind.place
    assert drafts["Vellaro"].kind is ActorKind.place
    assert "Near East" in drafts
    assert not any(name.startswith(("Near Q", "Around")) for name in drafts)


def test_an_organisations_of_and_phrase_stays_whole_before_a_lower_case_word() -> None:
    drafts = _drafts("The Popular Front of Quistan and the Levant fighters withdrew.")
    assert "Popular Front of Quistan and the Levant" in drafts


def test_a_compound_compass_word_before_a_region_names_a_part_of_it() -> None:
    drafts = _drafts("SOUTHWEST ASIA - Strikes continued on Monday.")
    assert drafts["SOUTHWEST ASIA"].kind is ActorKind.place


def test_a_capitalised_arabic_article_opens_the_name() -> None:
    drafts = _drafts("Near Al Quwayr, a strike destroyed a truck.")
    assert drafts["Al Quwayr"].kind is ActorKind.place
    assert "Quwayr" not in drafts


def test_a_units_ordinal_is_part_of_its_name_and_command_heads_a_force() -> None:
    drafts = _drafts("The 12th Mountain Division and the Vellaro Joint Operations Command reported losses.")
    assert drafts["12th Mountain Division"].kind is ActorKind.armed_force
    assert drafts["Vellaro Joint Operations Command"].kind is ActorKind.armed_force


@pytest.mark.parametrize("text", ["The commander of CJTF-VX, spoke briefly.", "Mr. X said nothing more."])
def test_an_acronym_or_an_initial_after_a_title_is_no_person(text: str) -> None:
    assert not any(draft.kind is ActorKind.person for draft in _drafts(text).values())


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Prayers were held at the Great Mosque of al-Qurnah on Friday.", "Great Mosque of al-Qurnah", ActorKind.place),
        ("The House of Elders voted against the bill.", "House of Elders", ActorKind.organization),
        ("Amnesty International accused the police of abuses.", "Amnesty International", ActorKind.organization),
        ("The Gulf of Quistan is rough in winter.", "Gulf of Quistan", ActorKind.place),
    ],
)
def test_a_head_word_before_of_gives_the_kind(text: str, name: str, kind: ActorKind) -> None:
    assert _drafts(text)[name].kind is kind


def test_common_words_that_a_gazetteer_lists_as_another_places_translation_are_not_that_place() -> None:
    drafts = _drafts("The White House welcomed the news.")
    assert drafts["White House"].kind is ActorKind.organization
    assert drafts["White House"].aliases == []


def test_a_place_with_its_states_abbreviation_is_that_place() -> None:
    drafts = _drafts("The envoys met in Springfield N.Y. on Monday. Brad Pitt and the North Sea.")
    assert drafts["Springfield N.Y."].kind is ActorKind.place
    assert drafts["Brad Pitt"].kind is not ActorKind.place


def test_a_shouted_speaker_label_with_a_title_is_a_person() -> None:
    drafts = _drafts("MR VELLARO: Thanks, everybody.\nQUESTION: Any news from the border?")
    assert drafts["VELLARO"].kind is ActorKind.person


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        ("Ilse Varnholt is the Secretary-General of Vorrach, the party.", "Vorrach"),
        ("The Commissioner for Border Affairs spoke on Monday.", "Border Affairs"),
    ],
)
def test_what_a_title_is_of_is_no_person(text: str, not_person: str) -> None:
    drafts = _drafts(text)
    assert not_person not in drafts or drafts[not_person].kind is not ActorKind.person


def test_a_name_after_a_title_for_something_is_still_the_person() -> None:
    drafts = _drafts("Special Envoy for Quistan Ilse Varnholt arrived. Secretary of State Tomas Brenne left.")
    assert drafts["Ilse Varnholt"].kind is ActorKind.person
    assert drafts["Tomas Brenne"].kind is ActorKind.person


def test_a_short_name_ending_in_a_family_name_is_a_person() -> None:
    drafts = _drafts("The panel heard from Jorvi Anderson and from Quistan Schneider on Monday.")
    assert drafts["Jorvi Anderson"].kind is ActorKind.person
    assert drafts["Quistan Schneider"].kind is ActorKind.person
    assert drafts["Jorvi Anderson"].found_by.startswith("a family name 'Anderson'")
    # An ordinary word first ("Marriage Story", "Death Row") is no given name.
    assert all(draft.kind is not ActorKind.person for draft in _drafts("Critics loved Death Anderson.").values())


@pytest.mark.parametrize("street", ["Vorlandstraße", "Quistenstrasse", "Tremmin-Varn-Allee", "Oskelplatz"])
def test_a_german_street_name_is_a_place(street: str) -> None:
    draft = _drafts(f"The march went along {street} to the old station on Monday.")[street]
    assert draft.kind is ActorKind.place


def test_a_body_named_with_common_words_keeps_its_head_word() -> None:
    drafts = _drafts("A report by Open Harbour Watch was cited on Monday by the Varn Rowing Club.")
    assert drafts["Open Harbour Watch"].kind is ActorKind.organization
    assert drafts["Varn Rowing Club"].kind is ActorKind.organization


def test_a_body_known_by_its_seat_or_written_after_the_is_no_person() -> None:
    drafts = _drafts("The Pentagon declined to comment. Later the Varnakim said the talks had failed.")
    assert drafts["Pentagon"].kind is ActorKind.organization
    assert drafts["Varnakim"].kind is ActorKind.organization
    assert drafts["Varnakim"].found_by.startswith("'the Varnakim said'")
    # Without "the", a one-word name before a speech verb stays a speaker.
    assert _drafts("On Monday, Varnakim said the talks had failed.")["Varnakim"].kind is ActorKind.person


def test_the_place_noun_before_of_gives_a_place() -> None:
    drafts = _drafts("Ships left the port of Quistamar and the island of Tremmindo on Monday.")
    assert drafts["Quistamar"].kind is ActorKind.place
    assert drafts["Tremmindo"].kind is ActorKind.place


def test_a_body_named_for_its_aim_stays_whole() -> None:
    drafts = _drafts("On Monday the Committee to Protect Varnakers and the Alliance to End Quistan Raids spoke.")
    assert drafts["Committee to Protect Varnakers"].kind is ActorKind.organization
    assert drafts["Alliance to End Quistan Raids"].kind is ActorKind.organization
    # "to" before a demonym or a place is a direction, not part of the name.
    drafts = _drafts("Aid went from the Ministry to Turkish towns and from the Council to Paris on Monday.")
    assert not any(" to " in name for name in drafts)


def test_a_person_named_right_after_a_body_is_a_person_of_their_own() -> None:
    text = "He met the Envoy to the Coalition to Counter Varnak Tobias Quistell on Monday."
    drafts = _drafts(text)
    assert drafts["Coalition to Counter Varnak"].kind is ActorKind.organization
    assert drafts["Tobias Quistell"].kind is ActorKind.person


@pytest.mark.parametrize(("word", "cue"), sorted(APPOSITION_HEAD.items()))
def test_each_apposition_head_gives_its_kind(word: str, cue: Cue) -> None:
    # At the start of a sentence, too, where a capital alone says nothing.
    draft = _drafts(f"Zorvakin, the region's largest {word}, was named on Monday.")["Zorvakin"]
    assert draft.kind is cue.kind
    assert draft.found_by.startswith(f"', the region's largest {word}'")


def test_an_apposition_of_an_armed_group_a_title_or_a_name() -> None:
    drafts = _drafts("Varnakim, a militant group, and Ilse Quistel, the group's spokesman, spoke on Monday.")
    assert drafts["Varnakim"].kind is ActorKind.armed_force
    assert drafts["Ilse Quistel"].kind is ActorKind.person
    # A second name after the comma is a list, not a description.
    drafts = _drafts("Envoys met Quistamar, the Tremmin Group and others on Monday.")
    assert not drafts["Quistamar"].found_by.startswith("', the")


def test_a_name_after_of_is_not_the_speaker() -> None:
    drafts = _drafts("On Monday residents of Quistamar told reporters the market was hit.")
    assert drafts["Quistamar"].kind is ActorKind.place


def test_a_word_after_an_arabic_article_is_not_a_surname_used_alone() -> None:
    drafts = _drafts("Fighters of Jabhat al-Varnusra and Ahrar al-Quistam clashed on Monday.")
    assert all(draft.kind is not ActorKind.person for draft in drafts.values())


def test_a_name_of_rare_words_after_a_preposition_of_place_is_a_place() -> None:
    drafts = _drafts("Civilians in Tal Quistar were moved on Monday, officials said.")
    assert drafts["Tal Quistar"].kind is ActorKind.place
    # Common words there name something else ("in Harbour Street View", an app).
    drafts = _drafts("Photos in Morning Light Studio were shared on Monday, officials said.")
    assert all(draft.kind is not ActorKind.place for draft in drafts.values())


def test_a_document_named_after_a_known_city_names_the_city() -> None:
    drafts = _drafts("The talks followed the Geneva Communique of 2012 and the Dayton Agreement, officials said.")
    assert drafts["Geneva"].kind is ActorKind.place
    assert drafts["Dayton"].kind is ActorKind.place
    assert not any(name.endswith(("Communique", "Agreement")) for name in drafts)


def test_a_tribe_is_a_people_and_a_possessive_is_not_governed_by_the_preposition() -> None:
    # A tribe is filed as a people, a nationality (round styles47; before, as a body).
    drafts = _drafts("Gunmen killed members of the Al Bu Varn tribe, officials said on Monday.")
    assert drafts["Al Bu Varn"].kind is ActorKind.state
    drafts = _drafts("They defended the people from Quistamar’s cruelty, officials said on Monday.")
    assert drafts["Quistamar"].kind is not ActorKind.place
