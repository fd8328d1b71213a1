"""Drafts for the people who wrote a web page and the outlet that published it.

A news page names its reporter in a byline and its outlet in its metadata (`og:site_name`), but the
text extraction keeps only the article, so neither is ever found in the text. (A Markdown file's front
matter is the analyst's own note: it makes no drafts.) The page's `author` field reads like "Harriet
Vane; Fact checked by Ben Drury", "Crime reporter Ann Holt · Tuesday" or "JANE OKORO · December 2":
its parts are split apart, labels ending in "by" and job titles in front of a name are dropped, and a
part is a person only when what is left is two to four name-like words (no date, no job, no everyday
word such as "Staff" or "News"); a part that is a city the gazetteer knows is where the story was filed.
The outlet is a draft of kind media (organization when its name ends
in a body's head word other than a paper's or a body's own word, as a club's, a council's or a
mission's own page). Neither is drafted
when the text or the workspace already names it; each draft says where it came from, since it has no
mention to quote.
"""

from __future__ import annotations

import re

from dossier.ingest.common_words import zipf
from dossier.ingest.cues import (
    HEAD_WORD,
    KNOWN_MEDIA,
    LEGAL_ENDINGS,
    MONTHS_AND_DAYS,
    NAME_PARTICLES,
    NAME_WORD,
    TRADES_AFTER_A_NAME,
)
from dossier.ingest.footer_publisher import firm_stem
from dossier.ingest.gazetteer import gazetteer
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.mentions import ActorIndex
from dossier.ingest.name_bounds import LOWER_CASE_PARTICLES_INSIDE
from dossier.ingest.name_words import head_at, is_title
from dossier.ingest.names import (
    claim_id,
    fold,
    fold_phrase,
    is_chinese_surname,
    is_given_name,
    is_surname,
    slug,
    word_set,
)
from dossier.model import ActorKind

# Between the parts of a byline: "Ann Holt; Staff Writer", "Ann Holt · Tuesday", "Ann Holt | Leeds".
_PARTS = re.compile(r"\s*(?:[;|·•/,]|\band\b|&)\s*")
# A label before the name: "Reporting by", "Fact checked by", "Photos By", "Words:"; a wire's source named without
# a colon: "Source PA News", "Via Tarnwire".
_LABEL = re.compile(r"^.*\bby\s+|^[^:]*:\s*|^(?:source|sources|via)\s+(?=[A-Z])", re.IGNORECASE)
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?$")
_MIN_WORDS, _MAX_WORDS = 2, 4
# A word this frequent that is no given name or surname ("Staff", "Banking", "News") is no name.
_EVERYDAY_WORD = 4.0
_MAX_OUTLET_WORDS = 6
_MAX_BODY_SITE_WORDS = 8  # a body's own site, its head word last: "Devon and Somerset Fire and Rescue Service"
_LEGAL_FORM = re.compile(r",? (?:Inc\.?|LLC|Ltd\.?|Limited|plc|PLC)$")
_OUTLET_GLUE = frozenset(("of", "and", "&", "the", "on", "de"))
_CONFIDENCE = 0.8
_MAX_PLACE_WORDS = 3
# A paper's or a broadcaster's word in the languages of outlets that file in English too ("Deutsche
# Welle", "Agence France-Presse", "Radio Télévision Suisse"): beside the English heads of `HEAD_WORD`.
_MEDIA_WORDS = word_set(
    "rundfunk welle fernsehen zeitung presse nachrichten agence agencia agenzia noticias "
    "television televisao radiodiffusion omroep "
    # a news agency for a field of reporting: "Ann Holt, Local Democracy Reporting Service"
    "reporting"
)
# Wires credited by their letters or one word alone after the reporter: "Ann Holt | AAP", "By Ann Holt, PA",
# "Ann Holt and Tom Reid | Reuters".
_WIRE_CREDITS = KNOWN_MEDIA | word_set("aap pa upi pti ani ians")
_FOOTER = "the page's footer"
_CAPTION = "a picture's caption"
_FILED_FROM_SIZE = 100_000  # "Ore" is a village as well as a word: only a city is where a story is filed


def byline_persons(author: str | None) -> list[str]:
    """The persons a page's `author` field names, in order, title-cased when written in capitals."""
    names: list[str] = []
    for part in _PARTS.split(author or ""):
        part = _AT_THE_VENUE.sub("", _LABEL.sub("", part.strip()))
        name = None if _outlet_in(part) else _person_in(part)
        if name and name not in names:
            names.append(name)
    return names


def byline_outlets(author: str | None) -> list[str]:
    """The outlets a page's `author` field names beside its reporters ("Ann Holt, Valley Herald", "Staff and
    The Canadian Press", "Ann Holt, Deutsche Welle"): a part of capitalised words with a paper's or a
    broadcaster's word in it."""
    outlets: list[str] = []
    for part in _PARTS.split(author or ""):
        name = _outlet_in(_LABEL.sub("", part.strip()))
        if name and name not in outlets:
            outlets.append(name)
    return outlets


def _outlet_in(part: str) -> str | None:
    words = part.split()
    while len(words) > 1 and fold(words[-1]) in MONTHS_AND_DAYS:
        words.pop()  # "Local Democracy Reporting Service Wednesday": the day the story ran, after the outlet
    part = " ".join(words)
    if len(words) == 1 and fold(part) in _WIRE_CREDITS and part[:1].isupper():
        return part
    if not words or len(words) > _MAX_OUTLET_WORDS or part.isupper():
        return None
    if not all(word[:1].isupper() or word in _OUTLET_GLUE for word in words) or not words[0][:1].isupper():
        return None
    if not any(fold(word) in _MEDIA_WORDS or _media_head(fold(word)) for word in words):
        return None
    if any(is_title(fold(word)) for word in words):
        return None  # "News Editor", "Daily Mail Reporter": a job on the outlet, no outlet's name
    return part


def _media_head(folded: str) -> bool:
    cue = HEAD_WORD.get(folded)
    return cue is not None and cue.kind is ActorKind.media


def byline_places(author: str | None) -> list[str]:
    """The towns a page's `author` field names as a part of their own, where the story was filed ("Ann Holt;
    Mumbai; Updated"): a city the gazetteer knows, of some size, or a state."""
    places: list[str] = []
    for part in _PARTS.split(author or ""):
        words = part.split()
        if not 1 <= len(words) <= _MAX_PLACE_WORDS or not all(word[:1].isupper() for word in words):
            continue
        folded = tuple(fold(word) for word in words)
        place = gazetteer().lookup(folded)
        # The place's own name, not a spelling the gazetteer also maps to it ("Ore" for Orléans).
        if place is None or fold_phrase(place.name) != folded:
            continue
        if place.kind == "state" or place.population >= _FILED_FROM_SIZE:
            name = " ".join(words)
            if name not in places:
                places.append(name)
    return places


def _person_in(part: str) -> str | None:
    words = part.split()
    if not part.isupper() and len(words) >= 2 and len(words[0]) >= 2 and words[0].isalpha() and words[0].isupper():
        return None  # "NQB Townsville", "ABC Hobart": an outlet's letters and its newsroom's town, no one's name
    if part.isupper():
        words = [_name_case(word) for word in words]
    # Job words in front of the name: "Crime reporter Ann Holt", "Local Democracy Reporter Ann Holt", "Dr Ann Holt".
    while (
        words
        and len(words[0]) > 1
        and (_job_or_everyday(words[0]) or words[0][:1].islower())
        and not _chinese_name(words)
    ):
        words = words[1:]
    words = _without_beat(words)
    # A date after the name, with no mark between: "Ann Holt December 3" (a month written in full, then its day).
    if len(words) > 2 and words[-1].isdigit() and len(words[-2]) > 3 and fold(words[-2]) in MONTHS_AND_DAYS:
        words = words[:-1]
    # A day after the name, with no mark between: "Ann Holt Tuesday", "Ann Holt Jun".
    while words and fold(words[-1]) in MONTHS_AND_DAYS:
        words = words[:-1]
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS or not all(
        _name_like(word)
        or (k == 1 == len(words) - 1 and _family_name_of_a_common_word(words))
        or (
            0 < k < len(words) - 1
            and (_month_inside_name(word) or word in _ARTICLES_INSIDE_NAMES or fold(word) in _GAELIC_PARTICLES)
        )
        or (k == 0 and _chinese_name(words))
        for k, word in enumerate(words)
    ):
        return None
    if len(words[-1].rstrip(".")) == 1:
        return None  # "Holt J." or "J. K.": initials end no name written in full
    folded = tuple(fold(word) for word in words)
    places = gazetteer()
    if places.lookup(folded) is not None or any(_names_a_state(piece) for word in folded for piece in word.split("-")):
        return None  # "Cape Town", "Agence France-Presse"
    return " ".join(words)


# A Māori article inside a name, before the family name it opens: "Huia Te Rangi-Whaanga" (a common word
# elsewhere, so read only between two words of the name).
_ARTICLES_INSIDE_NAMES = frozenset(("Te",))
# "son of" and "daughter of" in Irish and Scots Gaelic family names: "Eoghan Mac Conmara" ("Mac" is a word too).
_GAELIC_PARTICLES = word_set("mac mc nic ni")
# Where the reporter watched from, after the name: "Ann Holt at Quellfield Park".
_AT_THE_VENUE = re.compile(r"\s+at\s+[A-Z].*$")


# A reporter's post in lower case after the name with no mark between (a line break the page's author field
# lost): "Ann Holt South Caucasus correspondent", "Ann Holt Political editor", "Ann Holt Senior reporter".
_BEAT_NOUNS = word_set("correspondent editor reporter writer columnist analyst presenter producer")
_COMPASS_WORDS = word_set("north south east west northern southern eastern western central middle far")


def _without_beat(words: list[str]) -> list[str]:
    """The words of the name without a post after it: the post's noun, and the beat's capitalised words
    before it (a region the gazetteer knows, a compass word, a job's or an everyday word)."""
    if len(words) < 3 or not words[-1].islower() or fold(words[-1]) not in _BEAT_NOUNS:
        return words
    words = words[:-1]
    while len(words) > _MIN_WORDS:
        if len(words) > _MIN_WORDS + 1 and gazetteer().lookup(tuple(fold(word) for word in words[-2:])) is not None:
            words = words[:-2]  # "Middle East", "South Caucasus"
        elif (
            gazetteer().lookup((fold(words[-1]),)) is not None
            or fold(words[-1]) in _COMPASS_WORDS
            or _job_or_everyday(words[-1])
        ):
            words = words[:-1]
        else:
            break
    return words


_CAPITAL_AFTER = re.compile(r"(?:^|(?<=-)|(?<=^\w['’]))\w")


def _name_case(word: str) -> str:
    """'KIPRONO-LANGAT' gives 'Kiprono-Langat', "O'BRIEN" "O'Brien", but "NDUNG'U" "Ndung'u": after an apostrophe
    only a one-letter prefix keeps the capital ("str.title" wrote "Ndung'U")."""
    return _CAPITAL_AFTER.sub(lambda letter: letter.group().upper(), word.lower())


# A Chinese given name's syllable is this short: "Mei", "Yee", "Jun", "Hao".
_SYLLABLE_LETTERS = 4


def _chinese_name(words: list[str]) -> bool:
    """'Chin Mei Yee', 'Long Wei Ming': a Chinese family name that is an English word too, then two short
    syllables, is the whole name (the word is no job or everyday word before it)."""
    return (
        len(words) == 3
        and is_chinese_surname(fold(words[0]))
        and not is_title(fold(words[0]))
        and all(len(word) <= _SYLLABLE_LETTERS and word.istitle() for word in words[1:])
    )


def _month_inside_name(word: str) -> bool:
    """'Jun' of 'Goh Jun Hao', 'May' of 'Lim May Ling': a month's or a day's short name between two words
    of a name is a syllable of a Chinese given name, no date (a date ends the byline, or stands apart)."""
    return fold(word) in MONTHS_AND_DAYS and word.istitle() and len(word) <= 3


def _names_a_state(folded: str) -> bool:
    place = gazetteer().lookup((folded,))
    return (place is not None and place.kind == "state") or bool(gazetteer().country_of_demonym(folded))


def _job_or_everyday(word: str) -> bool:
    folded = fold(word)
    return is_title(folded) or (zipf(folded) >= _EVERYDAY_WORD and not (is_given_name(folded) or is_surname(folded)))


def _family_name_of_a_common_word(words: list[str]) -> bool:
    """'Gordon Settle', 'Helen Street': a given name that is no everyday word, then a family name that is one (no
    title, no day: "Ann Reporter", "Ann Tuesday" stay out)."""
    first, last = fold(words[0]), fold(words[1])
    return (
        is_given_name(first)
        and not _job_or_everyday(words[0])
        and words[1][:1].isupper()
        and words[1].isalpha()
        and not is_title(last)
        and last not in MONTHS_AND_DAYS
    )


def _name_like(word: str) -> bool:
    folded = fold(word)
    if (
        folded in NAME_PARTICLES
        or word in LOWER_CASE_PARTICLES_INSIDE
        or (len(word.rstrip(".")) == 1 and word[:1].isupper())
    ):
        return True  # "van", "bin", "ole"; an initial, or the Irish "Ó"
    return (
        bool(_NAME_WORD.match(word))
        and word[:1].isupper()
        and (folded not in MONTHS_AND_DAYS or is_given_name(folded))
        and not _job_or_everyday(word)
    )


# Labels of a domain's second level ("GOV.UK", "GOV.IE" name the site by the whole domain, not by "GOV").
_DOMAIN_LABELS = word_set("gov co com org net ac edu mil")
# A site name written as its domain in capitals: the name before the top-level labels.
_CAPITALS_DOMAIN = re.compile(r"([A-Z][A-Z0-9-]+)(?:\.[A-Z]{2,6}){1,2}")


def outlet_name(publisher: str | None) -> str | None:
    """The outlet's name as the page states it, or None when the field holds no name (a domain, a headline)."""
    # "Tarnby Foundation, Inc.": the body the text names without its legal form.
    name = _LEGAL_FORM.sub("", " ".join((publisher or "").split()))
    domain = _CAPITALS_DOMAIN.fullmatch(name)
    if domain is not None and fold(domain[1]) not in _DOMAIN_LABELS:
        name = domain[1]  # "DW.COM", "TARNBYNEWS.CO.UK": the outlet's name is the domain's first label
    words = name.split()
    # (a public body's own site may take more words: "Devon and Somerset Fire and Rescue Service")
    body = bool(words) and (cue := NAME_WORD.get(fold(words[-1]))) is not None and cue.kind is ActorKind.organization
    longest = _MAX_BODY_SITE_WORDS if body else _MAX_OUTLET_WORDS
    if not words or len(words) > longest or "://" in name or re.search(r"\w\.[a-z]{2,}\b", name):
        return None
    if any(word[:1].islower() and word not in _OUTLET_GLUE for word in words) or not name[:1].isupper():
        return None
    return name


# A body's own word last in a site's name: the body's own site ("Border Monitoring Mission", "Caktus Group",
# "Wikimedia Foundation"); not "Nation" or "Network", which news sites are named by too ("Courtside Nation").
_BODY_SITE_WORDS = word_set(
    "mission institute institution foundation centre center council commission ministry agency committee society "
    "association federation trust group "
    # a co-operative's own site, named by its members: "Pennine Farmers", "Vale Growers"
    "farmers growers "
    # a union's own site: "Transport and Storage Workers' Union"
    "union "
    # a heritage railway's own site: "Ure Valley Railway" (a magazine takes the plural: "Modern Railways")
    "railway "
    # a charity's own site, named by its work: "Hollins Vale Animal Rescue", "Brambles Hospice"
    "rescue sanctuary hospice charity "
    # a diving club's own site, named by its members: "Tamar Divers"
    "divers "
    # a school's, a college's, a university's, a museum's or a library's own site: "St Aidan's CE Primary School"
    "school college university museum library"
)
# ...of them, institutions a trust or a group runs, still the institution's own site ("St Aidan's CE Primary School,
# part of the Durham and Newcastle Diocesan Learning Trust").
_INSTITUTION_SITE_WORDS = word_set("school college university museum library")
# A fire, rescue or ambulance service's and a police force's own site ("BBC World Service" stays an outlet).
_EMERGENCY_SERVICES = frozenset((("rescue", "service"), ("ambulance", "service"), ("fire", "service")))
_FORCE_SITE_WORDS = word_set("police constabulary")
# A firm's press pages, named by the firm and the room: "Kernow Air Newsroom" is the airline's own site.
_PRESS_ROOM = re.compile(
    r"\s+(?:Newsroom|News ?room|Press [Oo]ffice|Press [Rr]oom|Media [Cc]ent(?:re|er)|Media [Rr]oom)$"
)


# An elected member's letters after the name of a site: "Helen Varnwood MP", "Tam Quell MSP" (the member's own site).
_MEMBERS_LETTERS = word_set("mp msp ms mla mpp mha mna mep am td")


def _members_own_site(outlet: str | None) -> str | None:
    """The member's name when the site is named by a person's name and the letters of a seat ("Helen Varnwood MP":
    the member's own site, which speaks for her, no outlet), or None."""
    words = (outlet or "").split()
    if not 3 <= len(words) <= 4 or not words[-1].isupper() or fold(words[-1]) not in _MEMBERS_LETTERS:
        return None
    return " ".join(words[:-1]) if is_given_name(fold(words[0])) else None


def _outlet_kind(words: tuple[str, ...]) -> ActorKind:
    """Media, unless the name ends in a body's head word other than a paper's ("Tarnby Hockey Club") or in
    a body's own word ("Border Monitoring Mission", "Varnby Policy Institute": a mission's or an institute's
    own site)."""
    head = head_at(words)
    # (a body's word before "of" heads "Department of Culture and Media": a body too)
    row = HEAD_WORD.get(words[head]) or NAME_WORD.get(words[head]) if head is not None else None
    if row is not None and row.kind is ActorKind.organization:
        return ActorKind.organization
    if head is None and words and words[-1] in _BODY_SITE_WORDS:
        return ActorKind.organization
    if words[-2:] in _EMERGENCY_SERVICES or (words and words[-1] in _FORCE_SITE_WORDS):
        return ActorKind.organization  # "Devon and Somerset Fire and Rescue Service": a public service's own site
    if len(words) >= 2 and words[-1] in LEGAL_ENDINGS:
        return ActorKind.organization  # "Corve Street Wine Co.": a firm's own shop, by its legal form
    if len(words) >= 3 and words[-2:] in TRADES_AFTER_A_NAME:
        return ActorKind.organization  # "Tarnwell Estate Agents": a firm's own site, named by its trade
    opening = NAME_WORD.get(words[0]) if len(words) >= 3 and words[1] == "of" else None
    if opening is not None and opening.kind is ActorKind.organization:
        return ActorKind.organization  # "Diocese of Tarnby", "Ministry of Health": a body's own site
    return ActorKind.media


def _outlet_run_in(author: str | None, outlet: str | None) -> str | None:
    """'By Ann Holt The Tarnby Herald LEEDS (The Tarnby Herald)': a wire-style byline runs the site's own name
    and the dateline into the reporter's name with no mark between; the site's name parts them, so that the
    person and the town are read apart (and the whole line is no outlet's name)."""
    if not author or not outlet:
        return author
    own = re.escape(re.sub(r"^The ", "", outlet))
    parted = re.sub(rf"\(?(?:\bThe )?\b{own}\b\)?", " | ", author)
    if parted == author:
        return author
    # (what is left of "Kulu Media News Desk" is the outlet's desk, no one's name: everyday words alone)
    parts = [part.strip() for part in parted.split("|")]
    kept = [
        part
        for part in parts
        if part
        and (
            not all(_job_or_everyday(word) for word in part.split())
            or gazetteer().lookup(tuple(fold(word) for word in part.split())) is not None  # "LEEDS": the dateline
        )
    ]
    return " | ".join(kept) if kept else author


def _owner_of_its_own_name(outlet: str, owner: str) -> bool:
    """'Tarnby Hockey Club' owned by 'Tarnby Hockey Club Ltd': a body's own site, its footer names the body
    again; an owner of another name ("Varn Journalism Foundation") publishes the site as an outlet."""
    return fold_phrase(outlet)[:1] == fold_phrase(owner)[:1]


def _firm_named_as_a_person(drafted: dict[tuple[str, ...], ActorDraft], owner: str) -> bool:
    """'Pryce Varn is a member of ...' on the site of 'Pryce Varn Ltd': the text names the footer's firm without its
    legal form, a firm named after a person; that draft is the firm (and takes its full name as another); whether
    it was so."""
    stem = firm_stem(owner)
    draft = drafted.get(fold_phrase(stem)) if stem else None
    if draft is None or draft.kind is not ActorKind.person:
        return False
    draft.kind = ActorKind.organization
    draft.found_by = f"the firm the page's footer names with its legal form ('{owner}')"
    draft.aliases.append(owner)
    return True


def _named_in_full(surname_draft: ActorDraft | None, name: str) -> bool:
    """Gives the person the text names by a family name alone the whole name a caption shows ("Ann Holt" for
    "Mr Holt"); whether it did."""
    if surname_draft is None or surname_draft.kind is not ActorKind.person or len(name.split()) < 2:
        return False
    surname_draft.aliases.append(surname_draft.name)
    surname_draft.name = name
    return True


def byline_drafts(
    author: str | None,
    publisher: str | None,
    drafts: list[ActorDraft],
    index: ActorIndex,
    rejected: frozenset[tuple[str, ...]],
    taken: set[str],
    owner: str | None = None,
    photographers: tuple[str, ...] = (),
    pictured: tuple[str, ...] = (),
    addresses: tuple[tuple[str, ActorKind], ...] = (),
    related: tuple[tuple[str, ActorKind], ...] = (),
    credited: tuple[tuple[str, ActorKind], ...] = (),
) -> list[ActorDraft]:
    """New drafts for the byline's persons, the photographers the captions credit and the persons they show, the
    outlet and the firm the footer names as its publisher (`owner`); an outlet already drafted from the text as
    `other` ("Read more in the Varn Herald") becomes media; a person the text names by the family name alone takes
    the caption's whole name ("Mr Holt" is the pictured "Ann Holt")."""
    drafted = {fold_phrase(spelling): draft for draft in drafts for spelling in (draft.name, *draft.aliases)}
    found: list[ActorDraft] = []
    outlet = outlet_name(publisher)
    # "Statement from Corriwell Parcels": a body's own site signs its page with its name, no person's
    site_key = fold_phrase(outlet) if outlet else None
    author = _outlet_run_in(author, outlet)
    wanted = [(name, ActorKind.person, "the page's byline") for name in byline_persons(author)]
    wanted = [entry for entry in wanted if fold_phrase(entry[0]) != site_key]
    wanted += [(name, ActorKind.person, "the page's photo credit") for name in photographers]
    wanted += [(name, ActorKind.person, _CAPTION) for name in pictured]
    wanted += [(name, ActorKind.place, "the page's byline") for name in byline_places(author)]
    wanted += [(name, ActorKind.media, "the page's byline") for name in byline_outlets(author)]
    own_press = bool(outlet and _PRESS_ROOM.search(outlet))
    if outlet and own_press:
        outlet = _PRESS_ROOM.sub("", outlet)
    member = _members_own_site(outlet)
    if member is not None:
        wanted.append((member, ActorKind.person, "the page's site name"))
        outlet = None
    if outlet:
        kind = ActorKind.organization if own_press else _outlet_kind(fold_phrase(outlet))
        institution = kind is ActorKind.organization and bool(set(fold_phrase(outlet)[-1:]) & _INSTITUTION_SITE_WORDS)
        if owner and not _owner_of_its_own_name(outlet, owner) and not institution:
            kind = ActorKind.media  # "Sahel Health Watch is a project of the ... Foundation": an outlet others run
        wanted.append((outlet, kind, "the page's site name"))
    if owner:
        wanted.append((owner, ActorKind.organization, _FOOTER))
    wanted += [(name, kind, "the address in the page's footer") for name, kind in addresses]
    wanted += [(name, kind, "the page's related stories") for name, kind in related]
    wanted += [(name, kind, "the page's photo credit") for name, kind in credited]
    # "TARNBYPOST.COM" is the "Tarnby Post" the text names: a domain runs the name's words together
    run_together = {"".join(key): draft for key, draft in drafted.items()}
    for name, kind, where in wanted:
        key = fold_phrase(name)
        same = drafted.get(key) or (run_together.get("".join(key)) if kind is not ActorKind.person else None)
        if same is not None:
            if kind is ActorKind.media and same.kind is ActorKind.other:
                same.kind = kind
            elif where == "the page's site name" and kind is ActorKind.organization and same.kind is ActorKind.other:
                same.kind = kind  # "Ure Valley Railway", the site's own body, named in its text with no cue
            continue
        if key in rejected or index.lookup(key) is not None:
            continue
        if where == _CAPTION and _named_in_full(drafted.get(key[-1:]), name):
            continue
        if where == _FOOTER and _firm_named_as_a_person(drafted, name):
            continue
        draft = ActorDraft(
            id=claim_id(slug(name, 60), taken),
            name=name,
            kind=kind,
            found_by=where,
            notes=[f"Named in {where}, which is not part of the stored text."],
            confidence=_CONFIDENCE,
        )
        stem = firm_stem(name) if where == _FOOTER else None
        if stem and fold_phrase(stem) not in drafted and index.lookup(fold_phrase(stem)) is None:
            draft.aliases.append(stem)  # "Peninsula Star Publications" for "... Publications Sdn Bhd"
        drafted[key] = draft
        found.append(draft)
    return found
