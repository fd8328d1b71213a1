"""Shapes of names that a plain run of capitalised words misses: middle initials, a possessive
inside a body's name, Korean given names with a hyphen, an "and" that joins two names. Every
example is invented; each test says what the analyst sees in the drafts."""

from __future__ import annotations

import pytest

from dossier.ingest.cues import BODIES_BY_HEAD
from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds

# -- middle initials ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Helen R. Vantrow said the talks would go on.", "Helen R. Vantrow"),
        ("The report was written by Oskar T. Quistel and two colleagues.", "Oskar T. Quistel"),
        ("Critics of Martin H. J. Dellacorte spoke on Monday.", "Martin H. J. Dellacorte"),
        ("Andrew P. Tremlow Jr. joined the board in March.", "Andrew P. Tremlow Jr"),
        ("Army Lt. Gen. Samuel K. Orrin, the commander, said the strikes went on.", "Samuel K. Orrin"),
        ("Maj. Gen. R. Vantrow visited the base.", "R. Vantrow"),
    ],
)
def test_a_middle_initial_stays_inside_the_persons_name(text: str, person: str) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(person) is ActorKind.person, sorted(drafts)
    # The name is not cut at the initial: no draft holds only a piece of it.
    surname = person.split()[-1] if not person.endswith("Jr") else person.split()[-2]
    assert [name for name in drafts if surname in name] == [person]


@pytest.mark.parametrize(
    "text",
    [
        "We chose Plan B. Officials said it would cost less.",
        "See Annex C. Delegates met on Monday.",
    ],
)
def test_a_letter_and_a_full_stop_make_no_person(text: str) -> None:
    assert not any(kind is ActorKind.person for kind in draft_kinds(text).values()), draft_kinds(text)


# -- a possessive inside a body's name --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body", "kind"),
    [
        ("The Farmers' Defence Brigade said it held the bridge.", "Farmers' Defence Brigade", ActorKind.armed_force),
        ("Fighters of the People's Defence Units entered Tremmin.", "People's Defence Units", ActorKind.armed_force),
        ("Leaders of the Tremmin Workers' Party met on Monday.", "Tremmin Workers' Party", ActorKind.organization),
        ("The Mothers' Union of Varnak wrote to the minister.", "Mothers' Union of Varnak", ActorKind.organization),
    ],
)
def test_a_common_nouns_possessive_stays_inside_a_bodys_name(text: str, body: str, kind: ActorKind) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(body) is kind, sorted(drafts)


@pytest.mark.parametrize(
    ("text", "owner", "owned"),
    [
        ("Jordan's Royal Guard stood by.", "Jordan", "Royal Guard"),
        ("Vantrow's Reform Party lost the vote, Ilsa Vantrow said.", "Ilsa Vantrow", "Reform Party"),
    ],
)
def test_a_place_or_a_persons_possessive_names_two_actors(text: str, owner: str, owned: str) -> None:
    drafts = draft_kinds(text)
    assert owner in drafts and owned in drafts, sorted(drafts)


# -- "and" inside a body's "of" phrase, or between two actors ----------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Ministry of Fisheries and Coastal Affairs said the boats were held.",
            "Ministry of Fisheries and Coastal Affairs",
        ),
        ("The Office of Trade and Industry will review the licence.", "Office of Trade and Industry"),
        ("The Islamic Front of Iraq and Syria claimed the attack.", "Islamic Front of Iraq and Syria"),
    ],
)
def test_and_inside_a_bodys_of_phrase_keeps_the_name_whole(text: str, body: str) -> None:
    drafts = draft_kinds(text)
    assert body in drafts, sorted(drafts)


@pytest.mark.parametrize(
    ("text", "body", "not_joined"),
    [
        ("The Government of Varnak and Coalition partners met on Monday.", "Government of Varnak", "Coalition"),
        ("The Ministry of Defence and the Varnaki forces held talks.", "Ministry of Defence", "Varnaki"),
        ("The Ministry of Trade and Prime Minister Ilse Tremmin disagreed.", "Ministry of Trade", "Tremmin"),
        # plural "Governments of" names no one body: the states are the actors (styles28)
        ("The Governments of Iraq and the United States signed it.", "Iraq", "United States"),
    ],
)
def test_and_before_another_actor_ends_the_bodys_name(text: str, body: str, not_joined: str) -> None:
    drafts = draft_kinds(text)
    assert body in drafts, sorted(drafts)
    assert not any(name.startswith(body) and not_joined in name for name in drafts), sorted(drafts)


# -- a body named by its head word alone --------------------------------------------------------


@pytest.mark.parametrize("word", sorted(BODIES_BY_HEAD))
def test_a_body_named_by_its_head_word_alone_is_an_organisation(word: str) -> None:
    head = word.title()
    drafts = draft_kinds(f"On Monday the {head} said it would send aid to Tremmin, and {head} officials agreed.")
    assert drafts.get(head) is ActorKind.organization, sorted(drafts)


def test_a_head_word_alone_joins_the_longer_name_in_the_same_text() -> None:
    drafts = draft_kinds("The Northern Coalition for Varnak met in May. Members of the Coalition agreed to meet again.")
    assert "Coalition" not in drafts
    assert drafts.get("Northern Coalition for Varnak") is ActorKind.organization, sorted(drafts)


def test_a_generic_head_word_alone_is_no_actor() -> None:
    drafts = draft_kinds("On Monday the Government said it would send aid, and the Department agreed.")
    assert "Government" not in drafts and "Department" not in drafts, sorted(drafts)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Fighters of the Northern Alliance took the pass.", "Northern Alliance"),
        ("The Southern Transitional Council of Varnak rejected the deal.", "Southern Transitional Council of Varnak"),
        ("Officers of the Western Tremmin Army crossed the river.", "Western Tremmin Army"),
    ],
)
def test_a_compass_word_opening_a_bodys_name_stays_in_it(text: str, body: str) -> None:
    drafts = draft_kinds(text)
    assert body in drafts, sorted(drafts)


# -- a name opening a sentence ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Zorvakin fighters crossed the river at dawn.", "Zorvakin", ActorKind.armed_force),
        ("Quistani militants attacked a checkpoint.", "Quistani", ActorKind.armed_force),
        ("Tremmin province was quiet on Monday.", "Tremmin", ActorKind.place),
    ],
)
def test_a_rare_word_opening_a_sentence_before_a_cue_noun_is_a_name(text: str, name: str, kind: ActorKind) -> None:
    assert draft_kinds(text).get(name) is kind, sorted(draft_kinds(text))


@pytest.mark.parametrize("text", ["Government forces fired on the crowd.", "Special forces arrived by night."])
def test_a_common_word_opening_a_sentence_before_a_cue_noun_is_no_name(text: str) -> None:
    assert draft_kinds(text) == {}


# -- a given name of two syllables joined by a hyphen ------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Envoy Pak Sol-hwan arrived in Tremmin on Monday.", "Pak Sol-hwan"),
        ("Talks between Choe Min-ju and the minister ended.", "Choe Min-ju"),
        ("A letter from Ryu Dae-in was read out.", "Ryu Dae-in"),
    ],
)
def test_a_hyphened_given_name_stays_whole(text: str, person: str) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(person) is ActorKind.person, sorted(drafts)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A Port Vell-born writer spoke.", "Port Vell"),
        ("The Tremmin Bay-based fleet sailed.", "Tremmin Bay"),
        ("Los Varnak-style houses were built.", "Los Varnak"),
    ],
)
def test_an_english_compound_after_a_name_stays_out_of_it(text: str, name: str) -> None:
    drafts = draft_kinds(text)
    assert not any(draft.startswith(name + "-") for draft in drafts), sorted(drafts)


# -- places named by an event, an area word or a dateline -----------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Battle of Tremmin lasted four months.", "Tremmin"),
        ("After the fall of Varnak, the siege of Quistel began.", "Varnak"),
        ("After the fall of Varnak, the siege of Quistel began.", "Quistel"),
        ("Civilians fled to the Oskel Canton of the Federation.", "Oskel Canton"),
        ("Voting was slow in Tremmin Municipality on Sunday.", "Tremmin Municipality"),
    ],
)
def test_an_event_or_an_area_word_gives_a_place(text: str, place: str) -> None:
    assert draft_kinds(text).get(place) is ActorKind.place, sorted(draft_kinds(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("TAMPA, Fla. - Strikes continued on Monday.", "Tampa"),
        ("WASHINGTON — The talks ended on Friday.", "Washington"),
        ("TAMPA, Fla., June 29, 2016 - Strikes continued on Monday.", "Tampa"),
    ],
)
def test_a_dateline_names_a_place_in_mixed_case(text: str, place: str) -> None:
    assert draft_kinds(text).get(place) is ActorKind.place, sorted(draft_kinds(text))


def test_a_word_in_capitals_before_a_dash_is_no_dateline_unless_a_place() -> None:
    assert draft_kinds("NOTE - the office is closed on Monday.") == {}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Herders crossed the Libyan Desert in spring.", "Libyan Desert"),
        ("The envoy will visit the Iraqi Oskel Region next week.", "Iraqi Oskel Region"),
        ("Trade across the Russian Far East slowed.", "Russian Far East"),
    ],
)
def test_a_demonym_opening_a_places_name_stays_in_it(text: str, place: str) -> None:
    assert draft_kinds(text).get(place) is ActorKind.place, sorted(draft_kinds(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Prayers at the Turkish Airport ended.", "Turkey"),
        ("The Iraqi Army moved north.", "Iraqi Army"),
    ],
)
def test_a_demonym_before_a_building_or_a_force_is_no_place_name(text: str, name: str) -> None:
    assert name in draft_kinds(text), sorted(draft_kinds(text))


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("An inquiry heard that MI5 missed chances to act.", "MI5", ActorKind.organization),
        ("MI6 chief Ilse Tremmin spoke on Monday.", "MI6", ActorKind.organization),
        ("The Varnak Observatory said 30 people died.", "Varnak Observatory", ActorKind.organization),
        ("Fans left Tremmin Arena after the blast.", "Tremmin Arena", ActorKind.place),
    ],
)
def test_bodies_and_buildings_known_by_their_words(text: str, name: str, kind: ActorKind) -> None:
    assert draft_kinds(text).get(name) is kind, sorted(draft_kinds(text))


# -- titles and letters around a person's name -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The Hon Ilse Tremmin MP announced the funding.", "Ilse Tremmin"),
        ("Lawyers including Oskar Quistel QC said the inquiry had failed.", "Oskar Quistel"),
        ("A statement by HR/VP Anna Varnholt followed the talks.", "Anna Varnholt"),
        ("Tributes were paid by the Hon Julia Bishop on Monday.", "Julia Bishop"),
        ("The Minister for Foreign Affairs, Senator Ilse Tremmin, spoke.", "Ilse Tremmin"),
    ],
)
def test_titles_and_letters_around_a_name_leave_the_person(text: str, person: str) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(person) is ActorKind.person, sorted(drafts)
    assert "Affairs" not in drafts and "HR" not in drafts, sorted(drafts)


def test_an_outlet_written_in_two_words_is_media_not_a_place_or_a_person() -> None:
    drafts = draft_kinds("Speaking to Al Jazeera, the minister said the talks would go on.")
    assert drafts.get("Al Jazeera") is ActorKind.media, sorted(drafts)


def test_a_sea_known_by_its_head_word_after_a_preposition_is_a_place() -> None:
    drafts = draft_kinds("After the talks the minister will return to the Gulf on Friday.")
    assert drafts.get("Gulf") is ActorKind.place, sorted(drafts)


def test_a_group_of_a_letter_and_a_number_is_a_name_of_its_own() -> None:
    drafts = draft_kinds("Leaders spoke at the G7 Tremmin Summit in May.")
    assert drafts.get("G7") is ActorKind.organization, sorted(drafts)


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("Members of the Counter VNK Coalition met in Rome.", "VNK"),
        ("Envoys of the Global Alliance to Defeat QLF agreed.", "QLF"),
    ],
)
def test_an_acronym_inside_a_bodys_name_is_a_body_of_its_own(text: str, inner: str) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(inner) is ActorKind.organization, sorted(drafts)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The UN Security Council voted on Monday.", "UN"),
        ("The Tremmin NGO Forum met on Monday.", "NGO"),
        ("Host: Varnak AG, Hauptstrasse 2, Hamburg.", "AG"),
    ],
)
def test_an_acronym_opening_a_bodys_name_or_naming_a_kind_of_body_is_none(text: str, absent: str) -> None:
    assert absent not in draft_kinds(text), sorted(draft_kinds(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Fisheries and Marine Agency of Varnak warned of storms.", "Fisheries and Marine Agency of Varnak"),
        ("Teams from the Search and Rescue Service arrived.", "Search and Rescue Service"),
        ("The Tremmin and Oskel District Council met.", "Tremmin and Oskel District Council"),
    ],
)
def test_and_before_a_bodys_head_word_keeps_the_name_whole(text: str, body: str) -> None:
    assert body in draft_kinds(text), sorted(draft_kinds(text))


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Britain and Varnak Council members met.", "United Kingdom", "Varnak Council"),
        ("Ilsa and Oskar Foundation grants were paid.", "Oskar Foundation", None),
    ],
)
def test_and_between_a_state_or_a_given_name_and_a_body_joins_nothing(
    text: str, first: str, second: str | None
) -> None:
    drafts = draft_kinds(text)
    assert first in drafts, sorted(drafts)
    assert second is None or second in drafts, sorted(drafts)
    assert not any(" and " in name for name in drafts), sorted(drafts)


def test_an_acronym_may_leave_out_the_owner_opening_the_name() -> None:
    drafts = _extraction("The UN Office for the Relief of Varnak (ORV) met. Later the ORV said more.")
    body = next(draft for draft in drafts if draft.name == "UN Office for the Relief of Varnak")
    assert "ORV" in body.aliases
    assert "ORV" not in {draft.name for draft in drafts}


def _extraction(text: str) -> list:  # type: ignore[type-arg]
    return extract(text, None, [], set(), "test15").actors


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("We backed the liberation of towns in Northern Varnak including Oskelby and Tremsted.", "Oskelby"),
        ("We backed the liberation of towns in Northern Varnak including Oskelby and Tremsted.", "Tremsted"),
        ("Cities such as Varnholt were hit overnight.", "Varnholt"),
        ("The militants were pushed out of Quistelby last week.", "Quistelby"),
    ],
)
def test_names_listed_after_a_place_noun_or_out_of_are_places(text: str, place: str) -> None:
    assert draft_kinds(text).get(place) is ActorKind.place, sorted(draft_kinds(text))


# -- particles, prefixes and titles inside names ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Near Qasr ez-Zawra, a strike destroyed a depot.", "Qasr ez-Zawra", ActorKind.place),
        ("Fighting went on in Salah ed-Din province.", "Salah ed-Din", ActorKind.place),
        ("He sat on the De-Varnakification Commission.", "De-Varnakification Commission", ActorKind.organization),
        ("Grand Ayatollah Ali al-Quistani called for calm.", "Ali al-Quistani", ActorKind.person),
        ("The Rev. Oskar Tremlow led the prayers.", "Oskar Tremlow", ActorKind.person),
    ],
)
def test_particles_prefixes_and_religious_titles(text: str, name: str, kind: ActorKind) -> None:
    assert draft_kinds(text).get(name) is kind, sorted(draft_kinds(text))


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Worshippers filled the Imam Varnak Mosque on Friday.", "Imam Varnak Mosque", ActorKind.place),
        ("Students at King Tremmin University protested.", "King Tremmin University", ActorKind.organization),
        ("Jets took off from Prince Oskel Air Base.", "Prince Oskel Air Base", ActorKind.place),
    ],
)
def test_a_building_or_body_named_after_a_titled_person_stays_whole(text: str, name: str, kind: ActorKind) -> None:
    drafts = draft_kinds(text)
    assert drafts.get(name) is kind, sorted(drafts)
    assert not any(kind is ActorKind.person for kind in drafts.values()), drafts


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Troops of the 7th Varnak Rangers Group trained there.", "7th Varnak Rangers Group", ActorKind.organization),
        ("The unit is based at Fort Tremmin, Kentucky, near the river.", "Kentucky", ActorKind.place),
        ("UN Special Envoy Oskar T. Quistel spoke.", "Oskar T. Quistel", ActorKind.person),
        ("Aid went through the Union for Rural Care and Relief Organizations.", None, None),
        ("They fought the Islamic Front of Iraq and Syria.", "Islamic Front of Iraq and Syria", None),
        # (a militia by its letters is an armed force, as "QLF fighters" is)
        ("Officials blamed the Kurdish QLF militia for the blast.", "QLF", ActorKind.armed_force),
    ],
)
def test_more_name_shapes(text: str, name: str | None, kind: ActorKind | None) -> None:
    drafts = draft_kinds(text)
    if name is None:
        assert "Union for Rural Care and Relief Organizations" in drafts, sorted(drafts)
    else:
        assert name in drafts, sorted(drafts)
        assert kind is None or drafts[name] is kind, drafts


def test_a_force_named_with_its_operation_stays_whole() -> None:
    drafts = draft_kinds("Officers of Combined Joint Task Force – Operation Tremmin Shield said the strikes went on.")
    assert drafts.get("Combined Joint Task Force – Operation Tremmin Shield") is ActorKind.armed_force, sorted(drafts)


# -- groups known by one name ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "group", "kind"),
    [
        # A town of that name is in the gazetteer; the armed movement is what the news means.
        ("Officials in Cairo said Hamas had agreed to the truce.", "Hamas", ActorKind.armed_force),
        # At the start of a sentence, seen nowhere else in the text.
        ("Hezbollah fired rockets across the border overnight.", "Hezbollah", ActorKind.armed_force),
        ("The Taliban closed the road to the Varnak pass.", "Taliban", ActorKind.armed_force),
        ("Peshmerga units held the ridge above the village.", "Peshmerga", ActorKind.armed_force),
        ("The Houthis said they had struck a tanker.", "Houthis", ActorKind.armed_force),
        ("A former officer said Mossad had warned of the plot.", "Mossad", ActorKind.organization),
    ],
)
def test_a_group_known_by_its_name_alone_gets_its_kind(text: str, group: str, kind: ActorKind) -> None:
    assert draft_kinds(text).get(group) is kind, draft_kinds(text)
