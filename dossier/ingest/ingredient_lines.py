"""A recipe's ingredient lines: "- 2 tsp Dried Italian Seasoning: or any dried herbs", "1 Head Broccoli",
"1.5-2 lbs Boneless, Skinless Chicken Thighs".

Recipe pages write each ingredient in Title Case after its amount and its measure, one to a line. The capitalised
words on such a line name food, never an actor (a brand named there is a product), so no draft is made from them.
"""

from __future__ import annotations

import re

from dossier.ingest.line_index import line_start

# An amount: "2", "1.5", "1/2", "1 1/2", "½", a range "1.5-2".
_AMOUNT = r"(?:\d+(?:[.,/]\d+)?(?:[ \t]+\d/\d)?|[½¼¾⅓⅔⅛])(?:[ \t]*[-–][ \t]*\d+(?:[.,/]\d+)?)?"
# A kitchen's measures (not "l": "2 L" is as often a line or a size).
_MEASURES = (
    "cups? tbsps? tsps? tablespoons? teaspoons? lbs? pounds? oz ounces? g grams? kg ml litres? liters? cloves? "
    "heads? cans? tins? pinch(?:es)? dash(?:es)? bunch(?:es)? sprigs? slices? sticks? packages? pkgs? jars? bags? "
    "handfuls? quarts? pints? stalks? fillets?"
)
# At a line's start (after a list's bullet): the amount, the measure, maybe "of", then a capitalised word.
_INGREDIENT_LINE = re.compile(
    rf"[ \t]*(?:[-*•–][ \t]+)?{_AMOUNT}[ \t]*(?i:{'|'.join(_MEASURES.split())})\.?[ \t]+(?:of[ \t]+)?[A-Z]"
)


def on_an_ingredient_line(text: str, start: int) -> bool:
    """Whether the words at `start` stand on a line that opens with an ingredient's amount and measure."""
    return _INGREDIENT_LINE.match(text, line_start(text, start)) is not None
