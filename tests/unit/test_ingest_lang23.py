"""Twenty-fourth round of invented text: Chinese and Japanese, which set no spaces between words.
- A run of characters is cut into words by their frequencies; a word that names a state, a
  province or prefecture ("江西省", "江西"; "静岡県", "静岡") or a large city ("宁波", "札幌市") is
  proposed under the form the text writes, its suffix aside, with the English name beside it;
- a smaller town only with its suffix 市 ("景德镇市");
- never one character ("米", "英", "中美"), never inside a longer word ("中山大学", "中山路",
  "東京電力"), a katakana word that begins with a name ("イタリアン", "パリッと"), a firm's or a
  club's first word ("北京银行", "广州队", "大阪ガス", "深圳华澜科技有限公司"), a frequent word that
  is also a town ("来宾": guests);
- never a person: a surname before a town's name ("张海口说"), a title after it ("中山さん"), and
  the same name elsewhere in the text ("山口さん ... 山口は")."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import pytest
import yaml

from tests.unit.ingest_helpers import dossier, draft_kinds

PUBLISHED = dt.date(2025, 11, 4)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("暴雨袭击江西省南昌，当地果农损失严重。", "zh", {"江西": "place", "南昌": "place"}),
        ("这批瓷器从景德镇市运往宁波。", "zh", {"景德镇": "place", "宁波": "place"}),
        ("河南和四川的农民开始抢收小麦。", "zh", {"河南": "place", "四川": "place"}),
        ("越南和印度尼西亚的买家增加了订单。", "zh", {"Vietnam": "state", "Indonesia": "state"}),
        ("高雄市的港口與日本的貿易往來頻繁。", "zh", {"高雄": "place", "Japan": "state"}),
        ("静岡県の茶畑で霜の被害が出た。", "ja", {"静岡": "place"}),
        ("札幌市と福岡を結ぶ便が増えた。", "ja", {"札幌": "place", "福岡": "place"}),
        ("ロンドンとパリの店舗を閉じる。", "ja", {"ロンドン": "place", "パリ": "place"}),
        ("ベトナム産のコーヒー豆が値上がりした。", "ja", {"Vietnam": "state"}),
        ("アメリカと中国の交渉が続く。", "ja", {"United States": "state", "China": "state"}),
        ("千葉県と神奈川県で停電が起きた。", "ja", {"千葉": "place", "神奈川": "place"}),
        ("这家在深圳的公司很有名，宁波海达集团也在杭州设厂。", "zh", {"深圳": "place", "杭州": "place"}),
        ("美国表示将提高关税。", "zh", {"United States": "state"}),
        ("上海市政府与成都签署了协议。", "zh", {"上海": "place", "成都": "place"}),
        ("宮崎さんは「宮崎県の農家が心配だ」と話した。", "ja", {"宮崎": "place"}),
    ],
)
def test_a_place_is_read(text: str, language: str, expected: dict[str, str]) -> None:
    actors = draft_kinds(text, language, PUBLISHED)
    assert actors == expected, f"{text!r}: {actors}"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("他在中山大学读书，住在中山路。", "zh"),
        ("记者张海口说，工厂已经停产。", "zh"),
        ("中美贸易谈判在周三结束。", "zh"),
        ("北京银行发布年报，广州队赢得比赛。", "zh"),
        ("来宾们在会场外排队。", "zh"),
        ("米と英の協議は終わった。", "ja"),
        ("イタリアンレストランでパリッとしたピザを食べた。", "ja"),
        ("中山さんは駅で待っていた。", "ja"),
        ("山口さんは会見で説明した。山口は先月から担当している。", "ja"),
        ("東京電力の社長が謝罪した。", "ja"),
        ("松本は会見に出なかった。", "ja"),
        ("大阪ガスの料金と札幌ドームの改修。", "ja"),
        ("深圳华澜科技有限公司发布新品。", "zh"),
        ("中国建设银行公布了季度利润。", "zh"),
        ("市民在中山公园散步。", "zh"),
    ],
)
def test_no_place_is_read(text: str, language: str) -> None:
    actors = draft_kinds(text, language, PUBLISHED)
    assert not actors, f"{text!r}: {actors}"


def test_a_province_with_and_without_its_suffix_is_one_draft() -> None:
    actors = draft_kinds("广东省气象台发布预警，广东东部将有暴雨。", "zh", PUBLISHED)
    assert actors == {"广东": "place"}, actors


def _page(path: Path, language: str, title: str, paragraphs: list[str]) -> Path:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    path.write_text(
        f'<!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"</head><body><nav>ホーム 経済 社会</nav><article><h1>{html.escape(title)}</h1>{body}</article>"
        "<footer>著作権 2025</footer></body></html>",
        encoding="utf-8",
    )
    return path


def test_a_japanese_page_ingested_names_its_prefecture_and_cities_with_english_aliases(tmp_path: Path) -> None:
    page = _page(
        tmp_path / "ja.html",
        "ja",
        "長野県でリンゴの収穫が半減",
        [
            "長野県北部で今月、ひょうが降り、リンゴ農家に大きな被害が出た。",
            "農協の担当者である宮原健吾さんは「名古屋市や大阪の市場に出す量が足りない」と話した。",
            "一部の農家は台湾とタイへの輸出も予定していたが、延期を決めた。長野の気象台は注意を呼びかけている。",
        ],
    )
    root = tmp_path / "ws"
    result = dossier("ingest", str(page), "--workspace", str(root))
    assert result.returncode == 0, result.stderr
    assert dossier("check", str(root)).returncode == 0
    found = {}
    for path in (root / "actors").glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found[data["name"]] = (data["kind"], sorted(data.get("aliases") or []))
    assert found == {
        "長野": ("place", ["Nagano", "長野県"]),
        "名古屋": ("place", ["Nagoya", "名古屋市"]),
        "大阪": ("place", ["Osaka"]),
        "Taiwan": ("state", []),  # "台湾" reads "Taiwan" in pinyin: one spelling to the folding
        "Thailand": ("state", ["タイ"]),
    }, found
    assert "text in 'ja' (Japanese): no persons or organisations were proposed" in result.stdout
