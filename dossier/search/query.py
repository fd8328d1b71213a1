"""From what an analyst types to a Whoosh query: syntax, filters, as-you-type, and clear errors.

The syntax is Whoosh's own (as in Datashare and Aleph): words, "phrases" ("a b"~3: names and
titles with the words near each other, texts holding them all), AND / OR / NOT,
`term~` fuzzy, `word*`, and fields. Free words search names, titles, the names of
the actors a record is about, and text, weighted as in `schema.TEXT_FIELDS`. Filters:

    kind:event            actor, event, quote or source
    actor:<id or name>    records tied to an actor (any of its spellings) or event; also event:, about:
    source:<id>           a source and its quotes
    date:[2022-02-20 TO 2022-02-28]   any date overlapping the range; date:2022-02, date:>=2022-03-01
    credibility:<=2       Admiralty credibility 1-6 (quotes); reliability:A..F (sources and quotes)
    stance:denies, status:draft

The last word of a query not followed by a space is taken as still being typed: it also
matches names and titles beginning with it (an edge n-gram field, one posting list) and, from
four letters on, quotes and texts using the commonest words that begin with it (at most
`MAX_EXPANSIONS`, as Elasticsearch's `max_expansions`), so no query ever expands a wildcard
over the whole vocabulary. `word*` is completed the same way.

Whoosh's parser accepts anything; the mistakes it would silently guess about (an unclosed
quote or bracket, a date that is not a date) are reported here with their position.
"""

from __future__ import annotations

import heapq
import itertools
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from dossier.search.analysis import MAX_GRAM, WORD_RE, fold, fold_phrase, index_terms, stem, term
from dossier.search.name_variants import NameVariants
from dossier.search.place_spellings import PlaceSpellings
from dossier.search.schema import (
    PAIR_FIELD,
    PREFIX_FIELD,
    SPELLING_BOOST,
    SPELLING_FIELD,
    TEXT_FIELDS,
    TIED_FIELD,
)

MAX_QUERY_CHARS = 1000
MAX_EXPANSIONS = 3
MAX_FUZZY = 6
# A name word shared by more actors than this is matched as one list of their records (see `_expand_names`).
MAX_TIED = 8
# One to three letters are answered from names and titles only: a keystroke never scores thousands of quotes.
MIN_COMPLETED = 4
COMPLETION_BOOST = 0.4
PREFIX_BOOST = 4.0
KINDS = ("actor", "event", "quote", "source")
# Words and the punctuation inside names (U.S., O'Brien, Saint-Denis): no fields, quotes or operators.
_PLAIN = re.compile(r"[\w.'’\- ]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# Invisible format characters sit inside words (a pasted name with a zero-width space or soft
# hyphen): they go, rather than splitting the word in two.
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")


def _null_query() -> Any:
    """Whoosh's empty query (a singleton, compared by identity)."""
    from whoosh.query import NullQuery

    return NullQuery


class QueryError(ValueError):
    """A query that cannot be run as typed; `position` is a 0-based index into it, when known."""

    def __init__(self, message: str, position: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.position = position


@dataclass
class Vocabulary:
    """Folded words of the workspace and how many records use each, for completion and suggestions."""

    counts: dict[str, int] = field(default_factory=dict)
    _sorted: list[str] | None = field(default=None, repr=False)

    def add(self, words: Iterable[str]) -> None:
        for word in words:
            self.counts[word] = self.counts.get(word, 0) + 1
        self._sorted = None

    def sorted_words(self) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(self.counts)
        return self._sorted

    def completions(self, prefix: str, limit: int) -> list[str]:
        """The `limit` most used words that begin with `prefix` (the prefix itself excluded)."""
        words = self.sorted_words()
        low = bisect_left(words, prefix)
        high = bisect_left(words, prefix + "\U0010ffff", low)
        candidates = (word for word in words[low:high] if word != prefix)
        return heapq.nlargest(limit, candidates, key=lambda word: (self.counts[word], -len(word)))

    def within(self, word: str, distance: int, limit: int) -> list[str]:
        """The `limit` most used words at most `distance` edits from `word`."""
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        matches = process.extract(
            word, self.sorted_words(), scorer=Levenshtein.distance, score_cutoff=distance, limit=None
        )
        return [match[0] for match in sorted(matches, key=lambda match: (match[1], -self.counts[match[0]]))[:limit]]

    def closest(self, word: str) -> str | None:
        """The most used word within two edits of `word` (one edit for short words), or None."""
        if len(word) < 3 or word in self.counts:
            return None
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        limit = 1 if len(word) <= 4 else 2
        matches = process.extract(word, self.sorted_words(), scorer=Levenshtein.distance, score_cutoff=limit, limit=20)
        if not matches:
            return None
        return min(matches, key=lambda match: (match[1], -self.counts[match[0]], match[0]))[0]


@dataclass
class ParsedQuery:
    """A query ready to run, and what the highlighter and the suggester need to know about it."""

    query: Any  # whoosh.query.Query, or None when nothing was asked
    text: str
    typing: str | None = None  # the folded word still being typed, when there is one
    words: list[tuple[int, int, str]] = field(default_factory=list)  # plain words: (start, end, folded)
    # Index terms of the names of actors found under another spelling ("kyiv" for "kiev"), to highlight.
    other_names: set[str] = field(default_factory=set)


def clean(text: str) -> str:
    """Control characters become spaces (a query is one line of words); invisible format characters go."""
    return _CONTROL.sub(" ", _INVISIBLE.sub("", text))


def _check_balance(text: str) -> None:
    """Report unclosed quotes, parentheses and brackets where they open, before Whoosh guesses."""
    quote_at: int | None = None
    stack: list[tuple[str, int]] = []
    pairs = {")": "(", "]": "[", "}": "{"}
    for index, char in enumerate(text):
        if quote_at is not None:
            if char == '"':
                quote_at = None
            continue
        if char == '"':
            quote_at = index
        elif char in "([{":
            stack.append((char, index))
        elif char in ")]}":
            if not stack or stack[-1][0] != pairs[char]:
                raise QueryError(f"'{char}' closes nothing; remove it or add its '{pairs[char]}'", index)
            stack.pop()
    if quote_at is not None:
        raise QueryError('unclosed quotation mark; add a closing " to search for a phrase', quote_at)
    if stack:
        char, index = stack[-1]
        closing = {"(": ")", "[": "]", "{": "}"}[char]
        hint = " (ranges look like date:[2022-02-20 TO 2022-02-28])" if char in "[{" else ""
        raise QueryError(f"unclosed '{char}'; add a closing '{closing}'{hint}", index)


def _typing_word(text: str) -> tuple[int, str] | None:
    """The last word, when the query does not end in a space and that word is plain (no field, quote, operator)."""
    if not text or text[-1].isspace() or text.count('"') % 2:
        return None
    match = re.search(r"(?:^|[\s(])([^\s():\"*~^\[\]{}]+)$", text)
    if match is None:
        return None
    word = match.group(1)
    if word in ("AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO") or not WORD_RE.fullmatch(word.lstrip("+-")):
        return None
    return match.start(1) + (len(word) - len(word.lstrip("+-"))), word.lstrip("+-")


def make_parser(schema: Any) -> Any:
    from whoosh import qparser

    parser = qparser.MultifieldParser(list(TEXT_FIELDS), schema, fieldboosts=TEXT_FIELDS, group=qparser.AndGroup)
    parser.add_plugin(qparser.FuzzyTermPlugin())
    parser.add_plugin(qparser.GtLtPlugin())
    parser.add_plugin(
        qparser.FieldAliasPlugin(
            {
                "about": ["actor", "event"],
                "credibility": ["cred"],
                "reliability": ["rel"],
                "kind": ["type"],
            }
        )
    )
    return parser


def spelling_terms(name: str, known: dict[str, Any] | None = None) -> tuple[str, list[str]]:
    """An actor spelling folded as a phrase, and its index terms; from `known` (the table the
    index's manifest keeps, see `Manifest.spelling_table`) when it holds them."""
    if known is not None:
        entry = known.get(name)
        if (
            type(entry) is list
            and len(entry) == 2
            and type(entry[0]) is str
            and type(entry[1]) is list
            and all(type(word) is str for word in entry[1])
        ):
            return entry[0], entry[1]
    return fold_phrase(name), index_terms(name)


class QueryBuilder:
    """Parses query strings against one index's schema, actor names and vocabulary."""

    def __init__(
        self,
        schema: Any,
        spellings: dict[str, list[str]],
        record_ids: set[str],
        vocabulary: Vocabulary,
        known: dict[str, Any] | None = None,
        places: PlaceSpellings | None = None,
        variants: NameVariants | None = None,
    ):
        self.parser = make_parser(schema)
        self.places = places
        self.variants = variants
        self.record_ids = record_ids
        self.vocabulary = vocabulary
        self._fuzzy_cache: dict[str, list[str]] = {}
        self.names: dict[str, set[str]] = {}
        # Each actor's spellings as index terms, and which actors each term is part of: the
        # alias table that name words are expanded with (see `_expand_names`).
        self.spelled: dict[str, list[list[str]]] = {}
        self.owners: dict[str, set[str]] = {}
        # Folding and stemming every spelling is ~60 ms at 100,000 quotes: `known` holds them from the manifest.
        self.own_name: dict[str, str] = {}  # actor id -> its name, folded
        for actor_id, names in spellings.items():
            for name in names:
                folded, terms = spelling_terms(name, known)
                self.own_name.setdefault(actor_id, folded)
                self.names.setdefault(folded, set()).add(actor_id)
                self.spelled.setdefault(actor_id, []).append(terms)
                for word in terms:
                    self.owners.setdefault(word, set()).add(actor_id)

    def vocabulary_grew(self) -> None:
        """The index was updated in place: fuzzy terms are matched against its words afresh."""
        self._fuzzy_cache.clear()

    def parse(self, raw: str) -> ParsedQuery:
        # A '?' is punctuation ("what?", a lone '?' typed into the box), not a one-letter wildcard, which
        # the language does not have: read as a space, the positions of what follows stay as typed.
        text = clean(raw).replace("?", " ")
        if len(text) > MAX_QUERY_CHARS:
            raise QueryError(f"the query is too long ({len(text):,} characters; at most {MAX_QUERY_CHARS:,})")
        if not text.strip():
            return ParsedQuery(None, text)
        _check_balance(text)
        typing = _typing_word(text)
        query = self.parser.parse(text)
        query = self._rewrite(query, text)
        if _PLAIN.fullmatch(text.strip()) and query is not None and query is not _null_query():
            # A query that is exactly some actor's name or alias finds that actor first.
            from whoosh import query as q

            exact = [q.Term(SPELLING_FIELD, fold_phrase(text), boost=SPELLING_BOOST)]
            # ... and so does another spelling of it ("Kiev" for a draft "Kyiv", "Lukashenka" for "Lukashenko").
            exact += [
                q.Term(SPELLING_FIELD, self.own_name[actor_id], boost=SPELLING_BOOST)
                for actor_id in sorted(self._spelled_otherwise(fold_phrase(text)))
            ]
            query = q.Or([query, *exact])
        folded_typing = None
        if typing is not None:
            start, word = typing
            folded_typing = fold(word)
            query = self._as_you_type(query, start, folded_typing)
        words = [(start, end, folded) for start, end, folded in _plain_words(text)]
        otherwise = self._owners_spelled_otherwise(words)
        if query is not None:
            query = self._expand_names(query, otherwise)
        named = {word for ids in otherwise.values() for actor_id in ids for word in self._one_word_names(actor_id)}
        if self.variants is not None:  # "Zelenskyy" lit up where "zelensky" was typed
            typed = [folded for _, _, folded in words if stem(folded) not in self.owners and folded not in self.names]
            named |= {stem(word) for folded in typed for word in self.variants.words_like(folded)}
        return ParsedQuery(query.normalize() if query is not None else None, text, folded_typing, words, named)

    # -- names to ids ----------------------------------------------------------------------
    def _expand_names(self, node: Any, otherwise: dict[str, set[str]]) -> Any:
        """Every word or phrase searched in `aka` also finds the records tied to actors it names.

        Records hold the ids of the actors they name (`who`); a word of any spelling of an actor
        becomes that actor's id here, with the word's boost. `aka` itself is still searched: it
        holds speakers named in words rather than by id. `otherwise` adds the actors a word names
        under another spelling (see `_owners_spelled_otherwise`).
        """
        from whoosh import query as q

        named_so: set[str] = set()
        if isinstance(node, q.Term) and node.fieldname == "aka":
            named_so = otherwise.get(str(node.text), set())
            owners = self.owners.get(str(node.text), set()) | named_so
        elif isinstance(node, q.Phrase) and node.fieldname == "aka":
            owners = self._phrase_owners(list(node.words), node.slop)
        elif node.is_leaf():
            return node
        else:
            return node.apply(lambda child: self._expand_names(child, otherwise))
        if not owners:
            return node
        ids = [q.Term(TIED_FIELD, actor_id, boost=node.boost) for actor_id in sorted(owners)]
        # An actor found under another spelling is found itself too, as if its own name had been typed.
        ids += [q.Term(SPELLING_FIELD, self.own_name[actor_id], boost=node.boost) for actor_id in sorted(named_so)]
        if len(ids) > MAX_TIED:
            # A word in many names (a common first name, "forces"): says little about any one record,
            # and an OR of many posting lists is slow to merge. Read as one list, with a filter's score.
            from dossier.search.filters import DocumentSet

            return q.Or([node, DocumentSet(q.Or(ids))])
        return q.Or([node, *ids])

    def _owners_spelled_otherwise(self, words: list[tuple[int, int, str]]) -> dict[str, set[str]]:
        """For a typed word no actor is spelled with, the actors it is another spelling of.

        Keyed by the word's index term, as `aka` terms are: "kiev" finds the draft "Kyiv", and
        "lukashenka" the draft "Lukashenko".
        """
        found: dict[str, set[str]] = {}
        for _start, _end, folded in words:
            stemmed = stem(folded)
            if stemmed in self.owners:
                continue  # some actor is spelled so: that actor is what was meant
            actors = self._spelled_otherwise(folded)
            if actors:
                found.setdefault(stemmed, set()).update(actors)
        return found

    def _spelled_otherwise(self, folded: str) -> set[str]:
        """Actors this spelling names otherwise: places the gazetteer gives it, and (for one word) names
        with a word it transliterates otherwise; none when an actor is spelled so itself."""
        if folded in self.names:
            return set()
        found = self.places.actors_named(folded) if self.places is not None else set()
        if self.variants is not None and " " not in folded:
            found |= self.variants.actors_named(folded)
        return found

    def _one_word_names(self, actor_id: str) -> set[str]:
        """The index terms of an actor's one-word spellings, to highlight where a record names it."""
        return {terms[0] for terms in self.spelled.get(actor_id, ()) if len(terms) == 1}

    def _phrase_owners(self, words: list[str], slop: int) -> set[str]:
        """Actors with a spelling holding these index terms in a row (or all of them, for a loose phrase)."""
        found = set()
        for word in words[:1]:
            for actor_id in self.owners.get(word, ()):
                for terms in self.spelled.get(actor_id, ()):
                    if slop > 1:
                        if set(words) <= set(terms):
                            found.add(actor_id)
                    elif any(terms[i : i + len(words)] == words for i in range(len(terms) - len(words) + 1)):
                        found.add(actor_id)
        return found

    # -- as you type ---------------------------------------------------------------------
    def _typing_query(self, folded: str) -> list[Any]:
        """Names and titles that begin with `folded`, and quotes and texts using its commonest completions.

        Up to three letters begin too many words for their completions to say much, and the
        commonest of them are in thousands of quotes, so they match names and titles only (one
        posting list of the edge n-gram field).
        """
        from whoosh import query as q

        options: list[Any] = [q.Term(PREFIX_FIELD, folded[:MAX_GRAM], boost=PREFIX_BOOST)]
        if len(folded) < MIN_COMPLETED:
            return options
        stems = {stem(word) for word in self.vocabulary.completions(folded, MAX_EXPANSIONS)} - {stem(folded)}
        for completed in sorted(stems):
            options += [q.Term(name, completed, boost=TEXT_FIELDS[name] * COMPLETION_BOOST) for name in ("aka", "body")]
        return options

    def _as_you_type(self, query: Any, start: int, folded: str) -> Any:
        from whoosh import query as q

        extra = self._typing_query(folded)
        found = False

        def visit(node: Any) -> Any:
            nonlocal found
            if (
                isinstance(node, q.Or)
                and node.subqueries
                and all(
                    isinstance(sub, q.Term)
                    and sub.fieldname in TEXT_FIELDS
                    and getattr(sub, "startchar", None) == start
                    for sub in node.subqueries
                )
            ):
                found = True
                return q.Or([*node.subqueries, *extra])
            if isinstance(node, q.Term) and node.fieldname in TEXT_FIELDS and getattr(node, "startchar", None) == start:
                found = True
                return q.Or([node, *extra])
            return node.apply(visit) if not node.is_leaf() else node

        query = visit(query) if query is not None else None
        if not found:
            # The word was a stop word (or too short to index): it can still begin a longer word.
            typed = q.Or(extra)
            query = typed if query is None or query is q.NullQuery else q.And([query, typed])
        return query

    # -- filters -------------------------------------------------------------------------
    def _rewrite(self, node: Any, text: str) -> Any:
        from whoosh import query as q

        if isinstance(node, q.Wildcard) or (isinstance(node, q.Prefix) and node.fieldname not in TEXT_FIELDS):
            raise QueryError("only a * at the end of a word is supported (luka*)", getattr(node, "startchar", None))
        if isinstance(node, q.Prefix):
            return q.Or(self._typing_query(fold(node.text)))
        if isinstance(node, q.FuzzyTerm) and node.fieldname in TEXT_FIELDS:
            return self._fuzzy(node, text)
        if isinstance(node, q.Phrase) and node.fieldname == "body" and len(node.words) > 1 and node.slop <= 1:
            # Consecutive pairs looked up in the pair field: no positions to check.
            pairs = [f"{first} {second}" for first, second in itertools.pairwise(node.words)]
            return q.And([q.Term(PAIR_FIELD, pair) for pair in dict.fromkeys(pairs)], boost=node.boost)
        if isinstance(node, q.Phrase) and node.fieldname == "body":
            # "a b"~5 (words near each other): the body keeps no positions, so all of them in one text.
            return q.And([q.Term("body", word) for word in node.words], boost=node.boost)
        fieldname = getattr(node, "fieldname", None)
        if node.is_leaf() or isinstance(node, (q.Phrase, q.TermRange)):
            if fieldname in ("about", "source", "credibility", "reliability", "stance", "status", "date", "kind"):
                return self._filter(node, fieldname, text)
            return node
        return node.apply(lambda child: self._rewrite(child, text))

    def _fuzzy(self, node: Any, raw: str) -> Any:
        """`word~`: the word and the commonest known words within its edit distance.

        Matched against the workspace's vocabulary (RapidFuzz, in C) rather than by Whoosh
        walking every term of every field, which took about a second on 100,000 quotes.
        """
        from whoosh import query as q

        start, end = getattr(node, "startchar", None), getattr(node, "endchar", None)
        typed = raw[start:end] if start is not None and end is not None else str(node.text)
        # The parser hands over a stemmed term; the vocabulary holds words as written (folded).
        text = fold(re.sub(r"~[0-9]*$", "", typed.split(":")[-1])) or str(node.text)
        if text not in self._fuzzy_cache:
            near = self.vocabulary.within(text, max(1, min(int(node.maxdist), 2)), MAX_FUZZY)
            self._fuzzy_cache[text] = sorted({stem(word) for word in near} | {stem(text)})
        return q.Or([q.Term(node.fieldname, word) for word in self._fuzzy_cache[text]], boost=node.boost)

    def _filter(self, node: Any, fieldname: str, text: str) -> Any:
        from whoosh import query as q

        position = getattr(node, "startchar", None)
        if isinstance(node, q.TermRange):
            return self._range(node, fieldname, position)
        value = " ".join(node.words) if isinstance(node, q.Phrase) else str(node.text)
        if fieldname == "kind":
            kind = value.lower().rstrip("s")
            if kind not in KINDS:
                raise QueryError(f"kind:{value}: a kind is one of {', '.join(KINDS)}", position)
            return q.Term("kind", kind)
        if fieldname == "about":
            return self._about(value, position)
        if fieldname == "source":
            return q.Term("facet", f"ref:{value.lower()}")
        if fieldname == "credibility":
            return q.Term("facet", f"cred:{_credibility(value, position)}")
        if fieldname == "reliability":
            return q.Term("facet", f"rel:{_reliability(value, position)}")
        if fieldname == "stance":
            if value.lower() not in ("asserts", "denies", "reports"):
                raise QueryError(f"stance:{value}: a stance is asserts, denies or reports", position)
            return q.Term("facet", f"stance:{value.lower()}")
        if fieldname == "status":
            if value.lower() == "draft":
                return q.Term("facet", "draft")
            if value.lower() == "curated":
                return q.Not(q.Term("facet", "draft"))  # alone: And([Every(), Not(...)]) matched everything
            raise QueryError(f"status:{value}: a status is curated or draft", position)
        lower, upper = _date_bounds(value, position)
        return _date_query(lower, upper)

    def _range(self, node: Any, fieldname: str, position: int | None) -> Any:
        from whoosh import query as q

        start, end = node.start, node.end
        if fieldname == "date":
            lower = _date_bounds(start, position)[0] if start else "0001-01-01"
            upper = _date_bounds(end, position)[1] if end else "9999-12-31"
            if not node.startexcl and not node.endexcl:
                return _date_query(lower, upper)
            import datetime as dt

            if node.startexcl and start:
                lower = (dt.date.fromisoformat(_date_bounds(start, position)[1]) + dt.timedelta(days=1)).isoformat()
            if node.endexcl and end:
                upper = (dt.date.fromisoformat(_date_bounds(end, position)[0]) - dt.timedelta(days=1)).isoformat()
            return _date_query(lower, upper)
        if fieldname == "credibility":
            low = _credibility(start, position) if start else 1
            high = _credibility(end, position) if end else 6
            low, high = low + node.startexcl, high - node.endexcl
            return q.Or([q.Term("facet", f"cred:{grade}") for grade in range(low, high + 1)] or [q.NullQuery()])
        if fieldname == "reliability":
            low_letter = _reliability(start, position) if start else "A"
            high_letter = _reliability(end, position) if end else "F"
            letters = [letter for letter in "ABCDEF" if low_letter <= letter <= high_letter]
            if node.startexcl:
                letters = [letter for letter in letters if letter != low_letter]
            if node.endexcl:
                letters = [letter for letter in letters if letter != high_letter]
            return q.Or([q.Term("facet", f"rel:{letter}") for letter in letters] or [q.NullQuery()])
        raise QueryError(f"{fieldname}: takes a single value, not a range", position)

    def _about(self, value: str, position: int | None) -> Any:
        from whoosh import query as q

        lowered = value.lower()
        if lowered in self.record_ids:
            return q.Term("facet", f"ref:{lowered}")
        owners = self.names.get(fold_phrase(value), set())
        if not owners:
            raise QueryError(f"actor:{value}: no actor or event has that id, name or alias", position)
        return q.Or([q.Term("facet", f"ref:{owner}") for owner in sorted(owners)])


def _plain_words(text: str) -> Iterable[tuple[int, int, str]]:
    """Words typed as free text (not field names, values of filters, or operators)."""
    for match in WORD_RE.finditer(text):
        word = match.group()
        if word in ("AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"):
            continue
        after = text[match.end() : match.end() + 1]
        before = text[: match.start()]
        if after == ":" or re.search(r"\w+:\S*$", before) or re.search(r"\w+:[\[{(<>=\"][^\]})\"]*$", before):
            continue
        if term(word) is None:
            continue
        yield match.start(), match.end(), fold(word)


def _credibility(value: str, position: int | None) -> int:
    if value.strip() not in ("1", "2", "3", "4", "5", "6"):
        raise QueryError(
            f"credibility:{value}: credibility is a number from 1 (confirmed) to 6 (cannot be judged)", position
        )
    return int(value)


def _reliability(value: str, position: int | None) -> str:
    letter = value.strip().upper()
    if len(letter) != 1 or letter not in "ABCDEF":
        raise QueryError(
            f"reliability:{value}: reliability is a letter from A (reliable) to F (cannot be judged)", position
        )
    return letter


def _date_bounds(value: str, position: int | None) -> tuple[str, str]:
    from dossier.dates import EdtfError, edtf_bounds

    try:
        bounds = edtf_bounds(value.strip().upper() if "x" in value.lower() else value.strip())
    except EdtfError:
        bounds = None
    if bounds is None:
        raise QueryError(f"date: '{value}' is not a date (use 2022-02-24, 2022-02 or 2022)", position)
    return bounds[0].isoformat(), bounds[1].isoformat()


def _date_query(lower: str, upper: str) -> Any:
    """Records whose date overlaps [lower, upper]: a day inside it, or a long span that covers it."""
    from whoosh import query as q

    if lower > upper:
        return q.NullQuery()
    from dossier.search.filters import DocumentSet

    days = q.TermRange("facet", f"day:{lower}", f"day:{upper}")
    spans = q.And([q.TermRange("facet", "lo:", f"lo:{upper}"), q.TermRange("facet", f"hi:{lower}", "hi:\uffff")])
    # Read once as a list of documents: an OR of a term per day is slow to merge posting by posting.
    return DocumentSet(q.Or([days, spans]))


def describe_error(error: QueryError, text: str) -> str:
    """The message, and when the place is known, the query with a caret under it."""
    from dossier.sanitize import visible

    if error.position is None:
        return error.message
    shown = clean(text)
    start = max(0, error.position - 60)

    def flat(part: str) -> str:
        return visible(part, keep_newlines=False, keep_tabs=False)

    # The caret is measured on the same flattened text it sits under, so it points at the character.
    excerpt = flat(shown[start : error.position + 20])
    caret = " " * len(flat(shown[start : error.position])) + "^"
    return f"{error.message} (at character {error.position + 1})\n  {excerpt}\n  {caret}"
