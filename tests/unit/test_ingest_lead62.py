"""Lead mends of the session of 2026-12-07 from 23:44: Chinese family names that are English words; a post kept as
a person's spelling names her on her own page only."""

from __future__ import annotations

from pathlib import Path

from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kind_names, draft_kinds, ingest_in_one_workspace, ingest_linked


def test_a_chinese_family_name_that_is_a_pronoun_opens_the_name() -> None:
    # "He" is a common Chinese family name; before a given name of two pinyin syllables it is no pronoun (the run was
    # cut to "Jiankui" of kind other).
    text = "The engineer He Zhanrui was detained in March. He Zhanrui said he would appeal."
    assert draft_kind_names(text) == {"He Zhanrui": "person"}


def test_a_chinese_family_name_opening_a_sentence_is_kept() -> None:
    # "Ma" opens the sentence and is a word in English; the run gave no draft at all.
    text = "Ma Jiqiang, a broker in Tianjin, said shares would recover."
    assert draft_kind_names(text) == {"Ma Jiqiang": "person", "Tianjin": "place"}


def test_a_pronoun_before_a_title_case_verb_stays_a_pronoun() -> None:
    # A guard: in a title-case headline "He Sang" is a pronoun and a verb of one syllable, no name.
    assert "He Sang" not in draft_kind_names("He Sang For The Crowd Again\n\nThe concert ran late.")


def test_a_post_kept_as_a_holders_spelling_does_not_name_her_on_a_later_page(tmp_path: Path) -> None:
    # Page one names the post beside its holder, so the post is one of her spellings there (re3d marks it so).
    # Page two's bare "the Foreign Secretary" may be her successor or another country's: it is not linked to her.
    actors, linked = ingest_in_one_workspace(
        tmp_path / "ws",
        "# Talks\n\nThe Foreign Secretary, Ilse Varnholt, said on Monday in Tarnby that the talks would resume.\n",
        "# Visit\n\nIn Quellport, the Foreign Secretary met her counterpart on Friday, officials said.\n",
    )
    assert actors["Ilse Varnholt"] == "person"
    assert "Ilse Varnholt" in linked[1]
    assert "Ilse Varnholt" not in linked[2]


def test_a_holders_name_with_her_post_still_names_her_on_a_later_page(tmp_path: Path) -> None:
    # A guard: the post with her family name says who she is, on any page.
    _, linked = ingest_in_one_workspace(
        tmp_path / "ws",
        "# Talks\n\nThe Foreign Secretary, Ilse Varnholt, said on Monday in Tarnby that the talks would resume.\n",
        "# Visit\n\nIn Quellport, Foreign Secretary Varnholt met her counterpart on Friday, officials said.\n",
    )
    assert "Ilse Varnholt" in linked[2]


def test_the_side_a_government_leans_to_is_no_party() -> None:
    # "the pro-Varnist government": the word after "pro-" says whom the government favours; it was drafted as a
    # party of one word ("Varnist", an organisation) because the page also writes the word alone.
    kinds = draft_kind_names("Rebels fought the pro-Varnist government for years after the Varnist withdrawal.")
    assert "Varnist" not in kinds


def test_a_region_named_two_ways_on_one_page_in_another_language_is_one_draft() -> None:
    # "Приамурье" (everyday) and "Амурская область" (formal) are one region of the gazetteer; the page made two
    # drafts of it, and in a workspace two records side by side.
    kinds = draft_kinds(
        "Губернатор Амурской области заявил, что Приамурье получит новые дороги. В Приамурье выпал снег.",
        language="ru",
    )
    assert kinds == {"Амурская область": ActorKind.place}


def test_the_region_named_two_ways_is_one_record_under_the_gazetteers_name(tmp_path: Path) -> None:
    actors, _ = ingest_linked(
        tmp_path / "ws",
        "---\ntitle: Снег\nlang: ru\n---\n\nВласти Подмосковья сообщили в понедельник, что Московская область "
        "получит новые дороги и школы.\n",
    )
    places = [(actor.name, actor.aliases) for actor in actors if actor.kind is ActorKind.place]
    assert len(places) == 1
    name, aliases = places[0]
    assert {"Подмосковье", "Московская область"} <= {name, *aliases}
