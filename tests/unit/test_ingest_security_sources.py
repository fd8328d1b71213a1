"""Names in the sources a defence and security analyst reads beside the news: campaign assessments,
monitoring missions' reports, rights groups' reports and sanctions releases.

Each case is invented; each states what an analyst expects drafted from one sentence of such a source.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.service import ingest_file
from dossier.model import ActorKind
from dossier.workspace import load_workspace
from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # an army's command for a region is a force, not the land it covers
        (
            "Elements of the 4th Tank Army (Southern Military District) advanced near Varnivka.",
            "Southern Military District",
            ActorKind.armed_force,
        ),
        (
            "Units of the Tremsk Military District moved to the border.",
            "Tremsk Military District",
            ActorKind.armed_force,
        ),
        # a front's stretch named after the town it leads to
        ("The battalion redeployed from the Varnivka direction on Monday.", "Varnivka", ActorKind.place),
        ("Assaults continued on the Oskelivka axis, the staff said.", "Oskelivka", ActorKind.place),
        # soldiers of a named force
        ("Officials said Zorgvardia troops guarded the plant.", "Zorgvardia", ActorKind.armed_force),
        # a force named before its kind in lower case
        (
            "Channels praised the Varnok special forces unit for the breakthrough.",
            "Varnok",
            ActorKind.armed_force,
        ),
        ("Members of the Quellar reconnaissance battalion were seen.", "Quellar", ActorKind.armed_force),
        # a rights group's dateline: the town in brackets, then a dash
        (
            "Tarnia: Lawyers Detained\n\n(Vilnius) – The authorities have detained 14 lawyers, the group said.",
            "Vilnius",
            ActorKind.place,
        ),
        # a place a clause opens with, then the clause's subject described after a comma
        (
            "In Oskelivka, the head of the city military administration, Ivan Petrenko-Varn, said water was back.",
            "Oskelivka",
            ActorKind.place,
        ),
        ("At a checkpoint near Tarna Lopan, an officer denied the team passage.", "Tarna Lopan", ActorKind.place),
        # a registered firm's name joined by another language's "and", up to its legal form
        (
            "Ankara-based Marmara Enerji ve Madencilik Sanayi A.Ş. was designated too.",
            "Marmara Enerji ve Madencilik Sanayi A.Ş.",
            ActorKind.organization,
        ),
        ("Brandt und Söhne GmbH supplied the valves.", "Brandt und Söhne GmbH", ActorKind.organization),
        ("Talleres Ruiz y Asociados S.L. won the tender.", "Talleres Ruiz y Asociados S.L.", ActorKind.organization),
        # a channel or a fund named by its noun before it
        (
            "The channel Varnoe Slovo, run by a former officer, complained about the rotation.",
            "Varnoe Slovo",
            ActorKind.media,
        ),
        ("He thanked the volunteer fund Narodna Pomich for buying sights.", "Narodna Pomich", ActorKind.organization),
        # a feed's title right after its noun, whatever its own words say (a zone, a surname)
        ("The Telegram channel Quiet Zone reported the strike first.", "Quiet Zone", ActorKind.media),
        ("The pro-war channel Dorokhov said the bridge was hit.", "Dorokhov", ActorKind.media),
        # kin after a one-word name's possessive: a person's
        ("Channels ignored Tremov's son, who runs the firm.", "Tremov", ActorKind.person),
        # a body named before the post its holder has there
        ("Varnex chief executive Ilse Quell said profits fell.", "Varnex", ActorKind.organization),
        ("Oskelgaz CEO Ivan Petrov resigned on Friday.", "Oskelgaz", ActorKind.organization),
        ("Tremlux chief executive officer Ana Varn resigned.", "Tremlux", ActorKind.organization),
        # ... and the same post written in title case after a coined word
        ("Zorgvardia Director Ilya Tarnov said the unit would deploy.", "Zorgvardia", ActorKind.organization),
        ("The deal was signed, said Oskelgaz Chairman Pavel Ustin.", "Oskelgaz", ActorKind.organization),
        ("Tarvolex Chief Executive Ann Lee said profits fell.", "Tarvolex", ActorKind.organization),
    ],
)
def test_a_security_sources_name_is_drafted_whole_with_its_kind(text: str, name: str, kind: ActorKind) -> None:
    assert draft_kinds(text, language="en").get(name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a ward's or a fire service's unit names no force
        ("Nurses at the Tarnby maternity unit went on strike.", "Tarnby", None),
        ("Crews from the Oskel fire brigade attended.", "Oskel", None),
        # a school district stays the body that runs the schools
        ("The Dayton Public School District sued the state.", "Dayton Public School District", ActorKind.organization),
        # a description after a name that no preposition governs still says what it is
        ("A letter from Halvard, the group's chairman, said the vote would go ahead.", "Halvard", ActorKind.person),
        # a post's title after a common word names no body; a day after a feed's noun is no title
        ("Creative Director Ilse Varn left the studio.", "Creative", None),
        ("He posted on his channel Friday about the war.", "Friday", None),
    ],
)
def test_names_like_them_keep_their_kinds(text: str, name: str, kind: ActorKind | None) -> None:
    assert draft_kinds(text, language="en").get(name) == kind


def test_an_agency_in_brackets_at_a_lines_start_is_no_dateline_place() -> None:
    assert draft_kinds("(Reuters) - Tarnia will raise taxes, the finance ministry said.", language="en").get(
        "Reuters"
    ) in (None, ActorKind.media)


@pytest.mark.parametrize(
    "text",
    [
        "He raised money for FPV drones for the brigade.",
        "Tarnia will host additional Varnish Tremmin systems, the ministry said.",
        "Two ATGMs and a MANPADS were found in the car.",
    ],
)
def test_a_weapons_kind_or_system_is_no_actor(text: str) -> None:
    drafts = draft_kinds(text, language="en")
    assert not {name for name in drafts if name in ("FPV", "Tremmin", "ATGMs", "MANPADS")}


def test_a_firms_short_name_in_brackets_after_its_legal_form_is_the_same_firm_later_too() -> None:
    text = (
        "Istanbul-based Oskel Lojistik ve Dis Ticaret A.Ş. (Oskel Lojistik) shipped the parts. "
        "Its owner runs a forwarder in Mersin. Oskel Lojistik denied it."
    )
    extraction = extract(text, None, [], set(), "t")
    firm = next(actor for actor in extraction.actors if actor.name.startswith("Oskel Lojistik ve"))
    assert firm.kind is ActorKind.organization
    assert "Oskel Lojistik" in firm.aliases
    assert [m.actor_id for m in extraction.mentions if m.text == "Oskel Lojistik"] == [firm.id, firm.id]


@pytest.mark.parametrize(
    ("site_name", "kind"),
    [
        ("Varnby Border Monitoring Mission", ActorKind.organization),
        ("Oskel Policy Institute", ActorKind.organization),
        ("Tollerby Gazette", ActorKind.media),
        ("Courtside Nation", ActorKind.media),
    ],
)
def test_a_site_named_by_a_bodys_own_word_is_that_body(tmp_path: Path, site_name: str, kind: ActorKind) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        f'<html lang="en"><head><title>Daily report</title><meta property="og:site_name" content="{site_name}">'
        "</head><body><article><h1>Daily report 12</h1><p>Monitors recorded 40 explosions near Tarnivka on "
        "Monday and saw damage to two houses.</p></article></body></html>",
        encoding="utf-8",
    )
    ingest_file(tmp_path / "ws", page)
    kinds = {actor.name: actor.kind for actor in load_workspace(tmp_path / "ws").actors.values()}
    assert kinds.get(site_name) is kind


def test_a_spa_is_no_legal_form() -> None:
    # "S.p.A." is Italian for a company limited by shares; "Spa" written so is a spa
    drafts = draft_kinds("Guests of the Tarnby Valley Spa in Oskel complained.", language="en")
    assert drafts.get("Tarnby Valley Spa") is not ActorKind.organization


def test_a_think_tanks_campaign_assessment_is_a_document_not_a_body() -> None:
    text = (
        "Tarnian Offensive Campaign Assessment, November 28, 2026\n\nTarnian forces advanced near Oskelivka on Monday."
    )
    assert "Tarnian Offensive Campaign Assessment" not in draft_kinds(text, language="en")
    assert (
        draft_kinds("The Joint Intelligence Committee Assessment Team met.", language="en").get(
            "Joint Intelligence Committee Assessment Team"
        )
        is ActorKind.organization
    )
