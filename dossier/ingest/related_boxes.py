"""The headlines of a page's boxes of other stories that a site heads with words of its own language ("Citește
și", "Baca juga", "関連記事", "اقرأ أيضاً", "Mest läst") rather than marking them by a class.

The text extraction drops these boxes, yet a reader of the page sees their headlines, and local news opens a
headline with its town ("Söderhamn inför eldningsförbud"). A box is known by its heading alone: the words
that say "related", "read also", "more on this" or "most read" in each language. A box of the site's partners
or of the latest news of any kind is no box of this story's kin and is not read.
"""

from __future__ import annotations

import re

from lxml import etree, html

from dossier.ingest.html_sections import related_link_texts

# The heading of a box of stories related to this one, casefolded, by language (general words, no site's own).
_RELATED_BY_LANGUAGE = {
    "de": "mehr zum thema|lesen sie auch|auch interessant|auch lesenswert|das könnte sie auch interessieren|"
    "mehr aus der region|lesetipp",
    "fr": "à lire aussi|a lire aussi|lire aussi|sur le même sujet|articles similaires",
    "es": "te puede interesar|noticias relacionadas|lee también|lea también",
    "it": "leggi anche|articoli correlati|potrebbe interessarti",
    "pt": "leia também|veja também|notícias relacionadas|relacionadas",
    "nl": "lees ook|lees meer|gerelateerd|gerelateerde artikelen|meer nieuws",
    "sv": "läs också|läs även|läs mer|relaterat|relaterade artiklar",
    "da": "læs også|relateret|relaterede artikler",
    "nb": "les også",
    "pl": "czytaj także|czytaj też|zobacz także|powiązane artykuły|może cię zainteresować",
    "cs": "čtěte také|čtěte též|související články|související|mohlo by vás zajímat|mohlo by vás také zajímat",
    "ro": "citește și|citeste si|articole similare|știri similare",
    "sk": "čítajte tiež|čítajte aj|súvisiace články|súvisiace",
    "bg": "още по темата|прочетете още|свързани новини|вижте още",
    "tr": "ilgili haberler|bunlar da ilginizi çekebilir|benzer haberler",
    "id": "baca juga|berita terkait|artikel terkait",
    "ru": "читайте также|по теме|похожие новости|вам может быть интересно",
    "uk": "читайте також|за темою|вас може зацікавити",
    "ar": "اقرأ أيضاً|اقرأ أيضا|أخبار ذات صلة|مواضيع ذات صلة",
    "ja": "関連記事|関連ニュース|あわせて読みたい",
    "zh": "相关新闻|相关阅读|相关文章|延伸阅读",
    "ko": "관련 기사|관련기사",
    "el": "διαβάστε επίσης|διαβάστε ακόμα|σχετικά άρθρα|σχετικές ειδήσεις",
    "hu": "kapcsolódó|kapcsolódó cikkek|kapcsolódó hírek|ezt is ajánljuk|olvassa el ezt is",
    "fi": "lue myös|aiheesta lisää|aiheeseen liittyvää",
    "vi": "tin liên quan|xem thêm|bài liên quan",
    "he": "כתבות נוספות|קראו עוד|עוד בנושא|כתבות קשורות|עוד באתר",
    "hi": "यह भी पढ़ें|ये भी पढ़ें|संबंधित खबरें",
    "no": "les også|les mer|relatert|relaterte saker",
}
# ...and of the site's most read stories, which a local site fills with its own region's news.
_MOST_READ_BY_LANGUAGE = {
    "de": "meistgelesen|meistgelesene artikel",
    "fr": "les plus lus",
    "es": "lo más leído|lo mas leido",
    "it": "i più letti",
    "pt": "mais lidas",
    "nl": "meest gelezen",
    "sv": "mest läst",
    "da": "mest læste",
    "nb": "mest lest",
    "pl": "najczęściej czytane",
    "cs": "nejčtenější",
    "sk": "najčítanejšie",
    "bg": "най-четени",
    "ro": "cele mai citite",
    "tr": "çok okunanlar",
    "id": "terpopuler",
    "ru": "самое читаемое|популярное",
    "uk": "популярне|найпопулярніше",
    "ar": "الأكثر قراءة",
    "ja": "よく読まれている記事|アクセスランキング",
    "zh": "热门文章",
    "ko": "많이 본 뉴스|이 시각 많이 본 뉴스|가장 많이 본 기사|가장 많이 본 뉴스",
    "el": "τα πιο δημοφιλή|πιο δημοφιλή|δημοφιλή|τα πιο διαβασμένα",
    "hu": "legolvasottabb|legolvasottabb cikkek|legolvasottabb hírek",
    "fi": "luetuimmat|luetuimmat uutiset|luetuimmat jutut",
    "vi": "đọc nhiều nhất|tin đọc nhiều",
    "he": "הנקראות ביותר|הכי נקראים",
    "hi": "सबसे ज्यादा पढ़ी गई|सबसे ज़्यादा पढ़ी गई",
    "no": "mest lest",
}
_HEADINGS = frozenset(
    phrase.casefold()  # as the heading is: Greek's final "ς" casefolds to "σ"
    for table in (_RELATED_BY_LANGUAGE, _MOST_READ_BY_LANGUAGE)
    for phrases in table.values()
    for phrase in phrases.split("|")
)
# ...and the heading "more about <topic>", whose topic is the site's own word ("Meer over de haven", "Mehr zu
# Energie"): the phrase opens the heading, a few words of topic follow it.
_MORE_ABOUT = re.compile(
    r"^(?:mehr zu|mehr zum|mehr über|meer over|mer om|plus sur|más sobre|mais sobre|altro su|więcej o|více o|"
    r"mai multe despre|daha fazla|lebih lanjut tentang|больше о|більше про)\s+\S+(?:\s+\S+){0,3}$"
)
# Elements that head a box: a heading, or a bold label before its links ("<b>Leggi anche:</b> <a>...").
_HEADING_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6", "b", "strong"))
# The label's own punctuation, and a box written as one line of text: "Lesetipp: Neue Radwege zwischen ...".
_LABEL_END = re.compile(r"[\s:：]+$")
_LABELLED_LINE = re.compile(r"^([^:：]{2,40})[:：]\s*(.+)$", re.DOTALL)


def _heading(text: str) -> str:
    # Turkish "İ" casefolds to "i" and a combining dot: "İlgili haberler" is "ilgili haberler"
    return _LABEL_END.sub("", " ".join(text.split())).replace("İ", "i").casefold()


def _heads_a_box(text: str) -> bool:
    heading = _heading(text)
    return heading in _HEADINGS or _MORE_ABOUT.match(heading) is not None


# Elements a box of other stories is: a heading in the article itself heads no box of links.
_BOX_TAGS = frozenset(("aside", "section", "div"))
_MOST_LINKS = 12  # more links than this under one heading are a section of the site, no box of a story's kin


def _box_headlines(box: html.HtmlElement) -> list[str]:
    if box.tag not in _BOX_TAGS or next(box.iter("article", "main"), None) is not None:
        return []
    links = [" ".join(link.text_content().split()) for link in box.iter("a")]
    if links:
        return [text for text in links if text] if len(links) <= _MOST_LINKS else []
    text = " ".join(box.text_content().split())
    label = _LABELLED_LINE.match(text)
    return [label.group(2)] if label else []


def related_headlines(page: str) -> tuple[str, ...]:
    """The headlines of the page's boxes of other stories: those headed by a phrase for "related" or "most read"
    in any language, and those marked related by their class (`related_link_texts`)."""
    if not page.strip():
        return ()
    try:
        root = html.fromstring(page.encode("utf-8"))
    except (etree.ParserError, ValueError):
        return ()
    headlines: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        box = element.getparent()
        if element.tag in _HEADING_TAGS and box is not None and _heads_a_box(element.text_content()):
            headlines += _box_headlines(box)
        elif element.tag == "aside" and not list(element.iter("a")):
            # "<aside>Lesetipp: Neue Radwege zwischen ...</aside>": a box of one headline as a line of text
            label = _LABELLED_LINE.match(" ".join(element.text_content().split()))
            if label and _heads_a_box(label.group(1)):
                headlines.append(label.group(2))
    seen = set(headlines)
    headlines += [text for text in related_link_texts(page) if text and text not in seen]
    return tuple(dict.fromkeys(headlines))
