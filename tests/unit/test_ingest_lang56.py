"""Round lang56: floods, storms, landslides, avalanches and a court case in Turkish, Dutch and other
thinly covered languages (Turkish case suffixes after an apostrophe, names before their noun, Dutch
rivers after their article, lists that carry a preposition on).

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Dün akşam Kayseri'de kar yağışı başladı.", "Kayseri"),  # locative
        ("Otobüs seferleri Malatya'dan yapılıyor.", "Malatya"),  # ablative
        ("Yolcular sabah Sivas'a ulaştı.", "Sivas"),  # dative
        ("Bakanlık yarın Eskişehir'deki fabrikayı açacak.", "Eskişehir"),  # the relative "-ki"
        # a known town's name in the accusative ("Ordu" is also the army)
        ("Fırtına Tokat ve Ordu'yu etkileyecek.", "Ordu"),
        # a case suffix ends the name: the capitalised words after it are a ministry's
        ("Dün Konya'da Tarım Bakanlığı toplantı yaptı.", "Konya"),
    ],
)
def test_a_turkish_town_with_its_case_suffix(text: str, town: str) -> None:
    kinds = draft_kinds(text, language="tr")
    assert kinds.get(town) == "place", kinds


def test_a_turkish_list_shares_its_last_items_suffix() -> None:
    kinds = draft_kinds("Kamyonlar Kayseri ve Malatya'dan geliyor.", language="tr")
    assert kinds.get("Kayseri") == "place" and kinds.get("Malatya") == "place", kinds


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Dün Sakarya Nehri'nin debisi yükseldi.", "Sakarya Nehri"),
        ("Yağmur sonrası Salda Gölü'nde su arttı.", "Salda Gölü"),
        ("Kurtarma ekibi Erciyes Dağı'na çıktı.", "Erciyes Dağı"),
        ("Sel Yusufeli ilçesinde evleri yıktı.", "Yusufeli"),  # a district, its noun written small
    ],
)
def test_a_turkish_name_before_its_noun(text: str, place: str) -> None:
    kinds = draft_kinds(text, language="tr")
    assert kinds.get(place) == "place", kinds


def test_a_frequent_word_opening_a_sentence_before_a_noun_is_no_name() -> None:
    kinds = draft_kinds("Bu köyü herkes tanıyor.", language="tr")
    assert not kinds, kinds


@pytest.mark.parametrize(
    ("text", "river"),
    [
        ("Bij Deventer staat de IJssel hoog.", "IJssel"),
        ("De Schelde treedt buiten haar oevers.", "Schelde"),
        ("Het water van de Dender en de Leie stijgt.", "Leie"),  # a river listed after another
    ],
)
def test_a_dutch_river_after_its_article(text: str, river: str) -> None:
    kinds = draft_kinds(text, language="nl")
    assert kinds.get(river) == "place", kinds


def test_a_dutch_family_name_with_its_article_is_no_river() -> None:
    kinds = draft_kinds("Volgens Jan de Waal is de dijk veilig.", language="nl")
    assert "Waal" not in kinds, kinds


def test_a_dutch_town_after_via() -> None:
    kinds = draft_kinds("De bus rijdt via Tilburg naar huis.", language="nl")
    assert kinds.get("Tilburg") == "place", kinds


def test_a_dutch_village_carries_a_lists_preposition_on() -> None:
    kinds = draft_kinds("Vooral rond Mook en Nijmegen stijgt het water.", language="nl")
    assert kinds.get("Nijmegen") == "place", kinds


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Угода з Молдовою набула чинності.", "Moldova"),  # -ою: Молдова
        ("Торгівля з Бельгією зросла.", "Belgium"),  # -єю: Бельгія
        ("Переговори з Польщею тривають.", "Poland"),  # -ею after a hushing consonant: Польща
    ],
)
def test_a_ukrainian_state_in_the_instrumental(text: str, state: str) -> None:
    kinds = draft_kinds(text, language="uk")
    assert kinds.get(state) == "state", kinds


def test_a_ukrainian_route_from_a_town_to_a_town() -> None:
    kinds = draft_kinds("Автобус їде від Мукачева до Ужгорода.", language="uk")
    assert kinds.get("Мукачево") == "place" and kinds.get("Ужгород") == "place", kinds


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Färjan går från Mariehamn i kväll.", "Mariehamn"),  # Åland's capital
        ("Tåget till Jakobstad är inställt.", "Jakobstad"),  # Finland's Swedish-speaking coast
    ],
)
def test_a_town_where_swedish_is_written_too(text: str, town: str) -> None:
    kinds = draft_kinds(text, language="sv")
    assert kinds.get(town) == "place", kinds


def test_a_czech_land_before_a_genitive_is_a_bodys_name() -> None:
    kinds = draft_kinds("Podle Povodí Moravy se voda vrací do koryta.", language="cs")
    assert "Povodí" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "island"),
    [
        ("観光客は小豆島や淡路島を訪れた。", "小豆島"),  # a name in 島, three characters or more
        ("船は佐渡島へ向かった。", "佐渡島"),
        ("台風は小笠原諸島に近づいた。", "小笠原諸島"),  # a group: its name and 諸島, read whole
        ("大雨は四国でも続いた。", "四国"),  # one of Japan's main islands
    ],
)
def test_a_japanese_island(text: str, island: str) -> None:
    kinds = draft_kinds(text, language="ja")
    assert kinds.get(island) == "place", kinds


@pytest.mark.parametrize(
    ("text", "river"),
    [
        ("Voda se vylila z Vltavy do ulic.", "Vltava"),
        ("Lávka přes Lužnici je zavřená.", "Lužnice"),
        ("Obec leží na soutoku s Bečvou.", "Bečva"),  # the instrumental after "s"
    ],
)
def test_a_czech_river_read_back_to_its_name(text: str, river: str) -> None:
    kinds = draft_kinds(text, language="cs")
    assert kinds.get(river) == "place", kinds


@pytest.mark.parametrize(
    ("text", "river"),
    [
        ("Il livello dell'Adige è salito nella notte.", "Adige"),  # the article elided onto the name
        ("La piena del Tevere preoccupa i pescatori.", "Tevere"),
        ("L'Oglio è uscito dagli argini.", "Oglio"),
    ],
)
def test_an_italian_river_after_its_article(text: str, river: str) -> None:
    kinds = draft_kinds(text, language="it")
    assert kinds.get(river) == "place", kinds


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("Der Zug hält heute in St. Johann in Tirol.", "St. Johann in Tirol"),
        ("Die Feuerwehr aus St. Lorenzen ob Murau half.", "St. Lorenzen ob Murau"),
        ("Im Winter kommen viele Gäste nach St. Anton am Arlberg.", "St. Anton am Arlberg"),
    ],
)
def test_a_saints_village_with_its_qualifier(text: str, village: str) -> None:
    kinds = draft_kinds(text, language="de")
    assert kinds.get(village) == "place", kinds


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("De bus rijdt naar Venray en Oirlo.", "Oirlo"),
        ("Het water staat hoog in Mook en Middelaar.", "Middelaar"),
    ],
)
def test_a_dutch_village_listed_after_a_town(text: str, village: str) -> None:
    kinds = draft_kinds(text, language="nl")
    assert kinds.get(village) == "place", kinds


@pytest.mark.parametrize(
    ("text", "range_"),
    [
        ("Die Stubaier Alpen sind tief verschneit.", "Stubaier Alpen"),
        ("In den Zillertaler Alpen gilt Warnstufe drei.", "Zillertaler Alpen"),
    ],
)
def test_a_part_of_the_alps_named_by_its_valley(text: str, range_: str) -> None:
    kinds = draft_kinds(text, language="de")
    assert kinds.get(range_) == "place", kinds
