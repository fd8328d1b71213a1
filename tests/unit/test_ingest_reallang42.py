"""Round reallang42: rules found reading real news pages by hand in languages other than English, German, Russian,
Korean and Portuguese (Turkish, Spanish, French, Czech, Indonesian, Arabic...). Invented sentences and invented
persons throughout; the places are real, since in another language only places the gazetteer knows are proposed."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


def test_a_turkish_town_before_its_municipality_or_governor_is_a_place() -> None:
    drafts = _kinds(
        "Bitlis Valisi Orhan Dülgeroğlu ile Kars Belediye Başkanı Selim Karalar dün görüştü. Polis sabah "
        "Şile Belediyesi'ne operasyon düzenledi; Muş, Tatvan ve Hakkari belediyelerine kayyum atandı.",
        "tr",
    )
    for town in ("Bitlis", "Kars", "Şile", "Muş", "Tatvan", "Hakkari"):
        assert drafts.get(town) == "place", town
    # a singular noun belongs to the last town alone: the mayor's family name before "ve" is no town
    assert "Karalar" not in _kinds("Başkan Selim Karalar ve Kars Belediye Başkanı Ali Tuna görüştü.", "tr")
    # a person's family name before the noun, and a union of all municipalities, name no town
    assert not _kinds("Türkiye Belediyeler Birliği toplandı. Başkan Ahmet Kaya Belediye binasına geldi.", "tr")


def test_the_town_of_a_mayor_or_a_municipality_is_a_place() -> None:
    drafts = _kinds(
        "El alcalde de Jódar y dos concejales fueron detenidos. Los vecinos de la localidad jienense de Cazorla "
        "protestaron ante la alcaldía de Baeza, y el alcalde de A Rúa, Ramiro Ferreiro, pidió calma.",
        "es",
    )
    for town in ("Jódar", "Cazorla", "Baeza", "A Rúa"):
        assert drafts.get(town) == "place", town
    assert "Ramiro Ferreiro" not in drafts
    assert _kinds("Ieri il sindaco di Luzzara ha incontrato il prefetto.", "it").get("Luzzara") == "place"
    # a person's name after "the mayor of" is none of the villages named so
    assert not _kinds("El alcalde de Pedro Sánchez habló ayer con los vecinos.", "es")


def test_the_town_a_police_post_is_named_after_is_a_place() -> None:
    drafts = _kinds(
        "Deux gendarmes de la brigade de La Ferté-Milon ont été entendus jeudi, selon Maître Odile Brasset.", "fr"
    )
    assert drafts.get("La Ferté-Milon") == "place"
    assert "La" not in drafts and "Odile Brasset" not in drafts
    drafts = _kinds("Il comandante della Compagnia dei Carabinieri di Cesenatico ha incontrato il prefetto.", "it")
    assert drafts.get("Cesenatico") == "place"


def test_an_arabic_noun_before_a_towns_name_is_no_far_city_and_a_great_town_goes_by_its_head() -> None:
    drafts = _kinds("تجمع المواطنون في ميدان حولي مساء الخميس، وافتتح الوزير مستشفى جديدا بالمحلة يوم الأحد.", "ar")
    assert drafts.get("حولي") == "place"
    assert drafts.get("المحلة") == "place"  # El Mahalla el Kubra, "the great" left off
    assert "ميدان" not in drafts  # "the square of Hawalli", not Medan in Indonesia
    drafts = _kinds("زار المحافظ مبنى مجلس مدينة المحلة الكبرى الجديد أمس.", "ar")
    assert "المحلة الكبرى الجديد" not in drafts  # the council is new, not the town


def test_a_czech_village_before_its_land_or_after_its_municipality_noun_is_a_place() -> None:
    drafts = _kinds(
        "Ve Smidarech na Hradecku zadrželi policisté v sobotu hledaného muže. Spory se starostou obce Bělotín "
        "řešil podle mluvčí Hany Vrbové už loni.",
        "cs",
    )
    assert drafts.get("Smidary") == "place"
    assert drafts.get("Hradecko") == "place"
    assert drafts.get("Bělotín") == "place"
    # a person after the noun is no village
    assert not _kinds("Starosta obce Radek Hudeček řekl, že škola informovala rodiče.", "cs")


def test_a_polish_voivodeship_of_two_joined_adjectives_is_a_place() -> None:
    drafts = _kinds("W województwie kujawsko-pomorskim policjanci sprawdzili w piątek 900 adresów.", "pl")
    assert drafts.get("Kujawsko-Pomorskie") == "place"


def test_a_town_before_a_spaced_dash_and_a_sentence_with_a_number_is_its_dateline() -> None:
    drafts = _kinds("Serang - Sebanyak 12 warga diperiksa polisi pada Minggu pagi, kata Kapolres Bima Santoso.", "id")
    assert drafts.get("Serang") == "place"


def test_the_seat_of_a_state_body_named_after_it_is_a_place() -> None:
    drafts = _kinds("Según una nota del Gobierno Civil de Jaén, el promotor Julián Arjona fue amenazado.", "es")
    assert drafts.get("Jaén") == "place"
    assert _kinds("Sono intervenuti ieri sera i Carabinieri di Pisa.", "it").get("Pisa") == "place"


def test_a_chinese_county_named_by_a_character_written_only_in_names_is_a_place() -> None:
    drafts = _kinds("昨日，颍上县警方在一家超市门口带走一名男子。", "zh")
    assert drafts.get("颍上县") == "place"
    assert not _kinds("该县曾是贫困县，也是试点县。", "zh")  # common nouns in 县 stay words
