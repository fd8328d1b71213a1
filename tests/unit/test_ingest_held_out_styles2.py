"""A second round on names as military releases, broadcasters, EU statements, ministerial releases
and encyclopaedia articles write them. Every example is invented; each test says what the analyst
sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds

# -- units named by their number -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The 27th Division crossed the Varn at dawn.", "27th Division"),
        ("Troops of the Tremmin 14th Army withdrew north.", "14th Army"),
        ("Sailors of the 9th Fleet rescued the crew.", "9th Fleet"),
        ("Airmen of the 412th Air Refuelling Wing flew the mission.", "412th Air Refuelling Wing"),
        ("Pilots of the 41st Expeditionary Fighter Squadron flew home.", "41st Expeditionary Fighter Squadron"),
    ],
)
def test_a_unit_named_by_its_number_is_one_armed_force(text: str, unit: str) -> None:
    assert draft_kinds(text).get(unit) is ActorKind.armed_force


@pytest.mark.parametrize("text", ["Our team finished in the 2nd Group of the contest.", "Offices on the 3rd Wing."])
def test_a_number_before_a_lone_wing_or_group_makes_no_unit(text: str) -> None:
    assert not any(name.endswith(("Group", "Wing")) for name in draft_kinds(text))


# -- a portfolio's words before a name -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ms Varn also met Speaker of Parliament Tamir Quellani in Tremmin.", "Tamir Quellani"),
        ("He met Minister for Law and Human Rights Yorvessa Quallendi to discuss migration.", "Yorvessa Quallendi"),
        ("The Minister for Trade and Tourism Kelvor Varnossi said exports rose.", "Kelvor Varnossi"),
    ],
)
def test_a_portfolio_before_a_name_is_no_part_of_the_person(text: str, person: str) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(person) is ActorKind.person
    assert not any(name.endswith(person) and name != person for name in drafts)


def test_rare_words_after_common_ones_with_no_title_stay_as_written() -> None:
    # No title before "for": a body's name, not a portfolio.
    drafts = draft_kinds("Volunteers from Farmers for Human Rights Quallendi Varnossi visited the camp.")
    assert "Quallendi Varnossi" not in drafts


# -- demonyms, canals and nearby places ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Nigerien officers attended the conference in Tremmin.", "Niger"),
        ("Burkinabe troops patrolled the border road.", "Burkina Faso"),
        ("Two Bosnian diplomats met the envoy.", "Bosnia and Herzegovina"),
        ("Ni-Vanuatu personnel served with the mission.", "Vanuatu"),
    ],
)
def test_a_demonym_no_suffix_rule_derives_names_its_state(text: str, state: str) -> None:
    assert draft_kinds(text).get(state) is ActorKind.state


def test_a_canal_is_a_place() -> None:
    assert draft_kinds("Tankers crossed the Varnak Canal on Monday.").get("Varnak Canal") is ActorKind.place


@pytest.mark.parametrize("previous", ["nearby", "neighbouring"])
def test_a_name_after_nearby_is_a_place_even_before_a_speech_verb(previous: str) -> None:
    drafts = draft_kinds(f"Residents of {previous} Quellodoro told reporters they had heard gunfire.")
    assert drafts.get("Quellodoro") is ActorKind.place


# -- a body's branch in a state ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "branch", "kind"),
    [
        ("Funding goes to Zorvix Australia and the Red Cross.", "Zorvix Australia", ActorKind.organization),
        ("Staff of VARNAID Canada handed out tents.", "VARNAID Canada", ActorKind.organization),
        ("Reporters from BBC Turkey were at the scene.", "BBC Turkey", ActorKind.media),
    ],
)
def test_a_body_then_the_state_its_branch_serves_is_one_body(text: str, branch: str, kind: ActorKind) -> None:
    assert draft_kinds(text).get(branch) is kind


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("She flew from Sydney Australia to Tremmin.", "Australia"),
        ("Talks with Canadian Australia officials were brief.", "Australia"),
    ],
)
def test_a_town_or_a_demonym_before_a_state_makes_no_branch(text: str, state: str) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(state) is ActorKind.state
    assert not any(name.endswith(f" {state}") for name in drafts)


# -- words that look like a group's name -------------------------------------------------------------


def test_a_small_word_in_capitals_keeps_a_body_of_common_words_whole() -> None:
    drafts = draft_kinds("The ministry faced criticism from the Campaign Against Varnak Mines for the sale.")
    assert drafts.get("Campaign Against Varnak Mines") is ActorKind.organization


def test_a_film_title_with_a_capitalised_small_word_is_no_body() -> None:
    assert "Dances With Wolves" not in draft_kinds("He watched the film Dances With Wolves again.")


@pytest.mark.parametrize("creed", ["Islamist", "Separatist", "Jihadist"])
def test_a_creed_before_a_group_noun_is_no_group(creed: str) -> None:
    drafts = draft_kinds(f"{creed} fighters took over the north of Tremmin in 2012.")
    assert creed not in drafts


def test_a_group_before_a_group_noun_stays_a_group() -> None:
    assert draft_kinds("Varnakist Front fighters took over the north.").get("Varnakist Front") is not None


# -- documents, birth names and Arabic group names -------------------------------------------------


def test_a_document_named_after_a_place_gives_the_place_without_its_common_words() -> None:
    drafts = draft_kinds("The Bougainville Peace Agreement was signed in Arawa in 2001.")
    assert drafts.get("Bougainville") is ActorKind.place
    assert "Bougainville Peace" not in drafts


def test_a_name_given_at_birth_in_brackets_is_a_person() -> None:
    drafts = draft_kinds("It was founded by Abu Tarek al-Varni (born Samir Yusuf Quellah, 1971–2016), a teacher.")
    assert drafts.get("Samir Yusuf Quellah") is ActorKind.person


@pytest.mark.parametrize("name", ["Ahrar al-Varn", "Hay'at Tahrir al-Varn"])
def test_an_arabic_word_for_a_body_opens_a_body_name(name: str) -> None:
    assert draft_kinds(f"In 2015 the group joined {name} in the north.").get(name) is ActorKind.organization


# -- bodies named for their subject ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("A fellow at the Council on Varnak Relations said so.", "Council on Varnak Relations"),
        (
            "Ministers met at the Ministerial Council on Law and Security in Tremmin.",
            "Ministerial Council on Law and Security",
        ),
        ("He joined the Task Force on Migration last year.", "Task Force on Migration"),
    ],
)
def test_a_body_named_for_its_subject_stays_whole(text: str, body: str) -> None:
    assert draft_kinds(text).get(body) is ActorKind.organization


def test_a_conference_on_a_state_names_the_state_apart() -> None:
    drafts = draft_kinds("Envoys spoke at the Conference on Syria in Tremmin.")
    assert drafts.get("Syria") is ActorKind.state
    assert not any(name.endswith("on Syria") for name in drafts)


# -- a person's surname that is also a city; a post with no name ---------------------------------------


def test_a_surname_that_is_a_city_stays_the_persons_in_every_later_mention() -> None:
    text = (
        "Tamsin Phoenix and Ilse Varn were named best actors.\n\n"
        "Phoenix’s performance has swept the season.\n\n"
        "“I am grateful,” Phoenix said on Sunday."
    )
    drafts = draft_kinds(text)
    assert drafts.get("Tamsin Phoenix") is ActorKind.person
    assert "Phoenix" not in drafts


@pytest.mark.parametrize("post", ["Chief Brand Officer", "Chief Content Editor"])
def test_a_post_with_no_name_after_it_is_no_person(post: str) -> None:
    drafts = draft_kinds(f"She is Executive Vice President and {post} of the Varnak Cowboys.")
    assert not any(name.endswith(post.split()[-1]) for name in drafts if drafts[name] is ActorKind.person)


def test_a_minister_named_in_a_release_heading_is_kept_whose_surname_is_a_title() -> None:
    text = (
        "The Hon Ilse Bishop MP\nMinister for Foreign Affairs\n\nMedia release\n2 March 2016\n\n"
        "The Varnak Government will provide aid."
    )
    assert draft_kinds(text).get("Ilse Bishop") is ActorKind.person


# -- a book cited in a list of references ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author", "town", "publisher"),
    [
        (
            "^ Quistel, Mark (2008). The White War: Life on the Varnak Front. London: Tremmin and Sons. p. 211.",
            "Mark Quistel",
            "London",
            "Tremmin and Sons",
        ),
        (
            "- Varnell, Louis R. (1984). Varnak: The Longest War 1941–45. Oxford: J. M. Quell. ISBN 0-460-02474-4.",
            "Louis R Varnell",
            "Oxford",
            "J. M. Quell",
        ),
    ],
)
def test_a_book_in_a_list_of_references_names_its_author_town_and_publisher(
    line: str, author: str, town: str, publisher: str
) -> None:
    drafts = draft_kinds(f"The battle ended in a retreat.\n\nReferences\n\n{line}\n")
    assert drafts.get(author) is ActorKind.person
    assert drafts.get(town) is ActorKind.place
    assert drafts.get(publisher) is ActorKind.organization
    assert not any("War" in name or "Longest" in name for name in drafts)  # the title stays unread


def test_a_paper_in_a_list_of_references_still_gives_no_drafts() -> None:
    line = 'Hinton, G.E.; Quistel, T. (2008). "Visualizing Varnak Data". Journal of Tremmin Learning. 9: pp. 2579-2605.'
    assert draft_kinds(f"The method works.\n\nReferences\n\n{line}\n") == {}
