"""Round realprobes97 (batch en97): rules found on invented pages from English-speaking places the corpus had
less of: a provincial legislature report, a court report, a university research page, a union's strike notice, a
charity appeal and a cricket club's match report."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language="en").items()}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a registrar and a union's organiser are titles before their holder's name
        (
            "The parties will appear before Deputy Registrar Tomas Quellwood-Amadi in May.",
            "Tomas Quellwood-Amadi",
            "person",
        ),
        ("Regional Organiser Ilse Varnholm-Petit said members would walk out.", "Ilse Varnholm-Petit", "person"),
        # a land's legislature is the land's
        ("The Texas legislature passed the bill on Thursday.", "Texas", "place"),
        ("The Quellmark legislature met on Monday.", "Quellmark", "place"),
        # a known town or land before the capitalised post held for it, then the holder
        ("Brampton Mayor Ada Quellwood said the city was not consulted.", "Brampton", "place"),
        ("Alberta Premier Ilse Varnholm told reporters she would wait.", "Alberta", "place"),
        ("Hastings Mayor Wendy Quellwood said the pipes were old.", "Hastings", "place"),
        # courts housed together under one name are a building, a place
        ("The orders were issued at the Tarnby Law Courts on Thursday.", "Tarnby Law Courts", "place"),
        ("The State Courts fined him on Friday.", "State Courts", "organization"),
        # a university's grounds named for the place they stand in
        ("The university's Quellmoor campus was closed on Friday.", "Quellmoor", "place"),
        # a university's part whose two adjectives share one field's noun
        (
            "She works in the Department of Mechanical and Aerospace Engineering at the university.",
            "Department of Mechanical and Aerospace Engineering",
            "organization",
        ),
        (
            "He joined the School of Chemical and Biomolecular Engineering in 2019.",
            "School of Chemical and Biomolecular Engineering",
            "organization",
        ),
        # Malaysia's and Indonesia's universities by their Malay word
        ("A co-author from Universiti Tarnadi in Penang said so.", "Universiti Tarnadi", "organization"),
        # the firm a club thanks for sponsoring something
        ("The club thanks Varnicel for sponsoring the new scoreboard.", "Varnicel", "organization"),
        ("The club thanks Harbour Gold for sponsoring the new scoreboard.", "Harbour Gold", "organization"),
        ("We thank VarnTel and Tarnsure for sponsoring the kit.", "Tarnsure", "organization"),
        # a body named for the state it serves, speaking
        ("Zambia Railways told passengers to expect delays.", "Zambia Railways", "organization"),
        ("Kenya Power said the outage would last six hours.", "Kenya Power", "organization"),
        # the body before the cup it runs
        (
            "They went top of the Tarnby Cricket Association Premier Cup table.",
            "Tarnby Cricket Association",
            "organization",
        ),
        # a journal of ordinary words after "published in"
        (
            "The results were published in Marine Pollution Bulletin on Monday.",
            "Marine Pollution Bulletin",
            "media",
        ),
    ],
)
def test_names_by_the_words_around_them(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind, _kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a party's word before a member's post is no town, though a small town bears it
        ("Liberal MPP Ada Quellwood said the vote was rushed.", "Liberal"),
        # a firm's name after a ministry's "and" stays apart from the ministry's remit
        (
            "The Ministry of Defence and Tarnic Engineering signed the deal.",
            "Ministry of Defence and Tarnic Engineering",
        ),
    ],
)
def test_words_that_stay_apart(text: str, name: str) -> None:
    assert name not in _kinds(text), _kinds(text)


def _page(footer: str, caption: str = "", site: str = "Tarnby Voice") -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Nets opened | ' + site + "</title>"
        f'<meta property="og:site_name" content="{site}"></head><body><main><article>'
        "<h1>New nets opened</h1><p>The new practice nets were opened on Saturday by the club's president, "
        "who thanked members for their work over the winter.</p>"
        f"<figure><figcaption>{caption}</figcaption></figure>"
        f"</article></main><footer><p>{footer}</p></footer></body></html>"
    )


def _ingested(tmp_path: Path, html: str) -> dict[str, str]:
    from dossier.ingest.service import ingest_file
    from dossier.workspace import load_workspace

    page = tmp_path / "page.html"
    page.write_text(html, "utf-8")
    root = tmp_path / "ws"
    ingest_file(root, page)
    return {actor.name: str(actor.kind) for actor in load_workspace(root).actors.values()}


@pytest.mark.parametrize(
    ("footer", "name", "kind"),
    [
        # the street, the town (its postal district dropped) and the state of the footer's address
        ("© 2026 Tarnby Cricket Club, Hope Road, Kingston 6, Jamaica.", "Hope Road", "place"),
        ("© 2026 Tarnby Cricket Club, Hope Road, Kingston 6, Jamaica.", "Kingston", "place"),
        ("© 2026 Tarnby Cricket Club, Hope Road, Kingston 6, Jamaica.", "Jamaica", "state"),
        ("Tarnby Voice is published by Quellmark Verlag GmbH, Hamburg.", "Hamburg", "place"),
        ("© 2026 Tarnby Voice. 14 Upper Quay Road, Singapore 118420.", "Upper Quay Road", "place"),
    ],
)
def test_footer_address(tmp_path: Path, footer: str, name: str, kind: str) -> None:
    kinds = _ingested(tmp_path, _page(footer))
    assert kinds.get(name) == kind, kinds


def test_a_footer_sentence_that_ends_in_no_place_gives_no_address(tmp_path: Path) -> None:
    from dossier.ingest.footer_address import footer_places

    page = _page("© 2026 Tarnby Voice, part of Quell Newspapers Ltd. Privacy, Terms, Contact.")
    assert footer_places(page) == []


def test_a_credit_naming_the_pages_own_site_before_the_slash_is_no_photographer(tmp_path: Path) -> None:
    caption = "A family outside their tent. Photo: Tarnby Hope/Ilse Varnholm-Petit"
    kinds = _ingested(tmp_path, _page("Privacy", caption, site="Tarnby Hope Foundation"))
    assert "Tarnby Hope" not in kinds, kinds
    assert kinds.get("Ilse Varnholm-Petit") == "person", kinds
