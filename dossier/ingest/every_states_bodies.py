"""Bodies and posts every state has, named bare: "Supreme Court", "Congress", "Treasury", "Prime Minister".

A page names its own country's supreme court "the Supreme Court" once it has said which country it is
about, and a page about another country does the same for that country's court. In one workspace a record
"Supreme Court" drafted from a page about Brazil would collect a later page's "Supreme Court" of the United
States, Korea or Germany: a wrong link, since nothing in the bare name says which state's court it is. So a
known record whose whole name is such a bare name is never linked from another source by that bare name
(`known_mentions`), and a draft of the same bare name is not filed under it either (`claims`): the later
page's mention is left unlinked, as a missing link hurts less than a wrong one. A longer name the record
holds ("Supreme Court of Brazil", "Brazil's Supreme Court") still links, as it says which state it is.

A person's spelling that is only a post ("Foreign Secretary", kept when a page writes "The Foreign Secretary,
Ilse Varga, said") is the same kind of name: another source's "the Foreign Secretary" may be her successor or
another country's. It names her on her own page only (`post_standing_for`).
"""

from __future__ import annotations

from dossier.checks import fold_name
from dossier.ingest.cues import TITLES
from dossier.ingest.names import fold, fold_phrase, is_given_name

# The bare names, as written; one a line of the table is one rule (each has a test).
_BARE_NAMES = (
    # courts
    "Supreme Court",
    "Constitutional Court",
    "High Court",
    "Supreme Federal Court",
    "Federal Supreme Court",
    # legislatures
    "Congress",
    "Parliament",
    "National Assembly",
    "Senate",
    "House of Representatives",
    "Chamber of Deputies",
    "Federal Assembly",
    # governments and their ministries
    "Government",
    "Cabinet",
    "Treasury",
    "Ministry of Finance",
    "Finance Ministry",
    "Ministry of Justice",
    "Justice Ministry",
    "Ministry of Defence",
    "Ministry of Defense",
    "Defence Ministry",
    "Defense Ministry",
    "Foreign Ministry",
    "Ministry of Foreign Affairs",
    "Interior Ministry",
    "Ministry of Interior",
    "Ministry of the Interior",
    # central banks and their boards
    "Central Bank",
    "Monetary Policy Committee",
    "Monetary Policy Board",
    # prosecutors and police
    "Attorney General's Office",
    "Prosecutor's Office",
    "Prosecutor General's Office",
    "Public Prosecutor's Office",
    "Federal Police",
    "National Police",
    # posts
    "President",
    "Prime Minister",
    "Finance Minister",
    "Foreign Minister",
    "Defence Minister",
    "Defense Minister",
    "Justice Minister",
    "Minister of Justice",
    "Minister of Finance",
    "Interior Minister",
    "Chancellor",
    "Attorney General",
    "Chief Justice",
    "Speaker",
)

BARE_STATE_BODIES = frozenset(fold_name(name) for name in _BARE_NAMES)
_BARE_KEYS = frozenset(fold_phrase(name) for name in _BARE_NAMES)


def bare_state_body(name: str) -> bool:
    """Whether `name` is the bare name of a body or post every state has ("Supreme Court", "the Treasury")."""
    if name[:4].lower() == "the ":
        name = name[4:]
    return fold_name(name) in BARE_STATE_BODIES or fold_phrase(name) in _BARE_KEYS


def post_standing_for(spelling: str, holder: str) -> bool:
    """Whether a person's spelling is a post and no name: a title's word in it ("Foreign Secretary", "Minister of
    Education"), no given name ("Pope Francis" names him) and no word of the holder's name ("President Varga")."""
    words = [fold(word) for word in spelling.replace("’", "'").split() if word.lower() != "the"]
    if not words or not any(word in TITLES for word in words):
        return False
    names = {fold(word) for word in holder.split()}
    return not any(word in names or is_given_name(word) for word in words)
