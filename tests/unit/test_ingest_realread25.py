"""Round realread25: rules found reading real pages by hand (wire stories of bushfires, courts and diplomacy, an
interview, a software release, an encyclopaedia page, a broadcaster's page with its chrome, and pages in German,
French, Spanish and Russian). Invented sentences and names: a title's letters that are an acronym's, bodies and
places by the words around them, events and products that are no actors, and places in other languages that name
something else there."""

from __future__ import annotations

import pytest

from dossier.ingest.bylines import byline_outlets
from tests.unit.ingest_helpers import draft_kind_names, draft_kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # "Det" is a detective's rank only with its full stop or before another rank; alone it opens a firm's name
        (
            "A survey by the Tarnic safety organisation Det Quellske Varitas, says the ice is thin.",
            "Det Quellske Varitas",
            "organization",
        ),
        ("Det. Ilse Varnby led the search.", "Ilse Varnby", "person"),
        ("Det Supt Ilse Varnby led the search.", "Ilse Varnby", "person"),
        # a body's noun "organisation" right before the name
        ("The Quellish relief organisation Tarn Varosa, says the camps are full.", "Tarn Varosa", "organization"),
        # "giant" right after the article is an adjective; land ice by its head
        ("There is a small chance of the giant East Quellic Ice Sheet breaking up.", "East Quellic Ice Sheet", "place"),
        ("The tech giant Quellmark Varn said profits rose.", "Quellmark Varn", "organization"),
        # "the town of" names a place, whatever firm a stock index lists by the same words
        ("By midnight the flames had reached the town of Rio Tinto.", "Rio Tinto", "place"),
        # a body's periodical
        (
            "A report in the Tarnby Centre for Health Bulletin says cases doubled.",
            "Tarnby Centre for Health Bulletin",
            "media",
        ),
        # a landform's name ends before "of" and a land the gazetteer knows
        ("Families fled their homes in the Tarnic Highlands of New South Wales.", "Tarnic Highlands", "place"),
        # a body by what it pays for, after "which" (in brackets too)
        (
            "Support came from Quellsoft (which sponsors the developer Ilse Varn) and others.",
            "Quellsoft",
            "organization",
        ),
        # a land's unit in lower case before "of" names the region after it
        ("Officials in the state of Connecticut filed the suit on Monday.", "Connecticut", "place"),
        # a rescue service named by its two works
        ("The beacon was picked up by Tarnby Search and Rescue at dawn.", "Tarnby Search and Rescue", "organization"),
        # a place located by a compass point from another, whatever its word looks like
        ("Smoke closed the road at Penning, south of Tarnbury, overnight.", "Penning", "place"),
        # a place with its "the" goes on a list of places
        ("Rain fell on parts of the Quellwarra, Sydney, the Tarn Valley and the coast.", "Quellwarra", "place"),
    ],
)
def test_kind_of_a_name_read_on_real_pages(text: str, name: str, kind: str) -> None:
    assert draft_kind_names(text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an honorific's letters in capitals before a word in small letters are an acronym, no "Ms"
        ("The sketch was drawn in MS Paint by a pupil.", "Paint"),
        # a tournament open to all comers is an event
        ("She hopes to win next month's Quellish Tennis Open in Tarnby.", "Quellish Tennis Open"),
        # an ocean's island is a kind of island, the island is named after "of"
        ("Detainees were flown to the Pacific Island of Palau overnight.", "Pacific Island"),
        # a substance after "called"
        ("The parcel held an explosive called VRXQ, police said.", "VRXQ"),
        ("Patients were given a drug called Quellozan.", "Quellozan"),
        # an edition of a film on a disc
        ("The film is out now on Tarnvision Blu-ray and DVD.", "Tarnvision Blu"),
        # the landform's land is no part of its name
        (
            "Families fled their homes in the Tarnic Highlands of New South Wales.",
            "Tarnic Highlands of New South Wales",
        ),
    ],
)
def test_no_draft_for_what_is_no_actor(text: str, absent: str) -> None:
    drafts = draft_kind_names(text)
    assert absent not in drafts
    if absent == "Paint":
        assert "person" not in {drafts.get(name) for name in drafts if "Paint" in name}


def test_source_label_is_no_part_of_the_outlet() -> None:
    assert byline_outlets("Source Tarnby News") == ["Tarnby News"]


@pytest.mark.parametrize(
    ("text", "language", "absent", "present"),
    [
        # a head of state's "Estado" names the country, no region named after it
        (
            "El presidente recibió al ex jefe de Estado de Brasil, Tomás Varnedo, en su despacho.",
            "es",
            "Estado de Brasil",
            "Brazil",
        ),
        # a body's name in title case ends with a place's name
        ("Es candidata del Movimiento Para la Esperanza desde 2019.", "es", "la Esperanza", None),
        # the White House, with the article no town takes
        ("El anuncio lo hizo este jueves la Casa Blanca, según la agencia.", "es", "Casa Blanca", None),
        ("O anúncio foi feito pela Casa Branca na quinta-feira.", "pt", "Casa Branca", None),
        # a word in Latin letters in Russian text is a brand's or a product's, no place
        ("Вчера вышла Alexandria (новая игра студии), и её скачали миллионы.", "ru", "Alexandria", None),
    ],
)
def test_other_language_place_that_names_something_else(
    text: str, language: str, absent: str, present: str | None
) -> None:
    drafts = {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}
    assert absent not in drafts
    assert present is None or drafts.get(present) == "state"


def test_dotted_letters_of_a_state_keep_their_capitals() -> None:
    from dossier.ingest.extract import extract

    extraction = extract("La delegación de EE.UU. llegó ayer a Quito.", None, [], set(), "t", language="es")
    aliases = {alias for draft in extraction.actors for alias in draft.aliases}
    assert "EE.UU" in aliases


def test_a_state_named_after_its_country_stays_after_a_body_of_it() -> None:
    drafts = {
        name: str(kind)
        for name, kind in draft_kinds("El gobierno del Estado de México anunció recortes.", language="es").items()
    }
    assert drafts.get("Estado de México") == "place"


def test_afghani_is_afghanistan_s_demonym() -> None:
    drafts = draft_kind_names("Officials said Afghani families in the camp may go home in spring.")
    assert drafts.get("Afghanistan") == "state"
    assert "Afghani" not in drafts
