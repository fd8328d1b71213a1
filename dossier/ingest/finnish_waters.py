"""Finland's rivers and lakes in Finnish text: "Kymijoen varrella", "Näsijärvellä", "Kallaveden rannalla",
"Saimaan rannalla", "Vuoksen yli".

Most are named by a compound whose last word says what they are, "-joki" (river), "-järvi" or "-vesi" (lake),
declined as the word is ("Kemijoella", "Oulujärveen", "Kallavedellä"): the shape names the water, and the draft takes
its dictionary form. A few of the largest have no such word (Saimaa, Päijänne, Vuoksi...): a short closed list,
read in any case.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.names import fold, is_given_name

# The last word of a water's compound, each of its forms (as the cases write them) -> its dictionary form.
_HEADS = {
    form: head
    for head, forms in (
        ("joki", "joki joen joella joelle joelta joessa joesta jokeen jokea joelle jokivarressa"),
        ("järvi", "järvi järven järvellä järvelle järveltä järvessä järvestä järveen järveä"),
        ("vesi", "vesi veden vedellä vedelle vedeltä vedessä vedestä veteen vettä"),
    )
    for form in forms.split()
}
_SHORTEST_FIRST_PART = 3  # "Kemi-", "Oulu-", "Näsi-"; "Joki" or "Vesi" alone is the word or a family name
# The largest waters named by no such word, and their forms (each name's stem before the case ending).
_BARE = {"Saimaa": "Saimaa", "Päijänne": "Päijäntee", "Pielinen": "Pielise", "Vuoksi": "Vuokse"}
_BARE_ENDINGS = ("", "n", "lla", "llä", "lle", "lta", "ltä", "ssa", "ssä", "sta", "stä", "a", "ä", "en", "an", "seen")


def finnish_water_at(doc: ActorDocument, position: int) -> tuple[int, str] | None:
    """The last token and the name of a Finnish river or lake written (declined) at `position`, or None."""
    word = doc.tokens[position].text
    if not word[:1].isupper() or not word[1:].islower() or not word.isalpha():
        return None
    lowered = word.lower()
    name = next(
        (
            word[: len(word) - len(form)] + head
            for form, head in _HEADS.items()
            if lowered.endswith(form) and len(word) - len(form) >= _SHORTEST_FIRST_PART
        ),
        None,
    )
    name = name or next(
        (
            name
            for name, stem in _BARE.items()
            if word == name or (word.startswith(stem) and word[len(stem) :] in _BARE_ENDINGS)
        ),
        None,
    )
    if name is None or _family_name(doc, position, name) or doc.gazetteer.lookup((fold(name),)) is not None:
        return None  # (a town so named, "Seinäjoella", is the gazetteer's to read)
    return position, name


def _family_name(doc: ActorDocument, position: int, name: str) -> bool:
    """'Matti Kivijärvi', 'Kivijärven mukaan': many Finnish family names are a lake's or a river's; one the page
    writes after a given name, or this word after a given name or a capitalised word, is the person."""
    before = doc.tokens[position - 1] if position > 0 else None
    after_a_name = (
        before is not None and before.joined and before.text[:1].isupper() and position - 1 not in doc.sentence_first
    )
    return fold(name) in doc.given_surnames or after_a_name or (before is not None and is_given_name(before.folded))
