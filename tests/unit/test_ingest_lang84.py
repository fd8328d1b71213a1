"""Round lang84: Chinese cities whose Latin name is no pinyin of their characters (Uyghur and Tibetan names) and
towns listed before "等地", Ukrainian towns in -ия and towns named by a feminine adjective, declined, and plural
towns after "до", Polish towns opening with an adjective joined to their noun ("w Białymstoku") and the
instrumental of a name in a soft consonant ("z Białorusią"), states by their initials in Turkish, Greek, Polish,
Italian and Czech news ("ABD", "ΗΠΑ", "USA"), a French cape's name never read as Cape Town ("au Cap Ferret"),
continents and world regions in Arabic, and rivers named with the Hindi word for a river ("अलकनंदा नदी").

Invented sentences; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


def test_a_chinese_city_listed_bare_and_with_its_suffix_is_that_city_whatever_its_latin_name() -> None:
    drafts = _kinds("今年夏天，拉萨市的游客人数创新高，克拉玛依市也开通了新的航线。", "zh")
    assert drafts.get("拉萨") == "place" and drafts.get("克拉玛依") == "place", drafts


def test_chinese_towns_in_a_list_closed_by_and_other_places_are_places() -> None:
    drafts = _kinds("记者在库尔勒、石河子和奎屯等地看到，棉花已经开始采收。", "zh")
    assert drafts.get("库尔勒") == "place" and drafts.get("石河子") == "place", drafts
    assert _kinds("库尔勒的香梨已经开始采收。", "zh") == {}


def test_a_ukrainian_name_in_ya_after_a_vowel_declined_with_yi_is_read_back() -> None:
    drafts = _kinds("Торговці з Гвінеї та фермери у Коломиї чекають на нові ціни.", "uk")
    assert drafts.get("Guinea") == "state" and drafts.get("Коломия") == "place", drafts


def test_a_ukrainian_town_named_by_a_feminine_adjective_declined_is_read_back() -> None:
    drafts = _kinds("Ярмарок у Новій Каховці відкрили, а фермери з Великої Олександрівки привезли кавуни.", "uk")
    assert drafts.get("Нова Каховка") == "place" and drafts.get("Велика Олександрівка") == "place", drafts


def test_a_ukrainian_town_named_by_a_plural_after_do_is_a_place_and_a_mans_name_is_not() -> None:
    drafts = _kinds("Черга з вантажівок тягнеться аж до Броварів. Лист написали до Петрова.", "uk")
    assert drafts.get("Бровари") == "place" and "Петров" not in drafts and "Петрово" not in drafts, drafts


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Fabrikanın ürünleri ABD'ye ve Kanada'ya gidiyor.", "tr", "United States"),
        ("Kuru kayısı ABD ve BAE pazarında satılıyor.", "tr", "United Arab Emirates"),
        ("Οι εξαγωγές προς τις ΗΠΑ αυξήθηκαν φέτος.", "el", "United States"),
        ("Τα φορτία για τα ΗΑΕ έφυγαν την Πέμπτη.", "el", "United Arab Emirates"),
    ],
)
def test_a_state_named_by_its_initials_in_turkish_and_greek_news_is_a_state(
    text: str, language: str, state: str
) -> None:
    assert _kinds(text, language).get(state) == "state", _kinds(text, language)


def test_a_french_capes_name_after_au_or_du_is_no_le_cap() -> None:
    drafts = _kinds("Les randonneurs partis du Cap Fréhel sont arrivés au Cap Gris-Nez. Elle vit au Havre.", "fr")
    assert "Cape Town" not in drafts and drafts.get("Le Havre") == "place", drafts


def test_continents_and_world_regions_in_arabic_are_places_and_a_clubs_name_is_not() -> None:
    drafts = _kinds("تصدر الشركة الزيتون إلى أمريكا الجنوبية وشرق أفريقيا، وتنافس موردين من الشرق الأوسط.", "ar")
    assert drafts.get("أمريكا الجنوبية") == "place" and drafts.get("شرق أفريقيا") == "place", drafts
    assert drafts.get("الشرق الأوسط") == "place", drafts
    assert _kinds("فاز نادي الخليج على ضيفه بهدفين.", "ar") == {}


def test_a_turkish_region_named_bare_in_a_case_of_place_is_a_place_and_not_in_other_names() -> None:
    drafts = _kinds(
        "Pamuk hasadı Çukurova'da başladı, Ege'de ise yağmur bekleniyor. Ürün Anadolu'ya dağıtılıyor.", "tr"
    )
    assert drafts.get("Çukurova") == "place" and drafts.get("Ege") == "place" and drafts.get("Anadolu") == "place"
    assert _kinds("Ege Üniversitesi öğrencileri Anadolu Ajansı'na konuştu. Ahmet Ege'den mesaj geldi.", "tr") == {}


def test_turkish_waters_listed_before_their_plural_noun_are_places_and_a_plural_subject_is_not() -> None:
    drafts = _kinds("Balıkçılar, Yeşilırmak ve Kelkit ırmaklarında su seviyesinin düştüğünü söylüyor.", "tr")
    assert drafts.get("Yeşilırmak") == "place" and drafts.get("Kelkit") == "place", drafts
    assert "Balıkçılar" not in drafts, drafts


def test_a_polish_town_of_an_adjective_and_a_noun_in_one_word_declines_both() -> None:
    drafts = _kinds("Targi rolne w Krasnymstawie przyciągnęły gości z Białegostoku.", "pl")
    assert drafts.get("Krasnystaw") == "place" and drafts.get("Białystok") == "place", drafts


def test_a_polish_plural_town_in_the_genitive_with_no_ending_is_read_back() -> None:
    drafts = _kinds("Rolnicy z Kielc i Puław przyjechali na targi.", "pl")
    assert drafts.get("Kielce") == "place" and drafts.get("Puławy") == "place", drafts


def test_a_polish_name_in_a_soft_consonant_in_the_instrumental_is_read_back() -> None:
    assert _kinds("Ciężarówki stoją na granicy z Białorusią od tygodnia.", "pl").get("Belarus") == "state"


def test_an_arabic_towns_name_before_new_names_another_place_whole() -> None:
    drafts = _kinds("انتقل المصنع من القاهرة الجديدة إلى دمياط الجديدة، بينما بقي المكتب في القاهرة.", "ar")
    assert drafts.get("القاهرة الجديدة") == "place" and drafts.get("دمياط الجديدة") == "place", drafts
    assert "دمياط" not in drafts and drafts.get("القاهرة") == "place", drafts


def test_a_chinese_county_named_with_its_suffix_or_a_district_after_its_city_is_a_place() -> None:
    drafts = _kinds("汉阴县和石泉县的茶农今年增收，哈尔滨市南岗区的超市也开始销售新茶。", "zh")
    assert drafts.get("汉阴县") == "place" and drafts.get("石泉县") == "place" and drafts.get("南岗区") == "place"
    assert _kinds("该县的贫困县帽子已经摘掉，百强县、保税区、自贸区和主城区都开放了。", "zh") == {}


def test_a_french_dune_or_point_named_after_its_small_noun_is_a_place() -> None:
    drafts = _kinds("Les visiteurs ont marché jusqu'à la pointe du Hoc, puis ont gravi la dune du Moulleau.", "fr")
    assert drafts.get("pointe du Hoc") == "place" and drafts.get("dune du Moulleau") == "place", drafts


def test_lands_ukrainian_news_names_bare_are_places_declined_too() -> None:
    drafts = _kinds("Туристи з Криму цього року відпочивають у Карпатах, а фермери з Поділля продають мед.", "uk")
    assert drafts.get("Крим") == "place" and drafts.get("Карпати") == "place" and drafts.get("Поділля") == "place"


def test_a_land_of_several_states_named_by_a_plural_is_read_back_from_its_case() -> None:
    assert _kinds("Миротворцы остаются на Балканах ещё год.", "ru").get("Балканы") == "place"


def test_a_polish_voivodeship_named_by_its_centre_keeps_that_name_beside_its_own() -> None:
    from dossier.ingest.extract import extract

    extraction = extract("Sadownicy z Opolszczyzny sprzedają jabłka.", None, [], set(), "t", language="pl")
    drafts = {draft.name: (str(draft.kind), draft.aliases) for draft in extraction.actors}
    assert drafts.get("Opolskie") == ("place", ["Opolszczyzna"]), drafts


def test_a_greek_lake_named_after_its_article_or_its_noun_is_a_place_in_any_case() -> None:
    drafts = _kinds("Τα πουλιά της Κερκίνης μετρήθηκαν, ενώ η στάθμη στη λίμνη Βεγορίτιδα έπεσε.", "el")
    assert drafts.get("Κερκίνη") == "place" and drafts.get("Βεγορίτιδα") == "place", drafts
    assert _kinds("Η στάθμη της Μεγάλης Πρέσπας πέφτει.", "el").get("Μεγάλη Πρέσπα") == "place"


def test_a_french_village_after_those_who_fish_farm_or_grow_there_is_a_place() -> None:
    drafts = _kinds("Les pêcheurs de Gruissan attendent la fin du vent, comme les éleveurs de Laguiole.", "fr")
    assert drafts.get("Gruissan") == "place" and drafts.get("Laguiole") == "place", drafts
    assert _kinds("Un producteur de Dupont est arrivé hier.", "fr") == {}


def test_a_polish_landform_of_a_noun_and_its_adjective_is_read_back_to_its_nominative() -> None:
    drafts = _kinds("Spacerowaliśmy po Puszczy Kampinoskiej, a potem na Wyżynie Lubelskiej i w Górach Stołowych.", "pl")
    assert drafts.get("Puszcza Kampinoska") == "place" and drafts.get("Wyżyna Lubelska") == "place", drafts
    assert drafts.get("Góry Stołowe") == "place", drafts


def test_turkish_border_gates_listed_before_the_plural_gate_are_places_and_given_names_are_not() -> None:
    drafts = _kinds("Bayram öncesi Cilvegözü ve Öncüpınar sınır kapılarında yoğunluk var.", "tr")
    assert drafts.get("Cilvegözü") == "place" and drafts.get("Öncüpınar") == "place", drafts
    assert _kinds("Bayramda Ahmet ve Mehmet sınır kapılarında nöbet tuttu.", "tr") == {}


def test_a_name_right_after_an_arabic_governorate_or_province_is_a_place_and_keeping_to_is_not() -> None:
    drafts = _kinds("وصلت القافلة إلى إقليم الحوز، وفي محافظة دمياط بدأ الحصاد.", "ar")
    assert drafts.get("الحوز") == "place", drafts
    assert _kinds("يجب المحافظة على البيئة، ومحافظة على مكانتها بقيت الشركة.", "ar") == {}
