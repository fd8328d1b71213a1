"""Round lang85: pages in Slovak, Bulgarian and Persian, three languages no table read before: Slovak towns
declined after its prepositions, Bulgarian towns, villages, rivers and reservoirs named after their nouns,
Persian towns and states by the spellings GeoNames and CLDR give.

Invented sentences; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


def test_slovak_towns_declined_after_a_preposition_of_place_are_read_back() -> None:
    drafts = _kinds(
        "Autobusy zo Žiliny a z Trnavy premávajú aj v nedeľu. Nová nemocnica v Prievidzi otvorí v lete, "
        "hotely pri Trenčíne sú plné.",
        "sk",
    )
    assert drafts.get("Žilina") == "place" and drafts.get("Trnava") == "place", drafts
    assert drafts.get("Prievidza") == "place" and drafts.get("Trenčín") == "place", drafts


def test_a_slovak_town_in_ok_drops_its_o_when_declined_and_an_adjective_before_a_noun_is_no_state() -> None:
    drafts = _kinds("Vlak z Lučenca do Humenného mešká. Turisti v Slovenskom raji chodia pešo.", "sk")
    assert drafts.get("Lučenec") == "place" and drafts.get("Humenné") == "place", drafts
    assert "Slovakia" not in drafts, drafts
    assert _kinds("Hráči prišli z Ružomberka a zo Senca.", "sk").get("Ružomberok") == "place"


def test_states_in_slovak_are_read_by_their_slovak_names() -> None:
    drafts = _kinds("Ovocie dovážame z Rakúska a zo Španielska, víno vyvážame do Nemecka.", "sk")
    assert drafts.get("Austria") == "state" and drafts.get("Spain") == "state", drafts
    assert drafts.get("Germany") == "state", drafts


def test_bulgarian_towns_after_a_preposition_of_place_and_states_by_their_bulgarian_names() -> None:
    drafts = _kinds(
        "Фермерите от Добрич и край Силистра изнасят пшеница за Гърция и Италия. Влакът до Габрово закъснява.",
        "bg",
    )
    assert drafts.get("Добрич") == "place" and drafts.get("Силистра") == "place", drafts
    assert drafts.get("Габрово") == "place", drafts
    assert drafts.get("Greece") == "state" and drafts.get("Italy") == "state", drafts


def test_a_bulgarian_village_after_a_preposition_of_place_is_a_place() -> None:
    drafts = _kinds("Туристите спират в Копривщица и край Трявна, преди да продължат до Чепеларе.", "bg")
    assert drafts.get("Копривщица") == "place" and drafts.get("Чепеларе") == "place", drafts


def test_a_bulgarian_river_or_reservoir_named_after_its_noun_is_a_place() -> None:
    drafts = _kinds("Нивото на река Янтра расте, а язовир Жребчево е почти пълен.", "bg")
    assert drafts.get("Янтра") == "place" and drafts.get("Жребчево") == "place", drafts


def test_persian_towns_and_states_are_read_and_a_surname_built_on_a_town_is_not() -> None:
    drafts = _kinds(
        "کشاورزان در اطراف اهواز و دزفول می‌گویند گندم امسال به عراق و پاکستان صادر می‌شود. "
        "به گفته علی اهوازی، قیمت‌ها در تبریز بالا رفته است.",
        "fa",
    )
    assert drafts.get("اهواز") == "place" and drafts.get("دزفول") == "place", drafts
    assert drafts.get("تبریز") == "place", drafts
    assert drafts.get("Iraq") == "state" and drafts.get("Pakistan") == "state", drafts
    assert "اهوازی" not in drafts, drafts


def test_a_persian_home_city_of_millions_is_a_place_however_often_the_news_names_it() -> None:
    drafts = _kinds("نمایشگاه کتاب هفته آینده در تهران برگزار می‌شود و ناشران زیادی می‌آیند.", "fa")
    assert drafts.get("تهران") == "place", drafts


def test_persian_news_names_the_emirates_and_america_short() -> None:
    drafts = _kinds("صادرات زعفران به امارات و آمریکا در سال گذشته کمتر شد.", "fa")
    assert drafts.get("United Arab Emirates") == "state" and drafts.get("United States") == "state", drafts


def test_a_bulgarian_province_named_by_its_capitals_adjective_is_a_place() -> None:
    drafts = _kinds("Земеделците в Хасковска област и от Добричка област искат помощ за напояване.", "bg")
    assert drafts.get("Хасковска област") == "place" and drafts.get("Добричка област") == "place", drafts


def test_a_foreign_name_in_finnish_with_the_linking_i_before_its_case_is_read_back() -> None:
    drafts = _kinds("Työntekijöitä tuli Kazakstanista ja Pakistanista, ja osa lähti Iraniin.", "fi")
    assert drafts.get("Kazakhstan") == "state" and drafts.get("Pakistan") == "state", drafts
    assert drafts.get("Iran") == "state", drafts


def test_a_dutch_town_after_vanaf_is_a_place() -> None:
    assert _kinds("De extra bus vertrekt vanaf Kapelle om acht uur.", "nl") == {"Kapelle": "place"}
    assert _kinds("Vrachtwagens rijden vanaf Harderwijk naar het zuiden.", "nl") == {"Harderwijk": "place"}


def test_a_finnish_town_in_the_genitive_before_at_or_close_to_is_a_place() -> None:
    drafts = _kinds("Valtatie kapenee Iisalmen kohdalla ja rata Kajaanin tuntumassa.", "fi")
    assert drafts.get("Iisalmi") == "place" and drafts.get("Kajaani") == "place", drafts


def test_lands_of_history_romanian_bulgarian_and_slovak_news_name_bare_are_places() -> None:
    assert _kinds("Turiștii vin din Transilvania și din Basarabia.", "ro") == {
        "Transilvania": "place",
        "Basarabia": "place",
    }
    assert _kinds("Розопроизводителите от Тракия искат помощ.", "bg") == {"Тракия": "place"}
    assert _kinds("Uhlie zo Sliezska je lacnejšie.", "sk") == {"Sliezsko": "place"}


def test_slovak_rivers_in_their_cases_after_a_preposition_are_places() -> None:
    drafts = _kinds("Rybári na Bodrogu a pozdĺž Ondavy hlásia nízku hladinu. Most cez Hron opravia.", "sk")
    assert drafts.get("Bodrog") == "place" and drafts.get("Ondava") == "place", drafts
    assert drafts.get("Hron") == "place", drafts


def test_a_bulgarian_landform_named_by_an_adjective_and_its_noun_is_a_place_but_not_opening_a_sentence() -> None:
    drafts = _kinds("Стадата пасат между Рила планина и Осоговска планина, близо до Сатовчанската долина.", "bg")
    assert drafts.get("Рила планина") == "place" and drafts.get("Осоговска планина") == "place", drafts
    assert drafts.get("Сатовчанската долина") == "place", drafts
    assert _kinds("Стара гора беше изсечена миналата година.", "bg") == {}


def test_a_slovak_region_of_an_adjective_and_kraj_declined_is_read_back() -> None:
    drafts = _kinds("Hasiči z Nitrianskeho kraja pomáhajú v Trnavskom kraji a v Trenčianskom kraji.", "sk")
    assert drafts.get("Nitriansky kraj") == "place" and drafts.get("Trnavský kraj") == "place", drafts
    assert drafts.get("Trenčiansky kraj") == "place", drafts


def test_hungarian_counties_listed_before_one_shared_noun_are_each_a_place() -> None:
    drafts = _kinds("A tervet Veszprém és Somogy megye önkormányzatai bírálták.", "hu")
    assert drafts.get("Veszprém") == "place" and drafts.get("Somogy") == "place", drafts
    drafts = _kinds("Tegnap Pest, Nógrád vagy Heves megyében is esett a hó.", "hu")
    assert drafts.get("Nógrád") == "place" and drafts.get("Heves") == "place", drafts
