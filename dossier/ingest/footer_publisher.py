"""The firm that publishes a web page, as its footer names it: "© 2026 Northern Mirror Sdn Bhd", "Published by
Ravi Publications (Pvt) Ltd, Lahore", "Lion City Business Times is published by LCBT Media Pte Ltd".

The text extraction drops a page's footer with its navigation, so the outlet's owner, a firm a reader of the
page knows by name, was never drafted. Only a name that ends in a firm's legal form ("Ltd", "Sdn Bhd", "Pvt
Ltd", "Inc", "LLC", "Corp.") or opens with Indonesia's "PT" is taken: "© 2026 Science Desk." is the outlet's
own name again (its site name is drafted already), "© 2026 Ann Holt" a writer's. A charity or a trust may own an
outlet too: "Sahel Desk is a project of the Harmattan Journalism Foundation".
"""

from __future__ import annotations

import re

from dossier.ingest.html_sections import section_texts

# What comes before the owner's name: a copyright sign and year, "Published by", "a division of", "part of".
_OWNER_CUE = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"|\b(?:published|owned|operated|run) by\s+(?-i:the\s+)?"
    r"|\b(?:a division|a title|a publication|part|a project|an initiative|a service) of\s+(?:the\s+)?",
    re.IGNORECASE,
)
_NAME_WORD = r"(?:[A-Z][\w&'’-]*|&|and|of|the|de)"
# (A British community interest company, a social enterprise, ends in "CIC": "Bealby Publishing CIC".)
_LEGAL_FORM = (
    r"(?:\((?:Pvt|Pty|P)\)\s+Ltd\.?|Pvt\.?\s+Ltd\.?|Pte\.?\s+Ltd\.?|Pty\.?\s+Ltd\.?|Sdn\.?\s+Bhd\.?|Bhd\.?|Ltd\.?|"
    r"Limited|PLC|plc|LLC|LLP|Inc\.?|Corporation|Corp\b\.?|Co\.|Co\b|Company\b|DAC|B\.V\.|N\.V\.|GmbH|SRL|S\.A\.|"
    r"S\.p\.A\.|AG|JSC|PJSC|CIC|KK|K\.K\.|"
    # Nordic and Spanish forms: "Fjordvik Media AS", "Tarnlund Förlag AB", "Varn Medier A/S", "Quell Oy", "Voltis SL"
    r"A/S|ASA\b|AS\b|AB\b|Oyj\b|Oy\b|S\.L\.|SL\b)"
)
# "Northern Mirror Sdn Bhd", "PT Nusa Pustaka Media", "Bayanwire Media Group, Inc.": a firm's name and legal form.
_OWNER = re.compile(
    rf"(PT\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}}|{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,6}},?\s+{_LEGAL_FORM})"
)
# "... is a project of the Harmattan Journalism Foundation": a charity or a trust owns the outlet, with no legal form.
# So may a group of outlets: "© 2026 Gulf Horizon Media Network", "Northgate Courier is part of Tees Media Group".
_BODY_OWNER = re.compile(
    rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,6}}\s+"
    r"(?:Foundation|Trust|Institute|Society|Charity|Association|Network|Group|Holdings))\b"
)
_MOST_WORDS = 9
# "© 2026 Tarn Wire, a Corvell Holdings company.": the group that owns the outlet, named before "company".
_PARENT_COMPANY = re.compile(rf"(?:,|\bis)\s+an?\s+({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}})\s+(?:company|business)\b")
_PLAIN_FORMS = (
    frozenset(
        ("Ltd", "Bhd", "Limited", "LLC", "PLC", "plc", "DAC", "LLP", "AG", "JSC", "PJSC", "CIC", "KK", "Corporation")
    )
    | frozenset(("AS", "ASA", "AB", "A/S", "Oy", "Oyj", "SL"))
    | frozenset(("Foundation", "Trust", "Network", "Group", "Holdings"))
)


def footer_owner(page: str) -> str | None:
    """The publishing firm a page's footer names, or None."""
    for text in section_texts(page, "footer"):
        parent = _PARENT_COMPANY.search(text)
        # (not "is a Family company": one everyday word names no group)
        if parent is not None and parent.group(1).split()[0] not in ("The", "A", "An") and not _placeholder(parent[1]):
            return parent.group(1)
        for cue in _OWNER_CUE.finditer(text):
            owner = _OWNER.match(text, cue.end()) or _BODY_OWNER.match(text, cue.end())
            if owner is None:
                continue
            name = owner.group(1).rstrip(",")
            if name.rstrip(".").rsplit(maxsplit=1)[-1] in _PLAIN_FORMS:
                name = name.rstrip(".")  # "Padma Media Ltd.": the stop closes the sentence
            name = name.split(", ", 1)[0]  # "Bayanwire Media Group, Inc.": the group's name
            if _placeholder(name):
                continue
            if name.split()[0] in ("The", "A", "An", "All") and not name.startswith("The "):
                continue
            if len(name.split()) <= _MOST_WORDS and not name.endswith(" of"):
                return name
    return None


# A copyright notice up to the holder's name: its sign, years, and the empty comments a template leaves between.
_COPYRIGHT_BEFORE_NAME = r"(?:©|&copy;|\(c\)|copyright)(?:\s|©|\(c\)|<!--\s*-->|\d{4}|[-–,])*"


def holds_copyright(page: str, name: str) -> bool:
    """Whether the page's copyright notice names `name` as the holder ("© 2023 Varnel Media.", a meta tag's
    "Copyright (c) Varnel Media 2023"): a page whose author is its copyright holder was written by the firm."""
    # (the whole holder's name: "Luxurious" is not the holder "LUXURIOUS MAGAZINE")
    pattern = re.compile(_COPYRIGHT_BEFORE_NAME + re.escape(name) + r"(?!\w|\s+[^\W\d])", re.IGNORECASE)
    return pattern.search(page) is not None


# A single word this frequent before the legal form is a template's stand-in: "© 2024 News Ltd".
_EVERYDAY = 4.0


def firm_stem(name: str) -> str | None:
    """The firm's name without its legal form ("Peninsula Star Publications" of "... Sdn Bhd", "Nusa Pustaka
    Media" of "PT Nusa Pustaka Media"), or None when nothing is left or nothing was cut."""
    stem = _LEGAL_END.sub("", name).removeprefix("PT ").strip()
    return stem if stem and stem != name else None


def _placeholder(name: str) -> bool:
    """'News Ltd', 'Media Inc.': one everyday word and a legal form name no firm in particular."""
    from dossier.ingest.common_words import zipf

    words = _LEGAL_END.sub("", name).split()
    return len(words) == 1 and zipf(words[0].casefold()) >= _EVERYDAY


_LEGAL_END = re.compile(rf",?\s+{_LEGAL_FORM}$")
