"""Round realprobes95 (batch en95): rules found on invented pages where firms, clubs and leaders are named by one
word, also at a sentence's start: an energy-markets wire, a transfer-window live blog, a tech earnings roundup, a
summit live page, a shipping market note and a police appeal."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.ingest.footer_publisher import footer_owner
from tests.unit.ingest_helpers import draft_kinds

# Words of the game that make a page a sports page.
_SPORTS_PAGE = "The striker, the winger and the defender trained. The goalkeeper saved a penalty. "


def _kinds(text: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language="en").items()}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a club named by one word takes a plural verb in British English, even when the word is a woman's name
        (_SPORTS_PAGE + "Quellbury have agreed a fee for the midfielder.", "Quellbury", "organization"),
        (_SPORTS_PAGE + "Tarnwick are working on a late move for a winger.", "Tarnwick", "organization"),
        (_SPORTS_PAGE + "Madison have rejected a second bid for their striker.", "Madison", "organization"),
        # and so does a club of two words, whose first is a given name
        (_SPORTS_PAGE + "Ashton Villa have completed the signing.", "Ashton Villa", "organization"),
        # on a sports page, the name after a transfer's noun and "from" is the club that bids or sells
        (
            _SPORTS_PAGE + "Tarnwick rejected a second bid from Quellmoor for their striker.",
            "Quellmoor",
            "organization",
        ),
        (_SPORTS_PAGE + "They completed the signing of forward Ada Varn from Harnsby.", "Harnsby", "organization"),
        # a rare word acting, then called back by a firm's noun in its sentence or the next
        ("Tarvolex reported an outage at its plant, the company said.", "Tarvolex", "organization"),
        (
            "Quellcore warned that sales would slow. The Munich-based chipmaker said stocks were high.",
            "Quellcore",
            "organization",
        ),
        # what speaks of itself as "it" in a statement, or knew of something as "it"
        ("Tarnfield said in a statement that its staff had helped.", "Tarnfield", "organization"),
        ("Quorvex said it knew of 14 fires and no injuries.", "Quorvex", "organization"),
        # a price moved, then the firm's officer spoke
        (
            "Harvestday fell 9 percent after chief executive Ada Pell said growth would slow.",
            "Harvestday",
            "organization",
        ),
        # one word opening a sentence before a verb of speaking, then "he" or "she": a leader by the family name
        ("Varnatti said on Monday that talks must go on. His office said he would fly to Rome.", "Varnatti", "person"),
        ("Quellani told reporters she would not resign.", "Quellani", "person"),
        ("Varnesco told the opening session that shipping must stay free.", "Varnesco", "person"),
        # an operator of a network is a firm
        ("Tarnnet, the Danish grid operator, said a new cable would be late.", "Tarnnet", "organization"),
        ("Ferrovel, a rail operator, cut its services.", "Ferrovel", "organization"),
        # where a broker or a banker works is a firm
        ('"Rates will climb," said Ilse Varnholm, a broker at Quellmarks in London.', "Quellmarks", "organization"),
        # partners' names joined by a plus sign name one firm
        ("Tarnholt+Quell said air freight picked up in November.", "Tarnholt+Quell", "organization"),
        ("Cargo went by Varnebeck+Sohn and two rail firms.", "Varnebeck+Sohn", "organization"),
        # founders' names joined by a hyphen, acting, with no given name before them
        ("Tarnholt-Quell bought two ships in May.", "Tarnholt-Quell", "organization"),
        ("Varnebeck-Lloyd took the opposite view.", "Varnebeck-Lloyd", "organization"),
        # what the public tells without its name goes to a body's line
        ("Information can be given anonymously to Tipwatch on 0800 555 111.", "Tipwatch", "organization"),
    ],
)
def test_one_word_names_by_the_words_around_them(text: str, name: str, kind: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(name) == kind, kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # plurals and groups take a plural verb as ordinary words
        (_SPORTS_PAGE + "Officials have agreed a new calendar.", "Officials"),
        (_SPORTS_PAGE + "Police are working on the case.", "Police"),
        (_SPORTS_PAGE + "Seldom have we seen such a comeback.", "Seldom"),
        # a common noun opening a headline, or a plural, is no leader
        ("Mayor says she will stand again.", "Mayor"),
        ("Analysts said he would stay.", "Analysts"),
        ("Police told reporters the road was shut.", "Police"),
        # a family name the lists know keeps its person when a firm is named later
        ("Halvorsen said the company would close two plants.", "Halvorsen"),
    ],
)
def test_ordinary_openers_stay_no_name(text: str, name: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(name) in (None, "person"), kinds
    if name != "Halvorsen":
        assert name not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a state a player comes from stays a state
        (_SPORTS_PAGE + "They signed a striker on loan from Brazil.", "Brazil", "state"),
        # a crane's operator is a person
        ("Ada Varnell, a crane operator, said the wind was too strong.", "Ada Varnell", "person"),
    ],
)
def test_guards_keep_their_kind(text: str, name: str, kind: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(name) == kind, kinds


def test_a_double_family_name_after_its_given_name_stays_a_person() -> None:
    kinds = _kinds("Sergeant Ilse Tarnholt-Quell spoke first. Tarnholt-Quell added that patrols would grow.")
    assert kinds.get("Ilse Tarnholt-Quell") == "person", kinds
    assert "Tarnholt-Quell" not in kinds, kinds


@pytest.mark.parametrize(
    ("footer", "owner"),
    [
        # Nordic legal forms end a publisher's name as "Ltd" does
        ("Tarnvik Energy is published by Fjordvik Media AS, Oslo.", "Fjordvik Media AS"),
        ("&copy; 2026 Tarnlund Förlag AB. All rights reserved.", "Tarnlund Förlag AB"),
        ("&copy; 2026 Varnholm Medier A/S", "Varnholm Medier A/S"),
        ("Quellby Uutiset is a publication of Quellsanoma Oy.", "Quellsanoma Oy"),
    ],
)
def test_footer_publishers_with_nordic_legal_forms(footer: str, owner: str) -> None:
    page = f"<html><body><article><p>Text.</p></article><footer><p>{footer}</p></footer></body></html>"
    assert footer_owner(page) == owner


def test_a_site_named_with_a_firms_head_word_that_a_nordic_firm_publishes_is_an_outlet(tmp_path: Path) -> None:
    from dossier.ingest.service import ingest_file
    from dossier.workspace import load_workspace

    page = tmp_path / "page.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Gas flows fall | Tarnvik Energy</title>'
        '<meta property="og:site_name" content="Tarnvik Energy"></head><body><main><article>'
        "<h1>Gas flows fall</h1><p>Gas flows to Germany fell on Monday, traders said.</p>"
        "<figure><figcaption>A platform at sea. Photo: Ilse Varnholm/Tarnvik Energy</figcaption></figure>"
        "</article></main><footer><p>Tarnvik Energy is published by Fjordvik Media AS, Oslo.</p></footer>"
        "</body></html>",
        "utf-8",
    )
    root = tmp_path / "ws"
    ingest_file(root, page)
    kinds = {actor.name: str(actor.kind) for actor in load_workspace(root).actors.values()}
    assert kinds.get("Tarnvik Energy") == "media", kinds
    assert kinds.get("Fjordvik Media AS") == "organization", kinds


@pytest.mark.parametrize(
    ("caption", "credited"),
    [
        # the outlet first, then a slash and the photographer
        ("Leaders pose in Ankara. Photo: Tarnby Post/Ilse Varnholm-Quell", ["Ilse Varnholm-Quell"]),
        ("A platform at sea. Photo: Ada Pellworth/Tarnby Post", ["Ada Pellworth"]),
        # and no one when the words after the slash name no person
        ("A man on the quay. Image: Tarnby Herald/Supplied", []),
    ],
)
def test_photographers_after_their_outlet(caption: str, credited: list[str]) -> None:
    from dossier.ingest.photo_credits import photo_credits

    page = f"<html><body><figure><img src='x.jpg'><figcaption>{caption}</figcaption></figure></body></html>"
    assert photo_credits(page) == credited
