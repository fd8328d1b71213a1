"""A workspace's known names do not take their word out of a village's, a street's or a post's name.

Sources ingested one after another into one workspace: once a "Pellingham" (a person) is known, a
later "Lower Pellingham" or "Brodwick's Lane" must still be drafted whole as an empty workspace drafts
it, and a post drafted as a person ("Secretary of State for Fisheries") is not known by its last
word, as if "Fisheries" were a family name.
"""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.model import Actor, ActorKind
from tests.unit.ingest_helpers import drafts_and_links

KNOWN = [
    Actor(id="secretary-fisheries", name="Secretary of State for Fisheries", kind=ActorKind.person),
    Actor(id="foreign-secretary", name="Foreign Secretary", kind=ActorKind.person),
    Actor(id="pellingham", name="Pellingham", kind=ActorKind.person),
    Actor(id="ruth-marwick", name="Ruth Marwick", kind=ActorKind.person),
    Actor(id="brodwick", name="Brodwick", kind=ActorKind.person),
]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Flooding closed the road between Carnby and Lower Pellingham on Sunday.", "Lower Pellingham"),
        ("The A59 reopened between Hexley and Temple Brodwick after a crash.", "Temple Brodwick"),
        ("Work on Brodwick's Lane will start in May, the council said.", "Brodwick's Lane"),
        ("Brodwick's Bakery closed its doors on Friday.", "Brodwick's Bakery"),
    ],
)
def test_a_village_street_or_shop_holding_a_known_name_is_drafted_whole(text: str, name: str) -> None:
    assert name in drafts_and_links(text, [])[0]  # what an empty workspace drafts ...
    drafts, links = drafts_and_links(text, KNOWN)
    assert name in drafts, (drafts, links)  # ... a workspace that knows a person of that name drafts too
    assert not {words for words, actor in links.items() if actor in ("pellingham", "ruth-marwick", "brodwick")}


@pytest.mark.parametrize(
    ("text", "spelling", "actor_id"),
    [
        # a sentence's first word, a title or a quote's opening word stands before the person, not in a name
        ("Later Pellingham said the vote was lost.", "Pellingham", "pellingham"),
        ("Councillor Pellingham said the vote was lost.", "Pellingham", "pellingham"),
        ('"Marwick is wrong," the mayor said.', "Marwick", "ruth-marwick"),
        ("The council met Marwick on Monday.", "Marwick", "ruth-marwick"),
        ("Brodwick's team lost on Saturday.", "Brodwick", "brodwick"),
    ],
)
def test_a_known_person_after_a_title_or_at_a_sentence_start_is_still_linked(
    text: str, spelling: str, actor_id: str
) -> None:
    assert drafts_and_links(text, KNOWN)[1].get(spelling) == actor_id


@pytest.mark.parametrize(
    "text",
    [
        "The Fisheries Protection Agency boarded two trawlers.",
        "Quotas were set by the Fisheries office in March.",
        "The Secretary said the quota would rise.",
    ],
)
def test_a_post_drafted_as_a_person_is_not_known_by_its_last_word(text: str) -> None:
    assert not {
        actor
        for actor in drafts_and_links(text, KNOWN)[1].values()
        if actor in ("secretary-fisheries", "foreign-secretary")
    }


KNOWN_PERSONS = [
    Actor(id="rachel-thornley", name="Rachel Thornley", kind=ActorKind.person),
    Actor(id="debbie-carrowby", name="Debbie Carrowby", kind=ActorKind.person),
]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Crypto exchange Thornley said on Monday that it was hacked.", "Thornley"),
        ("Device makers Halvik and Carrowby agreed to pay $4 million.", "Carrowby"),
    ],
)
def test_a_known_persons_family_name_after_a_trades_noun_is_the_firm(text: str, name: str) -> None:
    assert name in drafts_and_links(text, [])[0]
    drafts, links = drafts_and_links(text, KNOWN_PERSONS)
    assert name in drafts
    assert links[name] not in ("rachel-thornley", "debbie-carrowby")


@pytest.mark.parametrize(
    "text", ["Ms Thornley said the exchange was safe.", "Her friend Thornley said the exchange was safe."]
)
def test_a_known_persons_family_name_after_a_title_or_a_persons_noun_is_still_linked(text: str) -> None:
    assert drafts_and_links(text, KNOWN_PERSONS)[1]["Thornley"] == "rachel-thornley"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two lawmakers from the populist Alternative for Tarnia (AfT) invited him.", "Alternative for Tarnia"),
        ("The President of Tarnia spoke at the summit.", "President of Tarnia"),
    ],
)
def test_a_name_ending_of_or_for_a_known_state_is_read_whole(text: str, name: str) -> None:
    known = [Actor(id="tarnia", name="Tarnia", kind=ActorKind.state)]
    assert name in drafts_and_links(text, [])[0]
    assert name in drafts_and_links(text, known)[0]


@pytest.mark.parametrize(
    ("known_name", "text", "spelling"),
    [
        ("Harnsbury", "The fair will move to Hernsbury next summer.", "Hernsbury"),
        ("Thorlby", "The X4 bus will no longer stop in Threlby from May.", "Threlby"),
        ("Dencombe", "Flood wardens in Dincombe checked the river overnight.", "Dincombe"),
    ],
)
def test_an_english_place_name_with_another_letter_is_another_place(known_name: str, text: str, spelling: str) -> None:
    known = [Actor(id="known-place", name=known_name, kind=ActorKind.place)]
    drafts, links = drafts_and_links(text, known)
    assert "known-place" not in links.values()
    assert spelling in drafts


def test_a_transliterated_name_with_another_letter_still_links() -> None:
    known = [Actor(id="kadyrov", name="Ramzan Kadyrov", kind=ActorKind.person, aliases=["Kadyrov"])]
    assert drafts_and_links("Kadirov said the republic would send more men.", known)[1].get("Kadirov") == "kadyrov"


def _links(text: str, known: list[Actor], language: str) -> dict[str, str]:
    return {m.text: m.actor_id for m in extract(text, None, known, set(), "t", language=language).mentions}


@pytest.mark.parametrize(
    ("known", "text", "language"),
    [
        (Actor(id="augusta", name="Augusta", kind=ActorKind.place), "The season runs from August to October.", "en"),
        (Actor(id="muenchen", name="München", kind=ActorKind.place), "Er lernte bei Mönchen in Japan.", "de"),
        (Actor(id="curitiba", name="Curitiba", kind=ActorKind.place), "O time do Coritiba perdeu no domingo.", "pt"),
    ],
)
def test_a_word_spelled_nearly_as_a_known_town_the_gazetteer_knows_is_not_the_town(
    known: Actor, text: str, language: str
) -> None:
    assert known.id not in _links(text, [known], language).values()


def test_a_declined_or_foreign_spelling_of_a_known_town_still_links() -> None:
    krakow = Actor(id="krakow", name="Kraków", kind=ActorKind.place)
    assert _links("Inspektorzy z Krakowa skontrolowali stoiska.", [krakow], "pl").get("Krakowa") == "krakow"
    lisbon = Actor(id="lisbon", name="Lisbon", kind=ActorKind.place)
    assert _links("Der Zug fährt nach Lissabon.", [lisbon], "de").get("Lissabon") == "lisbon"


def test_a_common_german_noun_is_not_a_known_persons_family_name_until_the_text_names_them() -> None:
    known = [
        Actor(id="oskar-mann", name="Oskar Mann", kind=ActorKind.person),
        Actor(id="greta-vollmer", name="Greta Vollmer", kind=ActorKind.person),
    ]
    assert "oskar-mann" not in _links("Polizisten fragten den Mann nach dem Weg.", known, "de").values()
    later = _links("Oskar Mann sprach in Kiel. Mann sagte, er komme wieder.", known, "de")
    assert later.get("Mann") == "oskar-mann"
    assert _links("Vollmer sagte am Montag, sie komme nicht.", known, "de").get("Vollmer") == "greta-vollmer"


def test_a_known_place_after_for_and_another_place_is_still_linked() -> None:
    known = [
        Actor(id="tarnby", name="Tarnby", kind=ActorKind.place),
        Actor(id="oskel", name="Oskel", kind=ActorKind.place),
    ]
    assert drafts_and_links("Troops left Minsk for Oskel on Monday.", known)[1].get("Oskel") == "oskel"


def test_a_known_body_after_a_titles_word_inside_a_longer_name_is_read_whole() -> None:
    known = [Actor(id="football-league", name="Football League", kind=ActorKind.organization)]
    text = "Oskel Mariners moved to the top of the Tarnia Premier Football League table."
    assert "Tarnia Premier Football League" in drafts_and_links(text, [])[0]
    assert "Tarnia Premier Football League" in drafts_and_links(text, known)[0]
    assert drafts_and_links("The Football League fined the club.", known)[1] == {"Football League": "football-league"}


def test_a_known_persons_two_names_followed_by_a_family_name_are_a_longer_name() -> None:
    known = [Actor(id="omar-farouk", name="Omar Farouk", kind=ActorKind.person)]
    text = "Port secretary Omar Faruk Tallukdar blamed a shortage of trucks."
    assert "Omar Faruk Tallukdar" in drafts_and_links(text, [])[0]
    assert "Omar Faruk Tallukdar" in drafts_and_links(text, known)[0]
    assert drafts_and_links("Omar Faruk said the port was full.", known)[1].get("Omar Faruk") == "omar-farouk"


@pytest.mark.parametrize(
    "text",
    [
        "We are not against new homes, but the Thornley family sold this land knowing it floods.",
        "Residents blamed the Thornley clan for the feud.",
    ],
)
def test_a_known_persons_family_name_before_a_kin_noun_is_the_family(text: str) -> None:
    assert "Thornley" in drafts_and_links(text, [])[0]
    drafts, links = drafts_and_links(text, KNOWN_PERSONS)
    assert "Thornley" in drafts, (drafts, links)
    assert links.get("Thornley") != "rachel-thornley"


def test_a_known_persons_family_name_before_a_seats_election_is_the_seat() -> None:
    text = "Plaid Cymru has won the Glanmorfa and Thornley by-election, taking a seat Labour had held."
    assert drafts_and_links(text, [])[0] >= {"Glanmorfa", "Thornley"}
    drafts, links = drafts_and_links(text, KNOWN_PERSONS)
    assert "Thornley" in drafts, (drafts, links)
    assert links.get("Thornley") != "rachel-thornley"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thornley chief executive Ann Lee said the hack cost $4 million.", "Thornley"),
        ("Shares in Carrowby fell 6% in early trading.", "Carrowby"),
    ],
)
def test_a_known_persons_family_name_with_a_bodys_post_or_shares_is_the_firm(text: str, name: str) -> None:
    assert name in drafts_and_links(text, [])[0]
    drafts, links = drafts_and_links(text, KNOWN_PERSONS)
    assert name in drafts, (drafts, links)
    assert links.get(name) not in ("rachel-thornley", "debbie-carrowby"), links


@pytest.mark.parametrize(
    "text",
    [
        "Thornley's sales slip. Thornley, the country's fourth-largest supermarket chain, reported a fall.",
        "Carrowby, a payroll startup based in Leeds, has raised $48 million. Carrowby said it would hire.",
    ],
)
def test_a_known_persons_family_name_that_an_apposition_shows_a_body_is_the_body_on_that_page(text: str) -> None:
    mentions = extract(text, None, KNOWN_PERSONS, set(), "t").mentions
    assert not [m for m in mentions if m.actor_id in ("rachel-thornley", "debbie-carrowby")], mentions


def test_a_known_persons_family_name_with_a_persons_apposition_is_still_linked() -> None:
    links = drafts_and_links("Thornley, a former trader at the exchange, said it was safe.", KNOWN_PERSONS)[1]
    assert links["Thornley"] == "rachel-thornley"


def test_a_page_that_shows_a_known_family_name_a_firm_reads_it_so_throughout() -> None:
    text = (
        "Thornley said on Thursday that attackers drained its wallets. Crypto exchange Thornley has paused withdrawals."
    )
    mentions = extract(text, None, KNOWN_PERSONS, set(), "t").mentions
    assert [m.text for m in mentions if m.text == "Thornley"] == ["Thornley", "Thornley"]
    assert not [m for m in mentions if m.actor_id == "rachel-thornley"], mentions


def test_a_known_persons_two_names_followed_by_a_small_towns_name_are_a_longer_name() -> None:
    # "Tanjung" is also a town's name, but a small one: after two given names it is the family name
    known = [Actor(id="dewi-kartika", name="Dewi Kartika", kind=ActorKind.person)]
    text = "The candidates, Rudi Hartono Lubis and Dewi Kartika Tanjung, said the count was fair."
    assert "Dewi Kartika Tanjung" in drafts_and_links(text, [])[0]
    assert "Dewi Kartika Tanjung" in drafts_and_links(text, known)[0]
    # a city's name after the known two is no family name: the known person is named
    assert drafts_and_links("We met Dewi Kartika Houston on Monday.", known)[1].get("Dewi Kartika") == "dewi-kartika"


def test_a_given_name_before_a_known_one_word_person_in_a_credit_line_makes_a_fuller_name() -> None:
    known = [Actor(id="pellowe", name="Pellowe", kind=ActorKind.person)]
    text = "Rates rose again on Monday.\n(Reporting by Anneke de Vries and Joris van Dam; Editing by Matthew Pellowe)"
    assert "Matthew Pellowe" in drafts_and_links(text, [])[0]
    assert "Matthew Pellowe" in drafts_and_links(text, known)[0]
