"""Vietnamese persons' names as English texts write them, without diacritics ("Do Xuan Truong", "Le Thi Hoa").

A Vietnamese name opens with the family name, and many family names are English words once their marks are gone
("Do", "Le", "Ho", "Ha", "Mai", "Lam"), so a rule that strips an everyday word at a name's front cuts them off.
The family name followed by one of the common middle names ("Van", "Thi", "Xuan", "Quoc") and a third syllable
is a person's name however common its first word is.
"""

from __future__ import annotations

from dossier.ingest.actor_document import cased
from dossier.ingest.cues import word_set
from dossier.ingest.mentions import Token

# The family names most Vietnamese bear, without their marks.
VIETNAMESE_FAMILY_NAMES = word_set(
    """
    nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh truong mai cao lam luong ta
    quach ha thai doan lai chu
    """
)
# Middle names that follow the family name in most Vietnamese names (the men's "Van", the women's "Thi").
VIETNAMESE_MIDDLE_NAMES = word_set(
    "van thi xuan quoc duc huu ngoc minh thanh hoang dinh cong quang hong kim thu bao anh tuan manh trung viet hai"
)


def vietnamese_name_at(tokens: list[Token], k: int) -> bool:
    """'Do Xuan Truong', 'Le Thi Hoa': a family name, a middle name and a third capitalised syllable, one run."""
    if k + 2 >= len(tokens):
        return False
    family, middle, last = tokens[k], tokens[k + 1], tokens[k + 2]
    return (
        family.folded in VIETNAMESE_FAMILY_NAMES
        and middle.folded in VIETNAMESE_MIDDLE_NAMES
        and all(cased(t) and t.text[:1].isupper() and not t.text.isupper() for t in (family, middle, last))
        and family.joined
        and middle.joined
    )
