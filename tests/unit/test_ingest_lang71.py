"""Round lang71: sport, flood, health, factory and court news in the languages the pages had least of
(Chinese, Japanese, Romanian, Indonesian, Turkish, Arabic): a Chinese city whose first character has two
readings ("长沙"), a city named bare after its province or in a list, a Japanese prefecture before "外"
(outside it) and a town before "地方" (its area), a Romanian town after "la" however frequent a word, a
county closing a county body's name, a river with its article, an Indonesian regency, district, mountain
or river named with its capitalised noun, a town after "lewat", Saudi Arabia by its short name, an Arabic
town below the table's size after a preposition or listed after a town, a Turkish village in a case of place.

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "language", "name", "kind"),
    [
        # Chinese: "长" reads chang as well as zhang
        ("长春的工厂今年扩大了产能。", "zh", "长春", "place"),
        ("这批货物从长治运往上海。", "zh", "长治", "place"),
        # ...a prefecture's city named bare right after its province, or cut as one word with it
        ("暴雨袭击了湖南衡阳，多条道路中断。", "zh", "衡阳", "place"),
        ("游客前往云南昆明度假。", "zh", "昆明", "place"),
        # ...and as an item of a list beside a city read already, before it or after it
        ("商户来自衡阳、长沙和邵阳。", "zh", "衡阳", "place"),
        ("商户来自衡阳、长沙和邵阳。", "zh", "邵阳", "place"),
        # ...and a town named bare after its province, though a person on the page bears its name
        ("记者王衡阳报道：湖南衡阳的工厂停产了。", "zh", "衡阳", "place"),
        # Romanian: a town after "la" however frequent the word (the news makes it so), never written small
        ("Trenul a ajuns la Roman după-amiază.", "ro", "Roman", "place"),
        # ...the county closing a county body's name, a plural town in the genitive, a river with its article
        # or in the genitive after a part of it
        ("Consiliul Județean Bihor a aprobat bugetul.", "ro", "Bihor", "place"),
        ("Străzile Botoșanilor au fost curățate.", "ro", "Botoșani", "place"),
        ("Turiștii au trecut Oltul cu bacul.", "ro", "Olt", "place"),
        ("Au crescut apele Jiului după ploi.", "ro", "Jiu", "place"),
        ("Podul peste Dunăre a fost închis; nivelul Dunării scade.", "ro", "Dunărea", "place"),
        # Indonesian: a regency, a district, a mountain and a river named with their capitalised noun
        ("Hujan deras turun di Kabupaten Garut.", "id", "Garut", "place"),
        ("Di Kecamatan Cisurupan, jalan tertutup lumpur.", "id", "Cisurupan", "place"),
        ("Abu dari Gunung Semeru menutupi desa.", "id", "Gunung Semeru", "place"),
        ("Warga mengungsi dari tepi Sungai Bengawan Solo.", "id", "Sungai Bengawan Solo", "place"),
        # ...and a town after "lewat" (through)
        ("Bus dari Bandung ke Semarang lewat Cirebon.", "id", "Cirebon", "place"),
        # Turkish: a village or small town the tables of towns lack, in a case of place after its apostrophe
        ("Turistler Datça'da tatil yaptı.", "tr", "Datça", "place"),
        ("Sel Alaçatı'da etkili oldu.", "tr", "Alaçatı", "place"),
        # Arabic: Saudi Arabia by its short name; a smaller town after a preposition of place; a town named by a
        # frequent word listed with "و" after a town read
        ("وصلت الشحنات من السعودية إلى الميناء بعد تأخير طويل جدا أمس.", "ar", "Saudi Arabia", "state"),
        ("وصل الوفد إلى جونيه صباح اليوم بعد رحلة طويلة من العاصمة اللبنانية.", "ar", "جونيه", "place"),
        ("وأغلقت الطرق بين بيروت وعالية بسبب الثلوج الكثيفة أمس الخميس.", "ar", "عالية", "place"),
        # Japanese: a prefecture before 外 (outside it) or 内 (within it), a town before 地方 (its area)
        ("秋田県外からの客が増えた。", "ja", "秋田", "place"),
        ("新潟市と佐渡地方で雪が降った。", "ja", "佐渡", "place"),
    ],
)
def test_places_in_their_language_s_forms(text: str, language: str, name: str, kind: str) -> None:
    assert draft_kinds(text, language).get(name) == kind


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # Chinese: a town's name that is a word after a province is the province's produce
        ("今年广东荔枝的价格上涨了。", "zh", "荔枝"),
        # ...and a prefecture's city named bare in no list and after no province needs its suffix
        ("记者李衡阳报道。", "zh", "衡阳"),
        # Romanian: a town's name the page writes as a word too ("roman": a novel)
        ("Un roman bun. Autorul a ajuns la Roman ieri.", "ro", "Roman"),
        # Turkish: a family name in a case of place after a given name
        ("Mehmet Kalkan'a teşekkür etti.", "tr", "Kalkan"),
        # Arabic: the state's adjective after a definite noun; a frequent word after a preposition
        ("وقالت الحكومة السعودية إن الشحنات وصلت إلى الميناء أمس بعد تأخير طويل.", "ar", "Saudi Arabia"),
        ("ونشرت الوزارة في صور جديدة حالة الطرق بعد العاصفة أمس الخميس.", "ar", "صور"),
        ("وكانت نسبة المشاركة عالية في الانتخابات التي جرت أمس في البلاد.", "ar", "عالية"),
        # ...and a river's town in the genitive after a noun of the town is no river
        ("Primarul Siretului a vorbit ieri.", "ro", "Siret"),
    ],
)
def test_words_that_stay_unread(text: str, language: str, name: str) -> None:
    assert name not in draft_kinds(text, language)
