"""A forty-ninth round on the held-out styles (re3d-style BBC, CENTCOM, DFAT, EU and Wikipedia pages):
cartels, single mountains and test sites by their head words, Spanish "Puerto" towns, Africa's blocs as
British newsrooms write them, and mines or works named for their site. Every example is invented; each
test says what the analyst sees."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_cartel_by_its_word_is_a_body() -> None:
    kinds = draft_kinds("Fighters of the Tarnal New Dawn Cartel ambushed the convoy near the border.")
    assert kinds.get("Tarnal New Dawn Cartel") is ActorKind.organization


def test_a_single_mountain_by_its_word_is_a_place() -> None:
    kinds = draft_kinds("Engineers sealed the tunnels at Varsel Mountain in 2004.")
    assert kinds.get("Varsel Mountain") is ActorKind.place


def test_a_test_site_by_its_word_is_a_place() -> None:
    kinds = draft_kinds("The Quellbrak Test Site was closed by decree after years of protests.")
    assert kinds.get("Quellbrak Test Site") is ActorKind.place


def test_a_town_opened_by_puerto_is_a_place() -> None:
    kinds = draft_kinds("Puerto Quindo has grown fast since the new quay opened.")
    assert kinds.get("Puerto Quindo") is ActorKind.place


def test_an_african_bloc_written_as_a_word_is_a_body() -> None:
    kinds = draft_kinds("The juntas left the regional bloc Ecowas last year, saying sanctions had hurt them.")
    assert kinds.get("Ecowas") is ActorKind.organization


def test_a_mine_named_for_its_site_is_a_place() -> None:
    kinds = draft_kinds("The state-backed Tarvoune iron ore mine is due to begin exports this year.")
    assert kinds.get("Tarvoune") is ActorKind.place


def test_a_works_named_for_its_site_is_a_place() -> None:
    kinds = draft_kinds("Inspectors still have no access to the Quendal nuclear complex in the north.")
    assert kinds.get("Quendal") is ActorKind.place
    kinds = draft_kinds("The bank will fund the Varsh hydropower project on the river.")
    assert kinds.get("Varsh") is ActorKind.place


def test_a_bloc_in_capitals_before_a_post_stays_the_posts_holder() -> None:
    text = "He met Tarek Oumar-Sall and the IGAD Commissioner for Political Affairs, Peace and Security, Amara Tovel."
    kinds = draft_kinds(text)
    assert kinds.get("IGAD Commissioner for Political Affairs, Peace and Security") is ActorKind.person


def test_a_land_word_before_a_kind_of_troops_is_no_place() -> None:
    kinds = draft_kinds("Role Mountain infantry\nGarrison Varnby")
    assert "Role Mountain" not in kinds


def test_a_firm_in_its_brand_casing_before_a_gas_project_is_no_place() -> None:
    kinds = draft_kinds("Residents want jobs at the QuellPower gas project on the coast.")
    assert kinds.get("QuellPower") is not ActorKind.place


def test_a_gang_named_with_a_spanish_plural_article_is_a_body() -> None:
    kinds = draft_kinds("The group began as an armed wing of Los Tarnos, then the dominant gang in the port.")
    assert kinds.get("Los Tarnos") is ActorKind.organization


def test_a_town_named_with_a_spanish_plural_article_stays_a_place() -> None:
    kinds = draft_kinds("The delegation flew on to Las Palmas on Friday.")
    assert kinds.get("Las Palmas") is ActorKind.place


def test_an_acronym_of_syllables_ending_with_the_places_initials_keeps_the_place() -> None:
    text = "Leaders will work through the Border Control Programme in West Tarvelia (BOCOWT) from next year."
    kinds = draft_kinds(text)
    assert kinds.get("Border Control Programme in West Tarvelia") is ActorKind.organization


def test_state_after_a_chairmans_of_the_opens_the_body() -> None:
    kinds = draft_kinds("In Varnby, he met the Chairman of the State Committee for Border Security of Tarvelia.")
    assert kinds.get("State Committee for Border Security of Tarvelia") is ActorKind.organization


def test_a_name_after_the_archipelago_of_is_a_place() -> None:
    kinds = draft_kinds("Tension grew on the northern archipelago of Varnøya last year.")
    assert kinds.get("Varnøya") is ActorKind.place


def test_where_a_body_serves_is_no_short_form_of_it() -> None:
    text = (
        "Tarvelia: Rules tighten on mining town\n\nThe town lies on the island of Tarvelia, amid growing concern."
        "\n\nResearchers at the University Centre in Tarvelia (UCIT) say so."
    )
    kinds = draft_kinds(text)
    assert kinds.get("Tarvelia") is ActorKind.place
    assert kinds.get("University Centre in Tarvelia") is ActorKind.organization


def test_a_quoted_nickname_after_known_as_is_the_persons_alias() -> None:
    text = 'After the murder of gang leader Tomas Quell-Varga, known as "Tarkito", in 2020, the group split.'
    person = next(a for a in extract(text, None, [], set(), "tag").actors if a.name == "Tomas Quell-Varga")
    assert "Tarkito" in person.aliases


def test_a_quoted_nickname_after_alias_is_the_persons_alias() -> None:
    text = 'The Treasury sanctioned its leader, Omar Benit-Sosa, alias "Lobo Negro", on Monday.'
    person = next(a for a in extract(text, None, [], set(), "tag").actors if a.name == "Omar Benit-Sosa")
    assert "Lobo Negro" in person.aliases


def test_a_bodys_aim_after_for_and_a_gerund_stays_in_its_name() -> None:
    kinds = draft_kinds("The Society for Protecting the Varn Valley said the dam would flood three villages.")
    assert kinds.get("Society for Protecting the Varn Valley") is ActorKind.organization


def test_an_acronym_joined_to_a_region_by_a_hyphen_is_read_apart() -> None:
    kinds = draft_kinds("Leaders met in Varnby for the second AU-Middle East dialogue on Monday.")
    assert "AU-Middle East" not in kinds
    assert kinds.get("Middle East") is ActorKind.place


def test_the_name_fighters_are_known_by_is_their_groups() -> None:
    kinds = draft_kinds("The insurgents, known locally as al-Tarwa, have attacked the port town again.")
    assert kinds.get("al-Tarwa") is ActorKind.organization


def test_a_final_hamza_after_a_vowel_stays_inside_the_name() -> None:
    kinds = draft_kinds("The raid killed a senior official, Wafa' Tarik Muslih al-Varni-Hadid, and two of his sons.")
    assert kinds.get("Wafa' Tarik Muslih al-Varni-Hadid") is ActorKind.person
    assert "Wafa" not in kinds


def test_a_closing_quote_after_a_quoted_word_joins_nothing() -> None:
    kinds = draft_kinds("Fighters of the so-called 'Luna' Brigade attacked the town of Varnby.")
    assert "Luna' Brigade" not in kinds


def test_a_peoples_combining_form_before_another_people_drafts_no_person() -> None:
    kinds = draft_kinds("After the Russo-Estonian War of 1919, the border was fixed by treaty.")
    assert "Russo-Estonian" not in kinds


def test_names_listed_after_towns_include_are_places() -> None:
    kinds = draft_kinds("Its capital is Varnby; other towns include Tesk, Quellmore and Oskarta.")
    assert kinds.get("Quellmore") is ActorKind.place
    assert kinds.get("Oskarta") is ActorKind.place


def test_names_listed_after_members_include_are_no_places() -> None:
    kinds = draft_kinds("Its members include Tesk, Quellmore and Oskarta.")
    assert kinds.get("Quellmore") is not ActorKind.place


def test_a_soviet_socialist_republic_named_by_any_peoples_word_is_a_state() -> None:
    kinds = draft_kinds("In 1931 the valley became the Tarvaz Autonomous Soviet Socialist Republic.")
    assert kinds.get("Tarvaz Autonomous Soviet Socialist Republic") is ActorKind.state


def test_a_regions_formal_name_as_a_republic_is_its_alias() -> None:
    text = "Crimea, officially the Republic of Crimea, held a disputed vote that spring."
    crimea = next(a for a in extract(text, None, [], set(), "tag").actors if a.name == "Crimea")
    assert crimea.kind is ActorKind.place
    assert "Republic of Crimea" in crimea.aliases


def test_a_surname_half_that_is_only_another_towns_spelling_still_makes_a_person() -> None:
    kinds = draft_kinds("Protests forced the resignation of Tarvo Quellmann-Osk last spring.")
    assert kinds.get("Tarvo Quellmann-Osk") is ActorKind.person
