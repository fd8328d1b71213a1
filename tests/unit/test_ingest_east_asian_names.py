"""Names as English-language news from Hong Kong, Korea and Taiwan writes them: the family name
first, then a given name of two syllables joined by a hyphen ("Moon Jae-in"), often after an
English given name ("Matthew Tong Ka-wing"). The whole name is one person; the family name alone,
and the English given name with the family name, are short forms of that person."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.model import ActorKind


def _drafts(text: str) -> dict[str, tuple[ActorKind, list[str]]]:
    return {a.name: (a.kind, a.aliases) for a in extract(text, None, [], set(), "test").actors}


def test_a_cantonese_given_name_ending_in_ing_stays_whole() -> None:
    # "-wing", "-ming", "-ching" are syllables of a given name, not English words in "-ing".
    drafts = _drafts(
        "Officials said Horace Lo Ka-wing met the board on Friday. Police arrested Fung Siu-ching, 41, "
        "and Yip Chi-ming, 38, near the harbour."
    )
    assert {"Horace Lo Ka-wing", "Fung Siu-ching", "Yip Chi-ming"} <= set(drafts)
    assert "Horace Lo Ka" not in drafts


def test_an_english_hyphen_ing_word_is_not_taken_for_a_given_name() -> None:
    drafts = _drafts("The charity Kind Well-being opened a clinic in the town last week, its director said.")
    assert not any(name.endswith("Well-being") and kind is ActorKind.person for name, (kind, _) in drafts.items())


def test_an_english_given_name_before_a_cantonese_name_makes_a_person() -> None:
    drafts = _drafts("Transport chief Dominic Sze Wai-kit said the new ferry pier would open in May.")
    assert drafts["Dominic Sze Wai-kit"][0] is ActorKind.person


def test_the_family_name_and_the_english_name_alone_link_to_the_whole_name() -> None:
    drafts = _drafts(
        "Finance Secretary Gilbert Mak Ka-ming unveiled the budget on Wednesday. Mak said revenue would "
        "recover next year. Gilbert Mak told lawmakers that stamp duties would stay. Labour chief Priscilla "
        "Yeung Wai-lan also spoke. Yeung Wai-lan said wages had risen."
    )
    kind, aliases = drafts["Gilbert Mak Ka-ming"]
    assert kind is ActorKind.person
    assert {"Mak", "Gilbert Mak"} <= set(aliases)
    assert "Gilbert Mak" not in drafts and "Mak" not in drafts
    assert "Yeung Wai-lan" in drafts["Priscilla Yeung Wai-lan"][1]


def test_a_korean_family_name_alone_is_its_own_bearer_not_another_persons_given_syllable() -> None:
    # "Seo" is Seo Hye-jin's family name and the second syllable of Park Ji-seo's given name.
    drafts = _drafts(
        "Minister Seo Hye-jin met mayor Park Ji-seo in Daegu on Monday. Seo said the two cities would "
        "share a rail line."
    )
    assert "Seo" in drafts["Seo Hye-jin"][1]
    assert "Seo" not in drafts["Park Ji-seo"][1]
