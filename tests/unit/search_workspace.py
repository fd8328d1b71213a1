"""A small workspace for the search tests: conftest's article, plus a report about Kyiv and Mozyr.

It has what search must handle: aliases in several scripts, quotes that use one spelling while
the actor has another, stems (imagery, alerts), and EDTF dates that are exact, uncertain,
ranged and approximate.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from tests.conftest import make_workspace, write

REPORT = (
    "Satellite imagery showed Russian tanks near Kyiv on February 24. "
    "An air raid alert sounded in Mazyr before dawn. "
    "Officials in Kyiv said the alerts continued overnight.\n"
)


def quote_yaml(quote_id: str, source: str, text: str, exact: str, **fields: object) -> str:
    start = text.index(exact)
    end = start + len(exact)
    lines = [
        f"- id: {quote_id}",
        f"  source: {source}",
        f"  exact: {json.dumps(exact)}",
        f"  prefix: {json.dumps(text[max(0, start - 32) : start])}",
        f"  suffix: {json.dumps(text[end : end + 32])}",
        f"  start: {start}",
        f"  end: {end}",
    ]
    lines += [f"  {key}: {value}" for key, value in fields.items()]
    return "\n".join(lines) + "\n"


def make_search_workspace(root: Path) -> Path:
    make_workspace(root)
    write(
        root / "actors" / "lukashenka.yaml",
        "id: lukashenka\nname: Alyaksandr Lukashenka\nkind: person\naliases:\n  - Lukashenko\n"
        "  - Alexander Lukashenko\n  - Лукашенко\nsummary: President of Belarus.\n"
        "relations:\n  - type: leader-of\n    target: belarus\n",
    )
    write(
        root / "actors" / "kyiv.yaml",
        "id: kyiv\nname: Kyiv\nkind: place\naliases:\n  - Kiev\n  - Київ\n  - Киев\nsummary: Capital of Ukraine.\n",
    )
    write(root / "actors" / "mozyr.yaml", "id: mozyr\nname: Mozyr\nkind: place\naliases:\n  - Mazyr\n  - Мозырь\n")
    write(root / "sources" / "report.txt", REPORT)
    digest = hashlib.sha256(REPORT.encode("utf-8")).hexdigest()
    write(
        root / "sources" / "report.yaml",
        f"id: report\ntitle: Morning report\npublisher: Example Wire\npublished: 2022-02-25\n"
        f"reliability: B\nsha256: {digest}\n",
    )
    write(
        root / "quotes" / "report.yaml",
        quote_yaml(
            "q-imagery",
            "report",
            REPORT,
            "Satellite imagery showed Russian tanks near Kyiv",
            about="[kyiv]",
            credibility=2,
            stance="reports",
        )
        + quote_yaml(
            "q-alerts",
            "report",
            REPORT,
            "the alerts continued overnight",
            attributed_to="'officials in Kyiv'",
            about="[kyiv]",
            credibility=4,
            stance="asserts",
        )
        + quote_yaml("q-mazyr", "report", REPORT, "An air raid alert sounded in Mazyr", about="[mozyr]", credibility=3),
    )
    write(
        root / "events" / "strike-kyiv.yaml",
        "id: strike-kyiv\ntitle: Strike on the capital\ndate: 2022-02-24?\nplace: kyiv\n"
        "summary: Missiles hit the outskirts.\n",
    )
    write(
        root / "events" / "buildup.yaml",
        "id: buildup\ntitle: Troop buildup\ndate: 2022-02-10/2022-02-20\nplace: mozyr\n"
        "participants:\n  - actor: lukashenka\n    role: host\n",
    )
    write(
        root / "events" / "talks.yaml",
        "id: talks\ntitle: Talks proposed\ndate: 2022-03~\nparticipants:\n  - actor: lukashenka\n    role: host\n",
    )
    return root
