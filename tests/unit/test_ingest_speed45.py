"""Round speed45: extract() does less on a text that cannot hold what a rule looks for, and rules that looked for a
name's word over the rest of the text read an index built once per text. The answers stay; these tests pin the
rules' words and the indexes. Invented sentences and names throughout."""

from __future__ import annotations

import re

import pytest

from dossier.ingest import actor_document, heading_names, market_indices, share_moves, written_ends
from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.gazetteer import gazetteer
from dossier.ingest.grouping import ActorDraft
from dossier.ingest.heading_names import heading_sentences
from dossier.ingest.mentions import tokenize
from dossier.ingest.sentences import list_items_apart, split_sentences
from dossier.ingest.written_ends import ends_before
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kind_names

# Market lines of each shape the two rules read: the rule's module, its pattern's name and the name of the words it
# says every match holds (looked up in the test, so that each test stands alone).
_INDEX = (market_indices, "_AFTER_AN_INDEX", "_LINE_WORDS")
_SHARE = (share_moves, "_AFTER_A_SHARE", "_MOVE_WORDS")
_MARKET_LINES = [
    ("The Quellex closed 150 points up.", _INDEX),
    ("The Quellex was up 41.5 pts on Monday.", _INDEX),
    ("Traders watched the Varnex index all day.", _INDEX),
    ("The Tarnby indices slipped.", _INDEX),
    ("The Quellmark Select ETF gained.", _INDEX),
    ("The Varn Jones industrial average fell.", _INDEX),
    ("The Standard & Quell's 500 Index fell.", _INDEX),
    ("The Quell 30 Average fell.", _INDEX),
    ("The S&P/QSX 200 fell.", _INDEX),
    ("Ostrel Paints grew by 9.80 per cent to N4.73.", _SHARE),
    ("Ostrel Paints grew by 9.80 percent to N4.73.", _SHARE),
    ("Ostrel Paints (up 2.1%) led.", _SHARE),
    ("Ostrel Paints: 5.86 per cent\n", _SHARE),
    ("Ostrel Paints declined 2.5 percent on Monday.", _SHARE),
    ("Ostrel Paints up 14.9p at 340.8p.", _SHARE),
    ("Ostrel Paints ahead 29p to 859p.", _SHARE),
]


@pytest.mark.parametrize(("line", "rule"), _MARKET_LINES)
def test_every_market_line_a_rule_reads_holds_one_of_the_words_the_rule_needs(
    line: str, rule: tuple[object, str, str]
) -> None:
    # A text with none of the words is never scanned: a word missing from the list would lose these answers.
    module, pattern_name, words_name = rule
    pattern: re.Pattern[str] = getattr(module, pattern_name)
    needs: tuple[str, ...] = getattr(module, words_name)
    assert pattern.search(line) is not None
    assert any(word in line for word in needs)


def test_a_text_without_the_rules_words_gives_only_the_drafts_own_ends() -> None:
    text = "Velmor Foods rose. Velmor Foods index. Velmor Foods fell 2%."
    draft = ActorDraft("velmor-foods", "Velmor Foods", ActorKind.organization, "test", spans=[(0, 12)])
    pattern = re.compile(r" index| fell \d+%")
    assert ends_before(text, draft, pattern, ("pts",)) == {12}  # no "pts": not looked for
    assert ends_before(text, draft, pattern, ("index", "%")) == {12, 31, 51}


def test_market_readings_stand_on_a_market_page_and_a_page_without_figures_keeps_its_firms() -> None:
    market = draft_kind_names(
        "Lagos: Ostrelfoam shrank by 9.96 per cent to N79.10, and the Quellex gained 408.86 points on Friday."
    )
    assert market.get("Ostrelfoam") == "organization"
    assert "Quellex" not in market
    plain = draft_kind_names("Dorian Hartwell said on Friday that Ostrel Paints Ltd would open a plant in Tarnby.")
    assert plain.get("Dorian Hartwell") == "person"
    assert plain.get("Ostrel Paints Ltd") == "organization"


def test_a_sentence_without_a_colon_is_kept_as_it_is_and_renumbered_after_a_list() -> None:
    text = "Aircraft struck on June 5:\n- Near Velmora, a depot burned.\n\nTalks went on. Nothing else moved."
    sentences = split_sentences(text)
    statements = list_items_apart(sentences)
    assert [s.text for s in statements] == [
        "Aircraft struck on June 5:",
        "- Near Velmora, a depot burned.",
        "Talks went on.",
        "Nothing else moved.",
    ]
    assert [s.index for s in statements] == [0, 1, 2, 3]
    plain = split_sentences("Talks went on. Nothing else moved.")
    assert all(kept is given for kept, given in zip(list_items_apart(plain), plain, strict=True))


class _CountingSub:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.asked = pattern, 0

    def sub(self, repl: str, text: str) -> str:
        self.asked += 1
        return self.pattern.sub(repl, text)


def test_only_a_sentence_ending_in_a_bracket_is_searched_for_note_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _CountingSub(heading_names._NOTE_MARKS_AT_END)
    monkeypatch.setattr(heading_names, "_NOTE_MARKS_AT_END", counting)
    text = "Varn Valley Police Service\n\nIt runs the Varn Valley Police and the Quell Border Force.[1][2]\n\nTarn News"
    sentences = split_sentences(text)
    tokens = tokenize(text)
    headings = heading_sentences(sentences, tokens, [token.start for token in tokens])
    assert counting.asked == 1
    assert {sentences[k].text for k in headings} == {"Varn Valley Police Service", "Tarn News"}


def _doc(text: str) -> ActorDocument:
    return ActorDocument(text, tokenize(text), set(), set(), set(), set(), gazetteer())


def test_a_words_positions_are_read_from_one_index_per_text() -> None:
    doc = _doc("Woods said it. Later Woods added more, and woods grew.")
    positions_of_word = actor_document.positions_of_word
    assert [doc.tokens[k].text for k in positions_of_word(doc, "woods")] == ["Woods", "Woods", "woods"]
    built = doc.word_positions
    assert positions_of_word(doc, "tarn") == []
    assert doc.word_positions is built  # built once, not per question


def test_a_family_name_alone_far_down_a_long_text_still_makes_the_person() -> None:
    filler = "The council met again on the budget and the roads. " * 400
    drafts = draft_kind_names(f"Tiger Woods arrived on Monday. {filler}Later, Woods added that he was fit.")
    assert drafts.get("Tiger Woods") == "person"


def test_a_firms_name_given_with_its_legal_form_is_found_again_among_many_firms() -> None:
    firms = [f"{first} {second} Freight" for first in ("Alder", "Brenna", "Corvel") for second in ("Quell", "Varn")]
    text = " ".join(f"The register lists {firm} Ltd." for firm in firms) + " Later, Brenna Varn Freight hired staff."
    doc = _doc(text)
    found = actor_document._firm_words(doc.tokens)
    again = next(k for k, token in enumerate(doc.tokens) if token.text == "Later") + 1
    assert {again, again + 1, again + 2} <= found  # "Brenna Varn Freight" the second time
    assert again - 1 not in found and again + 3 not in found  # "Later", "hired": no firm's words


def test_the_lines_holding_a_rules_words_give_every_match_the_whole_text_gives() -> None:
    text = (
        "Lagos: stocks ended higher on Friday.\n\nTOP GAINERS\n\nQuellam Steel: 5.86 per cent\n"
        "Varnby Finance (up 1.2%) and Ostrel Paints grew by 9.80 percent to N4.73 in the session.\n"
        "Tarn Oil rose 1.4% to $56.10 a\nbarrel. The Quellex closed 150\npoints up; the Varnex index slipped.\n"
        "The Varn Jones industrial average fell, and the Tarnby Select ETF was up 41.5 pts."
    )
    for module, pattern_name, words_name in (_INDEX, _SHARE):
        pattern: re.Pattern[str] = getattr(module, pattern_name)
        anywhere = re.compile(f"(?=(?:{pattern.pattern}))", pattern.flags)
        whole = tuple(match.start() for match in anywhere.finditer(text))
        assert whole  # each rule matches somewhere here
        assert written_ends._matches_start(text, pattern, getattr(module, words_name)) == whole
