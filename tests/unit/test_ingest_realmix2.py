"""Round realmix2: real news pages in five languages ingested into ONE workspace; which record each mention goes to.

Each test ingests several invented documents, one after another, into one workspace on disk (as `dossier ingest`
does with one session), then looks at the actor records a reader would see and at the records each document's
events and quotes link to, and runs `check`. Invented sentences and names throughout."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.ingest.every_states_bodies import _BARE_NAMES, bare_state_body
from tests.unit.ingest_helpers import ingest_in_one_workspace


def test_mr_and_a_korean_family_name_on_a_later_page_is_the_known_person_named_family_name_first(
    tmp_path: Path,
) -> None:
    # Korean names are written family name first: "Mr. Baek" is Baek Sun Oh, not a new person "Baek".
    actors, linked = ingest_in_one_workspace(
        tmp_path / "ws",
        "# Court ruling\n\nThe court removed President Baek Sun Oh from office on Friday, officials in Tarnby said.\n",
        "# Protests\n\nOn Saturday, thousands marched in Tarnby after the ruling. Mr. Baek said on Sunday that he "
        "would accept the verdict.\n",
    )
    assert actors["Baek Sun Oh"] == "person"
    assert "Baek" not in actors
    assert "Baek Sun Oh" in linked[2]


def test_a_korean_name_with_a_hyphened_given_name_is_known_by_its_first_word_on_a_later_page(tmp_path: Path) -> None:
    actors, linked = ingest_in_one_workspace(
        tmp_path / "ws",
        "# Rates held\n\nGovernor Seo Min-gyu said on Thursday that the bank would hold its rate, analysts in "
        "Tarnby said.\n",
        "# Rates outlook\n\nOn Monday, Mr. Seo said that a cut was not yet due.\n",
        '# 금리 동결\n\n총재는 23일 "금통위원 서 명은 인하 의견이었다"며 "대응이 필요하다는 입장이었다"고 설명했다.\n',
    )
    assert actors["Seo Min-gyu"] == "person"
    assert "Seo" not in actors
    assert "Seo Min-gyu" in linked[2]
    # A Hangul syllable spelled "seo" is most often a word of its own, not the known family name.
    assert "Seo Min-gyu" not in linked[3]


def test_a_bare_congress_on_a_page_about_another_state_is_not_linked_to_the_known_congress(tmp_path: Path) -> None:
    actors, linked = ingest_in_one_workspace(
        tmp_path / "ws",
        "# Riot\n\nOn Sunday, rioters in Tarnby stormed the Congress and the presidential palace, police said.\n",
        "# Hearing\n\nVarnian bank chief Otto Brennick testified to Congress on Wednesday about the renovation.\n",
    )
    assert actors["Congress"] == "organization"
    assert "Congress" in linked[1]
    assert "Congress" not in linked[2]


def test_a_bare_supreme_court_of_a_later_page_neither_links_to_nor_clashes_with_the_known_one(tmp_path: Path) -> None:
    actors, linked = ingest_in_one_workspace(
        tmp_path / "ws",
        "# Ruling\n\nOn Monday, Quellia's Supreme Court ordered the former president Ivo Tarrant to stand trial. "
        "The Supreme Court will hear the case in May.\n",
        "# Appeal\n\nOn Tuesday, the Supreme Court in Varnia struck down the tariff law, judge Mara Olvey said.\n",
    )
    courts = [name for name in actors if "Supreme Court" in name]
    assert len(courts) == 1
    assert not linked[2] & set(courts)


def test_a_bare_prime_minister_on_a_later_page_is_not_linked_to_the_known_post(tmp_path: Path) -> None:
    _, linked = ingest_in_one_workspace(
        tmp_path / "ws",
        "# Budget\n\nThe Prime Minister said on Monday that taxes would rise, officials in Tarnby said.\n",
        "# Cabinet\n\nIn Varnby, the Prime Minister named a new cabinet on Friday.\n",
    )
    assert not linked[2] & {"Prime Minister"}


def test_a_title_word_before_a_known_persons_name_is_not_the_end_of_a_bodys_name(tmp_path: Path) -> None:
    actors, linked = ingest_in_one_workspace(
        tmp_path / "ws",
        "# Trial\n\nOsvaldo Reiter Quintal said on Monday that the trial would go on.\n",
        "# Hearing\n\nHigh Tribunal Judge Osvaldo Reiter Quintal, who oversees the case, said on Friday that the "
        "evidence was clear.\n",
    )
    assert "High Tribunal Judge" not in actors
    assert "Osvaldo Reiter Quintal" in linked[2]


def test_a_bodys_letters_on_a_later_page_are_the_body_a_former_page_named_in_full(tmp_path: Path) -> None:
    actors, linked = ingest_in_one_workspace(
        tmp_path / "ws",
        "# Levy\n\nThe Federal Grain Pricing Board raised the levy on Monday, traders in Tarnby said.\n",
        "# Levy held\n\nOn Thursday, the FGPB said the levy would stay until May, traders in Tarnby said.\n",
    )
    assert actors["Federal Grain Pricing Board"] == "organization"
    assert "FGPB" not in actors
    assert "Federal Grain Pricing Board" in linked[2]


def test_a_bodys_full_name_on_a_later_page_is_the_body_a_former_page_named_by_its_letters(tmp_path: Path) -> None:
    actors, linked = ingest_in_one_workspace(
        tmp_path / "ws",
        "# Levy\n\nOn Thursday, the FGPB said the levy would stay until May, traders in Tarnby said.\n",
        "# Levy\n\nThe Federal Grain Pricing Board raised the levy on Monday, traders in Tarnby said.\n",
    )
    assert [name for name in actors if "Grain" in name or name == "FGPB"] == ["FGPB"]
    assert "FGPB" in linked[2]


def test_a_states_body_named_by_its_people_later_is_the_body_named_with_of_the_state(tmp_path: Path) -> None:
    actors, linked = ingest_in_one_workspace(
        tmp_path / "ws",
        "# Ruling\n\nOn Monday, the Constitutional Court of Peru removed minister Ilda Varquez from office.\n",
        "# Reaction\n\nThe Peruvian Constitutional Court said on Tuesday that its ruling was final.\n",
    )
    courts = [name for name in actors if "Constitutional Court" in name]
    assert courts == ["Constitutional Court of Peru"]
    assert "Constitutional Court of Peru" in linked[2]


@pytest.mark.parametrize("name", _BARE_NAMES)
def test_each_bare_name_of_a_body_every_state_has_is_one_and_says_no_state(name: str) -> None:
    # One row of the table each: the bare name (with or without "the") is one; named with its state it is not.
    assert bare_state_body(name)
    assert bare_state_body(f"the {name}")
    assert not bare_state_body(f"{name} of Peru")
    assert not bare_state_body(f"Peruvian {name}")
