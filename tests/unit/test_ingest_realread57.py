"""Round realread57: well-known people and firms named by words a frequency list counts as common ("Obama",
"Woods", "Clicks", "Red Hat"). The text itself says what they are: a person is taken up by the family name alone
or by "he"/"she", a firm has shares and "its" shares. Invented sentences throughout (famous names in them)."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kind_names


def test_a_name_of_frequent_words_whose_family_name_comes_back_alone_is_a_person() -> None:
    drafts = draft_kind_names(
        "Barack Obama said on Monday that the new talks would go ahead. Obama added that the hosts were generous."
    )
    assert drafts.get("Barack Obama") == "person"
    assert "Obama" not in drafts  # the later family name is the same person


def test_a_name_of_frequent_words_that_speaks_and_is_then_he_or_she_is_a_person() -> None:
    drafts = draft_kind_names("Tiger Woods told reporters on Friday that he would play in the spring.")
    assert drafts.get("Tiger Woods") == "person"
    # a firm is "it", and a phrase of everyday words stays no person
    firm = draft_kind_names("Harmony Gold said on Monday it would cut 500 jobs at the shaft.")
    assert firm.get("Harmony Gold") == "organization"
    assert draft_kind_names("Social Care said he was wrong about the vote.").get("Social Care") != "person"


def test_one_everyday_word_after_shares_of_is_a_firm() -> None:
    drafts = draft_kind_names("Shares of Clicks rose 4% on Tuesday, and shares in Carnival fell after the storm.")
    assert drafts.get("Clicks") == "organization"
    assert drafts.get("Carnival") == "organization"
    assert draft_kind_names("Shares of Sales rose on the news.") == {}


def test_a_name_that_saw_its_shares_move_is_a_firm() -> None:
    drafts = draft_kind_names("Red Hat saw its shares rise 4% after the results on Wednesday.")
    assert drafts.get("Red Hat") == "organization"


def test_shares_of_a_one_word_name_outweigh_a_bare_said() -> None:
    # a firm named by a family name: that it "said" makes no person of it, its shares make it a firm
    drafts = draft_kind_names("Profit fell to $12 million, Dillard said on Thursday. Shares of Dillard fell 3 percent.")
    assert drafts.get("Dillard") == "organization"
