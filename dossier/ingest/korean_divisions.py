"""South Korea's cities (시) and counties (군), by their Hangul names.

The gazetteer's GeoNames extract leaves out many of them (Yongin, a city of a million, Sacheon,
Jecheon, Danyang, Haman) or spells them in Latin letters only, so the news's "용인시", "충북 단양",
"밀양과 함안의" found nothing. The list is closed and kept by law (the administrative divisions
below the provinces; the eight special and metropolitan cities are named in the tables already).
Many of the names are everyday words too ("공주": a princess, "진도": progress, "음성": a voice),
so a name here is only a town with a cue that a place is meant (`korean_places`): its suffix, its
province before it, a noun for an area after it, or a town listed with it.
"""

from __future__ import annotations

from dossier.ingest.gazetteer import Place

# Hangul name -> the name in Revised Romanization, province by province; cities first, then counties.
_DIVISIONS = {
    # Gyeonggi
    **{"수원": "Suwon", "성남": "Seongnam", "고양": "Goyang", "용인": "Yongin", "부천": "Bucheon"},
    **{"안산": "Ansan", "안양": "Anyang", "남양주": "Namyangju", "화성": "Hwaseong", "평택": "Pyeongtaek"},
    **{"의정부": "Uijeongbu", "시흥": "Siheung", "파주": "Paju", "광명": "Gwangmyeong", "김포": "Gimpo"},
    **{"군포": "Gunpo", "이천": "Icheon", "양주": "Yangju", "오산": "Osan", "구리": "Guri", "안성": "Anseong"},
    **{"포천": "Pocheon", "의왕": "Uiwang", "하남": "Hanam", "여주": "Yeoju", "동두천": "Dongducheon"},
    **{"과천": "Gwacheon", "가평": "Gapyeong", "양평": "Yangpyeong", "연천": "Yeoncheon"},
    # Gangwon
    **{"춘천": "Chuncheon", "원주": "Wonju", "강릉": "Gangneung", "동해": "Donghae", "태백": "Taebaek"},
    **{"속초": "Sokcho", "삼척": "Samcheok", "홍천": "Hongcheon", "횡성": "Hoengseong", "영월": "Yeongwol"},
    **{"평창": "Pyeongchang", "정선": "Jeongseon", "철원": "Cheorwon", "화천": "Hwacheon", "양구": "Yanggu"},
    **{"인제": "Inje", "고성": "Goseong", "양양": "Yangyang"},
    # North Chungcheong
    **{"청주": "Cheongju", "충주": "Chungju", "제천": "Jecheon", "보은": "Boeun", "옥천": "Okcheon"},
    **{"영동": "Yeongdong", "증평": "Jeungpyeong", "진천": "Jincheon", "괴산": "Goesan", "음성": "Eumseong"},
    **{"단양": "Danyang"},
    # South Chungcheong
    **{"천안": "Cheonan", "공주": "Gongju", "보령": "Boryeong", "아산": "Asan", "서산": "Seosan"},
    **{"논산": "Nonsan", "계룡": "Gyeryong", "당진": "Dangjin", "금산": "Geumsan", "부여": "Buyeo"},
    **{"서천": "Seocheon", "청양": "Cheongyang", "홍성": "Hongseong", "예산": "Yesan", "태안": "Taean"},
    # North Jeolla
    **{"전주": "Jeonju", "군산": "Gunsan", "익산": "Iksan", "정읍": "Jeongeup", "남원": "Namwon"},
    **{"김제": "Gimje", "완주": "Wanju", "진안": "Jinan", "무주": "Muju", "장수": "Jangsu", "임실": "Imsil"},
    **{"순창": "Sunchang", "고창": "Gochang", "부안": "Buan"},
    # South Jeolla
    **{"목포": "Mokpo", "여수": "Yeosu", "순천": "Suncheon", "나주": "Naju", "광양": "Gwangyang"},
    **{"담양": "Damyang", "곡성": "Gokseong", "구례": "Gurye", "고흥": "Goheung", "보성": "Boseong"},
    **{"화순": "Hwasun", "장흥": "Jangheung", "강진": "Gangjin", "해남": "Haenam", "영암": "Yeongam"},
    **{"무안": "Muan", "함평": "Hampyeong", "영광": "Yeonggwang", "장성": "Jangseong", "완도": "Wando"},
    **{"진도": "Jindo", "신안": "Sinan"},
    # North Gyeongsang
    **{"포항": "Pohang", "경주": "Gyeongju", "김천": "Gimcheon", "안동": "Andong", "구미": "Gumi"},
    **{"영주": "Yeongju", "영천": "Yeongcheon", "상주": "Sangju", "문경": "Mungyeong", "경산": "Gyeongsan"},
    **{"의성": "Uiseong", "청송": "Cheongsong", "영양": "Yeongyang", "영덕": "Yeongdeok", "청도": "Cheongdo"},
    **{"고령": "Goryeong", "성주": "Seongju", "칠곡": "Chilgok", "예천": "Yecheon", "봉화": "Bonghwa"},
    **{"울진": "Uljin", "울릉": "Ulleung"},
    # South Gyeongsang
    **{"창원": "Changwon", "진주": "Jinju", "통영": "Tongyeong", "사천": "Sacheon", "김해": "Gimhae"},
    **{"밀양": "Miryang", "거제": "Geoje", "양산": "Yangsan", "의령": "Uiryeong", "함안": "Haman"},
    **{"창녕": "Changnyeong", "남해": "Namhae", "하동": "Hadong", "산청": "Sancheong", "함양": "Hamyang"},
    **{"거창": "Geochang", "합천": "Hapcheon"},
    # Jeju, and the counties of the metropolitan cities
    **{"서귀포": "Seogwipo", "기장": "Gijang", "달성": "Dalseong", "군위": "Gunwi", "강화": "Ganghwa"},
    **{"옹진": "Ongjin", "울주": "Ulju"},
}
# The cities (시) among them, by law; the rest are counties (군). A city is a town of tens or hundreds
# of thousands, so two of them listed with a particle of place are the towns ("평택과 용인에서").
_CITIES = frozenset(
    [
        *("수원", "성남", "고양", "용인", "부천", "안산", "안양", "남양주", "화성", "평택", "의정부", "시흥"),
        *("파주", "광명", "김포", "군포", "이천", "양주", "오산", "구리", "안성", "포천", "의왕", "하남"),
        *("여주", "동두천", "과천", "춘천", "원주", "강릉", "동해", "태백", "속초", "삼척", "청주", "충주"),
        *("제천", "천안", "공주", "보령", "아산", "서산", "논산", "계룡", "당진", "전주", "군산", "익산"),
        *("정읍", "남원", "김제", "목포", "여수", "순천", "나주", "광양", "포항", "경주", "김천", "안동"),
        *("구미", "영주", "영천", "상주", "문경", "경산", "창원", "진주", "통영", "사천", "김해", "밀양"),
        *("거제", "양산", "서귀포"),
    ]
)
# Gyeonggi's cities and counties (the first rows above). Gyeonggi has a city named 광주 (Gwangju-si, 390,000 people) as
# the metropolitan city in the south-west is: listed among these, 광주 is Gyeonggi's.
GYEONGGI = frozenset(
    [
        *("수원", "성남", "고양", "용인", "부천", "안산", "안양", "남양주", "화성", "평택", "의정부", "시흥", "파주"),
        *("광명", "김포", "군포", "이천", "양주", "오산", "구리", "안성", "포천", "의왕", "하남", "여주", "동두천"),
        *("과천", "가평", "양평", "연천"),
    ]
)
GYEONGGI_GWANGJU = Place("Gwangju-si (Gyeonggi)", "place", "South Korea", 390_000)


# What a division of the list weighs where a rule asks a town's size: less than any town the
# tables hold for its own sake, so a rule for large towns only ("원주의 물류센터") does not take it.
DIVISION_SIZE = 20_000


def korean_division(stem: str) -> Place | None:
    """'단양' -> Danyang: the city or county of South Korea a Hangul name (no suffix) names, or None."""
    name = _DIVISIONS.get(stem)
    return None if name is None else Place(name, "place", "South Korea", DIVISION_SIZE)


def is_korean_city(stem: str) -> bool:
    """'용인' -> True: a city (시) of a province, not a county."""
    return stem in _CITIES
