"""Round lang81: Hindi towns read by their sounds, Hebrew names hyphened or spaced, ...

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest_helpers import draft_kinds, page_with_box_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("महाराष्ट्र के यवतमाल में बारिश से फसल को नुकसान हुआ।", "यवतमाल"),
        ("रेलवे ने आदिलाबाद और निजामाबाद के बीच नई ट्रेन शुरू की।", "आदिलाबाद"),
        ("हरियाणा के करनाल, हिसार और रोहतक में मंडियां बंद रहीं।", "करनाल"),
    ],
)
def test_a_hindi_town_geonames_spells_in_latin_only_is_read_by_its_sounds(text: str, name: str) -> None:
    assert _kinds(text, "hi").get(name) == "place"


@pytest.mark.parametrize(
    "text",
    [
        "वह सुबह बाज़ार गया और शाम को लौटा।",  # गया: went (Gaya)
        "कर्नल ने कहा कि सीमा पर हालात सामान्य हैं।",  # कर्नल: colonel (Karnal), no postposition of place
        "पूरी टीम ने मेहनत की और मैच जीत लिया।",  # पूरी: whole (Puri)
    ],
)
def test_a_frequent_hindi_word_sounding_like_a_town_is_no_place(text: str) -> None:
    assert not {kind for kind in _kinds(text, "hi").values() if kind == "place"}, _kinds(text, "hi")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("התושבים בדליית אל-כרמל קיבלו הוראה להתפנות.", "דליית אל-כרמל"),
        ("ראש העירייה של דליית אל כרמל נפגש עם השר.", "דליית אל כרמל"),
        ("המשפחה עברה מפתח תיקווה לחולון.", "פתח תיקווה"),
    ],
)
def test_a_hebrew_town_of_several_words_is_read_in_its_rarer_spellings_and_with_a_hyphen(text: str, name: str) -> None:
    assert _kinds(text, "he").get(name) == "place"


@pytest.mark.parametrize(
    "text",
    ["המטיילים יצאו הבוקר למסלול בכרמל.", "השריפה ביערות הכרמל כובתה אחרי יומיים."],
)
def test_the_carmel_is_a_place_in_hebrew(text: str) -> None:
    assert _kinds(text, "he").get("הכרמל") == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("बिहार के भागलपुर में गंगा का जलस्तर बढ़ा।", "भागलपुर"),
        ("कुंभ के लिए प्रयागराज से विशेष ट्रेनें चलेंगी।", "प्रयागराज"),
    ],
)
def test_a_long_hindi_word_sounding_like_a_town_may_be_as_frequent_as_a_city_is(text: str, name: str) -> None:
    assert _kinds(text, "hi").get(name) == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("हरियाणा के किसानों ने सरकार से मुआवजा मांगा।", "हरियाणा"),
        ("जम्मू-कश्मीर में भारी बर्फबारी से सड़कें बंद रहीं।", "जम्मू-कश्मीर"),
    ],
)
def test_a_region_of_india_in_the_news_spelling_is_a_place(text: str, name: str) -> None:
    assert _kinds(text, "hi").get(name) == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("मराठवाड़ा के किसान पानी की कमी से जूझ रहे हैं।", "मराठवाड़ा"),
        ("बुंदेलखंड में इस साल बारिश कम हुई।", "बुंदेलखंड"),
    ],
)
def test_a_region_of_india_no_administration_has_is_a_place(text: str, name: str) -> None:
    assert _kinds(text, "hi").get(name) == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("올해는 경기 김포와 파주, 강원 철원의 농가가 모두 풍년을 맞았다.", "파주"),
        ("지난해 경기 수원과 용인, 강원 원주에서 집값이 올랐다.", "용인"),
    ],
)
def test_the_second_town_of_a_korean_pair_after_a_province_is_a_place(text: str, name: str) -> None:
    assert _kinds(text, "ko").get(name) == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("주말 동안 보령 머드축제에 외국인 관광객이 몰렸다.", "보령"),
        ("올해 진주 유등축제는 다음 달 개막한다.", "진주"),
    ],
)
def test_a_korean_town_before_its_festival_is_a_place(text: str, name: str) -> None:
    assert _kinds(text, "ko").get(name) == "place"


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("da", "Der er fundet en ny bosættelse fra vikingetiden ved Viborg i sommer.", "Viborg"),
        ("no", "Turistene overnattet på et hotell ved Hamar før turen videre nordover.", "Hamar"),
        ("sv", "Polisen spärrade av vägen nära Borlänge under natten.", "Borlänge"),
    ],
)
def test_a_scandinavian_town_after_near_or_by_is_a_place(language: str, text: str, name: str) -> None:
    assert _kinds(text, language).get(name) == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Zahnradbahn auf den Wendelstein fährt ab Mai wieder täglich.", "Wendelstein"),
        ("Am Nebelhorn liegt noch über ein Meter Schnee.", "Nebelhorn"),
    ],
)
def test_a_bavarian_alpine_summit_is_a_place(text: str, name: str) -> None:
    assert _kinds(text, "de").get(name) == "place"


@pytest.mark.parametrize(
    ("language", "story", "heading", "headline", "town"),
    [
        (
            "he",
            "מועצת העיר דנה אתמול בערב בתקציב השנה הבאה. הדיון נמשך ארבע שעות, וההחלטה תתקבל בשבוע הבא.",
            "עוד באתר",
            "נפתח קו רכבת חדש לכרמיאל",
            "כרמיאל",
        ),
        (
            "tr",
            "Belediye meclisi dün akşam gelecek yılın bütçesini görüştü. Toplantı dört saat sürdü ve karar "
            "önümüzdeki hafta verilecek.",
            "İlgili haberler",
            "Bursa'da yeni metro hattı açıldı",
            "Bursa",
        ),
        (
            "ko",
            "시의회는 어제 저녁 내년도 예산안을 논의했다. 회의는 네 시간 동안 이어졌고 결정은 다음 주에 내려진다.",
            "이 시각 많이 본 뉴스",
            "청주 오송역 새 역사 착공",
            "청주",
        ),
    ],
)
def test_a_box_of_the_sites_other_stories_is_read_under_its_heading(
    tmp_path: Path, language: str, story: str, heading: str, headline: str, town: str
) -> None:
    box = f'<aside><h3>{heading}</h3><ul><li><a href="/a/1">{headline}</a></li></ul></aside>'
    kinds = page_with_box_kinds(tmp_path, language, f"<p>{story}</p>", box, "x")
    assert kinds.get(town) == "place", kinds


def test_a_korean_town_before_a_clubs_name_and_the_word_for_a_club_is_no_place() -> None:
    assert "아산" not in _kinds("올 시즌을 끝으로 충남 아산 무궁화 축구단이 해체됐다.", "ko")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("इसराइल और लेबनान की सीमा पर तनाव बढ़ गया है।", "Israel"),
        ("अफगानिस्तान से आए व्यापारियों ने मेले में हिस्सा लिया।", "Afghanistan"),
        ("यूएई में काम करने वाले भारतीयों की संख्या बढ़ी है।", "United Arab Emirates"),
    ],
)
def test_a_state_in_the_hindi_news_spelling_is_a_state(text: str, state: str) -> None:
    assert _kinds(text, "hi").get(state) == "state"
