"""What English news pages (markets, launches, courts, obituaries, match reports, press releases)
name besides actors, and the kinds a reader gives the names they do report on.

Each test ingests invented text through the real extractor and states the drafts an analyst would
see (issue 15: no junk draft on real news pages, the kinds a reader would give)."""

from __future__ import annotations

import pytest

from dossier.ingest.cues import (
    CLUB_HEADS,
    COMPANY_HEADS,
    PAGE_VERBS,
    PHRASE_BEFORE,
    PLATFORM_PHRASES,
    TITLES,
    TRADE_NOUNS_OPENING,
    VENUE_WORDS,
)
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds

# -- a role or a trade before a name at a sentence's start ------------------------------------------

_ROLES = [
    "guitarist",
    "bassist",
    "drummer",
    "pianist",
    "violinist",
    "cellist",
    "saxophonist",
    "producer",
    "songwriter",
    "rapper",
    "comedian",
    "striker",
    "goalkeeper",
    "midfielder",
    "defender",
    "winger",
    "footballer",
    "cricketer",
    "boxer",
    "jockey",
    "chef",
    "lawyer",
    "barrister",
    "solicitor",
    "architect",
    "playwright",
    "filmmaker",
    "historian",
    "activist",
    "campaigner",
    "officer",
]


@pytest.mark.parametrize("role", _ROLES)
def test_a_role_opening_a_sentence_is_no_part_of_the_persons_name(role: str) -> None:
    assert role in TITLES
    drafts = draft_kinds(f"The crowd was small in Leeds. {role.title()} Halvard Quennell said the night went well.")
    assert drafts.get("Halvard Quennell") is ActorKind.person
    assert f"{role.title()} Halvard Quennell" not in drafts


def test_a_rank_of_two_words_is_no_part_of_the_name() -> None:
    drafts = draft_kinds("A crew of six was rescued, said Petty Officer Jamal Quennell of the port station.")
    assert drafts.get("Jamal Quennell") is ActorKind.person
    assert not {"Petty", "Petty Officer Jamal Quennell"} & set(drafts)


@pytest.mark.parametrize("trade", sorted(TRADE_NOUNS_OPENING))
def test_a_trade_opening_a_sentence_makes_the_firm_after_it(trade: str) -> None:
    assert (trade,) in PHRASE_BEFORE
    drafts = draft_kinds(f"Storms hit the coast on Monday. {trade.title()} Quarrowmere shut its plant as a precaution.")
    assert drafts.get("Quarrowmere") is ActorKind.organization
    assert f"{trade.title()} Quarrowmere" not in drafts


_NEW_TRADES = [
    ("refiner", "Quarrowmere shut its plant."),
    ("utility", "Quarrowmere restored power."),
    ("housebuilder", "Quarrowmere won the vote."),
    ("developer", "Quarrowmere won the vote."),
    ("label", "Quarrowmere signed the band."),
    ("charity", "Quarrowmere opened six shelters."),
    ("side", "Quarrowmere in the summer."),
    ("club", "Quarrowmere in the summer."),
    ("group", "Quarrowmere played a long set."),
    ("band", "Quarrowmere played a long set."),
    ("duo", "Quarrowmere played a long set."),
    ("trio", "Quarrowmere played a long set."),
    ("quartet", "Quarrowmere played a long set."),
    ("campaign group", "Quarrowmere said it would appeal."),
    ("pressure group", "Quarrowmere said it would appeal."),
    ("lobby group", "Quarrowmere said it would appeal."),
]


@pytest.mark.parametrize(("phrase", "rest"), _NEW_TRADES)
def test_a_trade_or_a_groups_noun_before_a_name_makes_an_organisation(phrase: str, rest: str) -> None:
    assert tuple(phrase.split()) in PHRASE_BEFORE
    drafts = draft_kinds(f"In Kendal last week, the Swedish {phrase} {rest}")
    assert drafts.get("Quarrowmere") is ActorKind.organization


# -- firms and venues by their last word --------------------------------------------------------------


@pytest.mark.parametrize("head", ["records", "homes", "biologics", "petroleum"])
def test_a_firm_named_by_its_trade_is_an_organisation(head: str) -> None:
    assert head in COMPANY_HEADS
    drafts = draft_kinds(f"The deal was signed on Monday. Tarnwell {head.title()} said the price was fair.")
    assert drafts.get(f"Tarnwell {head.title()}") is ActorKind.organization


@pytest.mark.parametrize("head", ["theatre", "theater"])
def test_a_theatre_is_a_venue(head: str) -> None:
    assert head in VENUE_WORDS
    drafts = draft_kinds(f"She sat on the board of the Quellmoor Repertory {head.title()} for twenty years.")
    assert drafts.get(f"Quellmoor Repertory {head.title()}") is ActorKind.place


def test_a_team_is_an_organisation_not_a_person_after_a_rank_word() -> None:
    drafts = draft_kinds("Gail Tremont, of the Homicide and Major Enquiry Team, said the case was closed.")
    assert drafts.get("Enquiry Team") is not ActorKind.person
    assert drafts.get("Gail Tremont") is ActorKind.person


def test_a_state_opening_a_bodys_name_before_and_keeps_the_name_whole() -> None:
    drafts = draft_kinds("The U.S. Securities and Exchange Commission on Tuesday approved the funds.")
    assert drafts.get("U.S. Securities and Exchange Commission") is ActorKind.organization
    assert not {"U.S. Securities", "Exchange Commission"} & set(drafts)


def test_two_firms_joined_by_and_stay_two() -> None:
    drafts = draft_kinds("Korvane Securities and Halvane Bank agreed to merge on Friday.")
    assert drafts.get("Korvane Securities") is ActorKind.organization
    assert drafts.get("Halvane Bank") is ActorKind.organization


# -- clubs on a match report --------------------------------------------------------------------------

_MATCH = (
    "The striker scored after a free-kick and the referee waved away a penalty. "
    "{club} host Quellmoor Rovers next Saturday."
)


@pytest.mark.parametrize("head", sorted(CLUB_HEADS))
def test_a_club_on_a_sports_page_is_an_organisation(head: str) -> None:
    club = f"Tarnwick {head.upper() if len(head) <= 3 else head.title()}"
    drafts = draft_kinds(_MATCH.format(club=club))
    assert drafts.get(club) is ActorKind.organization
    assert drafts.get("Quellmoor Rovers") is ActorKind.organization


def test_a_town_off_a_sports_page_is_no_club() -> None:
    drafts = draft_kinds("Tarnwick Town was quiet on Sunday, and Ilse Varn walked to the harbour.")
    assert drafts.get("Tarnwick Town") is not ActorKind.organization


# A long essay on software that says each word of the game once, in its everyday sense.
_ESSAY_LINES = (
    "Every request carries a header that names its client. ",
    "Old habits are relegated to a footnote in the changelog. ",
    "It is easy to play Monday-morning quarterback about a migration. ",
)
_ESSAY_FILLER = "The build ran its tests on every commit, and the team read the logs after lunch. " * 150


def test_a_long_essay_using_the_games_words_in_their_everyday_sense_is_no_sports_page() -> None:
    claim = "The maintainers agree that if Middlesbrough were a language, they would port the tool to it."
    essay = "".join(_ESSAY_LINES) + _ESSAY_FILLER + claim
    assert draft_kinds(essay).get("Middlesbrough") is not ActorKind.organization
    # The same words in a short match report make it one, where a town taking a plural verb is its team.
    report = "".join(_ESSAY_LINES) + "The striker scored twice. He said Middlesbrough are tracking the winger."
    assert draft_kinds(report).get("Middlesbrough") is ActorKind.organization


# -- families and homes in court reports and obituaries ---------------------------------------------


@pytest.mark.parametrize("kin", ["wife", "husband", "widow", "son", "daughter", "mother", "brother", "partner"])
def test_a_name_after_a_word_of_family_is_a_person(kin: str) -> None:
    drafts = draft_kinds(
        f"In a statement read to the court, Mr Quennell's {kin}, Quessaly, said the family was broken."
    )
    assert drafts.get("Quessaly") is ActorKind.person


def test_a_given_name_listed_with_given_names_is_a_person() -> None:
    drafts = draft_kinds("She is survived by her children, Fiona and Alasdair, and seven grandchildren.")
    assert drafts.get("Fiona") is ActorKind.person
    assert drafts.get("Alasdair") is ActorKind.person


def test_where_a_person_named_with_an_age_lives_is_a_place() -> None:
    drafts = draft_kinds("Tobin Quarles, 29, of Hesketh Vale, attacked the driver outside a block of flats.")
    assert drafts.get("Hesketh Vale") is ActorKind.place
    assert drafts.get("Tobin Quarles") is ActorKind.person


def test_an_honour_alone_is_no_draft() -> None:
    drafts = draft_kinds("She was appointed MBE in 2004 and made an OBE in 2015 for services to business in Tayside.")
    assert not {"MBE", "OBE"} & set(drafts)


def test_a_state_that_is_a_given_name_before_a_rare_family_name_is_a_person() -> None:
    drafts = draft_kinds("Okonjo rose highest to meet Jordan Quelley's corner in the last minute.")
    assert drafts.get("Jordan Quelley") is ActorKind.person
    assert "Jordan" not in drafts


def test_a_state_before_a_valley_stays_a_place() -> None:
    drafts = draft_kinds("Farmers in the Jordan Valley lost their crops to the frost.")
    assert drafts.get("Jordan Valley") is ActorKind.place


# -- platforms, coins, labels and market movers ------------------------------------------------------


@pytest.mark.parametrize("phrase", sorted(" ".join(p) for p in PLATFORM_PHRASES))
def test_a_name_after_a_phrase_of_posting_is_a_platform_not_an_actor(phrase: str) -> None:
    drafts = draft_kinds(f"Lukas Tremmel, the network's president, {phrase} Quillcast that it had grown.")
    assert "Quillcast" not in drafts
    assert drafts.get("Lukas Tremmel") is ActorKind.person


def test_a_second_platform_after_and_is_a_platform_too() -> None:
    drafts = draft_kinds("Residents posted videos on Quillcast and Farthread of roofs torn off in the storm.")
    assert not {"Quillcast", "Farthread"} & set(drafts)


def test_a_coin_is_no_actor() -> None:
    drafts = draft_kinds("Prices rose on Monday, while Quellcoin slipped 3% and Tarnex Digital said it would list it.")
    assert "Quellcoin" not in drafts
    assert drafts.get("Tarnex Digital") is ActorKind.organization


@pytest.mark.parametrize("label", ["NEWS PROVIDED BY", "SOURCE", "EXCLUSIVE"])
def test_a_pages_label_in_capitals_is_no_part_of_the_name(label: str) -> None:
    drafts = draft_kinds(f"{label} Tarnwell Biologics, Inc. announced results today.")
    assert drafts.get("Tarnwell Biologics") is ActorKind.organization
    assert f"{label} Tarnwell Biologics" not in drafts


def test_an_acronym_in_capitals_stays_before_a_name() -> None:
    drafts = draft_kinds("Viewers of BBC News saw the report from Kendal.")
    assert drafts.get("BBC News") is ActorKind.media


def test_stocks_that_lost_ground_are_companies() -> None:
    drafts = draft_kinds("Chipmakers led the fall, and Quellmark and Tarvanex lost ground in sympathy.")
    assert drafts.get("Quellmark") is ActorKind.organization
    assert drafts.get("Tarvanex") is ActorKind.organization


def test_a_speaker_written_with_which_is_a_company() -> None:
    drafts = draft_kinds(
        "The chip is fast, Tarvanex says. Analysts doubt Tarvanex, which makes most of its laptops in Vietnam."
    )
    assert drafts.get("Tarvanex") is ActorKind.organization


def test_where_a_reader_is_told_to_follow_an_outlet_is_a_platform() -> None:
    drafts = draft_kinds("Peers will debate the bill in November. Follow Tarnside Wire on Quillcast and Farthread.")
    assert drafts.get("Tarnside Wire") is ActorKind.media
    assert not {"Quillcast", "Farthread", "Follow Tarnside Wire"} & set(drafts)


@pytest.mark.parametrize("verb", sorted(PAGE_VERBS))
def test_a_call_to_the_reader_is_no_part_of_the_name(verb: str) -> None:
    drafts = draft_kinds(f"The bill passed on Tuesday. {verb.title()} Tarnside Gazette for more.")
    assert drafts.get("Tarnside Gazette") is ActorKind.media
    assert f"{verb.title()} Tarnside Gazette" not in drafts


@pytest.mark.parametrize("noun", ["assistant", "chatbot", "app", "kit", "feature", "game", "album"])
def test_a_made_thing_called_a_name_is_no_actor(noun: str) -> None:
    drafts = draft_kinds(f"The laptop ships in Vietnam with a new {noun} called Quellune, which works offline.")
    assert "Quellune" not in drafts


def test_a_person_or_firm_called_a_name_stays() -> None:
    drafts = draft_kinds("A man called Tobin Quarles said the firm was closed.")
    assert drafts.get("Tobin Quarles") is ActorKind.person


def test_a_work_apposed_with_its_noun_is_no_actor() -> None:
    drafts = draft_kinds("On Quellune, the first single, her voice cracks. Tarnfall, her debut novel, sold well.")
    assert not {"Quellune", "Tarnfall"} & set(drafts)


def test_a_person_before_a_comma_and_a_sentence_about_a_film_stays() -> None:
    drafts = draft_kinds("Based on the novel by Clement Quarles, the film follows three sisters home.")
    assert drafts.get("Clement Quarles") is ActorKind.person


def test_a_name_with_a_plural_verb_is_a_group() -> None:
    drafts = draft_kinds("For a decade Glasswick Parade have been the band critics liked more than listeners did.")
    assert drafts.get("Glasswick Parade") is ActorKind.organization


def test_names_listed_before_a_plural_verb_are_not_made_groups() -> None:
    drafts = draft_kinds("Ilse Varn and Tobin Quarles were arrested in Leeds on Monday.")
    assert drafts.get("Tobin Quarles") is ActorKind.person


def test_a_venue_in_its_town_is_a_place() -> None:
    drafts = draft_kinds("The tour starts at the Quellmore in Glasgow on April 3.")
    assert drafts.get("Quellmore") is ActorKind.place


def test_a_release_out_now_is_no_actor_but_a_person_out_now_stays() -> None:
    drafts = draft_kinds(
        "Low Tarn Hymns is out now on Fernwood Records. Ilse Varn is out now, said her lawyer in Leeds."
    )
    assert "Low Tarn Hymns" not in drafts
    assert drafts.get("Fernwood Records") is ActorKind.organization
    assert drafts.get("Ilse Varn") is ActorKind.person


def test_a_people_with_a_plural_verb_is_not_made_a_group() -> None:
    drafts = draft_kinds("The tools suggest the Quarrite were quite dedicated to making them near the North Sea.")
    assert drafts.get("Quarrite") is not ActorKind.organization
