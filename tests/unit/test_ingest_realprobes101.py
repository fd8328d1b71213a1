"""Round realprobes101 (batch en101): rules found on invented pages of a court report, an obituary, property news,
a university's research news, a health advisory and a consumer column: firms named by an ordinary word that the
page shows owning a body's things, Welsh landforms, a nation's people inside one state, bodies by their heads."""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language="en").items()}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # an ordinary word (a number word too) that the page shows owning a body's things is the body
        ("Our phones are with Five, and Five's network was down all week.", "Five", "organization"),
        ("Coachway said the buses would divert. Coachway's drivers were told on Monday.", "Coachway", "organization"),
        # Welsh words for a bog and a lake open a landform's name
        ("Sampling began on Cors Quellan near the village.", "Cors Quellan", "place"),
        ("Swimmers crossed Llyn Varnog at dawn.", "Llyn Varnog", "place"),
        # an internet provider by what it sells; a region's health body by its head
        ("Flats will be let by Tarnway Living from May.", "Tarnway Living", "organization"),
        ("Service from Quell Internet stopped working in May.", "Quell Internet", "organization"),
        (
            "She works for the Tarnvale Local Health District in the west.",
            "Tarnvale Local Health District",
            "organization",
        ),
        # a description after a plural possessive: "the tenants' union"
        ("Leaflets from Varnel, the tenants' union, were handed out.", "Varnel", "organization"),
        # a bank's branch, though the bank bears a town's name
        ("He opened an account at a branch of Penrith in Carlisle.", "Penrith", "organization"),
        # letters in capitals before a trade's word open a body's name, no heading
        ("NSW Health said a new clinic would open in June.", "NSW Health", "organization"),
        # a town named by an ordinary word, listed between two towns
        ("Clinics opened in Penrith, Hay and Keswick last week.", "Hay", "place"),
        # a bridge named with a people's adjective is one place
        ("Water covered the English Bridge by noon.", "English Bridge", "place"),
        ("They met at the French Bridge.", "French Bridge", "place"),
        # one walks into a glen, though its name is a person's too
        ("We walked down into Glen Rosa.", "Glen Rosa", "place"),
        # what lies off a boat's course is a coast, a headland or an island
        ("The skipper fished off Quellmore for fifty years.", "Quellmore", "place"),
        ("The yacht capsized off Tarnby Point.", "Tarnby Point", "place"),
        # a candidate named after the party member's word
        ("She won, ahead of the Conservative Tom Varnell on 862.", "Tom Varnell", "person"),
        ("The Liberal Democrat Anna Quellby won the seat.", "Anna Quellby", "person"),
        # a body named with its land's letters, then a town: its branch there
        ("Age UK Leeds has opened a new day centre.", "Age UK Leeds", "organization"),
        # a city's electricity supplier, named "Hydro" after the city
        ("Toronto Hydro said it had restored power to 4,000 homes.", "Toronto Hydro", "organization"),
        # a rank's word joined by an ampersand is a partner's name in a firm's
        ("Shares in Legal & General rose on Monday.", "Legal & General", "organization"),
        # a trade's word before a state's name: the state's supplier
        ("Customers of Electric Ireland were told to expect higher bills.", "Electric Ireland", "organization"),
    ],
)
def test_names_by_the_words_around_them(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind, _kinds(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # Wales's and Scotland's people are no United Kingdom acting
        ("Hill farmers in Welsh valleys grazed more sheep than Scottish ones.", "United Kingdom"),
        # "Malin" is no demonym of Mali
        ("Trawlers sheltered off Malin Head overnight.", "Mali"),
        # a disease or a currency named by a people's adjective: no state acting
        ("Japanese encephalitis was found in pigs near the river.", "Japan"),
        ("The deal is worth 4 billion Swedish crowns, the bank said.", "Sweden"),
        # a substance by its letters after "containing"
        ("Farmers used a spray containing DDT for years.", "DDT"),
        # three people say "they": no body named by the number
        ("Three said they saw the van.", "Three"),
        # a family name ending in -s before "said" stays no firm
        ("Rowlands said there had been five raids since March.", "Rowlands"),
        # a heading of common words and a trade's gerund
        ("Tips on Healthy Living from our editors.", "Healthy Living"),
        # an ordinary word's "it" may be what it speaks of
        ("History said it would be kind to him.", "History"),
    ],
)
def test_no_draft_of(text: str, absent: str) -> None:
    assert absent not in _kinds(text), _kinds(text)


def test_a_boat_named_after_its_noun_and_the_is_no_person() -> None:
    kinds = _kinds("Owners of the ship, the Rosalind Mae, denied it.")
    assert kinds.get("Rosalind Mae") != "person", kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a party and its leader stay apart
        ("Conservative Party leader Kemi Varnell spoke.", "Conservative Party", "organization"),
        # a nation's party branch and a state's own people keep their readings
        ("The Scottish Conservatives called for a review, and Welsh Labour agreed.", "Welsh Labour", "organization"),
        ("Kenyan farmers protested in Nairobi.", "Kenya", "state"),
        ("Japanese voters went to the polls.", "Japan", "state"),
        ("Ilse Varn & General Tom Varnell met.", "Tom Varnell", "person"),
    ],
)
def test_guards_that_stay_apart(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind, _kinds(text)


def test_a_hill_named_like_a_plural_is_no_people() -> None:
    # "Paps" is no people of a town spelled alike ("Pavia" for "Papia")
    kinds = _kinds("From the top we could see the Paps of Tarnvoe far off.")
    assert kinds.get("Paps") != "state", kinds
