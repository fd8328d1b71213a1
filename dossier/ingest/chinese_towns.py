"""Chinese towns named bare, without the "市" that `unspaced_places` asks of a smaller town.

Chinese news names a prefecture's city by its two characters alone where the sentence says it is a
place: right after its province ("陕西安康", "山西大同", "云南昆明": the province, then its city, as an
address is written), or as an item of a list whose other item is a place read already ("岳阳、株洲和湘潭").
The word list may hold a province and its city as one word ("云南昆明"): the cut is split there first.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier.ingest.gazetteer import Place

if TYPE_CHECKING:  # the finder of places imports this module
    from dossier.ingest.unspaced_places import UnspacedName

# Marks and words that join the items of a list: "岳阳、株洲和湘潭", "汉中与安康", "株洲及湘潭".
LIST_MARKS = "、和与及"
# A city this size is the seat of a prefecture, named bare ("安康"); a smaller town's name is as often
# a word ("荔枝": lychee, a town of 150,000 in GeoNames: "广东荔枝" is Guangdong's lychee).
PREFECTURE_CITY = 500_000


def split_province_and_town(
    letters: str, cut: list[tuple[int, int]], table: dict[str, Place], region_size: int
) -> list[tuple[int, int]]:
    """The cut, with each word that is a province and a town of it written together ("云南昆明")
    cut into the two."""
    out: list[tuple[int, int]] = []
    for start, end in cut:
        word = letters[start:end]
        at = _province_end(word, table, region_size) if word not in table else None
        out.extend([(start, start + at), (start + at, end)] if at is not None else [(start, end)])
    return out


def _province_end(word: str, table: dict[str, Place], region_size: int) -> int | None:
    for at in range(2, len(word) - 1):
        province, town = table.get(word[:at]), table.get(word[at:])
        if province is not None and town is not None and _town_of(province, town, region_size):
            return at
    return None


def _town_of(province: Place, town: Place, region_size: int) -> bool:
    return (
        province.population == region_size
        and province.kind == "place"
        and town.kind == "place"
        and PREFECTURE_CITY <= town.population != region_size
        and town.country == province.country
    )


def after_its_province(found: list[UnspacedName], at: int, place: Place, region_size: int) -> bool:
    """'陕西安康': the name right after its country's province, read just before it."""
    return bool(found) and found[-1].end == at and _town_of(found[-1].place, place, region_size)


def listed_after_a_place(text: str, at: int, place: Place, found: list[UnspacedName]) -> bool:
    """'株洲和湘潭': a list's mark right after a town read already (no state: "中国和日本" lists states)."""
    return (
        bool(found)
        and at >= 1
        and place.population >= PREFECTURE_CITY
        and text[at - 1] in LIST_MARKS
        and found[-1].end == at - 1
        and found[-1].place.kind == "place"
    )


# "哈密、吐鲁番、鄯善等地": a list closed by "等" (and others) and a noun of places names each of its items a
# place, as a suffix would (the later items need not be towns the tables know: "鄯善" is a county).
_CLOSED_LIST_REST = re.compile(r"(?:[、和与及][\u4e00-\u9fff]{2,5}?)*等(?:地区|地|城市|市|县|省|国)")


def closed_by_a_noun_of_places(text: str, names: list[UnspacedName]) -> list[UnspacedName]:
    """The names in `names` that are items of a list closed by "等地" or a like noun: between the name and
    the noun, only list marks and items of a few characters."""
    return [name for name in names if _CLOSED_LIST_REST.match(text, name.end)]


def listed_before_a_place(text: str, town: UnspacedName, found: list[UnspacedName]) -> bool:
    """'岳阳、株洲': a list's mark, then a town the run reads."""
    end = town.end
    return (
        town.place.population >= PREFECTURE_CITY
        and text[end : end + 1] in LIST_MARKS
        and any(name.start == end + 1 and name.place.kind == "place" for name in found)
    )
