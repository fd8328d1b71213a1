"""Round speed43: a long text reads each of its names as fast as a short one, and a fresh process waits less before
its first page, with the same answers. The rule that asks whether a firm's word stands alone elsewhere reads the
word's uses found once per text; py3langid's model and the listed firms' names are kept per machine. These tests
check that each index or cache answers as what it replaces did. Invented text throughout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dossier.ingest import and_in_names
from dossier.ingest.and_in_names import FUNCTION_WORDS, NAME_WORD, _firm_word_alone_elsewhere, _named_alone_elsewhere
from dossier.ingest.mentions import Token, tokenize

# A firm's coined word heading its name ("Quellfield Bank"), alone before a verb ("Quellfield said"), after a
# capitalised word ("Old Quellfield"), many times over; and a second coined word heading a name only once.
_TEXT = " ".join(
    [
        "Quellfield and Tarncrest Microfinance Bank signed. Quellfield Bank grew. Quellfield said it would hire.",
        "Old Quellfield closed. Varnmoor Trust and Quellfield Trust met; Varnmoor said nothing.",
    ]
    + ["Quellfield reported profits and Quellfield Bank paid Tarncrest Holdings, as Tarncrest Holdings said."] * 30
    + ["Brindlecart Bank opened. Tolsey Varn and Tolsey Varn Group parted; Tolsey Varn left."]
)


def _walked(tokens: list[Token], k: int) -> bool:
    """The rule as it read the text before: every other place of the word, per call."""
    headed = alone = False
    for j, token in enumerate(tokens):
        if token.text != tokens[k].text or j == k or not 0 < j < len(tokens) - 1:
            continue
        if tokens[j - 1].joined and tokens[j - 1].capitalised:
            continue
        after = tokens[j + 1]
        if token.joined and after.capitalised and after.folded in NAME_WORD:
            headed = True
        elif token.joined and after.text[:1].islower() and after.folded not in FUNCTION_WORDS:
            alone = True
    return headed and alone


def _walked_words(tokens: list[Token], opening: int, before: int) -> bool:
    words = [token.text for token in tokens[opening : before + 1]]
    size = len(words)
    for k in range(1, len(tokens) - size):
        if k == opening or [token.text for token in tokens[k : k + size]] != words:
            continue
        after, previous = tokens[k + size], tokens[k - 1]
        alone_before = not (previous.joined and previous.capitalised)
        if alone_before and tokens[k + size - 1].joined and after.text[:1].islower() and after.folded != "and":
            return True
    return False


def test_a_firms_word_alone_elsewhere_answers_as_the_walk_over_its_every_place() -> None:
    tokens = tokenize(_TEXT)
    answers = [_firm_word_alone_elsewhere(tokens, k) for k in range(len(tokens))]
    coined = {"Quellfield", "Tarncrest", "Varnmoor", "Brindlecart", "Tolsey", "Varn"}  # (rare words: asked)
    for k, token in enumerate(tokens):
        if token.text in coined:
            assert answers[k] == _walked(tokens, k), (k, token.text)
    # "Quellfield" heads a name and stands alone at many places: yes at each; "Brindlecart" heads one name only
    quellfield = [k for k, token in enumerate(tokens) if token.text == "Quellfield"]
    assert all(answers[k] for k in quellfield)
    # kept per word: the first two places where it heads a name, and the first two where it stands alone
    headed = [k for k in quellfield if tokens[k + 1].text in ("Bank", "Trust")]
    alone = [k for k in quellfield if tokens[k + 1].text in ("said", "reported")]
    assert and_in_names._uses_of(tokens, "Quellfield") == (tuple(headed[:2]), tuple(alone[:2]))
    assert not any(answers[k] for k, token in enumerate(tokens) if token.text == "Brindlecart")


def test_a_word_whose_only_other_use_is_the_asked_one_is_not_alone_elsewhere() -> None:
    # "Varnmoor" heads a name once ("Varnmoor Trust") and stands alone once ("Varnmoor said"): asked at either
    # place, the other use is missing, so the answer is no; the answer per word keeps two places of each use
    text = "In March the Varnmoor Trust and Quellhill Bank met. Varnmoor said nothing."
    tokens = tokenize(text)
    places = [k for k, token in enumerate(tokens) if token.text == "Varnmoor"]
    for k in places:
        assert _firm_word_alone_elsewhere(tokens, k) is _walked(tokens, k) is False
    twice = tokenize(text + " And so Varnmoor said more; the Varnmoor Trust paid.")
    for k, token in enumerate(twice):
        if token.text == "Varnmoor":
            assert _firm_word_alone_elsewhere(twice, k) is _walked(twice, k) is True


def test_words_before_and_alone_elsewhere_answer_as_the_walk_over_the_text() -> None:
    tokens = tokenize(_TEXT)
    for opening in range(1, len(tokens) - 3):
        if not tokens[opening].text[:1].isupper():
            continue
        for before in (opening + 1, opening + 2):
            assert _named_alone_elsewhere(tokens, opening, before) == _walked_words(tokens, opening, before)


def test_the_uses_of_a_word_are_found_once_per_text() -> None:
    tokens = tokenize(_TEXT)
    k = next(k for k, token in enumerate(tokens) if token.text == "Quellfield")
    _firm_word_alone_elsewhere(tokens, k)
    assert and_in_names._POSITIONS[0] is tokens
    assert "Quellfield" in and_in_names._POSITIONS[2]
    other = tokenize("Quellfield Bank grew.")
    _firm_word_alone_elsewhere(other, 0)
    assert and_in_names._POSITIONS[0] is other and set(and_in_names._POSITIONS[2]) == {"Quellfield"}


_SENTENCES = [
    "The council of Quellstad met on Monday and agreed to open the new bridge over the river next spring.",
    "Der Stadtrat von Quellstad hat am Montag beschlossen, die neue Brücke im Frühjahr zu eröffnen.",
    "Le conseil municipal de Quellstad a décidé lundi d'ouvrir le nouveau pont au printemps prochain.",
    "Городской совет Квельштадта в понедельник решил открыть новый мост весной следующего года.",
    "O conselho de Quellstad decidiu na segunda-feira abrir a nova ponte na próxima primavera.",
]


def test_the_language_model_kept_per_machine_answers_as_py3langids_own(isolated_cache: Path) -> None:
    import py3langid

    from dossier.ingest import language

    language._identifier.cache_clear()
    try:
        unpacked = language._identifier()  # unpacked from py3langid's file, and kept
        assert sorted(path.name.split("-")[-1] for path in (isolated_cache / "langid").glob("*.npy")) == sorted(
            f"{name}.npy" for name in language._ARRAYS
        )
        language._identifier.cache_clear()
        mapped = language._identifier()  # read back from the kept files
        for sentence in _SENTENCES:
            assert unpacked.classify(sentence) == mapped.classify(sentence) == py3langid.classify(sentence)
        assert [language.detect_language(sentence) for sentence in _SENTENCES] == ["en", "de", "fr", "ru", "pt"]
    finally:
        language._identifier.cache_clear()


def test_a_damaged_model_file_is_unpacked_again(isolated_cache: Path) -> None:
    import py3langid

    from dossier.ingest import language

    language._identifier.cache_clear()
    try:
        language._identifier()
        for path in (isolated_cache / "langid").glob("*ptc.npy"):
            path.write_bytes(b"not an array")
        language._identifier.cache_clear()
        assert language._identifier().classify(_SENTENCES[1]) == py3langid.classify(_SENTENCES[1])
    finally:
        language._identifier.cache_clear()


@pytest.mark.parametrize("kind", ["names", "words"])
def test_the_listed_firms_are_read_from_the_cache_as_built(isolated_cache: Path, kind: str) -> None:
    from dossier.ingest import listed_firms

    asked: Any = listed_firms._listed_names if kind == "names" else listed_firms._one_word_names
    built: frozenset[object] = frozenset(listed_firms._built_one_word_names())
    if kind == "names":
        kept = listed_firms._built_listed_names()  # (a name's words joined by spaces: its words, and run together)
        built = frozenset(spelling for name in kept for spelling in (tuple(name.split(" ")), name.replace(" ", "")))
    asked.cache_clear()
    try:
        assert asked() == built  # built, kept, and answered
        assert list((isolated_cache / "names").glob(f"listed-firm-{kind}-*.json"))
        asked.cache_clear()
        assert asked() == built  # read back
    finally:
        asked.cache_clear()
