"""Round realread29: rules found reading real news texts by hand (an African news aggregator's feed, a Japanese
paper's English feed, Brazilian, Russian and Korean news). Invented sentences and names: a report's "New" before
a body, a body's chair before the holder's name, a source credited in square brackets, an age's adjective before
"-era", a first name a town shares, a land listed among the countries by its own language's name."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kind_names, draft_kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a sentence's "New" before a body named without it on the page, then a noun of what it publishes
        (
            "New Varnish Development Bank report warns of slow growth. A Varnish Development Bank report "
            "published last year said the same.",
            "Varnish Development Bank",
            "organization",
        ),
        # a body's chair after its name, then the holder after a comma
        (
            "The Quellan Union Commission Chairperson, Olam Dreffi, has applauded the vote.",
            "Quellan Union Commission",
            "organization",
        ),
        (
            "The Tarnby Development Bank President, Ilse Varn, said the loan was ready.",
            "Tarnby Development Bank",
            "organization",
        ),
        # a source credited in square brackets at a paragraph's start, its common first word kept
        ("[Morning FM] Tarnby -- The council has approved the budget.", "Morning FM", "organization"),
        ("[The Open Ledger] Tarnby -- The council has approved the budget.", "Open Ledger", "media"),
    ],
)
def test_names_whole_and_kinds(text: str, name: str, kind: str) -> None:
    assert draft_kind_names(text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "not_a_draft"),
    [
        (
            "New Varnish Development Bank report warns of slow growth. A Varnish Development Bank report said so.",
            "New Varnish Development Bank",
        ),
        (
            "The Quellan Union Commission Chairperson, Olam Dreffi, has applauded the vote.",
            "Quellan Union Commission Chairperson",
        ),
        ("[Morning FM] Tarnby -- The council has approved the budget.", "FM"),
        # an age's adjective joined to "-era" says when, and names no actor
        ("The delegation toured the Quellantine-era fortress above the harbour.", "Quellantine"),
    ],
)
def test_no_junk(text: str, not_a_draft: str) -> None:
    assert not_a_draft not in draft_kind_names(text)


def test_new_paper_keeps_its_name() -> None:
    # "New" stays when the page never names the body without it: a paper's own name
    text = "New Tarnby Herald report says the minister resigned. The New Tarnby Herald is a daily."
    assert draft_kind_names(text).get("New Tarnby Herald") == "media"


def test_first_name_a_town_shares_is_the_person() -> None:
    # a Portuguese page: "Garibaldi" is a Brazilian town, and here the first name of a senator called by it
    text = "O líder articula para Garibaldi Alves assumir o cargo. Garibaldi nega interesse e defende outro nome."
    assert "Garibaldi" not in {name for name in draft_kinds(text, language="pt")}


def test_town_still_read_where_no_person_bears_its_name() -> None:
    text = "O prefeito de Garibaldi disse que a festa em Garibaldi foi um sucesso."
    assert "Garibaldi" in draft_kinds(text, language="pt")


def test_territory_by_its_own_languages_name() -> None:
    # Greenland is listed among the countries though it is no state; its Portuguese name is known as well
    drafts = draft_kinds("O gelo da Groenlândia derrete mais depressa, diz o estudo.", language="pt")
    assert drafts.get("Greenland") == "state"


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # a Korean story's dateline names its town, in brackets before "=" and the agency
        ("(속초=연합뉴스) 김철수 기자 = 항구의 어선 화재는 밤새 이어졌다.", "ko", "속초"),
        # "a certain" unit or school in the town before it
        ("경찰은 23일 홍천 모 부대 소속 병사를 조사했다.", "ko", "홍천"),
        # an oblast of Belarus by its capital's adjective
        ("В Гомельской области прошли учения резервистов.", "ru", "Гомельская область"),
    ],
)
def test_other_language_places(text: str, language: str, name: str) -> None:
    assert name in draft_kinds(text, language=language)


def test_a_lands_measure_by_its_letters_names_the_land() -> None:
    assert draft_kinds("A estimativa para o PIB do Brasil foi revisada para baixo.", language="pt").get("Brazil")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a bloc of states trading freely is a body
        (
            "Traders joined the Quellan Free Trade Area last year.",
            "Quellan Free Trade Area",
            "organization",
        ),
        # a house of prayer named in lower case after its name
        ("The delegation visited the Tarn Kassim mosque in the old town.", "Tarn Kassim", "place"),
        # after a dateline in title case and a credit in brackets, "New" opens the sentence
        (
            "[Tarn Wire] Nairobi -- New Varnish Fund report shows growth. A Varnish Fund report said so last year.",
            "Varnish Fund",
            "organization",
        ),
        (
            "[Tarn Wire] New Varnish Fund report shows growth. A Varnish Fund report said so.",
            "Varnish Fund",
            "organization",
        ),
    ],
)
def test_more_names_and_kinds(text: str, name: str, kind: str) -> None:
    drafts = draft_kind_names(text)
    assert drafts.get(name) == kind
    assert "New " + name not in drafts


def test_games_named_after_a_city_are_no_group() -> None:
    # a Spanish plural article opens a group's name ("Los Zetas"), not a city's games
    assert draft_kind_names("The Los Angeles Games will open in July.").get("Los Angeles Games") != "organization"


def test_russian_foreign_town_after_its_countrys_adjective() -> None:
    # a small foreign town after a preposition and its country's adjective ("in Finnish Kontiolahti")
    drafts = draft_kinds("Этап Кубка мира прошел в финском Контиолахти, а затем в шведском Эстерсунде.", language="ru")
    assert "Контиолахти" in drafts
    assert "Эстерсунд" in drafts


def test_plural_of_an_island_groups_word_is_the_group() -> None:
    drafts = draft_kind_names("Ships sailed near the Quellaku Islands. Later the patrol left the Quellakus.")
    assert drafts.get("Quellaku Islands") == "place"
    assert "Quellakus" not in drafts


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Khartum wirft der Regierung im Süden vor, Rebellen zu unterstützen.", "de", "Khartum"),
        ("Pequim acusa o governo vizinho de interferir nas eleições.", "pt", "Pequim"),
    ],
)
def test_capital_acting_as_its_government_opens_a_sentence(text: str, language: str, name: str) -> None:
    assert name in draft_kinds(text, language=language)


def test_club_word_before_its_town_is_a_club() -> None:
    # a club's word ("Inter", "Dynamo") before a town the tables know
    assert draft_kind_names("Ola Brandt and Inter Miami will open the tournament.").get("Inter Miami") == "organization"


def test_side_before_its_players_role_and_name() -> None:
    drafts = draft_kind_names("On Sunday, Quellmore driver Ola Brandt crashed on the second lap.")
    assert drafts.get("Quellmore") == "organization"
    assert drafts.get("Ola Brandt") == "person"


def test_side_opening_a_sentence_before_its_players_role() -> None:
    assert draft_kind_names("Quellmore driver Ola Brandt crashed on the second lap.").get("Quellmore") == "organization"
