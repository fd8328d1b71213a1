"""Round realprobes136 (batch en141): rules found on invented English pages in new genres (a rural law firm's
people page, a family history forum thread, a pigeon racing federation's result, a steam yacht trust's news, a
vet practice's news, a primary school's weekly newsletter)."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest_helpers import draft_kinds


def _site_kinds(tmp_path: Path, site: str, story: str) -> dict[str, str]:
    from dossier.ingest.service import ingest_file
    from dossier.workspace import load_workspace

    page = tmp_path / "page.html"
    page.write_text(
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News | {site}</title>'
        f'<meta property="og:site_name" content="{site}"></head><body><main><article><h1>Latest news</h1>'
        f"<p>{story}</p></article></main><footer><p>© 2027</p></footer></body></html>",
        "utf-8",
    )
    ingest_file(tmp_path / "ws", page)
    return {actor.name: str(actor.kind) for actor in load_workspace(tmp_path / "ws").actors.values()}


def test_a_professions_letters_after_a_name_are_no_part_of_it() -> None:
    kinds = draft_kinds("Head nurse Sam Varnby RVN said the dog was doing well after treatment at the surgery.")
    assert kinds.get("Sam Varnby") == "person", kinds
    assert "Sam Varnby RVN" not in kinds, kinds
    kinds = draft_kinds("Our clinical director Mr Robert Quellby MRCVS said the figures had gone to the university.")
    assert kinds.get("Robert Quellby") == "person", kinds
    kinds = draft_kinds("The post was written by Dr Priya Tarnwell BVSc MRCVS for owners in the town.")
    assert kinds.get("Priya Tarnwell") == "person", kinds
    assert not any("MRCVS" in name or "BVSc" in name for name in kinds), kinds


def test_a_site_named_by_a_school_or_a_museum_is_that_bodys_own_site(tmp_path: Path) -> None:
    kinds = _site_kinds(tmp_path, "St Osric's CE Primary School", "Oak Class visited the farm at Tarnby on Monday.")
    assert kinds.get("St Osric's CE Primary School") == "organization", kinds
    (tmp_path / "t").mkdir()
    page = tmp_path / "t" / "page.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Newsletter | St Osric\'s CE Primary School'
        '</title><meta property="og:site_name" content="St Osric\'s CE Primary School"></head><body><main><article>'
        "<h1>Newsletter</h1><p>Oak Class visited the farm at Tarnby on Monday.</p></article></main><footer><p>St "
        "Osric's CE Primary School, Front Street, Tarnby. Part of the Quellby Diocesan Learning Trust.</p></footer>"
        "</body></html>",
        "utf-8",
    )
    from dossier.ingest.service import ingest_file
    from dossier.workspace import load_workspace

    ingest_file(tmp_path / "t" / "ws", page)
    kinds = {a.name: str(a.kind) for a in load_workspace(tmp_path / "t" / "ws").actors.values()}
    assert kinds.get("St Osric's CE Primary School") == "organization", kinds
    (tmp_path / "b").mkdir()
    kinds = _site_kinds(tmp_path / "b", "Quellby Town Museum", "The museum reopens on Monday after the new roof.")
    assert kinds.get("Quellby Town Museum") == "organization", kinds


def test_a_name_after_townland_of_or_parish_of_is_a_place() -> None:
    kinds = draft_kinds("Her great-grandfather was born in the townland of Ballyquell, parish of Clonvarn, in 1851.")
    assert kinds.get("Ballyquell") == "place", kinds
    assert kinds.get("Clonvarn") == "place", kinds


def test_a_name_after_trips_to_or_emigrated_to_is_a_place() -> None:
    kinds = draft_kinds("The trust will run trips to Quellhowe from the pier in the summer.")
    assert kinds.get("Quellhowe") == "place", kinds
    kinds = draft_kinds("The family emigrated to Varnport in 1880 and farmed there.")
    assert kinds.get("Varnport") == "place", kinds


def test_a_name_like_a_persons_after_a_practices_plural_trade_or_joined_the_firm_from_is_a_firm() -> None:
    kinds = draft_kinds("The seller was advised by the solicitors Birkett Quelby on the sale of the shops.")
    assert kinds.get("Birkett Quelby") == "organization", kinds
    kinds = draft_kinds("Eleanor joined the firm from Thursfield Varn in Worcester after ten years.")
    assert kinds.get("Thursfield Varn") == "organization", kinds
    kinds = draft_kinds("The plans were drawn by the architects Ilse Varnby and Tom Hale for the trust.")
    assert kinds.get("Ilse Varnby") == "person", kinds


def test_an_adjective_and_nouns_before_uk_name_one_body() -> None:
    kinds = draft_kinds("Pancreatic Quellcare UK said fewer than one in ten patients survive five years.")
    assert kinds.get("Pancreatic Quellcare UK") == "organization", kinds
    assert "United Kingdom" not in kinds, kinds
    kinds = draft_kinds("The yacht is on the register kept by National Historic Ships UK since 1998.")
    assert kinds.get("National Historic Ships UK") == "organization", kinds
    assert "United Kingdom" not in kinds, kinds


def test_a_school_by_its_stage_then_and_another_school_are_two_schools() -> None:
    kinds = draft_kinds("Our netball team beat Quellby Primary and Varnby Junior School in the area tournament.")
    assert kinds.get("Quellby Primary") == "organization", kinds
    assert kinds.get("Varnby Junior School") == "organization", kinds
    kinds = draft_kinds("Funding for the Quellby Primary and Nursery School was cut by the county.")
    assert kinds.get("Quellby Primary and Nursery School") == "organization", kinds


def test_vets_growers_vintners_and_one_word_works_head_a_firm() -> None:
    kinds = draft_kinds("Tarnby Vale Vets has seen five dogs with lungworm since August.")
    assert kinds.get("Tarnby Vale Vets") == "organization", kinds
    kinds = draft_kinds("Last year he acted for Quellyard Growers on a new packhouse lease.")
    assert kinds.get("Quellyard Growers") == "organization", kinds
    kinds = draft_kinds("The new boiler was made by Varnside Boilerworks of Bo'ness this spring.")
    assert kinds.get("Varnside Boilerworks") == "organization", kinds


def test_a_name_after_competes_with_is_a_firm() -> None:
    kinds = draft_kinds("The new chain will compete with Quellmart in the north of the county.")
    assert kinds.get("Quellmart") == "organization", kinds


def test_a_one_word_name_on_a_named_street_is_a_shop_or_a_firm() -> None:
    kinds = draft_kinds("Thank you to Quellmart on Front Street for donating the bread for our breakfast club.")
    assert kinds.get("Quellmart") == "organization", kinds
    assert kinds.get("Front Street") == "place", kinds


def test_a_name_after_a_persons_full_name_and_of_is_where_the_person_is_from() -> None:
    kinds = draft_kinds("Our patron, Lady Ellen Varnby of Quellstoke, will rename the yacht next spring.")
    assert kinds.get("Quellstoke") == "place", kinds
    kinds = draft_kinds("The show centres on the quilts of Elizabeth Tarnwell (1861-1933) of Allenquell, a maker.")
    assert kinds.get("Allenquell") == "place", kinds


def test_the_readers_a_letter_greets_after_dear_are_no_actor() -> None:
    kinds = draft_kinds("Dear Parents and Carers,\nWhat a week it has been at the school in Tarnby.")
    assert not any("Parents" in name or "Carers" in name for name in kinds), kinds
    kinds = draft_kinds("Dear Parents and Carers,\n\nWhat a week! Oak Class visited the museum at Quellby on Monday.")
    assert not any("Parents" in name or "Carers" in name for name in kinds), kinds
    kinds = draft_kinds("Dear Mr Varnby,\nThank you for your letter about the road.")
    assert kinds.get("Varnby") == "person", kinds


def test_a_name_money_is_raised_for_or_given_to_is_a_charity() -> None:
    kinds = draft_kinds("The parents' group raised £640 for Comic Relief with their cake sale on Friday.")
    assert kinds.get("Comic Relief") == "organization", kinds
    kinds = draft_kinds("The family asked for donations to Racing Welfare instead of flowers.")
    assert kinds.get("Racing Welfare") == "organization", kinds
    kinds = draft_kinds("Neighbours raised £2,000 for Amelia Varnby, who needs surgery in Leeds.")
    assert kinds.get("Amelia Varnby") == "person", kinds


def test_bros_after_a_family_name_heads_a_firm() -> None:
    kinds = draft_kinds("Quellcliffe Bros were bidding hard for the shearlings at the mart.")
    assert kinds.get("Quellcliffe Bros") == "organization", kinds


def test_a_name_after_an_agent_adviser_or_planner_with_is_the_body_they_work_at() -> None:
    kinds = draft_kinds("Gareth, a former land agent with Quellands, holds a doctorate from the university.")
    assert kinds.get("Quellands") == "organization", kinds


def test_a_charity_name_going_on_past_its_possessive_is_not_cut_by_the_charity_rule() -> None:
    kinds = draft_kinds("Carols at the hall in aid of Hope House Children's Hospices, 7pm, free entry.")
    assert "Hope House Children" not in kinds, kinds
