"""Round realmix1: real news pages in five languages ingested into ONE workspace, as the product owner's run does.

Each test ingests several invented documents, one after another, into one workspace on disk (as `dossier ingest`
does with one session), then looks at the actor records a reader would see, and runs `check`. Invented
sentences and names throughout."""

from __future__ import annotations

from pathlib import Path

from dossier.ingest.service import IngestSession, ingest_file
from dossier.workspace import load_workspace
from tests.unit.ingest_helpers import assert_valid


def _ingest(root: Path, *texts: str) -> dict[str, tuple[str, list[str]]]:
    """Ingest `texts` (Markdown) in order into one workspace; the actors by name: (kind, aliases)."""
    folder = root.parent / f"{root.name}-files"
    folder.mkdir()
    session = IngestSession(root)
    for number, text in enumerate(texts, 1):
        path = folder / f"{number:02d}.md"
        path.write_text(text, encoding="utf-8")
        assert ingest_file(root, path, session=session).status == "added"
    assert_valid(root)
    workspace = load_workspace(root, use_cache=False)
    return {actor.name: (actor.kind.value, list(actor.aliases)) for actor in workspace.actors.values()}


def test_a_short_form_of_a_person_known_from_an_earlier_source_is_that_person(tmp_path: Path) -> None:
    actors = _ingest(
        tmp_path / "ws",
        "# Cabinet named\n\nPresident-elect Renato Aurelio Tavinho da Quenza named his cabinet on Friday, "
        "aides said.\n",
        "# Markets react\n\nInvestors cheered after Renato Aurelio Tavinho da Quenza named a finance minister. "
        "Tavinho da Quenza said on Monday that spending would rise. Tavinho told reporters the plan was final.\n",
    )
    assert actors["Renato Aurelio Tavinho da Quenza"][0] == "person"
    assert "Tavinho da Quenza" not in actors
    assert "Tavinho" not in actors


def test_a_name_with_a_curled_apostrophe_is_the_name_with_a_straight_one(tmp_path: Path) -> None:
    actors = _ingest(
        tmp_path / "ws",
        "# Vote count\n\nThe Quellbrook Farmers’ Party won nine seats on Sunday, officials in Tarnby said.\n",
        "# Coalition talks\n\nLeaders of the Quellbrook Farmers' Party met on Tuesday to discuss a coalition.\n",
    )
    assert actors["Quellbrook Farmers’ Party"][0] == "organization"
    assert "Quellbrook Farmers' Party" not in actors


def test_a_firm_is_one_record_with_or_without_its_legal_ending_across_sources(tmp_path: Path) -> None:
    actors = _ingest(
        tmp_path / "ws",
        "# Chip profit\n\nQuelltronic Semiconductor Co Ltd said on Wednesday its profit rose, analysts in "
        "Tarnby said.\n",
        "# Chip sales\n\nQuelltronic Semiconductor said on Thursday that it would build a plant in Tarnby.\n",
        "# Chip plant\n\nQuelltronic Semiconductor Co said the plant would open in May.\n",
    )
    firms = [name for name in actors if name.startswith("Quelltronic")]
    assert firms == ["Quelltronic Semiconductor Co Ltd"]
    assert actors["Quelltronic Semiconductor Co Ltd"][0] == "organization"


def test_a_known_place_ending_a_hyphened_pair_inside_a_longer_name_leaves_the_name_whole(tmp_path: Path) -> None:
    # The plant's name must not depend on whether the town's source came first.
    actors = _ingest(
        tmp_path / "ws",
        "# Fire\n\nPolice said the fire started in the town of Tarnowa on Monday.\n",
        "# Vigil\n\nOver the weekend, protesters gathered outside Gigafactory Quellbach-Tarnowa, the carmaker's "
        "plant. Staff at Gigafactory Quellbach-Tarnowa held a vigil.\n",
    )
    assert actors["Tarnowa"][0] == "place"
    assert "Gigafactory Quellbach-Tarnowa" in actors
    assert "Gigafactory Quellbach" not in actors


def test_another_languages_text_naming_a_known_firm_without_its_legal_ending_links_to_it(tmp_path: Path) -> None:
    root, folder = tmp_path / "ws", tmp_path / "files"
    folder.mkdir()
    english = folder / "01.md"
    english.write_text(
        "# Chip profit\n\nQuelltronic Semiconductor Co Ltd said on Wednesday its profit rose.\n", encoding="utf-8"
    )
    russian = folder / "02.md"
    russian.write_text(
        "---\nlang: ru\n---\n\nQuelltronic Semiconductor заявила в субботу, что поставки приостановлены.\n",
        encoding="utf-8",
    )
    session = IngestSession(root)
    assert ingest_file(root, english, session=session).status == "added"
    result = ingest_file(root, russian, session=session)
    assert result.status == "added"
    assert result.known_actors == 1  # the firm, named without "Co Ltd"
    assert result.new_actors == 0
    assert_valid(root)


def test_a_post_after_was_or_became_is_a_job_named_not_a_person(tmp_path: Path) -> None:
    # A post record would gather every later source's holder of a post of that name.
    actors = _ingest(
        tmp_path / "ws",
        "# Cabinet\n\nOskar Varnholm, who was Minister of Coastal Affairs, will lead the talks, aides said.\n",
        "# Appointment\n\nIlse Tarnow became Minister of Coastal Affairs on Friday, the president said.\n",
    )
    assert actors["Oskar Varnholm"][0] == "person"
    assert actors["Ilse Tarnow"][0] == "person"
    assert "Minister of Coastal Affairs" not in actors


def test_a_local_body_without_its_county_is_that_countys_body_not_a_record_every_county_shares(tmp_path: Path) -> None:
    actors = _ingest(
        tmp_path / "ws",
        "# Burglary arrest\n\nThe Tarnvale County Sheriff's Office was called on Tuesday to a burglary on Mill Road. "
        "The Sheriff's Office urged residents to report anything suspicious.\n",
        "# Second arrest\n\nDeputies of the Quellmoor County Sheriff's Office arrested a man on Friday. "
        "The Sheriff's Office said he was held in the county jail.\n",
    )
    assert actors["Tarnvale County Sheriff's Office"][0] == "organization"
    assert actors["Quellmoor County Sheriff's Office"][0] == "organization"
    assert "Sheriff's Office" not in actors
