"""Social platforms named in prose: "she wrote on LinkedIn", "in a video published on YouTube".

A platform where someone posts is a firm (the page's gold files it as an organisation or an outlet).
Its name alone says nothing a reader's rules know ("YouTube" has a product's casing, "Telegram" is a
word), and a page's share bar lists the same names as links ("Share on LinkedIn"), which are no actors.
So only the verb of posting in lower case, then "on", or what one keeps there after the name ("a
LinkedIn page") makes the name a platform: a share button's "Share" is capitalised, and its line holds
neither.
"""

from __future__ import annotations

from dossier.ingest.actor_document import ActorDocument
from dossier.ingest.names import word_set

# The larger platforms people post on, by their one-word names (folded).
PLATFORMS = word_set(
    "youtube linkedin telegram facebook instagram tiktok whatsapp twitter bluesky reddit snapchat discord "
    "mastodon weibo wechat substack twitch"
)
# Verbs of posting, then "on": "wrote on", "said on", "posted on", "published on"; and what is posted,
# "in a post on".
_POSTING_VERBS = word_set(
    "said wrote posted published shared announced streamed uploaded broadcast tweeted commented replied "
    "apologised apologized appeared live post posts"
)

# What one keeps on a platform, in lower case after its name: "a LinkedIn page", "his YouTube channel".
_ON_A_PLATFORM = frozenset(("page", "channel", "account", "profile", "feed", "livestream"))


def platform_posted_on(doc: ActorDocument, position: int, last: int) -> bool:
    """Whether the one word at `position` is a platform posted on, or one with a page or a channel there."""
    tokens = doc.tokens
    if last != position or tokens[position].folded not in PLATFORMS:
        return False
    after = tokens[position + 1] if position + 1 < len(tokens) and tokens[position].joined else None
    if after is not None and after.text in _ON_A_PLATFORM:
        return True  # "a LinkedIn page", "his YouTube channel"
    if position < 2:
        return False
    on, verb = tokens[position - 1], tokens[position - 2]
    return on.text == "on" and on.joined and verb.joined and verb.folded in _POSTING_VERBS and verb.text.islower()
