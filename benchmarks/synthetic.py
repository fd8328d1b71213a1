"""A deterministic generator of synthetic, valid workspaces for benchmarks.

`generate_workspace(root, quotes=N, seed=S)` writes a workspace that `dossier check` passes:
actors (people, states, armed forces, media, places) whose names come in several
transliterations (Lukashenka / Lukashenko / Лукашенко, Kyiv / Kiev), events with EDTF dates
(exact, uncertain `?`, approximate months `~`, and ranges), sources whose texts are made of
news-like sentences, and quotes that anchor exactly (offsets, prefix and suffix) on those
sentences. The same (quotes, seed) always gives the same bytes, so figures are comparable
between runs and between the search, export and browser benchmarks.

Run it directly to write a workspace: `python -m benchmarks.synthetic OUT --quotes 10000`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from dossier.ingest.names import claim_id

QUOTES_PER_SOURCE = 25
CONTEXT = 32

# Syllables as (Latin, Cyrillic) pairs, so every made-up name has a Cyrillic spelling too.
_SYLLABLES = [
    ("ka", "ка"),
    ("lu", "лу"),
    ("shen", "шен"),
    ("vo", "во"),
    ("dy", "ды"),
    ("mir", "мир"),
    ("ko", "ко"),
    ("zhy", "жы"),
    ("to", "то"),
    ("mar", "мар"),
    ("chu", "чу"),
    ("pa", "па"),
    ("sha", "ша"),
    ("ri", "ри"),
    ("ya", "я"),
    ("nov", "нов"),
    ("bor", "бор"),
    ("khar", "хар"),
    ("le", "ле"),
    ("vich", "вич"),
    ("go", "го"),
    ("ro", "ро"),
    ("sla", "сла"),
    ("zan", "зан"),
    ("kiy", "кий"),
    ("yur", "юр"),
    ("pol", "пол"),
    ("tse", "це"),
    ("hu", "гу"),
    ("mo", "мо"),
    ("den", "ден"),
    ("ste", "сте"),
    ("fan", "фан"),
    ("ol", "ол"),
    ("hen", "ген"),
    ("tra", "тра"),
    ("vin", "вин"),
    ("zyr", "зыр"),
    ("ba", "ба"),
    ("lin", "лин"),
    ("dar", "дар"),
    ("ny", "ны"),
]
_FIRST_NAMES = [
    ("Alyaksandr", "Alexander", "Александр"),
    ("Volodymyr", "Vladimir", "Владимир"),
    ("Sergei", "Sergey", "Сергей"),
    ("Yuriy", "Yuri", "Юрий"),
    ("Mikhail", "Mikhail", "Михаил"),
    ("Oleksiy", "Alexei", "Алексей"),
    ("Dmytro", "Dmitry", "Дмитрий"),
    ("Viktar", "Viktor", "Виктор"),
    ("Andriy", "Andrei", "Андрей"),
    ("Mykola", "Nikolai", "Николай"),
    ("Hanna", "Anna", "Анна"),
    ("Natalya", "Natalia", "Наталья"),
]
# Spelling rules that turn one transliteration into another, tried in order.
_VARIANTS = [
    ("ka", "ko"),
    ("kh", "h"),
    ("yi", "i"),
    ("iy", "y"),
    ("zh", "j"),
    ("y", "i"),
    ("h", "g"),
    ("v", "w"),
    ("o", "a"),
    ("e", "ye"),
]
_ROLES = [
    "Defence Minister",
    "spokesman",
    "commander",
    "governor",
    "deputy prime minister",
    "envoy",
    "mayor",
    "press secretary",
    "chief of staff",
    "senator",
]
_ORG_WORDS = [
    "Ministry of Defence",
    "Border Guard Service",
    "National Guard",
    "Security Council",
    "Air Force",
    "General Staff",
    "Foreign Ministry",
    "Emergency Service",
    "Coast Guard",
    "Interior Ministry",
]
_MEDIA = ["Telegraph", "Herald", "Courier", "Gazette", "Observer", "Chronicle", "Dispatch", "Monitor"]
_EVENT_KINDS = [
    "military-movement",
    "statement",
    "meeting",
    "sanctions",
    "strike",
    "exercise",
    "evacuation",
    "deployment",
    "negotiation",
    "cyberattack",
]
_EVENT_TITLES = {
    "military-movement": "{force} columns move towards {place}",
    "statement": "{person} speaks on {place}",
    "meeting": "{person} meets envoys in {place}",
    "sanctions": "New sanctions after {place} incident",
    "strike": "Missile strike near {place}",
    "exercise": "Joint exercises near {place}",
    "evacuation": "Civilians evacuated from {place}",
    "deployment": "{force} deploys air defence to {place}",
    "negotiation": "Talks on {place} corridor",
    "cyberattack": "Cyberattack disrupts {place} services",
}
_NOUNS = [
    "troops",
    "tanks",
    "convoy",
    "battalion",
    "artillery",
    "helicopters",
    "drones",
    "missiles",
    "warships",
    "satellite imagery",
    "air defence systems",
    "field hospitals",
    "fuel depots",
    "pontoon bridges",
    "railway cars",
    "armoured vehicles",
    "paratroopers",
    "reservists",
    "border posts",
    "supply lines",
    "checkpoints",
    "radar stations",
    "military alert",
    "air raid alerts",
    "refugees",
    "power lines",
]
_VERBS = [
    "moved towards",
    "were seen near",
    "arrived in",
    "withdrew from",
    "were deployed to",
    "gathered outside",
    "crossed into",
    "shelled",
    "reinforced",
    "surrounded",
    "left",
    "were photographed near",
]
_SAY = [
    "said",
    "told reporters",
    "announced",
    "claimed",
    "denied",
    "confirmed",
    "warned",
    "insisted",
    "stated",
    "acknowledged",
]
_WHEN = [
    "on Monday",
    "on Tuesday",
    "overnight",
    "late on Thursday",
    "early on Friday",
    "at the weekend",
    "last week",
    "this morning",
    "on {date}",
    "since {date}",
]
_ADJ = ["new", "unverified", "commercial", "independent", "official", "local", "western", "leaked", "intercepted"]
_ANON = [
    "an unnamed U.S. official",
    "a senior diplomat",
    "local residents",
    "a military analyst",
    "two people familiar with the matter",
    "a government source",
]
_TEMPLATES = [
    "{speaker} {say} that {nouns} {verb} {place} {when}.",
    "According to {adj} {nouns2}, {nouns} {verb} {place} {when}, {speaker} {say}.",
    "{speaker} {say} the {org} had no plans to send {nouns} to {place}.",
    "{adj_cap} satellite images showed {nouns} {verb} {place} {when}.",
    '"We will not allow {nouns} near {place}," {speaker} {say} {when}.',
    "The {org} of {state} {say} that {nouns} {verb} {place} and that {person2} had been informed.",
    "Residents of {place} reported {nouns} and heard explosions {when}, {speaker} {say}.",
    "{person2} and {speaker} discussed {nouns} at {place}, the {media} reported {when}.",
    "{speaker} {say} that {state} would answer any attack on {place} with {nouns}.",
    "Air raid alerts sounded across {place} {when} as {nouns} {verb} the {region} region.",
]
_FILLER = [
    "The report could not be independently verified.",
    "Officials did not respond to requests for comment.",
    "The situation remained tense throughout the day.",
    "More details are expected in the coming days.",
    "Markets reacted calmly to the news.",
]


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


@dataclass
class _Names:
    """Every spelling handed out so far, so no alias is claimed by two actors."""

    used: set[str] = field(default_factory=set)

    def take(self, spellings: list[str]) -> list[str]:
        kept = []
        for spelling in spellings:
            folded = _fold(spelling)
            if folded not in self.used:
                self.used.add(folded)
                kept.append(spelling)
        return kept


def _variant(word: str) -> str:
    for old, new in _VARIANTS:
        if old in word.lower():
            index = word.lower().rfind(old)
            replaced = word[:index] + new + word[index + len(old) :]
            if word[:1].isupper():
                replaced = replaced[:1].upper() + replaced[1:]
            return replaced
    return word + "a"


def _made_up_name(rng: random.Random, syllables: int) -> tuple[str, str]:
    parts = [rng.choice(_SYLLABLES) for _ in range(syllables)]
    latin = "".join(part[0] for part in parts)
    cyrillic = "".join(part[1] for part in parts)
    return latin.capitalize(), cyrillic.capitalize()


@dataclass
class _Actor:
    id: str
    name: str
    kind: str
    aliases: list[str]
    summary: str

    @property
    def spellings(self) -> list[str]:
        return [self.name, *self.aliases]


def _slug(text: str, used: set[str]) -> str:
    base = "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in text.lower())
    base = "-".join(part for part in base.split("-") if part)[:60] or "x"
    return claim_id(base, used)


def _make_actors(rng: random.Random, quotes: int, actors: int | None = None) -> dict[str, list[_Actor]]:
    names = _Names()
    ids: set[str] = set()
    groups: dict[str, list[_Actor]] = {"person": [], "place": [], "state": [], "armed_force": [], "media": []}
    people = max(12, quotes // 150)
    places = max(8, quotes // 250)
    states = max(4, min(40, quotes // 2000))
    if actors is not None:
        # A given total: each state brings an armed force and a broadcaster; the rest are a
        # quarter places and three quarters people.
        states = max(4, min(40, actors // 250))
        rest = max(20, actors - 3 * states)
        places = max(8, rest // 4)
        people = max(12, rest - places)

    while len(groups["state"]) < states:
        latin, cyrillic = _made_up_name(rng, 2)
        latin += "ia"
        spellings = names.take([latin, _variant(latin), cyrillic + "ия"])
        if len(spellings) < 2 or _fold(spellings[0]) != _fold(latin):
            continue
        actor = _Actor(_slug(latin, ids), latin, "state", spellings[1:], f"A state in the synthetic region of {latin}.")
        groups["state"].append(actor)
    for state in groups["state"]:
        for label, kind in (("Armed Forces", "armed_force"), ("Broadcasting", "media")):
            name = f"{state.name} {label}"
            spellings = names.take([name, f"{state.aliases[0]} {label}"])
            groups[kind].append(
                _Actor(_slug(name, ids), name, kind, spellings[1:], f"The {label.lower()} of {state.name}.")
            )
    while len(groups["place"]) < places:
        latin, cyrillic = _made_up_name(rng, rng.choice((2, 3)))
        spellings = names.take([latin, _variant(latin), cyrillic])
        if len(spellings) < 2 or _fold(spellings[0]) != _fold(latin):
            continue
        groups["place"].append(
            _Actor(_slug(latin, ids), latin, "place", spellings[1:], f"A town in {rng.choice(groups['state']).name}.")
        )
    while len(groups["person"]) < people:
        first = rng.choice(_FIRST_NAMES)
        surname, cyrillic = _made_up_name(rng, rng.choice((2, 3, 3, 4)))
        name = f"{first[0]} {surname}"
        spellings = names.take(
            [name, f"{first[1]} {_variant(surname)}", _variant(surname), f"{first[2]} {cyrillic}", cyrillic]
        )
        if len(spellings) < 3 or _fold(spellings[0]) != _fold(name):
            continue
        state = rng.choice(groups["state"])
        summary = f"{rng.choice(_ROLES).capitalize()} of {state.name}."
        groups["person"].append(_Actor(_slug(name, ids), name, "person", spellings[1:], summary))
    return groups


def _date_between(rng: random.Random, start: dt.date, days: int) -> dt.date:
    return start + dt.timedelta(days=rng.randrange(days))


def _edtf(rng: random.Random) -> tuple[str | None, str | None]:
    """An EDTF date of the kinds analysts write, and the words a source might use for it."""
    day = _date_between(rng, dt.date(2022, 1, 1), 730)
    roll = rng.random()
    if roll < 0.6:
        return day.isoformat(), day.strftime("%B %-d")
    if roll < 0.7:
        return f"{day.isoformat()}?", f"around {day.strftime('%B %-d')}"
    if roll < 0.8:
        return f"{day.strftime('%Y-%m')}~", f"in early {day.strftime('%B')}"
    if roll < 0.95:
        end = day + dt.timedelta(days=rng.randrange(1, 6))
        return f"{day.isoformat()}/{end.isoformat()}", f"between {day.strftime('%B %-d')} and {end.strftime('%B %-d')}"
    return None, None


def _q(value: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are a subset of YAML's)."""
    return json.dumps(value, ensure_ascii=False)


def _write(path: Path, text: str) -> None:
    path.write_bytes(text.encode("utf-8"))


def _actor_yaml(actor: _Actor) -> str:
    lines = [f"id: {actor.id}", f"name: {_q(actor.name)}", f"kind: {actor.kind}"]
    if actor.aliases:
        lines.append("aliases:")
        lines += [f"  - {_q(alias)}" for alias in actor.aliases]
    lines.append(f"summary: {_q(actor.summary)}")
    return "\n".join(lines) + "\n"


def generate_workspace(root: Path, quotes: int, seed: int = 0, actors: int | None = None) -> dict:
    """Write a valid synthetic workspace with `quotes` quotes under `root`; return what it holds.

    `actors` fixes how many actors there are (about; at least a few dozen); by default their
    number grows with `quotes`.

    The result names counts and a few records that benchmarks query for: `actors` (id -> every
    spelling), `places` (id -> spellings), `events` (id -> EDTF date), `quote_files` (relative
    paths, for incremental-update timings) and `vocabulary` (the content words used).
    """
    rng = random.Random(seed)
    root = Path(root)
    for folder in ("sources", "actors", "events", "quotes"):
        (root / folder).mkdir(parents=True, exist_ok=True)

    groups = _make_actors(rng, quotes, actors)
    all_actors = [actor for group in groups.values() for actor in group]
    for actor in all_actors:
        _write(root / "actors" / f"{actor.id}.yaml", _actor_yaml(actor))

    people, places, states = groups["person"], groups["place"], groups["state"]
    forces, media = groups["armed_force"], groups["media"]
    places_by_id = {actor.id: actor for actor in places}
    event_ids: set[str] = set()
    events: list[tuple[str, str | None, str, list[str]]] = []  # id, date, place id, participant ids
    for _ in range(max(10, quotes // 20)):
        kind = rng.choice(_EVENT_KINDS)
        place, person, force = rng.choice(places), rng.choice(people), rng.choice(forces)
        title = _EVENT_TITLES[kind].format(place=place.name, person=person.name, force=force.name)
        date, date_text = _edtf(rng)
        event_id = _slug(title, event_ids)
        participants = [(person.id, "speaker" if kind == "statement" else "official"), (force.id, "armed force")]
        lines = [f"id: {event_id}", f"title: {_q(title)}"]
        if date:
            lines += [f"date: {_q(date)}", f"date_text: {_q(date_text or '')}"]
        lines += [f"place: {place.id}", "participants:"]
        for actor_id, role in participants:
            lines += [f"  - actor: {actor_id}", f"    role: {_q(role)}"]
        lines += [f"kind: {kind}", f"summary: {_q(f'{title}, as reported by several sources.')}"]
        _write(root / "events" / f"{event_id}.yaml", "\n".join(lines) + "\n")
        events.append((event_id, date, place.id, [actor_id for actor_id, _ in participants]))

    sources = max(1, -(-quotes // QUOTES_PER_SOURCE))
    made = 0
    quote_files: list[str] = []
    for number in range(sources):
        source_id = f"src-{number:06d}"
        outlet = rng.choice(media)
        published = _date_between(rng, dt.date(2022, 1, 1), 730)
        count = min(QUOTES_PER_SOURCE, quotes - made)
        sentences: list[tuple[str, dict | None]] = []
        for index in range(count):
            event_id, date, place_id, participants = rng.choice(events)
            place = places_by_id[place_id] if rng.random() < 0.5 else rng.choice(places)
            speaker_actor = rng.choice(people)
            anonymous = rng.random() < 0.2
            speaker = rng.choice(_ANON) if anonymous else rng.choice(speaker_actor.spellings[:3])
            person2 = rng.choice(people)
            state = rng.choice(states)
            values = {
                "speaker": speaker,
                "say": rng.choice(_SAY),
                "nouns": rng.choice(_NOUNS),
                "nouns2": rng.choice(_NOUNS),
                "verb": rng.choice(_VERBS),
                "place": rng.choice(place.spellings[:2]),
                "when": rng.choice(_WHEN).format(date=_date_between(rng, dt.date(2022, 1, 1), 730).strftime("%B %-d")),
                "adj": rng.choice(_ADJ),
                "adj_cap": rng.choice(_ADJ).capitalize(),
                "org": rng.choice(_ORG_WORDS),
                "state": rng.choice(state.spellings[:2]),
                "person2": rng.choice(person2.spellings[:2]),
                "media": outlet.name,
                "region": rng.choice(places).name,
            }
            sentence = rng.choice(_TEMPLATES).format(**values)
            sentence = sentence[0].upper() + sentence[1:]
            about = [speaker_actor.id] if not anonymous else []
            about += [place.id, event_id]
            quote = {
                "id": f"{source_id}-q{index:02d}",
                "attributed_to": speaker if anonymous else speaker_actor.id,
                "about": list(dict.fromkeys(about)),
                "stance": rng.choice(("asserts", "denies", "reports")),
                "credibility": rng.randint(1, 6),
            }
            sentences.append((sentence, quote))
            if rng.random() < 0.3:
                sentences.append((rng.choice(_FILLER), None))
        headline_place = rng.choice(places)
        title = f"{rng.choice(_NOUNS).capitalize()} reported near {headline_place.name}"
        text = f"{title}\n\n"
        positioned: list[tuple[int, int, dict]] = []
        for position, (sentence, quote) in enumerate(sentences):
            if position and position % 4 == 0:
                text += "\n\n"
            elif position:
                text += " "
            if quote is not None:
                positioned.append((len(text), len(text) + len(sentence), quote))
            text += sentence
        text += "\n"
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        _write(root / "sources" / f"{source_id}.txt", text)
        _write(
            root / "sources" / f"{source_id}.yaml",
            f"id: {source_id}\ntitle: {_q(title)}\npublisher: {_q(outlet.name)}\n"
            f"url: https://news.example.org/{published.year}/{source_id}\npublished: {published.isoformat()}\n"
            f"language: en\nreliability: {rng.choice('ABCDEF')}\nsha256: {digest}\n",
        )
        lines = []
        for start, end, quote in positioned:
            prefix, suffix = text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]
            lines += [
                f"- id: {quote['id']}",
                f"  source: {source_id}",
                f"  exact: {_q(text[start:end])}",
                f"  prefix: {_q(prefix)}",
                f"  suffix: {_q(suffix)}",
                f"  start: {start}",
                f"  end: {end}",
                f"  attributed_to: {_q(quote['attributed_to'])}",
                f"  about: [{', '.join(quote['about'])}]",
                f"  stance: {quote['stance']}",
                f"  credibility: {quote['credibility']}",
            ]
        _write(root / "quotes" / f"{source_id}.yaml", "\n".join(lines) + "\n")
        quote_files.append(f"quotes/{source_id}.yaml")
        made += count

    return {
        "root": root,
        "quotes": made,
        "sources": sources,
        "events": {event_id: date for event_id, date, _, _ in events},
        "actors": {actor.id: actor.spellings for actor in all_actors},
        "people": [actor.id for actor in people],
        "places": {actor.id: actor.spellings for actor in places},
        "quote_files": quote_files,
        "vocabulary": sorted({word for phrase in _NOUNS + _ADJ + _VERBS for word in phrase.split()}),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a deterministic synthetic workspace.")
    parser.add_argument("out", type=Path, help="folder to write (created; should be empty)")
    parser.add_argument("--quotes", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--actors", type=int, default=None, help="how many actors (default: scaled to --quotes)")
    args = parser.parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()):
        print(f"synthetic: {args.out} is not empty", file=sys.stderr)
        return 2
    summary = generate_workspace(args.out, args.quotes, args.seed, actors=args.actors)
    print(
        f"wrote {summary['quotes']} quotes, {summary['sources']} sources, {len(summary['actors'])} actors, "
        f"{len(summary['events'])} events to {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
