"""Latin phrases of the law courts that court reports write capitalised ("a Prima Facie case", "an Ex Parte
order", "a Habeas Corpus petition"): terms of law, never an actor, whatever words they are made of."""

from __future__ import annotations

from dossier.ingest.names import fold

# One phrase a row of the set; matched folded and whole (the draft's name is the phrase and nothing else).
LEGAL_LATIN = frozenset(
    (
        "prima facie",
        "ex parte",
        "inter partes",
        "habeas corpus",
        "res judicata",
        "sub judice",
        "mens rea",
        "actus reus",
        "locus standi",
        "obiter dicta",
        "obiter dictum",
        "ratio decidendi",
        "nolle prosequi",
        "amicus curiae",
        "certiorari",
        "mandamus",
        "suo motu",
        "suo moto",
        "ultra vires",
        "bona fide",
        "mala fide",
        "de novo",
        "inter alia",
        "pro bono",
        "in camera",
        "sine die",
        "status quo ante",
    )
)


def names_a_legal_latin_phrase(name: str) -> bool:
    """'Prima Facie', 'Habeas Corpus', 'Suo Motu': a Latin term of law."""
    return fold(" ".join(name.split())) in LEGAL_LATIN
