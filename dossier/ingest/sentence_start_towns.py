"""A town of the language's own country opening a sentence as its subject, on a page that reports no
match: "Schorndorf lehnt eine Beteiligung ab", "Wiehl verliert zum Sommer seine Realschule",
"Waiblingen und Winnenden haben ihre Bäder abgegeben".

German capitalises every noun, and a sports page names a club by its town ("Sandhausen verliert das
Derby"), so a town's name opening a sentence had no cue and was dropped. No word's frequency tells a
club's town from a council's (Sandhausen and Lüdenscheid are as rare); the page does: a match report
writes of matchdays, tables, coaches and leagues. On a page with none of those words a rare word that
names a home town, followed by a verb or by "und" and the next item, is the town; so are the items of
a list of home towns opening a sentence ("Londrina, Maringá e Cascavel concentram …").
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import Place
from dossier.ingest.other_language_common import (
    HOME_COUNTRIES,
    HOME_TOWN,
    RARE_WORD,
    RARER_WORD,
    small_home_town,
    word_frequency,
    words_by_language,
)
from dossier.ingest.place_prepositions import word_places

# Words of a match report, none of them a council's or a court's ("Niederlage", "Sieg" and "Tor" are
# also an election's defeat, a river and a gate, so not these).
_SPORTS_PAGE_WORDS: dict[str, frozenset[str]] = words_by_language(
    {
        "de": "spieltag spieltags tabelle tabellenplatz tabellenführer trainer cheftrainer liga bundesliga"
        " regionalliga oberliga verbandsliga landesliga kreisliga zweitligist drittligist abstieg aufstieg"
        " halbzeit elfmeter torwart stürmer schiedsrichter anpfiff derby heimspiel auswärtsspiel torschütze"
        " tore verlängerung playoffs meisterschaft pokal"
        # the whistle, the penalty, the table's top and bottom, a home or an away result
        " abpfiff schlusspfiff strafstoß tabellenspitze tabellenletzter tabellenkeller relegationsplatz"
        " abstiegsplatz abstiegsplätze abstiegsplätzen heimsieg auswärtssieg heimniederlage auswärtsniederlage",
        # a Portuguese or Brazilian match report ("partida", "empate", "liga" are a departure, an election's
        # tie and a league of anything too)
        "pt": "rodada jornada campeonato brasileirão treinador goleiro guarda-redes zagueiro atacante avançado"
        " árbitro golo golos gol gols pênalti penálti torcida torcedores",
    }
)
_AND: dict[str, frozenset[str]] = words_by_language({"de": "und oder sowie"})
# ...and the last "and" of a longer list, read in Portuguese too: two towns opening a Portuguese sentence
# may be two listed firms ("Toledo e Piracaia caem no pregão"), three or more across commas are towns.
_LIST_AND: dict[str, frozenset[str]] = words_by_language({"de": "und oder sowie", "pt": "e ou"})


def home_town_opening_a_sentence(doc: ActorDocument, place: Place, position: int, language: str) -> bool:
    """The one word at `position`, opening a sentence, names a home town of some size by a rare word,
    a verb or "and" follows it, and the page is no sports report."""
    tokens = doc.tokens
    if language in _SPORTS_PAGE_WORDS and position not in doc.sentence_first:
        # "Londrina, Maringá e Cascavel concentram …": a later item of such a list, read with its head
        head = _head_of_an_opening_list(doc, position, language)
        return (
            head is not None
            and place.kind == "place"
            and place.country in HOME_COUNTRIES.get(language, frozenset())
            and any(
                home_town_opening_a_sentence(doc, first, head, language) for first in word_places(doc, head, language)
            )
        )
    if language not in _SPORTS_PAGE_WORDS or position + 1 >= len(tokens):
        return False
    if place.kind != "place" or place.country not in HOME_COUNTRIES.get(language, frozenset()):
        return False
    token, after = tokens[position], tokens[position + 1]
    listed = doc.text[token.end : after.start] == ", "
    if place.population < small_home_town(language) or not token.text[1:].islower() or not (token.joined or listed):
        return False
    # a town of some size is named as often as its news makes it ("Bielefeld" 4.4, "Weimar" 4.1); "Essen ist
    # fertig" is a word
    ceiling = RARE_WORD if place.population >= HOME_TOWN else RARER_WORD
    if word_frequency(token.text.lower(), language) >= ceiling:
        return False
    if listed:
        # "Londrina, Maringá e Cascavel concentram …": a list of home towns, then a word in lower case
        return _list_of_home_towns(doc, position, language) and not match_report(doc, language)
    if not after.text.isalpha() or not after.text.islower():
        return False
    if after.text in _AND.get(language, frozenset()):
        if not _home_town_partner(doc, position + 2, language):
            return False  # "Löhne und Gehälter sind …", "Weiden und Almen": nouns, listed with a noun
    elif not _verb_or_adverb(after.text, language):
        return False  # "Weiden voller Kühe": pastures, an adjective after them
    return not match_report(doc, language)


def match_report(doc: ActorDocument, language: str) -> bool:
    """The page writes of matchdays, tables, coaches or leagues: it names clubs by their towns."""
    sports = _SPORTS_PAGE_WORDS.get(language)
    return sports is not None and any(token.text.lower() in sports for token in doc.tokens)


# A page with this many distinct words of a match report is about the game throughout ("Köln", "München und
# Dortmund" alone are clubs there); one such word may be a court's "Derby" or a firm's "Trainer".
_MATCH_PAGE_WORDS = 3


def about_matches(doc: ActorDocument, language: str) -> bool:
    sports = _SPORTS_PAGE_WORDS.get(language)
    return sports is not None and len({token.text.lower() for token in doc.tokens} & sports) >= _MATCH_PAGE_WORDS


# The finite verb after a singular subject ends so ("lehnt", "zeigt", "hatte", "plante"), or is one of
# these; or an adverb stands between ("Murrhardt dagegen zeigt sich offen").
_VERB_ENDINGS: dict[str, tuple[str, ...]] = {"de": ("t", "te")}
_VERBS_AND_ADVERBS: dict[str, frozenset[str]] = words_by_language(
    {
        "de": "will muss kann soll darf mag war wurde dagegen hingegen indes jedoch aber also dann nun selbst auch"
        " ebenfalls wiederum bereits schon hingegen allein"
    }
)


def _verb_or_adverb(word: str, language: str) -> bool:
    return word.endswith(_VERB_ENDINGS.get(language, ("\0",))) or word in _VERBS_AND_ADVERBS.get(language, ())


def _home_town_partner(doc: ActorDocument, position: int, language: str) -> bool:
    """The word at `position` is one more home town, its run ending there ("Waiblingen und Winnenden
    haben"; not "Salzgitter und Hannover Rück", two firms)."""
    tokens = doc.tokens
    if position >= len(tokens) or not tokens[position].text[:1].isupper():
        return False
    if tokens[position].joined and position + 1 < len(tokens) and tokens[position + 1].text[:1].isupper():
        return False
    home = HOME_COUNTRIES.get(language, frozenset())
    return word_frequency(tokens[position].text.lower(), language) < RARER_WORD and any(
        place.country in home and place.population >= small_home_town(language)
        for place in word_places(doc, position, language)
    )


def _list_of_home_towns(doc: ActorDocument, position: int, language: str) -> bool:
    """The words after the first, across ", " and a last "and", are home towns too, and a word in lower
    case goes on after the last ("Waiblingen, Winnenden und Fellbach haben …")."""
    tokens = doc.tokens
    k = position
    for _ in range(_LONGEST_OPENING_LIST):
        gap = doc.text[tokens[k].end : tokens[k + 1].start] if k + 1 < len(tokens) else ""
        if gap == ", ":
            k += 1
        elif gap == " " and tokens[k + 1].text in _LIST_AND.get(language, frozenset()) and k > position:
            k += 2
            if not _home_town_partner(doc, k, language):
                return False
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            return after is not None and after.text.isalpha() and after.text.islower()
        else:
            return False
        if not _home_town_partner(doc, k, language):
            return False
    return False


_LONGEST_OPENING_LIST = 5


def _head_of_an_opening_list(doc: ActorDocument, position: int, language: str) -> int | None:
    """The first item of the list of capitalised words that `position` closes or goes on, when that
    item opens its sentence."""
    tokens = doc.tokens
    k = position
    for _ in range(_LONGEST_OPENING_LIST):
        if k >= 2 and tokens[k - 1].text in _LIST_AND.get(language, frozenset()) and tokens[k - 1].joined:
            k -= 2
        elif k >= 1 and doc.text[tokens[k - 1].end : tokens[k].start] == ", ":
            k -= 1
        else:
            return None
        if not tokens[k].text[:1].isupper():
            return None
        if k in doc.sentence_first:
            return k
    return None
