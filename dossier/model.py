"""The dossier data model: sources, actors, events and the quotes that tie claims to words.

These pydantic models are the contract every other part relies on (workspace I/O, search,
export, ingest, the browser) and the origin of the JSON Schemas in `schemas/`. They check
each file on its own; checks across files (dangling ids, duplicates) live in `checks.py`.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Literal, Self
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from dossier.dates import EdtfError, validate_edtf

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
ID_MAX_LENGTH = 80
ID_RE = re.compile(ID_PATTERN)

# Ids become file names, and a workspace is shared through git with colleagues on Windows,
# where these names denote devices: `con.yaml` cannot be created or checked out there.
DEVICE_NAMES = frozenset({"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))})


def _not_a_device_name(value: str) -> str:
    if value in DEVICE_NAMES:
        raise ValueError(f"'{value}' cannot be an id: it names a device on Windows, so no file can have it")
    return value


EntityId = Annotated[
    str,
    StringConstraints(pattern=ID_PATTERN, max_length=ID_MAX_LENGTH),
    AfterValidator(_not_a_device_name),
    Field(
        description="A lowercase slug (letters, digits, single hyphens), at most 80 characters; "
        "unique across the workspace.",
        examples=["alyaksandr-lukashenka"],
    ),
]


def _check_edtf(value: str) -> str:
    try:
        return validate_edtf(value)
    except EdtfError as exc:
        raise ValueError(str(exc)) from None


EdtfDate = Annotated[
    str,
    AfterValidator(_check_edtf),
    Field(
        description="An EDTF date (Library of Congress Extended Date/Time Format): "
        "2022-02-24, 2022-02-21/2022-02-22, 2022-02-28? (uncertain), 2022-02~ (approximate), "
        "XXXX-02-24 (year unknown).",
        examples=["2022-02-24", "2022-02-21/2022-02-22", "2022-02-28?"],
    ),
]


# What str.isspace() calls a space (re's \s for text is the same set), and control characters.
_URL_FORBIDDEN = re.compile(r"[\s\x00-\x1f\x7f]")


def _check_http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError("a URL must start with http:// or https:// and name a host")
    if _URL_FORBIDDEN.search(value):
        raise ValueError("a URL must not contain spaces or control characters")
    return value


HttpUrl = Annotated[str, AfterValidator(_check_http_url)]

Text = Annotated[str, StringConstraints(min_length=1)]


class Status(StrEnum):
    """Whether a record was checked by an analyst or proposed by ingest."""

    curated = "curated"
    draft = "draft"


class ActorKind(StrEnum):
    person = "person"
    state = "state"
    organization = "organization"
    armed_force = "armed_force"
    media = "media"
    place = "place"
    other = "other"


class Stance(StrEnum):
    """What the quoted words do with the claim they support."""

    asserts = "asserts"
    denies = "denies"
    reports = "reports"


SourceReliability = Literal["A", "B", "C", "D", "E", "F"]
"""Admiralty (NATO) source reliability: A completely reliable ... E unreliable, F cannot be judged."""

Credibility = Annotated[int, Field(ge=1, le=6)]
"""Admiralty information credibility: 1 confirmed ... 5 improbable, 6 cannot be judged."""

RELIABILITY_MEANING = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
CREDIBILITY_MEANING = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}


class _SharedFieldNames(set[str]):
    """A set of field names shared by many records: changing it in place is refused."""

    def _refuse(self, *args: object, **kwargs: object) -> None:
        raise TypeError("a shared set of field names cannot be changed; copy it first")

    add = discard = remove = pop = clear = update = _refuse  # type: ignore[assignment]
    difference_update = intersection_update = symmetric_difference_update = _refuse  # type: ignore[assignment]
    __ior__ = __iand__ = __isub__ = __ixor__ = _refuse  # type: ignore[assignment]

    def __reduce__(self) -> tuple[type, tuple[list[str]]]:
        # Pickled as a plain set: a record read back owns its set.
        return set, (list(self),)


# One shared copy of each distinct set of field names that records were given.
_SHARED_FIELD_SETS: dict[frozenset[str], _SharedFieldNames] = {}


def shared_field_names(given: frozenset[str]) -> set[str]:
    """The one shared, unchangeable set of these field names (see `Record`)."""
    shared = _SHARED_FIELD_SETS.get(given)
    if shared is None:
        shared = _SHARED_FIELD_SETS[given] = _SharedFieldNames(given)
    return shared


class Record(BaseModel):
    """Common settings: unknown fields are errors, so a typo never vanishes silently.

    Pydantic keeps, in each instance, a set of the field names it was given: ~700 bytes a
    record, 70 MB for a workspace of 100,000 quotes, while records of one kind almost always
    share the same few sets. Each record therefore points at one shared copy; the
    few ways pydantic changes that set (assigning a field, `model_copy(update=...)`) first
    give the record a private copy again.
    """

    model_config = ConfigDict(extra="forbid", use_enum_values=False, validate_default=True)

    def model_post_init(self, context: object, /) -> None:
        object.__setattr__(self, "__pydantic_fields_set__", shared_field_names(frozenset(self.__pydantic_fields_set__)))

    def _own_fields_set(self) -> None:
        if type(self.__pydantic_fields_set__) is _SharedFieldNames:
            object.__setattr__(self, "__pydantic_fields_set__", set(self.__pydantic_fields_set__))

    def __setattr__(self, name: str, value: object) -> None:
        self._own_fields_set()
        super().__setattr__(name, value)

    def __copy__(self) -> Self:
        copied = super().__copy__()
        copied._own_fields_set()
        return copied

    def __deepcopy__(self, memo: dict[int, object] | None = None) -> Self:
        copied = super().__deepcopy__(memo)
        copied._own_fields_set()
        return copied


class Source(Record):
    """A raw document. Its text is `sources/<id>.txt`, UTF-8, never rewritten once quoted."""

    id: EntityId
    title: Text
    publisher: str | None = None
    author: str | None = None
    url: HttpUrl | None = None
    published: EdtfDate | None = Field(None, description="When the source was published (EDTF).")
    retrieved: EdtfDate | None = Field(None, description="When the text was retrieved (EDTF).")
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")] = "en"
    reliability: SourceReliability = Field(
        "F", description="Admiralty source grade: A (completely reliable) to E, F cannot be judged."
    )
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")] = Field(
        description="SHA-256 of the UTF-8 bytes of sources/<id>.txt; quotes point into that text."
    )
    notes: str | None = None


class Relation(Record):
    """A typed, dated link from one actor to another."""

    type: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+([-_][a-z0-9]+)*$")] = Field(
        description="What the link means, as a slug: ally-of, leader-of, part-of, member-of, located-in.",
        examples=["leader-of", "ally-of"],
    )
    target: EntityId
    since: EdtfDate | None = None
    until: EdtfDate | None = None
    note: str | None = None


class Actor(Record):
    """A person, state, organisation, armed force, media outlet, place or other actor."""

    id: EntityId
    name: Text
    kind: ActorKind
    aliases: list[Text] = Field(
        default_factory=list,
        description="Every spelling and transliteration seen or searched for (Lukashenko, Лукашенко).",
    )
    summary: str | None = None
    relations: list[Relation] = Field(default_factory=list)
    tags: list[Annotated[str, StringConstraints(min_length=1, max_length=80)]] = Field(default_factory=list)
    notes: str | None = None
    status: Status = Status.curated
    found_by: str | None = Field(None, description="How ingest found a draft (for review).")
    confidence: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="How sure ingest was of a draft, 0 to 1, from its evidence (cues, gazetteer support, "
        "mentions, language); review shows the surest drafts first.",
    )


# A draft's confidence in the words review and the ingest summary use: high from 0.75, medium from 0.5.
CONFIDENCE_BANDS = (("high", 0.75), ("medium", 0.5), ("low", 0.0))


def confidence_band(confidence: float) -> str:
    """'high', 'medium' or 'low' for a draft's confidence (see `CONFIDENCE_BANDS`)."""
    return next(band for band, floor in CONFIDENCE_BANDS if confidence >= floor)


class Participant(Record):
    """An actor taking part in an event, and in what role."""

    actor: EntityId
    role: Text = Field(examples=["attacker", "host", "speaker"])


class Event(Record):
    """Something that happened at a time, reported by one or more quotes."""

    id: EntityId
    title: Text
    date: EdtfDate | None = None
    date_text: str | None = Field(None, description="The words the source used for the date.")
    place: EntityId | None = Field(None, description="The id of an actor of kind place.")
    participants: list[Participant] = Field(default_factory=list)
    kind: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+([-_][a-z0-9]+)*$")] | None = Field(
        None, examples=["military-movement", "statement", "meeting", "sanctions"]
    )
    summary: str | None = None
    tags: list[Annotated[str, StringConstraints(min_length=1, max_length=80)]] = Field(default_factory=list)
    notes: str | None = None
    status: Status = Status.curated
    found_by: str | None = Field(None, description="How ingest found a draft (for review).")


class Quote(Record):
    """The exact words of a source that support claims about actors and events.

    `exact` is `text[start:end]` of the source; `prefix` and `suffix` (about 32 characters
    each) let a moved quote be found again without guessing.
    """

    id: EntityId
    source: EntityId
    exact: Text
    prefix: str = ""
    suffix: str = ""
    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]
    attributed_to: Text | None = Field(
        None,
        description="An actor id, or the words the source used, such as 'an unnamed U.S. official'.",
    )
    about: list[EntityId] = Field(default_factory=list, description="Ids of the actors and events it supports.")
    stance: Stance = Stance.reports
    credibility: Credibility = Field(6, description="Admiralty credibility: 1 (confirmed) to 6 (cannot be judged).")
    notes: str | None = None
    status: Status = Status.curated
    found_by: str | None = Field(None, description="How ingest found a draft (for review).")

    @model_validator(mode="after")
    def _span_is_ordered(self) -> Quote:
        if self.end <= self.start:
            raise ValueError(f"end ({self.end}) must be greater than start ({self.start})")
        return self


def admiralty_grade(source: Source | None, quote: Quote) -> str:
    """The two-character Admiralty grade shown to analysts, such as 'B2'."""
    return f"{source.reliability if source else 'F'}{quote.credibility}"


def attribution_actor_id(quote: Quote) -> str | None:
    """The actor id named by `attributed_to`, when it is written as an id rather than words."""
    value = quote.attributed_to
    if value and ID_RE.fullmatch(value):
        return value
    return None


# The files a workspace holds, by folder: which model each YAML file contains.
RECORD_FOLDERS: dict[str, type[Record]] = {
    "sources": Source,
    "actors": Actor,
    "events": Event,
    "quotes": Quote,
}
