"""Hungary's islands, lakes, ranges and lands named bare, as Hungarian names them.

An island, a lake, a range or a hill is named by a compound of a capitalised name and a landform's noun after a
hyphen, the noun taking the case ("a Szentendrei-szigetről", "a Velencei-tavon", "a Mátra-hegységben", "a
Gellért-hegyen"): the compound whole is the place. The historic and natural lands (ranges named by one word,
the plains, the Danube Bend) are a closed, well-known set the tables of towns lack: read with the article before
("a Pilis és a Börzsöny között") or with an ending of place ("a Dunakanyarban", "a Hortobágyon").
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.case_endings import HUNGARIAN

# A landform's noun after the hyphen -> the stems its cases start with ("tó", a lake: "tavon", "tóra").
_NOUNS: dict[str, tuple[str, ...]] = {
    "sziget": ("sziget",),
    "tó": ("tó", "tav"),
    "hegység": ("hegység",),
    "hegy": ("hegy",),
    "völgy": ("völgy",),
}
# The lands named by one word: ranges, plains and regions of Hungary (not the towns that share a name: Tokaj).
_LANDS = frozenset(
    [
        "Pilis",
        "Börzsöny",
        "Mátra",
        "Bükk",
        "Zemplén",
        "Bakony",
        "Mecsek",
        "Vértes",
        "Gerecse",
        "Cserhát",
        "Karancs",
        "Hortobágy",
        "Nyírség",
        "Őrség",
        "Göcsej",
        "Hanság",
        "Kiskunság",
        "Nagykunság",
        "Jászság",
        "Sárköz",
        "Ormánság",
        "Dunakanyar",
        "Alföld",
        "Dunántúl",
        "Tiszántúl",
        "Felvidék",
        "Kisalföld",
        "Mezőföld",
    ]
)
_ARTICLES = frozenset(["a", "az", "A", "Az"])
# the endings of place only ("in", "on", "from", "to"...): "a Bükköt" (the object) needs the article
_PLACE_ROWS = tuple(
    (ending, tail) for ending, tail in HUNGARIAN if not ending.endswith(("t", "nak", "nek", "al", "el"))
)


def hungarian_landform_at(doc: ActorDocument, position: int) -> tuple[int, str] | None:
    """The last token and the dictionary name of a landform or land whose name starts at `position`."""
    tokens = doc.tokens
    word = tokens[position].text
    if not word[:1].isupper() or not word.isalpha():
        return None
    if position + 1 < len(tokens) and doc.text[tokens[position].end : tokens[position + 1].start] == "-":
        noun = tokens[position + 1].text
        for name, stems in _NOUNS.items():
            if noun.startswith(stems) and noun.isalpha() and noun.islower():
                return position + 1, f"{word}-{name}"  # "a Szentendrei-szigetről": the island
        return None
    if position + 1 < len(tokens) and doc.text[tokens[position].end : tokens[position].end + 1] == "-":
        return None  # "Bükk-fennsík": a longer name
    if (
        position + 1 < len(tokens)
        and doc.text[tokens[position].end : tokens[position + 1].start] == " "
        and tokens[position + 1].text[:1].isupper()
    ):
        return None  # "a Mátra Erőmű": a longer name, a power plant's
    article = position > 0 and tokens[position - 1].text in _ARTICLES
    if word in _LANDS:
        return (position, word) if article else None  # "a Pilis és a Börzsöny között"
    for ending, tail in _PLACE_ROWS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: len(word) - len(ending)] + tail
            if stem in _LANDS:
                return position, stem  # "a Dunakanyarban", "Hortobágyon"
    return None
