"""Ingest on English web pages after the forty-ninth batch of real probes (issue 15).

Junk and wrong kinds an inquest report, a politics podcast's transcript, a mining firm's regulatory
announcement and a US transit story showed: a people's adjective before a border, an interpreter or a
police force ("close to the Welsh border") drafted the state; a firm written with a lower-case "plc"
was of no kind; a dateline of two words in capitals ("HARBOR CITY — ...") read as two bodies'
initials; a transcript's speakers' labels ("TOM: ...") read as bodies; a sentence's capital "The"
before "Reform UK" cut the party's name to the state; a name whose sentence says "has lost ... her
vote" was of no kind. Each example is invented and goes through the real extractor."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_peoples_adjective_before_a_border_an_interpreter_or_police_is_no_state() -> None:
    kinds = draft_kinds(
        "The lorry overturned near the Slovak border. Its driver spoke through a Romanian interpreter. "
        "The Belgian police later questioned Martin Holloway-Brisk, a mechanic from Tarrowby."
    )
    assert not {"Slovakia", "Romania", "Belgium"} & set(kinds), kinds
    assert kinds.get("Martin Holloway-Brisk") is ActorKind.person, kinds


def test_a_name_before_a_lower_case_plc_is_a_firm() -> None:
    kinds = draft_kinds("Quarnby Minerals plc said on Monday that drilling at its Orrel site would resume.")
    assert kinds.get("Quarnby Minerals") is ActorKind.organization, kinds


def test_a_dateline_of_two_words_in_capitals_is_a_place() -> None:
    kinds = draft_kinds("Fare rise approved\nMILLHAVEN FALLS — Commuters will pay more from March, the board said.")
    assert kinds.get("MILLHAVEN FALLS") is ActorKind.place, kinds
    assert "Commuters" not in kinds, kinds


def test_a_transcripts_speaker_labels_are_its_people() -> None:
    text = (
        "Episode 40 transcript\n"
        "[00:00:03] WREN: Hello, I'm Wren Astley-Mord.\n"
        "[00:00:06] JASPER: And I'm Jasper Quillon. Our guest today studies councils.\n"
        "[00:00:11] WREN: Welcome to the show.\n"
        "[00:00:14] JASPER: Let's start.\n"
    )
    actors = {actor.name: actor for actor in extract(text, None, [], set(), "tag").actors}
    assert "WREN" not in actors and "JASPER" not in actors, actors
    assert actors["Wren Astley-Mord"].kind is ActorKind.person, actors
    assert "JASPER" in actors["Jasper Quillon"].aliases, actors


def test_one_capitals_line_opener_is_no_speaker() -> None:
    kinds = draft_kinds("UPDATE: The Tarrow Valley Trust said the path would reopen.")
    assert kinds.get("UPDATE") is not ActorKind.person, kinds


def test_a_sentences_capital_the_before_a_party_and_uk_keeps_the_party() -> None:
    kinds = draft_kinds("The Restore UK leader toured a factory in Pellbridge on Thursday.")
    assert kinds.get("Restore UK") is ActorKind.organization, kinds
    assert "United Kingdom" not in kinds, kinds


def test_a_name_that_has_lost_her_vote_is_a_person() -> None:
    kinds = draft_kinds("The polls worry her party. Ysolde Marchbank has lost maybe a third of her 2022 vote.")
    assert kinds.get("Ysolde Marchbank") is ActorKind.person, kinds


def test_a_place_noun_inside_a_bodys_name_heads_no_list_of_places() -> None:
    kinds = draft_kinds("In Orrel Heath, on South Tarnshire District Council, Renew took the seat from the Tories.")
    assert "Renew" not in kinds, kinds
    assert kinds.get("South Tarnshire District Council") is ActorKind.organization, kinds


def test_what_shares_are_listed_on_is_an_exchange() -> None:
    kinds = draft_kinds("Shares in the biotech, which are listed on Borsdaq, rose 12% on Tuesday.")
    assert kinds.get("Borsdaq") is ActorKind.organization, kinds


def test_what_a_study_is_published_in_is_a_journal() -> None:
    kinds = draft_kinds("The study, published in Neuroquell, found little. A second appeared in the Tarnby Review.")
    assert kinds.get("Neuroquell") is ActorKind.media, kinds
    kinds = draft_kinds("Its results were published in The Quellmore Neurology.")
    assert kinds.get("Quellmore Neurology") is ActorKind.media, kinds


def test_a_teams_last_word_after_the_is_no_surname_alone() -> None:
    kinds = draft_kinds(
        "Auckland's Tarra Hawks won the final. The Hawks rallied after losing two maps, and the Hawks' coach cried."
    )
    assert kinds.get("Tarra Hawks") is not ActorKind.person, kinds


def test_a_rulebook_is_no_actor() -> None:
    kinds = draft_kinds("Dr Ottilie Brandwyn acts as a Competent Person under the TSX Rules.")
    assert "TSX Rules" not in kinds, kinds


def test_a_town_and_a_compass_point_is_a_place() -> None:
    kinds = draft_kinds("The best grades came from the Kabwe South prospect, Varnak Mining said.")
    assert kinds.get("Kabwe South") is ActorKind.place, kinds


def test_a_medicine_named_as_an_example_of_its_kind_is_no_actor() -> None:
    kinds = draft_kinds("It may be priced below monthly treatments such as Zelvaro. Painkillers like Dorvane help.")
    assert "Zelvaro" not in kinds and "Dorvane" not in kinds, kinds


def test_a_police_rank_and_a_family_name_join_the_officer_named_in_full() -> None:
    text = "The inquest heard from PC Gareth Trewin of Tarnshire Police. PC Trewin said the mirrors were set."
    actors = {actor.name: actor for actor in extract(text, None, [], set(), "tag").actors}
    assert "PC Trewin" not in actors, actors
    assert "PC Trewin" in actors["Gareth Trewin"].aliases, actors
