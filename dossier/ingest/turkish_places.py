"""Places in Turkish: case suffixes after an apostrophe ("Rize'de", "Trabzon'dan", "Hopa'ya") and
names before their noun ("Çoruh Nehri", "Çamlıhemşin ilçesinde").

Turkish writes a proper name's case ending after an apostrophe, where other languages set a
preposition before it: the locative (-de, -da, -te, -ta: in), the ablative (-den, -dan, -ten,
-tan: from) and the dative (-e, -a, -ye, -ya: to) say a place as "in", "from" and "to" do. The
name before the apostrophe is the dictionary form the gazetteer knows. A list shares its last
item's ending ("Erzurum ve Samsun'dan": from Erzurum and Samsun), and "X ile Y arasında" says
between two places.

A river, a lake, a mountain, a district or a village is named before its noun, which takes the
possessive ("Çoruh Nehri": the river Çoruh, "Fırtına Deresi", "Van Gölü", "Çamlıhemşin ilçesi"): the
noun says what the name is, known to the tables or not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the document's module reads word forms, which read this one
    from dossier.ingest.actor_document import ActorDocument
    from dossier.ingest.grouping import Candidate

# The suffix after the apostrophe: lower-case letters only ("Rize'de"; "O'Brien" is a name).
_SUFFIXED = re.compile(r"(?P<stem>\w+?)['’](?P<suffix>[a-zçğıöşü]{1,8})")
# Locative, ablative and dative endings, with the relative "-ki" ("Rize'deki": the one in Rize)
# and the vowel and consonant harmony's variants.
_PLACE_CASES = frozenset(
    ["de", "da", "te", "ta", "deki", "daki", "teki", "taki", "den", "dan", "ten", "tan", "e", "a", "ye", "ya"]
)
# The other cases a name takes: accusative, genitive, with ("Ordu'yu", "Rize'nin", "Kars'la"). A known
# town's name in one of them is the town; a smaller one's may be a person's ("Kaya'nın").
_OTHER_CASES = frozenset(
    [
        "i",
        "ı",
        "u",
        "ü",
        "yi",
        "yı",
        "yu",
        "yü",
        "in",
        "ın",
        "un",
        "ün",
        "nin",
        "nın",
        "nun",
        "nün",
        "le",
        "la",
        "yle",
        "yla",
    ]
)
# Words that join the items of a list, which share the last item's ending.
_LIST_WORDS = frozenset(["ve", "ile", "veya", "ya"])
# "Ardeşen ile Pazar arasında": between two places, the second one bare before the postposition.
_BETWEEN = frozenset(["arasında", "arasındaki", "arası"])
# Postpositions of place after a bare name: via, near, around, towards, off ("Tekirdağ üzerinden",
# "Bodrum açıklarında"); a list before one shares it, as it shares a suffix.
_PLACE_POSTPOSITIONS = frozenset(
    [
        "üzerinden",
        "yakınında",
        "yakınlarında",
        "çevresinde",
        "civarında",
        "yönünde",
        "istikametinde",
        "açıklarında",
        "merkezli",
    ]
)
# ...with the relative "-ki" ("Ağrı yönündeki yollar": the roads towards Ağrı) and the dative and
# ablative of "direction" (towards it, from it)
_PLACE_POSTPOSITIONS |= frozenset(
    ["yönündeki", "yönüne", "yönünden", "yakınındaki", "çevresindeki", "civarındaki", "açıklarındaki"]
)
_LONGEST_LIST = 4


def apostrophe_stem(word: str, language: str) -> str | None:
    """'Trabzon'dan' -> 'Trabzon': the name a Turkish suffix after an apostrophe is joined to."""
    if language != "tr":
        return None
    match = _SUFFIXED.fullmatch(word)
    return match.group("stem") if match is not None else None


def _place_case(word: str, any_case: bool) -> bool:
    match = _SUFFIXED.fullmatch(word)
    if match is None:
        return False
    suffix = match.group("suffix")
    return suffix in _PLACE_CASES or (any_case and suffix in _OTHER_CASES)


def turkish_place_case(doc: ActorDocument, position: int, language: str, any_case: bool = False) -> bool:
    """Whether the name at `position` is in a case of place (`any_case`: in any case a name takes):
    its own suffix, or that of a later item of its list, or the pair before "arasında" (between)."""
    if language != "tr":
        return False
    tokens = doc.tokens
    if _place_case(tokens[position].text, any_case):
        return True
    if _before_a_facility(doc, position) or _before_a_postposition(doc, position) or seat_after(doc, position):
        return True
    if (
        0 < position < len(tokens) - 1
        and tokens[position + 1].text in _BETWEEN
        and tokens[position - 1].text in _LIST_WORDS
    ):
        return True
    k = position
    for _ in range(_LONGEST_LIST):
        if k + 2 >= len(tokens) or (tokens[k + 1].text not in _LIST_WORDS and not _comma_after(doc, k)):
            break
        k = k + 1 if _comma_after(doc, k) else k + 2
        if not tokens[k].text[:1].isupper():
            break
        if _place_case(tokens[k].text, any_case) or _before_a_postposition(doc, k) or _plural_seat_after(doc, k):
            return True
        if k + 1 < len(tokens) and tokens[k + 1].text in _BETWEEN:
            return True
    return False


# A town's port, station, airport, bridge or border gate, named by the town before the noun in the
# possessive with a case of place ("Hopa sınır kapısında", "Samsun limanından"): the town is named.
_FACILITY_NOUNS = ("limanı", "havalimanı", "garı", "otogarı", "kapısı", "köprüsü", "tüneli", "istasyonu")
_FACILITY_CASES = frozenset(["nda", "nde", "ndan", "nden", "na", "ne", "ndaki", "ndeki"])


def _before_a_facility(doc: ActorDocument, position: int) -> bool:
    tokens = doc.tokens
    for k in (position + 1, position + 2):  # "sınır kapısında": a noun may qualify the facility's
        if k >= len(tokens) or not tokens[k - 1].joined or not tokens[k].text.islower():
            return False
        word = tokens[k].text
        noun = next((n for n in _FACILITY_NOUNS if word.startswith(n)), None)
        if noun is not None:
            return word[len(noun) :] in _FACILITY_CASES
    return False


def _before_a_postposition(doc: ActorDocument, k: int) -> bool:
    tokens = doc.tokens
    return k + 1 < len(tokens) and tokens[k].joined and tokens[k + 1].text in _PLACE_POSTPOSITIONS


# A town's municipality, governor, district governor and police directorate are named by the town before the
# noun ("Mardin Büyükşehir Belediyesi", "Batman Belediye Başkanı", "Mardin Valisi", "Şile Belediyesi'ne",
# "İstanbul Emniyet Müdürlüğü"; plural after a list: "Van, Siirt ve Mardin belediyelerine"), capitalised in a
# title or not: the town is the seat of the body, as "Rize'de" places it.
_SEAT_NOUNS = ("belediye", "büyükşehir", "valisi", "valiliğ", "kaymakamı", "kaymakamlığ")


def seat_after(doc: ActorDocument, k: int) -> bool:
    """Whether the name ending at `k` names the seat of the body or office after it ("Mardin Valisi")."""
    from dossier.ingest.names import is_given_name

    tokens = doc.tokens
    if k + 1 >= len(tokens) or not tokens[k].joined:
        return False
    before = tokens[k - 1] if k > 0 else None
    if before is not None and before.joined and before.text[:1].isupper() and is_given_name(before.folded):
        return False  # "Ahmet Kaya Belediye binasına": a person's family name
    written = tokens[k + 1].text
    after = written.replace("I", "ı").replace("İ", "i").lower()
    if written[:1].isupper() and ("ler" in after or "lar" in after):
        return False  # "Türkiye Belediyeler Birliği": a union of municipalities, no town's own
    if after.startswith(_SEAT_NOUNS):
        return True
    return (  # "İstanbul Emniyet Müdürlüğü": the town's police directorate
        after == "emniyet"
        and k + 2 < len(tokens)
        and tokens[k + 2].text.replace("İ", "i").lower().startswith("müdürlüğ")
    )


def _plural_seat_after(doc: ActorDocument, k: int) -> bool:
    """'Van, Siirt ve Mardin belediyelerine', 'Adana ve Adıyaman Büyükşehir Belediye Başkanları': a list shares
    the body's noun only in the plural ("Karalar ve Adıyaman Belediye Başkanı": the mayor of Adıyaman alone)."""
    tokens = doc.tokens
    return seat_after(doc, k) and any(
        "leri" in tokens[j].text.lower() or "ları" in tokens[j].text.lower()
        for j in range(k + 1, min(k + 4, len(tokens)))
    )


def _comma_after(doc: ActorDocument, k: int) -> bool:
    return k + 1 < len(doc.tokens) and doc.text[doc.tokens[k].end : doc.tokens[k + 1].start].strip() == ","


# Nouns of waters and landforms, in the possessive, written after the name ("Çoruh Nehri", "Ağrı Dağı",
# "Ayder yaylası"), and of a district or a village ("Hopa ilçesi").
_LANDFORM_NOUNS = frozenset(
    [
        "nehri",
        "ırmağı",
        "çayı",
        "deresi",
        "gölü",
        "barajı",
        "dağı",
        "dağları",
        "körfezi",
        "denizi",
        "boğazı",
        "adası",
        "yaylası",
        "ovası",
        "vadisi",
        "geçidi",
    ]
)
_SETTLEMENT_NOUNS = frozenset(["ilçesi", "köyü", "beldesi", "mahallesi"])
# ...in the plural after a list, which shares it: "Fethiye ve Dalaman ilçelerinde" (in the districts of)
# ("köyleri" is "their villages" as often: "Ahmet ve Ali köylerine döndü")
_PLURAL_SETTLEMENT_NOUNS = frozenset(["ilçeleri", "beldeleri"])
# ...and waters and plains named by a list the same way, each item the name: "Tunca ve Arda nehirlerinin" (of the
# rivers Tunca and Arda), "Bafra ve Çarşamba ovalarında" (in the plains of Bafra and Çarşamba)
_PLURAL_SETTLEMENT_NOUNS |= frozenset(["nehirleri", "ırmakları", "çayları", "gölleri", "ovaları"])
_SETTLEMENT_NOUNS |= _PLURAL_SETTLEMENT_NOUNS
# Nouns only a name takes in the possessive ("Ulus ilçesinde"): a word opening the sentence before one
# is the name, however frequent, unless it is a determiner ("Her ilçesinde": in each of its districts).
_NAME_ONLY_NOUNS = frozenset(["ilçesi", "beldesi", *_PLURAL_SETTLEMENT_NOUNS])
_DETERMINERS = frozenset(["Bu", "Şu", "O", "Her", "Bir", "Hangi", "Tüm", "Bütün", "Diğer", "Aynı", "Kendi"])
# The noun with a case ending, after an apostrophe or joined ("Nehri'nin", "ilçesinde", "köyüne").
_COMMON_WORD = 4.0  # Zipf: a word this frequent opening a sentence is a word ("Bu", "Yeni")
# ...and the genitive after a vowel ("Gölü'nün yüzeyi": the lake's surface)
_NOUN_CASE = re.compile(r"(?:['’]?n?(?:de|da|den|dan|deki|daki|e|a|in|ın|i|ı|un|ün))?")


def _noun_before(word: str) -> str | None:
    """The noun a word is, with its case ending or without ("Deresi'nde" -> "deresi")."""
    lower = word.replace("I", "ı").replace("İ", "i").lower()
    for noun in (*_LANDFORM_NOUNS, *_SETTLEMENT_NOUNS):
        if lower.startswith(noun) and _NOUN_CASE.fullmatch(lower[len(noun) :]):
            return noun
    return None


def _plural_noun_after_the_list(doc: ActorDocument, position: int) -> str | None:
    """'Fethiye ve Dalaman ilçelerinde': the plural noun of settlements after the list the name opens."""
    tokens = doc.tokens
    k = position
    for _ in range(_LONGEST_LIST):
        if k + 2 >= len(tokens):
            return None
        if tokens[k + 1].text in _LIST_WORDS:
            k += 2
        elif _comma_after(doc, k):
            k += 1
        else:
            return None
        if not tokens[k].text[:1].isupper() or k + 1 >= len(tokens):
            return None
        noun = _noun_before(tokens[k + 1].text)
        if noun in _PLURAL_SETTLEMENT_NOUNS:
            return noun
        if _border_gate_after(doc, k) and tokens[k + 2].text.lower().startswith("kapıları"):
            return "kapısı"  # "Kapıkule ve Pazarkule sınır kapılarında": the border gates of both
    return None


def _border_gate_after(doc: ActorDocument, position: int) -> bool:
    """'Sarp Sınır Kapısı', 'Türkgözü sınır kapısından': "border" and "gate" after the name."""
    tokens = doc.tokens
    if position + 2 >= len(tokens) or not tokens[position + 1].joined:
        return False
    border, gate = (tokens[k].text.replace("I", "ı").replace("İ", "i").lower() for k in (position + 1, position + 2))
    return border == "sınır" and gate.startswith("kapı")


def _plural_subject(doc: ActorDocument, position: int) -> bool:
    """'Üreticiler, Tunca ve Arda nehirlerinin...': a plural noun opening the sentence before a comma is its
    subject, no item of the list after it (a town named in -ler, "Hacılar", is one the tables know)."""
    word = doc.tokens[position].text
    return (
        position in doc.sentence_first
        and _comma_after(doc, position)
        and word.lower().endswith(("ler", "lar"))
        and doc.gazetteer.lookup((doc.tokens[position].folded,)) is None
    )


def turkish_named_before_its_noun(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'Çoruh Nehri'nin' -> Çoruh Nehri, 'Çamlıhemşin ilçesinde' -> Çamlıhemşin: a capitalised name
    right before a noun of a landform or a settlement (not a person's: "Ahmet Dağı")."""
    from dossier.ingest.gazetteer import Place
    from dossier.ingest.names import is_given_name
    from dossier.ingest.other_language_common import place_candidate, word_frequency
    from dossier.model import ActorKind

    tokens = doc.tokens
    if language != "tr" or position + 1 >= len(tokens):
        return None
    if not tokens[position].joined and not _comma_after(doc, position):
        return None
    word, after = tokens[position].text, tokens[position + 1].text
    if not word.isalpha() or not word[:1].isupper() or word.isupper():
        return None
    before = tokens[position - 1] if position > 0 else None
    if before is not None and before.joined and before.text[:1].isupper() and is_given_name(before.folded):
        return None  # "Ahmet Çay": a person whose family name is a word of a landform
    noun = _noun_before(after) if tokens[position].joined else None
    if noun is None and _border_gate_after(doc, position) and not is_given_name(tokens[position].folded):
        noun = "kapısı"  # "Sarp Sınır Kapısı'nda": a border gate is named by its village
    if noun is None and not is_given_name(tokens[position].folded) and not _plural_subject(doc, position):
        noun = _plural_noun_after_the_list(doc, position)  # "Ahmet ve Ali köylerine": their villages
    if noun is None or (noun in _PLURAL_SETTLEMENT_NOUNS and is_given_name(tokens[position].folded)):
        return None
    if word in _DETERMINERS or (
        position in doc.sentence_first
        and noun not in _NAME_ONLY_NOUNS
        and word_frequency(word.lower(), language) >= _COMMON_WORD
    ):
        return None  # "Bu köyü": "this", capitalised as it opens the sentence
    if noun in _SETTLEMENT_NOUNS or noun == "kapısı":
        return place_candidate(position, position, word, Place(word, "place"), ActorKind.place)
    name = f"{word} {after[: len(noun)]}"
    return place_candidate(position, position + 1, name, Place(name, "place"), ActorKind.place)


# A village's name this frequent (Zipf) in Turkish is a word or a family name as often ("Pazar", "Kaya").
_VILLAGE_WORD = 4.0


def turkish_village(doc: ActorDocument, position: int, language: str) -> Candidate | None:
    """'Finike'de', 'Eceabat'tan', 'Kumluca ve Finike'de': a village or small town of Turkey that the tables
    of towns lack, in a case of place (its own, or its list's last item's), named by a rare word that is no
    person's name."""
    from dossier.ingest.gazetteer import Place
    from dossier.ingest.names import fold, is_given_name, is_surname
    from dossier.ingest.other_language_common import place_candidate, word_frequency
    from dossier.ingest.villages import village_names
    from dossier.model import ActorKind

    if language != "tr":
        return None
    tokens = doc.tokens
    word = tokens[position].text
    stem = apostrophe_stem(word, language) or word
    folded = fold(stem)
    if not stem.isalpha() or not stem[:1].isupper() or not stem[1:].islower() or folded not in village_names(language):
        return None
    if doc.gazetteer.lookup((folded,)) is not None or not turkish_place_case(doc, position, language):
        return None  # a town the tables hold is read by them
    if is_given_name(folded) or is_surname(folded) or folded in doc.given_surnames or folded in doc.lower_case:
        return None
    before = tokens[position - 1] if position > 0 else None
    if before is not None and before.joined and before.text[:1].isupper() and is_given_name(before.folded):
        return None  # "Ahmet Kumluca'ya": a person's family name
    if word_frequency(stem.lower(), language) >= _VILLAGE_WORD:
        return None
    return place_candidate(position, position, stem, Place(stem, "place"), ActorKind.place)
