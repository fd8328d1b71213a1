"""Round lang78: Polish and Czech "do" (to) between two places; Hungarian names in a case of place after a long
vowel and its villages; ...

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest_helpers import draft_kinds, page_with_box_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("pl", "Pociągi pojadą przez Otwock do Lublina.", {"Otwock", "Lublin"}),
        ("cs", "Autobusy jezdí přes Rokycany do Plzně.", {"Rokycany"}),
    ],
)
def test_a_slavic_to_between_two_places_joins_no_name(language: str, text: str, names: set[str]) -> None:
    kinds = _kinds(text, language)
    assert {name for name in names if kinds.get(name) == "place"} == names, kinds


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a name ending in a long vowel takes "-n" for "in"
        ("A konferenciát Gödöllőn tartják.", "Gödöllő"),
        # "Makón" folds as Macon in Georgia does, but is no name as written: the town of Makó, in it
        ("A vásárt idén Makón tartják.", "Makó"),
    ],
)
def test_a_hungarian_town_in_a_case_of_place_after_a_long_vowel(text: str, town: str) -> None:
    assert _kinds(text, "hu").get(town) == "place"


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # a village of the page's country, in a case of place: the ending stands for the preposition
        ("hu", "Nyáron sokan mentek Tihanyba, és Zánkán is sokan strandoltak.", {"Tihany", "Zánka"}),
        ("fi", "Kesällä moni matkusti Inariin, ja Pelkosenniemellä satoi lunta.", {"Inari", "Pelkosenniemi"}),
    ],
)
def test_hungarian_and_finnish_villages_by_their_case_endings(language: str, text: str, names: set[str]) -> None:
    kinds = _kinds(text, language)
    assert {name for name in names if kinds.get(name) == "place"} == names, kinds


_HUNGARIAN = (
    "<p>A nyári szezonban a fürdők vendégszáma nőtt, a szállodák szinte mind megteltek, és a strandokon is sokan"
    " voltak.</p>"
)
_NORWEGIAN = "<p>Hotellene melder om fullt belegg i desember, og det går ekstrafly hver dag fra hovedstaden.</p>"


@pytest.mark.parametrize(
    ("language", "article", "box", "name"),
    [
        (
            "hu",
            _HUNGARIAN,
            "<aside><h3>Kapcsolódó</h3><ul><li><a href='/1'>Kazincbarcikán új uszoda épül</a></li></ul></aside>",
            "Kazincbarcika",
        ),
        (
            "no",
            _NORWEGIAN,
            "<aside><h3>Relatert</h3><ul><li><a href='/1'>Ny bro over sundet i Mosjøen</a></li></ul></aside>",
            "Mosjøen",
        ),
    ],
)
def test_a_box_headed_related_alone(tmp_path: Path, language: str, article: str, box: str, name: str) -> None:
    kinds = page_with_box_kinds(tmp_path, language, article, box, "Hírek" if language == "hu" else "Nyheter")
    assert kinds.get(name) == "place", kinds


def test_a_danish_town_as_frequent_as_a_word_after_a_preposition_inside_a_sentence() -> None:
    # Danish writes its nouns small: a capitalised word after "til" or "i" inside a sentence is a name
    kinds = _kinds("Familien flyttede i sommer til Vejen, og børnene går nu i skole i Randers.", "da")
    assert {name: kinds.get(name) for name in ("Vejen", "Randers")} == {"Vejen": "place", "Randers": "place"}, kinds


def test_a_state_s_own_short_name_in_vietnamese_is_no_cut_of_its_english_name() -> None:
    # "Lào" is Laos in Vietnamese, not a cut of it
    assert _kinds("Gạo được xuất khẩu qua Lào và Campuchia.", "vi").get("Laos") == "state"


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        # past, through, towards a town: Norwegian and Danish prepositions of place too
        ("no", "Hurtigruten legger om ruten forbi Hammerfest i vinter.", "Hammerfest"),
        ("no", "Bussene kjører videre gjennom Finnsnes hver dag.", "Finnsnes"),
    ],
)
def test_norwegian_prepositions_past_and_through_a_town(language: str, text: str, town: str) -> None:
    assert _kinds(text, language).get(town) == "place"


def test_a_korean_township_written_bare_before_its_village() -> None:
    # an address from the township down: both the township and the village are places
    kinds = _kinds("애월읍 곽지리 해변에는 올여름 관광객이 몰렸다.", "ko")
    assert {name: kinds.get(name) for name in ("애월읍", "곽지리")} == {"애월읍": "place", "곽지리": "place"}, kinds


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # the word for a region opens the region's official name: one place, named whole
        ("da", "Sygehusene i Region Sjælland mangler sygeplejersker.", "Region Sjælland"),
        ("sv", "Sjukhusen i Region Västerbotten saknar personal.", "Region Västerbotten"),
    ],
)
def test_a_region_named_with_its_word_for_a_region(language: str, text: str, name: str) -> None:
    assert _kinds(text, language).get(name) == "place"


def test_a_village_at_home_over_a_foreign_town_s_old_name() -> None:
    # "Alcobaça" is an old name of Tucuruí in Brazil, and Portugal's own town's name; "desde" (from) cues it
    assert _kinds("O autocarro sai desde Alcobaça todas as manhãs.", "pt").get("Alcobaça") == "place"


def test_a_river_named_by_a_common_noun_listed_with_a_known_river() -> None:
    # "Lippe" is a lip and "Regen" rain: rivers when listed with a river of the closed list
    kinds = _kinds("Die Dörfer an der Lippe und an der Ruhr meldeten Hochwasser.", "de")
    assert {name: kinds.get(name) for name in ("Lippe", "Ruhr")} == {"Lippe": "place", "Ruhr": "place"}, kinds
    assert "Regen" not in _kinds("Im Regen und im Wind standen sie an der Elbe.", "de")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Zugvögel rasten in der Oberrheinischen Tiefebene.", "Oberrheinische Tiefebene"),
        ("Im Sommer fahren viele an die Mecklenburgische Seenplatte.", "Mecklenburgische Seenplatte"),
        ("Die Bauern in der Münchner Ebene warten auf Regen.", "Münchner Ebene"),
    ],
)
def test_a_german_plain_or_lake_district_named_by_a_town_s_or_region_s_adjective(text: str, name: str) -> None:
    assert _kinds(text, "de").get(name) == "place"


def test_a_plain_after_on_is_a_level_of_government() -> None:
    kinds = _kinds("Das wird auf der Berliner Ebene entschieden, nicht von den Bauern in der Münchner Ebene.", "de")
    assert kinds == {"Münchner Ebene": "place"}, kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Рыбаки вышли на лёд на Рыбинском водохранилище.", "Рыбинское водохранилище"),
        ("Уровень Цимлянского водохранилища упал за лето.", "Цимлянское водохранилище"),
        # a short adjective, opening the sentence
        ("Обское водохранилище пока подо льдом.", "Обское водохранилище"),
    ],
)
def test_a_russian_reservoir_named_by_its_adjective(text: str, name: str) -> None:
    assert _kinds(text, "ru").get(name) == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Các chuyến bay đến sân bay Phù Cát bị hủy.", "Phù Cát"),  # an airport's noun before its name
        ("Sân bay Liên Khương mở cửa lại.", "Liên Khương"),  # the noun opening its sentence, capitalised by it
    ],
)
def test_a_vietnamese_place_after_an_airport_s_noun_or_a_noun_opening_the_sentence(text: str, name: str) -> None:
    assert _kinds(text, "vi").get(name) == "place"


def test_a_vietnamese_family_name_opening_a_sentence_is_no_noun_of_a_place() -> None:
    kinds = _kinds("Hồ Chí Minh là lãnh tụ của cách mạng. Sân bay Phù Cát đóng cửa.", "vi")
    assert kinds == {"Phù Cát": "place"}, kinds


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # a region named by two names and "and": the table's whole name, read across the lower-case "and"
        ("es", "El fuego avanza en Castilla y León desde el lunes.", "Castilla y León"),
        ("es", "El equipo viajó a Trinidad y Tobago en marzo.", "Trinidad and Tobago"),
    ],
)
def test_a_place_named_across_a_lower_case_and(language: str, text: str, name: str) -> None:
    assert _kinds(text, language).get(name) in ("place", "state")


def test_a_polish_plural_state_s_locative_in_ech() -> None:
    kinds = _kinds("Wakacje spędził we Włoszech, a potem pracował w Niemczech.", "pl")
    assert {name: kinds.get(name) for name in ("Italy", "Germany")} == {"Italy": "state", "Germany": "state"}, kinds


def test_a_french_article_opening_a_sentence_is_elided_onto_the_state() -> None:
    kinds = _kinds("Les prix baissent. L’Allemagne et la Belgique importent moins de blé.", "fr")
    assert kinds.get("Germany") == "state", kinds


def test_a_scandinavian_land_named_bare_inside_a_sentence() -> None:
    # these languages capitalise names only: a land of the list inside a sentence is the land, with no preposition
    kinds = _kinds("Mange turister besøkte både Vesterålen og Senja i fjor. Sparekassen Hardanger vokser.", "no")
    assert kinds == {"Vesterålen": "place", "Senja": "place"}, kinds


def test_a_norwegian_island_named_with_its_joined_article() -> None:
    assert _kinds("Broen til Magerøya er stengt i helgen.", "no").get("Magerøya") == "place"


def test_a_hungarian_river_before_its_level_or_flood() -> None:
    kinds = _kinds("Esett az eső. A Dráva vízszintje szerdán tetőzik, a Tisza árhulláma csütörtökön.", "hu")
    assert {name: kinds.get(name) for name in ("Dráva", "Tisza")} == {"Dráva": "place", "Tisza": "place"}, kinds


def test_a_russian_bridge_named_by_its_adjective() -> None:
    kinds = _kinds("Грузовики едут по Крымскому мосту. Новый мост построят к лету.", "ru")
    assert kinds == {"Крымский мост": "place"}, kinds


def test_a_danish_lake_named_by_a_name_and_lake() -> None:
    assert _kinds("Vi sejlede på Esrum Sø i går.", "da") == {"Esrum Sø": "place"}
