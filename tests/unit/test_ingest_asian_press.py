"""Names as English-language news in Asia writes them. From Hong Kong, Korea and Taiwan: the family
name first, then a given name of two syllables joined by a hyphen ("Moon Jae-in"), often after an
English given name ("Matthew Tong Ka-wing"); the family name alone, and the English given name with
the family name, are short forms of that person. From Malaysia and Singapore: "bin" and "binti"
inside a name, honorifics such as "Datuk Seri" before it. Currencies written with a place's letters
("HK$", "US$") name no place."""

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


def test_a_malay_name_with_binti_is_one_person_and_its_own_names_are_its_short_form() -> None:
    drafts = _drafts(
        "Analyst Siti Hajar binti Osman wrote that the results disappointed. Ms Siti Hajar cut her target price."
    )
    kind, aliases = drafts["Siti Hajar binti Osman"]
    assert kind is ActorKind.person and "Ms Siti Hajar" in aliases
    assert "Siti Hajar" not in drafts and "Osman" not in drafts


def test_a_malay_honorific_is_a_title_and_shah_inside_a_name_is_no_title() -> None:
    drafts = _drafts("The port's chairman, Datuk Seri Roslan Shah bin Hamid, will retire in June, the board said.")
    assert drafts["Roslan Shah bin Hamid"][0] is ActorKind.person
    assert not any(name.split()[0] == "Datuk" for name in drafts)


def test_shah_as_a_family_name_after_a_title_keeps_the_person() -> None:
    drafts = _drafts("Railway Minister Pranav Shah said the new line would open next year.")
    assert drafts["Pranav Shah"][0] is ActorKind.person


def test_currency_letters_are_no_place() -> None:
    drafts = _drafts("The developer paid HK$2.4 million and US$300,000 in fees, the court heard on Friday.")
    assert drafts == {}


def test_a_port_operator_named_by_its_terminals_is_an_organisation() -> None:
    drafts = _drafts("Rival operator Marrowby Container Terminals said its chairman would step down.")
    assert drafts["Marrowby Container Terminals"][0] is ActorKind.organization


def test_a_name_with_two_family_names_before_a_cantonese_given_name_shortens_to_its_first_words() -> None:
    drafts = _drafts(
        "Chief Executive Margaret Chow Lai Siu-fong opened the bridge on Sunday. Margaret Chow said it would cut "
        "journeys by half."
    )
    assert "Margaret Chow" in drafts["Margaret Chow Lai Siu-fong"][1]
    assert "Margaret Chow" not in drafts


def test_the_first_words_of_a_firm_taken_for_a_person_are_not_its_short_form() -> None:
    # Only names that end in a given name written last, or go on with "bin", shorten to their first words.
    drafts = _drafts("Tarnwell Air Regional said flights would resume. Tarnwell Air said its pilots were ready.")
    assert not any("Tarnwell Air" in aliases for _kind, aliases in drafts.values())
