"""Peoples with no state named after them, as reports on conflicts name them: "a Hutu armed group", "the
Bosnian Serb leader", "Druze elders".

The gazetteer knows a state's people by its demonym ("Rwandan", "Serbian"); a people that is no state's
("Hutu", "Tutsi", "Serb", "Pashtun") is a word nothing else explains, and a lone capitalised word is
otherwise kept as a name of no kind. re3d marks peoples as nationalities, so a draft that is only one of
these words (or its plural) is filed as a people, the way "the Serbs" is from Serbia. A well-kept list of
world knowledge, like the gazetteer's demonyms; words that are also given names or surnames ("Karen",
"Chin", "Shan", "Luo") are left out.
"""

from __future__ import annotations

from dossier.ingest.names import word_set

PEOPLES = word_set(
    """
    hutu tutsi banyamulenge serb croat bosniak pashtun hazara baloch baluch uzbek tajik turkmen
    kurd kurdish yazidi druze alawite bedouin berber amazigh tuareg fulani peul hausa igbo yoruba kanuri zarma
    songhai wolof mandinka bambara dogon masalit zaghawa beja nuba dinka nuer shilluk murle amhara
    oromo tigrayan afar somali isaaq hawiye darod kikuyu kalenjin maasai turkana pokot acholi karamojong
    rohingya rakhine kachin karenni uyghur uighur tibetan hmong tausug maranao maguindanaon malay
    chechen ingush avar dagestani circassian abkhaz ossetian tatar bashkir gagauz
    sinhalese tamil sindhi punjabi mohajir sahrawi copt assyrian chaldean mandaean turkoman palestinian
    arab
    """
)


# The nouns after a name that make it a people's, whatever town shares the name: "the Moro people", "the Lumad
# tribes", "the Quistel clan".
PEOPLES_GROUP_NOUNS = word_set("people peoples tribe tribes clan clans")

# How a draft filed as one of these peoples is found (a list's other names may follow it: `coordinated_kinds`).
PEOPLE_FOUND_BY = "a people no state is named after"


def is_people(word: str) -> bool:
    """Whether a folded word is one of these peoples, their plural ("Serbs", "Yazidis") or their "-ish"
    adjective ("Kurdish")."""
    return (
        word in PEOPLES
        or (word.endswith("s") and word[:-1] in PEOPLES)
        or (word.endswith("ish") and word[:-3] in PEOPLES)
    )
