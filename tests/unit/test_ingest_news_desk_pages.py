"""Names in the everyday news pages an analyst files: a tech site's breach story, a finance paper's
regulator fine, a regional court report, a provincial byelection, a markets wrap, a product launch.

Each case is invented (towns and regions are real: the gazetteer decides them); each states what an
analyst expects drafted from one sentence or one page part.
"""

from __future__ import annotations

import pytest

from dossier.ingest.extract import extract
from dossier.ingest.footer_publisher import footer_owner
from dossier.ingest.photo_credits import photo_credits
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds

ORG, PERSON, PLACE = ActorKind.organization, ActorKind.person, ActorKind.place


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a town named with a title word, where a place goes; its people after "a"
        ("She resigned to run for mayor of Prince Albert next spring.", "Prince Albert", PLACE),
        ("Flooding closed two roads in Bishop Auckland on Sunday.", "Bishop Auckland", PLACE),
        ("Rebels were seen near General Santos overnight.", "General Santos", PLACE),
        ("A Springfield man faces a string of charges.", "Springfield", PLACE),
        ("Police said two Leeds teenagers were arrested.", "Leeds", PLACE),
        ("A Mercedes driver was hurt in the crash.", "Mercedes", None),
        ("Fighting near Tarnby forces residents to leave their homes.", "Tarnby", PLACE),
        ("Varnak forces entered the city.", "Varnak", ActorKind.armed_force),
        # bodies named by their field, a province's agency, a police command
        ("The Building Societies Association said arrears fell.", "Building Societies Association", ORG),
        ("The Shipping Federation of Tarnia backed the levy.", "Shipping Federation of Tarnia", ORG),
        ("Results from Elections Manitoba showed a swing.", "Elections Manitoba", ORG),
        ("Tourism Gauteng said bookings rose.", "Tourism Gauteng", ORG),
        ("DI Ann Lee of the Tarnia Crime Command said.", "Tarnia Crime Command", ORG),
        ("The Counter Terrorism Command arrested him.", "Counter Terrorism Command", ORG),
        ("The Special Operations Command said.", "Special Operations Command", ActorKind.armed_force),
        # firms by what they do for others, by their trade, by their shares
        ("After the breach the company called in Mandora.", "Mandora", ORG),
        ("The board brought in Varnex to audit the books.", "Varnex", ORG),
        ("Police called in Oskelivka residents for questioning.", "Oskelivka", PLACE),
        ("The firm will pay for two years of credit monitoring through Varnexa.", "Varnexa", ORG),
        ("Loans offered through Quellmark carry a 9% rate.", "Quellmark", ORG),
        ("The new road runs through Tarnby.", "Tarnby", PLACE),
        ("It ships with a keyboard case made with Varnitech.", "Varnitech", ORG),
        ("The chip is designed by Quellmark and built in Arizona.", "Quellmark", ORG),
        ("The dress was designed by Ilse Varn.", "Ilse Varn", PERSON),
        ("The oil major Tarnoil said profits fell.", "Tarnoil", ORG),
        ("Shares in mining major Quellrock fell 4%.", "Quellrock", ORG),
        ("The army major Ilse Varn said the road was mined.", "Ilse Varn", PERSON),
        ("Tarnco shares rose 3% on Monday after the results.", "Tarnco", ORG),
        ("Varnex Micro slid 7% after the company cut its revenue forecast.", "Varnex Micro", ORG),
        # persons by what the sentence says of them
        ("Nurse Priya Kaur-Dallee won 48 per cent of the vote.", "Priya Kaur-Dallee", PERSON),
        ("Residents of the Birkenallee and the Karl-Marx-Allee complained.", "Karl-Marx-Allee", PLACE),
        ("The delegation included the Tarnian Ambassador to Egypt, Varo Kessimu-Garg.", "Varo Kessimu-Garg", PERSON),
        ("The minister flew to Kessaru, Baga Sola.", "Baga Sola", PLACE),
        (
            "Among those detained is the party's spokesperson, Tendai Oskuvarenje-Banda.",
            "Tendai Oskuvarenje-Banda",
            PERSON,
        ),
        (
            "Treasury designated Tarnby Desert Freight and its owner, Ould Sidi Mohamed Varrot, who shipped guns.",
            "Ould Sidi Mohamed Varrot",
            PERSON,
        ),
        (
            "In the 1980s, under the Tarnish priest Manuel Varnez Oskuri, the group grew.",
            "Manuel Varnez Oskuri",
            PERSON,
        ),
        ("The towns were handed to the administration under Abdiaziz Tarnagareen.", "Abdiaziz Tarnagareen", PERSON),
        ("Grace Tembo, whose son Chanda is among those missing, said nobody had called.", "Chanda", PERSON),
        ("Her daughter Ama was born in Accra.", "Ama", PERSON),
        ("Mulenga's son Kapya Varn said he saw the boat capsize.", "Kapya Varn", PERSON),
        ("From Tarnmouth quay the MS Quellmoor sails to Lundy three times a week.", "Quellmoor", ActorKind.other),
        ("MS Varnholt said she would resign from the board.", "Varnholt", PERSON),
    ],
)
def test_a_news_pages_name_is_drafted_with_its_kind(text: str, name: str, kind: ActorKind | None) -> None:
    assert draft_kinds(text, language="en").get(name) is kind


@pytest.mark.parametrize(
    "text",
    [
        "Two invoices from different firms had the same TIN.",
        "She works for an NGO, which helps refugees.",
        "He wrote to his MP.",
        "Company shares rose 3% on Monday.",
        "Tarnish Coin gained 2.1% on the day.",
        "Aid was sent under Operation Unified Assistance.",
    ],
)
def test_what_names_no_actor_here_is_not_drafted(text: str) -> None:
    assert draft_kinds(text, language="en") == {}


def test_a_titled_person_named_like_a_town_stays_the_person() -> None:
    kinds = draft_kinds("Prince George visited the school on Friday.", language="en")
    assert "Prince George" not in kinds, kinds
    assert kinds.get("George") is PERSON, kinds


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


def test_a_footer_owner_with_co_as_its_legal_form() -> None:
    assert footer_owner("<footer>&copy; 2026 Tarn Valley Media Co. <a>Terms</a></footer>") == "Tarn Valley Media Co."
    assert footer_owner("<footer>&copy; 2026 Tarn Cooper</footer>") is None


def test_a_headline_naming_a_firm_without_its_kind_is_the_same_firm() -> None:
    text = (
        "Regulator fines Tarnwell Mutual £14m\n\nThe regulator fined Tarnwell Mutual Building Society on Monday. "
        "Tarnwell agreed to settle. Tarnwell, founded in Tarnby in 1853, has 61 branches."
    )
    drafts = extract(text, None, [], set(), "tag").actors
    names = [draft.name for draft in drafts if "Tarnwell" in draft.name]
    assert names == ["Tarnwell Mutual Building Society"], names
    assert next(d for d in drafts if d.name == names[0]).kind is ORG


def test_a_services_plan_is_no_actor_and_leaves_the_firm_its_name() -> None:
    text = (
        "Varnora unveiled the Slate 3 on Tuesday. The tablet runs on Varnora's own chip. "
        "The assistant needs a Varnora One subscription for its best features."
    )
    drafts = {draft.name: draft.kind for draft in extract(text, None, [], set(), "t").actors}
    assert "Varnora One" not in drafts, drafts
    assert "Varnora" in drafts, drafts
    assert draft_kinds("The Tarnby Council plan was approved.", language="en") == {"Tarnby Council": ORG}
