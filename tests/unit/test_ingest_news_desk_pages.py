"""Names in the everyday news pages an analyst files: a tech site's breach story, a finance paper's
regulator fine, a regional court report, a provincial byelection.

Each case is invented (towns and regions are real: the gazetteer decides them); each states what an
analyst expects drafted from one sentence or one page part.
"""

from __future__ import annotations

import pytest

from dossier.ingest.photo_credits import photo_credits
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_double_family_name_ending_like_a_german_avenue_is_a_persons() -> None:
    kinds = draft_kinds("Nurse Priya Kaur-Dallee won 48 per cent of the vote.", language="en")
    assert kinds.get("Priya Kaur-Dallee") is ActorKind.person, kinds
    kinds = draft_kinds("Residents of the Birkenallee and the Karl-Marx-Allee complained.", language="en")
    assert kinds.get("Birkenallee") is ActorKind.place, kinds
    assert kinds.get("Karl-Marx-Allee") is ActorKind.place, kinds


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("She resigned to run for mayor of Prince Albert next spring.", "Prince Albert"),
        ("Flooding closed two roads in Bishop Auckland on Sunday.", "Bishop Auckland"),
        ("Rebels were seen near General Santos overnight.", "General Santos"),
    ],
)
def test_a_town_named_with_a_title_is_the_town_where_a_place_goes(text: str, town: str) -> None:
    assert draft_kinds(text, language="en").get(town) is ActorKind.place


def test_a_titled_person_named_like_a_town_stays_the_person() -> None:
    kinds = draft_kinds("Prince George visited the school on Friday.", language="en")
    assert "Prince George" not in kinds, kinds
    assert kinds.get("George") is ActorKind.person, kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Building Societies Association said arrears fell.", "Building Societies Association"),
        ("The Shipping Federation of Tarnia backed the levy.", "Shipping Federation of Tarnia"),
        ("Results from Elections Manitoba showed a swing.", "Elections Manitoba"),
        ("Tourism Gauteng said bookings rose.", "Tourism Gauteng"),
    ],
)
def test_a_body_named_by_its_field_is_drafted_whole(text: str, name: str) -> None:
    assert draft_kinds(text, language="en").get(name) is ActorKind.organization


@pytest.mark.parametrize(
    "text",
    [
        "Two invoices from different firms had the same TIN.",
        "She works for an NGO, which helps refugees.",
        "He wrote to his MP.",
    ],
)
def test_letters_counted_as_one_of_a_kind_are_no_body(text: str) -> None:
    kinds = draft_kinds(text, language="en")
    assert not any(name.isupper() for name in kinds), kinds


def test_letters_of_a_named_body_stay_after_the_same_words() -> None:
    kinds = draft_kinds("A UN agency paid for it. Tarnia then joined the EU, and NATO.", language="en")
    assert {"UN", "EU", "NATO"} <= set(kinds), kinds


def test_the_photographers_credited_in_captions_without_a_figcaption() -> None:
    page = (
        "<p class='caption'>Volunteers at the showgrounds. (Ilse Marwick/The Tarnby Herald)</p>"
        "<div class='photo-credit'>Photo: Tomasz Wielgus for Quellmoor Daily</div>"
        "<p class='caption'>The plant at night. (Supplied/Tarnby Energy)</p>"
        "<p>Police said the (Tarnby/Oskel) line reopened.</p>"
    )
    assert photo_credits(page) == ["Ilse Marwick", "Tomasz Wielgus"]


def test_a_headline_naming_a_firm_without_its_kind_is_the_same_firm() -> None:
    from dossier.ingest.extract import extract

    text = (
        "Regulator fines Tarnwell Mutual £14m\n\nThe regulator fined Tarnwell Mutual Building Society on Monday. "
        "Tarnwell agreed to settle. Tarnwell, founded in Tarnby in 1853, has 61 branches."
    )
    drafts = extract(text, None, [], set(), "tag").actors
    names = [draft.name for draft in drafts if "Tarnwell" in draft.name]
    assert names == ["Tarnwell Mutual Building Society"], names
    assert next(d for d in drafts if d.name == names[0]).kind is ActorKind.organization


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("After the breach the company called in Mandora.", "Mandora", ActorKind.organization),
        ("The board brought in Varnex to audit the books.", "Varnex", ActorKind.organization),
        # a place's name before its noun stays a place
        ("Police called in Oskelivka residents for questioning.", "Oskelivka", ActorKind.place),
    ],
)
def test_a_firm_called_in_is_taken_on_not_a_place(text: str, name: str, kind: ActorKind) -> None:
    assert draft_kinds(text, language="en").get(name) is kind


def test_a_footer_owner_with_co_as_its_legal_form() -> None:
    from dossier.ingest.footer_publisher import footer_owner

    assert footer_owner("<footer>&copy; 2026 Tarn Valley Media Co. <a>Terms</a></footer>") == "Tarn Valley Media Co."
    assert footer_owner("<footer>&copy; 2026 Tarn Cooper</footer>") is None


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("DI Ann Lee of the Tarnia Crime Command said.", "Tarnia Crime Command", ActorKind.organization),
        ("The Counter Terrorism Command arrested him.", "Counter Terrorism Command", ActorKind.organization),
        ("The Special Operations Command said.", "Special Operations Command", ActorKind.armed_force),
    ],
)
def test_a_police_command_for_a_kind_of_crime_is_a_body(text: str, name: str, kind: ActorKind) -> None:
    assert draft_kinds(text, language="en").get(name) is kind


def test_a_rare_word_opening_a_sentence_before_its_shares_moved_is_a_firm() -> None:
    kinds = draft_kinds("Tarnco shares rose 3% on Monday after the results.", language="en")
    assert kinds.get("Tarnco") is ActorKind.organization, kinds
    assert draft_kinds("Company shares rose 3% on Monday.", language="en") == {}


def test_a_motor_ships_prefix_after_the_is_no_womans_title() -> None:
    kinds = draft_kinds("From Tarnmouth quay the MS Quellmoor sails to Lundy three times a week.", language="en")
    assert kinds.get("Quellmoor") is ActorKind.other, kinds
    kinds = draft_kinds("MS Varnholt said she would resign from the board.", language="en")
    assert kinds.get("Varnholt") is ActorKind.person, kinds


def test_the_holder_after_a_posts_remit_ending_with_a_place_is_a_person() -> None:
    kinds = draft_kinds("The delegation included the Tarnian Ambassador to Egypt, Varo Kessimu-Garg.", language="en")
    assert kinds.get("Varo Kessimu-Garg") is ActorKind.person, kinds
    # a verb between the title and the place: a list of places, as before
    kinds = draft_kinds("The minister flew to Kessaru, Baga Sola.", language="en")
    assert kinds.get("Baga Sola") is ActorKind.place, kinds


def test_a_double_family_name_ending_with_a_common_word_after_a_role_is_a_persons() -> None:
    text = "Among those detained is the party's deputy spokesperson, Tendai Oskuvarenje-Banda."
    assert draft_kinds(text, language="en").get("Tendai Oskuvarenje-Banda") is ActorKind.person


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Treasury designated Tarnby Desert Freight and its owner, Ould Sidi Mohamed Varrot, who shipped guns.",
            "Ould Sidi Mohamed Varrot",
        ),
        (
            "In the 1980s, under the Tarnish priest Manuel Varnez Oskuri, the group grew by extortion.",
            "Manuel Varnez Oskuri",
        ),
        (
            "The towns would be handed to the regional administration under Abdiaziz Tarnagareen.",
            "Abdiaziz Tarnagareen",
        ),
    ],
)
def test_a_person_named_by_what_the_sentence_says_of_them(text: str, name: str) -> None:
    assert draft_kinds(text, language="en").get(name) is ActorKind.person


def test_a_law_or_an_operation_after_under_is_no_person() -> None:
    assert draft_kinds("Aid was sent under Operation Unified Assistance.", language="en") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Grace Tembo, whose son Chanda is among those missing, said nobody had called.", "Chanda"),
        ("Her daughter Ama was born in Accra.", "Ama"),
        ("Mulenga's son Kapya Varn said he saw the boat capsize.", "Kapya Varn"),
    ],
)
def test_kin_named_after_an_owned_kin_noun_is_a_person(text: str, name: str) -> None:
    assert draft_kinds(text, language="en").get(name) is ActorKind.person


def test_forces_as_a_verb_after_a_town_makes_no_force() -> None:
    kinds = draft_kinds("Fighting near Tarnby forces residents to leave their homes.", language="en")
    assert kinds.get("Tarnby") is ActorKind.place, kinds
    assert draft_kinds("Varnak forces entered the city.", language="en").get("Varnak") is ActorKind.armed_force


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The oil major Tarnoil said profits fell.", "Tarnoil", ActorKind.organization),
        ("Shares in mining major Quellrock fell 4%.", "Quellrock", ActorKind.organization),
        ("The army major Ilse Varn said the road was mined.", "Ilse Varn", ActorKind.person),
    ],
)
def test_a_trades_major_is_a_large_firm_not_a_rank(text: str, name: str, kind: ActorKind) -> None:
    assert draft_kinds(text, language="en").get(name) is kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The firm will pay for two years of credit monitoring through Varnexa.", "Varnexa", ActorKind.organization),
        ("Loans offered through Quellmark carry a 9% rate.", "Quellmark", ActorKind.organization),
        ("The new road runs through Tarnby.", "Tarnby", ActorKind.place),
    ],
)
def test_a_service_provided_through_a_firm(text: str, name: str, kind: ActorKind) -> None:
    assert draft_kinds(text, language="en").get(name) is kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("It ships with a keyboard case made with Varnitech.", "Varnitech", ActorKind.organization),
        ("The chip is designed by Quellmark and built in Arizona.", "Quellmark", ActorKind.organization),
        ("The dress was designed by Ilse Varn.", "Ilse Varn", ActorKind.person),
    ],
)
def test_the_maker_after_a_verb_of_making(text: str, name: str, kind: ActorKind) -> None:
    assert draft_kinds(text, language="en").get(name) is kind


def test_a_services_plan_is_no_actor_and_leaves_the_firm_its_name() -> None:
    from dossier.ingest.extract import extract

    text = (
        "Varnora unveiled the Slate 3 on Tuesday. The tablet runs on Varnora's own chip. "
        "The assistant needs a Varnora One subscription for its best features."
    )
    drafts = {draft.name: draft.kind for draft in extract(text, None, [], set(), "t").actors}
    assert "Varnora One" not in drafts, drafts
    assert "Varnora" in drafts, drafts
    assert draft_kinds("The Tarnby Council plan was approved.", language="en") == {
        "Tarnby Council": ActorKind.organization
    }


def test_a_price_that_moved_is_a_firms_when_the_sentence_calls_it_the_company() -> None:
    kinds = draft_kinds("Varnex Micro slid 7% after the company cut its revenue forecast.", language="en")
    assert kinds.get("Varnex Micro") is ActorKind.organization, kinds
    assert draft_kinds("Tarnish Coin gained 2.1% on the day.", language="en") == {}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("A Springfield man faces a string of charges.", "Springfield", ActorKind.place),
        ("Police said two Leeds teenagers were arrested.", "Leeds", ActorKind.place),
        ("A Mercedes driver was hurt in the crash.", "Mercedes", None),
    ],
)
def test_a_town_before_one_of_its_people(text: str, name: str, kind: ActorKind | None) -> None:
    assert draft_kinds(text, language="en").get(name) is kind
