"""A nickname in quotes between a person's given name and family name: one person, not two; and one
after the full name ('Ilse Varn, known as "Tarka"'): an alias of that person.

'House Speaker Emanuel "Chris" Welch said': the quotes break the run of capitalised words, so the
given name before them and the family name after them were drafted apart ("Emanuel", "Welch").
Once drafts are grouped, a one-word person right before a quoted capitalised word and a person
right after it are joined under the full name, with the nickname and family name as an alias.
"""

from __future__ import annotations

import re

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.common_words import COMMON, zipf
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.names import claim_id, fold, fold_phrase, is_given_name, slug
from dossier.model import ActorKind

# (a nickname of two words: 'Ibrahim "Abu Dujana" Varni', a kunya; or a player's handle as a game writes it,
# in lower case or with digits: 'Aroha "kiwiblade" Tane-Moana', 'Oleksandr "s1mple" Varnenko')
# (letters with accents too: 'Mateus "Mabiná" Kiala-Neto')
_NICKNAME = (
    r"[A-ZÀ-Ý][^\W\d_A-Z]+(?: [A-ZÀ-Ý][^\W\d_A-Z]+)?|[a-z0-9_][A-Za-z0-9_]{1,23}|[A-Z][A-Za-z_]*[0-9][A-Za-z0-9_]*"
)
_QUOTED_NICKNAME = re.compile(rf" [\"“‘']({_NICKNAME})[\"”’'] ")
# A nickname in quotes after the full name: 'Ilse Varn, known as "Tarka",', 'Omar Quell, alias "Pipo"',
# 'Ilse Varn, known by the nom de guerre "Comrade Tarka"'.
# A sanctions list writes it "a.k.a." or "aka", perhaps in brackets ('Ilse Varn (a.k.a. "Tarka Ilo")'), and a
# kunya may hold an article or a particle ('a.k.a. "Abu Hafs al-Varni"'); the comma may stand inside the quotes.
_NICKNAME_AFTER = re.compile(
    # ('Tony Varn - known in the dressing room as "Tank" -': a dash, and who calls the person so)
    r"(?:,| [-–—])? \(?(?:also known as|known(?: (?:to|in|among|by) (?:[a-z'’]+ ){0,3}[a-z'’]+)? as"
    r"|known by (?:the|his|her) (?:alias|nickname|nom de guerre|war name|pseudonym)"
    r"|a\.k\.a\.?|aka|alias|nicknamed|dubbed) [\"“]([A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+"
    r"|(?:al|el|ad|as|ash|an|ar|az)-[A-Z][\w'’-]+|(?:bin|ibn|ben|bint|de|del|da|di|du|van|von|ter))){0,4}),?[\"”]"
)


# A nickname in quotes written right after a person's full name, a comma or a bracket after it: 'the group's
# leader, Ilse Tarvani Varn "Tarka", who ...' (as sanctions lists and news write a warlord's nom de guerre). Not
# a quote's words: those open a sentence of their own and run on ('said Ilse Varn "We will not go" ...').
_BARE_NICKNAME_AFTER = re.compile(r" [\"“]([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})[\"”](?=[,;)]| \()")


# A kunya ("father of", "mother of" and a name): how a person is called alone, as an alias
_KUNYA = re.compile(r"(?:Abu|Abou|Umm) [A-Z]")


def _given_names_only(name: str) -> bool:
    """'Emanuel', 'Juan Miguel': one given name, or two that the lists know (Filipino double given names)."""
    words = name.split()
    return len(words) == 1 or (len(words) == 2 and all(is_given_name(fold(word)) for word in words))


# "fans in Manila": a place after its preposition is no given name.
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|to|near|of)\s$")


def _family_named_once(draft: ActorDraft | None) -> ActorDraft | None:
    """'General Ilse Varn "Tarka" Boma,': one word after a person's given names and a quoted nickname, named
    nowhere else, is the family name, though a gazetteer's town bears it too."""
    return draft if draft is not None and len(draft.spans) == 1 else None


# Right before a family name: a quoted nickname ('Leonard "Shorty" |Woorak').
_NICKNAME_BEFORE = re.compile(rf"[\"“‘']({_NICKNAME})[\"”’'] $")


def _detach_family_names_after_nicknames(
    doc: ActorDocument, drafts: list[ActorDraft], taken: set[str]
) -> list[ActorDraft]:
    """A family name alone after a quoted nickname, grouped into a relative's full name ('Leonard "Shorty" Woorak
    ... the son of Jim and Edna Woorak': "Woorak" joined "Edna Woorak"), is taken back as a draft of its own, so
    that the given name before the nickname makes it a person of its own, not "Leonard Edna Woorak"."""
    detached: list[ActorDraft] = []
    for draft in drafts:
        if draft.kind is not ActorKind.person or " " not in draft.name:
            continue
        family = draft.name.split()[-1]
        for span in list(draft.spans):
            start, end = span
            if doc.text[start:end] != family or not _NICKNAME_BEFORE.search(doc.text, max(0, start - 30), start):
                continue
            draft.spans.remove(span)
            alone = ActorDraft(
                claim_id(slug(family, 60), taken), family, ActorKind.other, "a family name after a quoted nickname"
            )
            alone.spans.append(span)
            detached.append(alone)
        if detached and not any(doc.text[start:end] == family for start, end in draft.spans):
            # (the family name alone no longer names this relative anywhere)
            draft.aliases = [alias for alias in draft.aliases if fold_phrase(alias) != fold_phrase(family)]
    return drafts + detached


def join_quoted_nicknames(doc: ActorDocument, drafts: list[ActorDraft], taken: set[str]) -> list[ActorDraft]:
    """The drafts, with each given name + quoted nickname + family name made one person."""
    drafts = _detach_family_names_after_nicknames(doc, drafts, taken)
    persons = [d for d in drafts if d.kind is ActorKind.person]
    # (a family name with no cue of its own may be of no kind: "Marwick-Lane left early")
    families = persons + [d for d in drafts if d.kind is ActorKind.other and " " not in d.name]
    starting = {start: draft for draft in families for start, _end in draft.spans}
    # A given name the text names only here may have been read as a place or no kind ('Rosario "Cherry"
    # Dimaano': "Rosario" is a town too); the quoted nickname and the family name after it make it a person's.
    givens = persons + [
        d
        for d in drafts
        if d.kind in (ActorKind.other, ActorKind.place)
        and " " not in d.name
        and len(d.spans) == 1
        and not _PLACE_PREPOSITION_BEFORE.search(doc.text, max(0, d.spans[0][0] - 8), d.spans[0][0])
    ]
    # After a person's chained names and a quoted kunya ('Hassan Ali Varni "Abu Sadiq" Tahir-Oumar, the brigade'),
    # the one word left is the family name, whatever its own cue made of it.
    one_words = {start: d for d in drafts if " " not in d.name for start, _end in d.spans}
    joined: set[int] = set()
    for given in givens:
        chained = given.kind is ActorKind.person and 3 <= len(given.name.split()) <= 4
        # 'Major Ilunga Bakari "Tiga" Mwamba': a titled person of two words whose second given name no list
        # knows; one family name after the quotes ends the person.
        two_given = given.kind is ActorKind.person and len(given.name.split()) == 2
        if not (_given_names_only(given.name) or chained or two_given) or id(given) in joined:
            continue
        for _start, end in given.spans:
            nickname = _QUOTED_NICKNAME.match(doc.text, end)
            if nickname is not None and nickname.group(1).islower() and zipf(nickname.group(1)) >= COMMON:
                nickname = None  # 'Jamie "very" Quell': an ordinary word in quotes is no player's handle
            particle = _PARTICLE_AFTER_NICKNAME.match(doc.text, nickname.end()) if nickname else None
            if nickname is not None and particle is not None:
                # 'Marcos "Beto" da Cunha': the family name's particle after the quotes
                family = (
                    starting.get(particle.end())
                    or _family_named_once(one_words.get(particle.end()))
                    or _full_name_drafted(doc, persons, given, particle)
                )
                if family is not None and family is not given and id(family) not in joined:
                    _join_with_particle(given, family, nickname.group(1), particle.group(1), taken)
                    joined.add(id(given))
                    break
                continue
            family = starting.get(nickname.end()) if nickname else None
            if family is not None and two_given and not _given_names_only(given.name) and " " in family.name:
                family = None
            if nickname is not None and family is None and chained and _KUNYA.match(nickname.group(1)):
                family = one_words.get(nickname.end())
            if nickname is not None and family is None and given.kind is ActorKind.person:
                family = _family_named_once(one_words.get(nickname.end()))
            if nickname is None or family is None or family is given or id(family) in joined:
                continue
            _join(given, family, nickname.group(1), taken)
            joined.add(id(given))
            break
    kept = [d for d in drafts if id(d) not in joined]
    # (a family name that is a town's too, named once: 'Ramon "Monching" Tacloban' is no town)
    towns = [d for d in kept if d.kind is ActorKind.place and " " not in d.name and len(d.spans) == 1]
    _join_undrafted_given_names(doc, kept, families + towns, taken)
    _add_nicknames_after(doc, kept)
    return kept + _persons_by_their_alias(doc, kept, taken)


# 'the group's commander, known by his alias "Pablito",', 'its spokesman used the pseudonym "Tarka Ilo"': a
# person's name in quotes, given as the alias, the nickname or the pen name of someone the text does not name
# otherwise.
_OWN_ALIAS = re.compile(
    r"\b(?:(?:his|her) (?:alias|nickname|nom de guerre|war name)|the pseudonym) "
    r"[\"“]([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)[\"”]"
)


def _persons_by_their_alias(doc: ActorDocument, drafts: list[ActorDraft], taken: set[str]) -> list[ActorDraft]:
    """The persons a text names only by "his alias" or "her nickname" in quotes, when no draft goes by it."""
    names = {fold_phrase(spelling): d for d in drafts for spelling in (d.name, *d.aliases)}
    found: dict[str, ActorDraft] = {}
    for match in _OWN_ALIAS.finditer(doc.text):
        name = match.group(1)
        known = names.get(fold_phrase(name))
        if known is not None:
            if known.kind is ActorKind.other:
                known.kind, known.found_by = ActorKind.person, "named by a person's alias"
            continue
        person = found.get(name)
        if person is None:
            person = ActorDraft(
                claim_id(slug(name, 60), taken), name, ActorKind.person, "named by a person's alias", confidence=0.6
            )
            found[name] = person
        person.spans.append(match.span(1))
    return list(found.values())


def _add_nicknames_after(doc: ActorDocument, drafts: list[ActorDraft]) -> None:
    """A person's quoted nickname after "known as" or "alias", or in quotes right after the full name, becomes
    an alias of that person, unless another draft goes by it."""
    names = {fold_phrase(spelling) for d in drafts for spelling in (d.name, *d.aliases)}
    # (a full name whose kind is settled later may have none yet: 'Ilse al-Varn-Tarka, known as "Tarka"')
    named = (d for d in drafts if d.kind in (ActorKind.person, ActorKind.other) and " " in d.name)
    for person in named:
        for _start, end in person.spans:
            nickname = _NICKNAME_AFTER.match(doc.text, end)
            if nickname is None and person.kind is ActorKind.person:
                nickname = _BARE_NICKNAME_AFTER.match(doc.text, end)
            if nickname is not None and fold_phrase(nickname.group(1)) not in names:
                person.aliases.append(nickname.group(1))
                names.add(fold_phrase(nickname.group(1)))


# 'Ellen "Nell" Brannigan-Frost, 88,', 'Dwayne "The Rock" Johnson': a given name, a nickname of one or two words
# in quotes, and the family name.
# The given name may be written with accents ('Gédéon "Ti Mapou" Jean-Baptiste').
_GIVEN_AND_NICKNAME_BEFORE = re.compile(rf"(?<!\w)([A-ZÀ-Ý][^\W\d_A-Z]+) [\"“]({_NICKNAME})[\"”] $")


def _given_name_before_a_nickname(word: str) -> bool:
    """A listed given name, or a word too rare to be an ordinary English one: between a sentence's start and a
    quoted nickname before a family name, nothing else stands there ('Gédéon "Ti Mapou" Jean-Baptiste')."""
    folded = fold(word)
    return is_given_name(folded) or zipf(folded) < COMMON


def _join_undrafted_given_names(
    doc: ActorDocument, drafts: list[ActorDraft], families: list[ActorDraft], taken: set[str]
) -> None:
    """A family name after a quoted nickname and a given name that is no draft of its own (at a
    sentence start it has no cue): the three words are one person ('Ellen "Nell" Brannigan-Frost')."""
    drafted = {start for draft in drafts for start, _end in draft.spans}
    kept = {id(d) for d in drafts}
    for family in families:
        if id(family) not in kept or " " in family.name:
            continue
        for start, _end in family.spans:
            before = _GIVEN_AND_NICKNAME_BEFORE.search(doc.text, max(0, start - 40), start)
            if before is None or before.start(1) in drafted or not _given_name_before_a_nickname(before.group(1)):
                continue
            if family.kind is ActorKind.place and not is_given_name(fold(before.group(1))):
                continue
            given = ActorDraft(
                family.id, before.group(1), ActorKind.person, "a given name and a quoted nickname", confidence=0.7
            )
            given.spans.append(before.span(1))
            _join(given, family, before.group(2), taken)
            break


# A family name's particle written small between a quoted nickname and the family name: 'Marcos "Beto" da Cunha'.
_PARTICLE_AFTER_NICKNAME = re.compile(r"(da|de|do|dos|das|di|del|della|van|von|ter|bin|ibn) (?=[A-ZÀ-Ý])")


def _full_name_drafted(
    doc: ActorDocument, persons: list[ActorDraft], given: ActorDraft, particle: re.Match[str]
) -> ActorDraft | None:
    """The person the page names in full elsewhere with these given names and this particled family name ('Luiz
    Inácio Lula da Silva' for 'Luiz Inacio "Lula" da Silva'), when the family name here is no mention of its own."""
    family = re.match(r"[\w'’-]+", doc.text[particle.end() :])
    if family is None:
        return None
    opening, ending = fold_phrase(given.name), fold_phrase(f"{particle.group(1)} {family.group(0)}")
    for person in persons:
        name = fold_phrase(person.name)
        inside = len(name) > len(opening) + len(ending)
        if person is not given and inside and name[: len(opening)] == opening and name[-len(ending) :] == ending:
            return person
    return None


def _join_with_particle(given: ActorDraft, family: ActorDraft, nickname: str, particle: str, taken: set[str]) -> None:
    """The given name, the nickname and the particled family name as one person. A draft of the full name already
    ('Marcos Tavio da Cunha', whose "Cunha" stands here too) takes the given name's mentions and keeps its name."""
    word = family.name.rsplit(" ", 1)[-1]
    written = f'{given.name} "{nickname}" {particle} {word}'
    if " " in family.name:
        family.spans += given.spans
        family.spans.sort()
        for spelling in (written, nickname):
            if fold_phrase(spelling) not in map(fold_phrase, (family.name, *family.aliases)):
                family.aliases.append(spelling)
        return
    family.name = f"{particle} {family.name}"
    _join(given, family, nickname, taken)


def _join(given: ActorDraft, family: ActorDraft, nickname: str, taken: set[str]) -> None:
    # 'Joaquim "Quim" Dias-Santana ... Joaquim Dias-Santana scored': the given name's draft is already the full
    # name (its later mention), so the family name is not added twice
    opening = given.name
    if " " in given.name and fold_phrase(given.name.rsplit(" ", 1)[1]) == fold_phrase(family.name):
        opening = given.name.rsplit(" ", 1)[0]
    full = f"{opening} {family.name}"
    # (the whole name as the text writes it, nickname and all: 'Jorge "Tuto" Varela-Ruiz')
    spellings = [family.name, f"{nickname} {family.name}", f'{opening} "{nickname}" {family.name}']
    # (the nickname alone, "Abu Sadiq", "Tiga": how the person is called; re3d marks it as the person's mention)
    spellings += [nickname]
    spellings += [*given.aliases, *family.aliases]
    family.become_person(full, given.found_by, taken)
    family.confidence = max(family.confidence, given.confidence)
    family.spans += given.spans
    known = {fold_phrase(full)}
    family.aliases = []
    for spelling in spellings:
        if fold_phrase(spelling) not in known:
            known.add(fold_phrase(spelling))
            family.aliases.append(spelling)
