"""Lines that list names without a sentence around them, which the actor rules read anyway.

An encyclopaedia article sums its subject up in a box of facts ("Leaders: Ilse Varn, Tomas
Quell", "Headquarters: Tremmin", "Opponents: Varnak Border Guard") and ends with a "See also"
list of other articles ("- Siege of Tremmin", "- Varnak Liberation Front"). Both look like
headings (Title Case, no full stop), and headings are skipped whole, so the people, bodies and
places they name were lost. Here the values of a labelled line are read when the label is one
that announces people, bodies or places (a table: a new label is one row), and the items of a
"See also" list are read as the article titles they are. A label that announces something else
("Result:", "Casualties:", "Tags:", "Share:") keeps its line skipped.
"""

from __future__ import annotations

import re

from dossier.ingest.box_flags import BOX_PARTS_AFTER, COMMANDERS_HEADING
from dossier.ingest.glued_labels import glued_label_line, glued_name_spans
from dossier.ingest.line_index import line_end, line_start
from dossier.ingest.names import is_given_name
from dossier.ingest.notice_headings import notice_heading_spans
from dossier.ingest.speaker_cards import speaker_card_spans

# Labels whose values are people (folded): a name there with no cue of a body or a place is a person's.
PERSON_LABELS = frozenset(
    {
        "leader",
        "leaders",
        "commander",
        "commanders",
        "commanders and leaders",
        "notable commanders",
        "founder",
        "founders",
        "founded by",
        "led by",
        "key people",
        "spouse",
        "chairman",
        "deputy",
        "monarch",
        # a weapon's or a unit's box: "Chief designer: Ilse Varn", "Current commander: Colonel Tomas Quell"
        "chief designer",
        "current commander",
        "commanding officer",
        # a news page's box of comment under its writer's name: "Analysis: Ilse Varn, Middle East correspondent"
        "analysis",
        # a prosecutor's release lists each defendant's lawyer: "Defense counsel: Ilse Varn, Esq., Newark"
        "defense counsel",
        "defence counsel",
        # an armed group's or a state's box: "Spokesperson: Ilse Varn", "Chief of Staff: Tomas Quell"
        "spokesperson",
        "spokesman",
        "deputy head",
        "chief of staff",
        "commander-in-chief",
        "commander in chief",
        "supreme leader",
        "prime minister",
        "notable fighters",
        "relatives",
        "children",
        "parents",
        # an office's or a mission's box: "Inaugural holder | Kostiantyn Varn |", "Head | Roza Quellbayeva |"
        "inaugural holder",
        "first holder",
        "head",
        "secretary-general",
        "secretary general",
        "chairperson",
    }
)
# A box's label of the post its value holds, not listed above: the post's word last, or before "of", up to three
# words before it ("Emir: Tomas al-Quelli", "Deputy Emir: ...", "Former leader: ...", "Senior Media Official: ...",
# "Emir of Finance: ...", "Head of the Elders' Council: ..."), as an armed group's or a ministry's box lists its chiefs.
_POST_LABEL = re.compile(
    r"(?:[a-z'’-]+ ){0,3}(?:emir|amir|ameer|leader|spokesman|spokesmen|spokesperson|commander|chief|head|minister"
    r"|deputy|chairman|director|official|founder|governor)(?: of (?:the )?[a-z'’ -]{1,40})?"
)


def person_label(label: str) -> bool:
    """Whether a box's label (folded, its spaces single) announces people: one of `PERSON_LABELS`, or a post."""
    return label in PERSON_LABELS or _POST_LABEL.fullmatch(label) is not None


# Labels whose values are other holders of an office (folded), read as people only in a box that
# gives a term of office ("In office: 2018–2022"): a ship's or a weapon's box also has "Preceded by",
# with a class or a model as its value.
OFFICE_HOLDER_LABELS = frozenset({"preceded by", "succeeded by", "predecessor", "successor", "president"})
_IN_OFFICE = re.compile(r"^[ \t]*(?:In|Assumed) office\b", re.MULTILINE)
# Labels whose values are places (folded): a name there that reads as no body is a place's
# ("Location: Ouadi Varn, Borkou", "Active regions: Tremmin, Varnak"). Not "born": a box may give
# the birth name there.
PLACE_LABELS = frozenset(
    {
        "location",
        "locations",
        "headquarters",
        "place of birth",
        "place of death",
        # the same box as a wiki's dump of its fields gives it: "- Birth Place: Varnabad, Tremmia"
        "birth place",
        "birthplace",
        "death place",
        "deathplace",
        "resting place",
        # an event's box as a wiki's dump of its fields gives it: "- Place: Westlands, Quellby, Tremmia"
        "place",
        # an office's box: "ResidenceRepublican Palace, Tarnby, Tremmia"
        "residence",
        "seat",
        "area of operations",
        "areas of operations",
        "area of operation",
        "active regions",
        "capital",
        "garrison",
        "territory",
        # a weapon's or a ship's box: "Place of origin: Tremmia", "National origin: Varnak"
        "place of origin",
        "national origin",
        # an events calendar's entry: "Where: Leeds Grand Theatre", "Venue: The Tetley, Hunslet Road"
        "where",
        "venue",
        "venues",
        # a ship's facts: "Registry: Bermuda", "Flag: Malta", "Port of registry: Valletta", "Home port: Hull"
        "registry",
        "flag",
        "port of registry",
        "home port",
    }
)
# Labels whose values are bodies (folded): "Party: Varnak Otan (1999–2022)" gives a membership's
# years, not a life's.
BODY_LABELS = frozenset(
    {
        "party",
        "political party",
        "allegiance",
        "affiliation",
        "affiliations",
        "membership",
        "parent organization",
        "branch",
        "service/branch",
        "part of",
        # an armed group's box: "Split from: Islamic Courts Union", the body it broke away from
        "split from",
        "allies",
        # an armed group's box: "Opponents: Islamic State", beside "Allies"
        "opponents",
        # a conflict's box, its sides: "- Combatant2: Tremmia Defence Forces, Tremmia Police Service"
        "combatant",
        "combatants",
        "belligerents",
        "units",
        # an attack's box: "Perpetrators | Al-Varnabitoun jihadists |"
        "perpetrator",
        "perpetrators",
        "other political affiliations",
        "international affiliation",
        "national affiliation",
        # a chart's or a poll's credit line: "Source: Tarnby Institut, Quellmark Research" (pollsters, data firms)
        "source",
        "sources",
    }
)
# Labels whose values are makers or users of a thing (folded): "Manufacturer: Tollek Aerospace",
# "Builders: Varn Shipyard", "Operators: Tremmin Navy". A name there that reads as nothing else is a body's
# (a state keeps its own kind).
MAKER_LABELS = frozenset(
    {
        "manufacturer",
        "manufacturers",
        "builder",
        "builders",
        "operator",
        "operators",
        "primary user",
        "primary users",
        "used by",
        # a ship's facts: "Built: 2019, Meyer Werft, Papenburg", "Shipyard: Tarnby Verft"
        "built",
        "built by",
        "shipyard",
    }
)
# Labels of a planning application's box whose values are who applies and who acts for them (folded):
# "Applicant: Tarnby Homes Ltd, Unit 3, Mill Court", "Agent: Quell Planning, Reading". A name there that reads as
# nothing else is a body's (a person keeps the kind a title or a given name gives).
APPLICANT_LABELS = frozenset({"applicant", "applicants", "agent", "architect", "architects", "developer", "appellant"})
# Labels of an events calendar's entry whose values are who puts the event on (folded): "Organiser: Opera
# North", "Hosted by: Tarnby Chamber of Commerce". A name there that reads as nothing else is a body's.
ORGANISER_LABELS = frozenset(
    {"organiser", "organisers", "organizer", "organizers", "organised by", "organized by", "hosted by", "presented by"}
)
# Labels of a box of facts whose values are names of people, bodies or places (folded).
NAME_LABELS = (
    PERSON_LABELS
    | PLACE_LABELS
    | BODY_LABELS
    | MAKER_LABELS
    | ORGANISER_LABELS
    | APPLICANT_LABELS
    | frozenset(
        {
            # more people
            "preceded by",
            "succeeded by",
            "predecessor",
            "successor",
            "president",
            # more bodies
            "opponents",
            "belligerents",
            "units involved",
            "owner",
            "employer",
            "alma mater",
            # who makes, runs or signs it: a weapon's, a ship's or a treaty's box of facts
            "designer",
            "designers",
            "user",
            "users",
            "signatories",
            "parties",
            # an exercise's or a coup's box: "Participants: Presidential Guard, Tremmic Armed Forces"
            "participants",
            "depositary",
            "developed from",
            # more places
            "born",
            "died",
            "country",
            "region",
            "province",
            "base",
            "seat",
            # who speaks or publishes: a release's and an article's own lines
            "for more information",
            "more information",
            "contact",
            "contacts",
            "media contact",
            "press contact",
            "source",
            "sources",
            "published by",
            "issued by",
            # a government page's line of who issued it: "From: Cabinet Office and Ilse Varn MP"
            "from",
            "author",
            "authors",
        }
    )
)
# (A conflict's box numbers its sides' labels, as a wiki's dump of its fields gives them: "- Combatant2: Tremmia
# Defence Forces", "- Commander1: Ilse Varn"; the figure is no part of the label.)
# A dump also names a post's holder by the post's numbered field and "Name": "- Chief1 Name: Ilse Varn".
_LABELLED = re.compile(r"[ \t]*(?:[-•*–][ \t]+)?([A-Z][A-Za-z/ ]{1,40}?)(?:[1-9](?: [Nn]ame)?)?[ \t]*:[ \t]+(\S[^\n]*)")
# An encyclopaedia's box of facts as text copies of it give it, its label and value apart without a colon:
# "Leaders Muqtada al-Sadr", "Headquarters Najaf, Kufa", "Opponents Islamic State". Only labels no sentence opens
# with a capitalised name, and a value that ends no sentence.
_BOX_LABELS_WITHOUT_COLON = (
    "commanders and leaders",
    "area of operations",
    "areas of operations",
    "notable commanders",
    "headquarters",
    "allegiance",
    "opponents",
    "founded by",
    # a party's box: "Founders Daljir Party, Peace and Development Party, Horseed Caucus"
    "founders",
    "leaders",
    "part of",
    "allies",
    # a conflict box's outcome: "Result Tremmic victory" (the winner's adjective, no name with the label)
    "result",
    # a politician's box: "Preceded by Khodair al-Varnazi", "Succeeded by Haider al-Quellabi" (no sentence is
    # a line of two to five words that opens so)
    "preceded by",
    "succeeded by",
    # an armed group's box: "Split from Islamic Courts Union" (the body it broke away from)
    "split from",
)
_SPACED_LABEL = re.compile(
    r"[ \t]*("
    + "|".join(re.escape(label[:1].upper() + label[1:]) for label in _BOX_LABELS_WITHOUT_COLON)
    + r")[ \t]+((?:[A-Z]|(?:al|el|ad|as)-[A-Z])[^\n]*[^.!?\s])[ \t]*"  # (an Arabic name's article may open it)
)
_SPACED_VALUE_LONGEST = 80


def labelled_line(line: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """The label (group 1) and value (group 2) of a box-of-facts line: "Leaders: Ilse Varn", or the label and value
    apart without a colon, as a box copied as text gives it ("Leaders Ilse Varn")."""
    end = len(line) if endpos is None else endpos
    labelled = _LABELLED.fullmatch(line, pos, end)
    if labelled is not None:
        return labelled
    spaced = _SPACED_LABEL.fullmatch(line, pos, end)
    if spaced is None or len(spaced[2]) > _SPACED_VALUE_LONGEST:
        piped = _PIPED_LABEL.fullmatch(line, pos, end)
        if piped is not None and " ".join(piped[1].casefold().split()) in NAME_LABELS:
            return piped  # "Preceded by | Ilse Varn |": a box copied as a table of two columns, no heading row
        # "CommanderIlse Varn": a box copied with no gap at all between its label and value
        return glued_label_line(line, pos, end)
    return spaced


def spaced_label_ends(text: str) -> set[int]:
    """Where the values of a box's lines copied with a space between label and value start ("Opponents Islamic
    State", "Result Tremmic victory"): the label's last word joins no name there."""
    ends: set[int] = set()
    start = 0
    for line in text.split("\n"):
        spaced = _SPACED_LABEL.fullmatch(line)
        if spaced is not None and len(spaced[2]) <= _SPACED_VALUE_LONGEST:
            ends.add(start + spaced.end(1))
        start += len(line) + 1
    return ends


# A box's line copied as a table's row without its first bar: "Allegiance | Tremmic Front |", "Relatives | Ilse Varn
# (sister) |" (the label one of `NAME_LABELS`).
_PIPED_LABEL = re.compile(r"[ \t]*([A-Z][A-Za-z/ ]{1,40}?)[ \t]*\|[ \t]+([^|\s][^|\n]*[^|\s])[ \t]*\|[ \t|]*")


# A reporter's byline on a line of its own: "By Ilse Varnova, BBC News", "By Tomas Quell and Ada
# Varn", "Interview by Ilse Varnova". The names come before the first comma; an outlet or a town may follow.
# (Lower-case particles may open a family name: "By Lucía Ortega de la Torre, BBC Mundo". Pages that set the
# byline in small capitals give "by" in lower case once copied: "by Ilse Varn and Tomas Quell, BBC News, Lagos".)
_BYLINE = re.compile(
    r"[ \t]*(?:[Bb]y|(?:Interview|Interviewed|Reporting|Words|Photographs|Photos|Pictures|Compiled|Edited) by)"
    r"[ \t]+([A-Z][^\s,]+(?:[ \t]+(?:and[ \t]+|(?:de|del|la|las|los|da|das|do|dos|di|du|van|von|der|den"
    r"|ter|bin|ibn)[ \t]+){0,2}[A-Z][^\s,]+){1,5})(,[^\n]*)?[ \t]*"
)
# Reporters with the towns they filed from: "By Ilse Varn in Lagos and Tomas Quell in New York", "Byline: Ada
# Pell in Leeds & Obbe Tarn in York" (the town after "in" is no part of a name).
_NAME = r"[A-Z][^\s,&]+(?:[ \t]+[A-Z][^\s,&]+){1,3}"
_TOWN = r"[A-Z][^\s,&]+(?:[ \t]+[A-Z][^\s,&]+){0,2}"
_FILED_FROM = rf"{_NAME}[ \t]+in[ \t]+{_TOWN}"
_FILED_BYLINE = re.compile(rf"[ \t]*(?:By|Byline:)[ \t]+({_FILED_FROM}(?:[ \t]+(?:and|&)[ \t]+{_FILED_FROM})*)[ \t]*")
_FILED_REPORTER = re.compile(rf"(?:^|(?<=[ \t]))({_NAME})(?=[ \t]+in[ \t])")
_BULLET = re.compile(r"[ \t]*(?:[-•*–][ \t]+)?")
# A release signed on a line of its own: "Ilse K. Varnova, Department Spokesperson", "Tomas Quell,
# Deputy Press Secretary": a name of two to four words, a comma, then the signer's post, whose last
# word is a holder's word (`_SIGNER_POSTS`).
_SIGNED = re.compile(
    r"[ \t]*([A-Z][^\s,]*(?:[ \t]+[A-Z][^\s,]*){1,3}),[ \t]+((?:[A-Z][\w-]*[ \t]+){0,4}([A-Z]\w+))[ \t]*"
)
_SIGNER_POSTS = frozenset({"spokesperson", "spokesman", "spokeswoman", "secretary", "ambassador", "minister"})
# A label on a line of its own whose values follow on the next line: "From:" above "Foreign Office
# and Ilse Varn MP" on a government page; a press release's contact block, the name under "Media contact:".
_CONTACT_LABELS = frozenset(
    {
        "contact",
        "media contact",
        "media contacts",
        "press contact",
        "press contacts",
        "investor contact",
        "investor contacts",
        "media enquiries",
        "press enquiries",
        "media inquiries",
        "press inquiries",
        "investor relations",
        "media relations",
    }
)
_LABELS_ABOVE = frozenset({"from"}) | _CONTACT_LABELS
# A contact block's line of how to reach the contact, no name: a telephone number, an email address.
_CONTACT_DETAIL = re.compile(r"\d{3}|@")
# A list item is a title, not a sentence: short, with no full stop at its end.
_MAX_ITEM_WORDS = 12
# Headings of an encyclopaedia article's sections that list names, one item a line: "See also", and a weapon's
# or a vehicle's users ("Operators": "Ukraine – National Guard of Ukraine, State Border Guard Service").
_LIST_SECTIONS = frozenset(
    {"see also", "operators", "current operators", "former operators", "military operators"}
    # An article's list of its people, one name a line: "Notable players", "Former members", "Commanders".
    | {"notable players", "notable former players", "notable people", "notable members", "notable alumni"}
    | {"members", "former members", "commanders", "notable commanders"}
    # a conflict box's commanders, one a line, a flag's name before each (`box_flags`)
    | {COMMANDERS_HEADING}
)
# A line that holds a person's name and no more: two to five words, an Arabic name's particles among them, then
# maybe a bracket or footnotes ("Tomas al-Quelli", "Ilse Varn[2]", "Abdul Hamid Varn (acting)").
_HOLDER_LINE = re.compile(
    r"[A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|(?:al|el|ad|as|bin|ibn|bint|abu)(?:-[A-Z][\w'’-]+)?)){1,4}"
    r"(?: ?\[[^\]\n]{1,20}\])*(?: \([a-z ]{1,20}\))?"
)
# A box's value that goes on under its label, one name a line, as text copies of an armed group's or a war's box give
# its allies, opponents, headquarters and areas: "Allies al-Qaeda in the Arabian Peninsula" over "Foreign Varnak
# Front", "Opponents Tremmia" over a blank line and "AMISOM", "Headquarters Quellmayo (2008–2012)" over "Barawe[3]
# (2012–2014)". A line of capitalised words and name glue only, maybe a footnote and a bracket after; the first
# other line (a label with figures, "Strength 7,000[5]", or prose) ends the value.
_VALUE_LINE = re.compile(
    r"[ \t]*([A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|the|and|in|for|al-[A-Z][\w'’-]*|al|bin)){0,6})"
    r"(?:[ \t]*\[[^\]\n]{1,20}\])*(?:[ \t]+\([^()\n]{1,60}\))?(?:[ \t]*\[[^\]\n]{1,20}\])*[ \t]*"
)
# The labels whose value goes on so (folded): bodies and the places a group holds or fights in.
_VALUES_GO_ON = frozenset({"allies", "opponents", "part of", "split from", "headquarters", "area of operations"})
_VALUE_LINES_MOST = 8

# A line of a war box's commanders up to its first bracket or footnote, not a bracket's line ("(Leader of ISIL)").
_COMMANDER_ITEM = re.compile(r"[ \t]*([A-Z][^(\[\n]*[^(\[\s])")
# A short label over one side's commanders in a conflict box: "Current:", "Former:", "Supported by:", and a part of
# one side named by its people or its stance, a hyphen or a capital inside ("Pro-Tremmic Varnaks:", "Killed generals:").
_SIDE_LABEL = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Za-z][a-z]+){0,2}:")
# Headings over an earnings call's list of who spoke, one a line with the post after a dash ("Ann Holt — Chief
# Financial Officer"): the name is read, the post is not.
_PARTICIPANT_SECTIONS = frozenset(
    {"call participants", "conference call participants", "corporate participants", "company participants"}
)
_POST_AFTER_DASH = re.compile(r"\s+[—–-]\s+")
# A short heading over an appeal's list of who gave, one a line with the sum after a dash: "Our donors this week";
# or over the bodies an event or a charity works with: "Our partners", "Festival supporters".
_DONORS_HEADING = re.compile(
    r"^(?:[a-z']+ ){0,2}(?:donors|donations|sponsors|funders|backers|partners|supporters)(?: [a-z']+){0,2}$"
)
# An award's name as a list item's label, its winner after the colon: "Apprentice of the Year: Ilse Varn, 19, of
# Tarnby Foods", "Tourism award: the Quell Valley Railway", "Lifetime Achievement: Sir Tomas Quell", "Winner: ...".
_AWARD_LABEL = re.compile(
    r"(?:[a-z/ -]+ of the year|[a-z/ -]+ (?:award|prize|trophy)|lifetime achievement|winners?|runners?[ -]up"
    r"|highly commended)"
)
# A firm's legal form with its stop, which closes no sentence: "- Langdale Brewing Co.", "- Tarn Holdings Ltd."; nor
# does a man's generational suffix, as a box lists American commanders: "Kenneth F. Varnley Jr.", "Tomas Quell Sr.".
_FORM_WITH_STOP = re.compile(r"\s(?:Co|Ltd|Inc|Corp|Bros|Plc|LLC|Jr|Sr)\.$")
# Headings that close a "See also" list in an encyclopaedia article.
_SECTION_HEADINGS = frozenset(
    {"references", "notes", "external links", "further reading", "bibliography", "sources", "citations"}
)


# An item of a line that lists people: two to four capitalised words, then maybe their post in brackets
# ("Isadora Penrhyn-Achebe (Chair)", "Ezekiel Stroud").
# (A team sheet marks its captain and keeper in lower case: "Ilse Varn (capt)", "Tom Hale (wk)".)
_PERSON_ITEM = re.compile(
    r"([A-Z][a-z'’]+)(?: [A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,3}(?: \((?:[A-Z][A-Za-z ]{1,30}|[a-z.]{2,5})\))?"
)
# A line of people needs this many items, this many of them opened by a known given name: a board's or a
# committee's members ("A (Chair), B (Treasurer), C, D"), not a line of links ("Privacy Policy, Cookies").
_PEOPLE_ITEMS = 3
_GIVEN_NAMED_ITEMS = 2


# The label of a line whose value lists people: "Umpires: ", "Tremmin St Oskel's: ".
_LABEL_OF_PEOPLE = re.compile(r"[ \t]*[A-Z][A-Za-z'’ -]{1,40}?[ \t]*:[ \t]+")
# Two people after a label are enough when both are opened by a known given name ("Umpires: A and B").
_LABELLED_PEOPLE = 2


def people_after_label(line: str) -> int | None:
    """'Umpires: Graham Varn and Phil Tresk', 'Tremmin St Oskel's: Ilse Varn (capt), Tom Hale, ...': where the
    names start on a labelled line whose value lists people only (a squad, a match's officials), or None. Its
    Title Case and missing full stop would make it a heading."""
    label = _LABEL_OF_PEOPLE.match(line)
    if label is None:
        return None
    value = line[label.end() :].strip()
    items = [item.strip() for item in re.split(r",|\band\b", value)]
    given = len(items) >= _LABELLED_PEOPLE and all(
        _PERSON_ITEM.fullmatch(item) and is_given_name(item.split()[0].casefold()) for item in items
    )
    return label.end() if given or _is_line_of_people(value) else None


def _is_line_of_people(line: str) -> bool:
    """'Isadora Penrhyn-Achebe (Chair), Warrick Delacroix-Obi (Treasurer), Fionnuala Marchbank, Ezekiel
    Stroud': a line of names only, most of them opened by a given name. Its Title Case would make it a
    heading."""
    items = [item.strip() for item in re.split(r",|\band\b", line)]
    if len(items) < _PEOPLE_ITEMS or not all(_PERSON_ITEM.fullmatch(item) for item in items):
        return False
    return sum(is_given_name(item.split()[0].casefold()) for item in items) >= _GIVEN_NAMED_ITEMS


# A row of a table as the page's text gives it: "| Ilse Varn | Tremmin Party | 1,204 |".
_TABLE_ROW = re.compile(r"[ \t]*\|(.*)\|[ \t]*")
# A cell that is a name of two to four capitalised words (a cell of one word is a column's heading as often).
_NAME_CELL = re.compile(r"[A-Z][\w'’.-]*(?: (?:of |the |and |for )?[A-Z][\w'’.-]*){1,3}")
# Column headings over people's names: a results table's "Candidate", a team's "Player", a board's "Member"
# (not "Name", which heads an index's or a product's name as often).
PERSON_COLUMNS = frozenset(
    {"candidate", "candidates", "member", "members", "player", "councillor", "nominee", "winner", "runner"}
    # a race's results: "| Pos | Driver | Team | Car |", "| Rider | Machine |"
    | {"driver", "drivers", "rider", "riders", "athlete", "jockey", "helm", "skipper"}
)
# Column headings over places: a results table's "Ward" or "Constituency", a fixture list's "Venue".
PLACE_COLUMNS = frozenset(
    {"ward", "constituency", "seat", "town", "city", "village", "location", "venue", "area"}
    # a union's sites, a race calendar's circuits, an airline's destinations
    | {"site", "depot", "circuit", "destination", "airport"}
    # a cruise's or a ferry's ports of call, a tour's countries and counties, a bus or a rail line's stops
    | {"port", "ports", "port of call", "country", "county", "region", "station", "stop"}
    # a port's vessel movements: the flag a ship flies, where it came from or sails to
    | {"flag", "from / to", "from/to", "last port", "next port"}
)
# Column headings over bodies: "Party", "Club", "Company"; a fixture list's sides: "Home", "Away", "Opponents".
_NAMING_COLUMNS = (
    PERSON_COLUMNS
    | PLACE_COLUMNS
    | frozenset({"party", "club", "team", "company", "firm", "employer", "school"})
    # a port's vessel movements: the ship, its agent, operator or owner
    | frozenset({"vessel", "ship", "agent", "operator", "owner"})
    | frozenset({"home", "away", "home team", "away team", "opponent", "opponents"})
)


def _table_cells(line: str, start: int) -> list[tuple[int, int, str]]:
    """The cells of a table row at `start` in the text, as (start, end, text); none if the line is no row."""
    row = _TABLE_ROW.fullmatch(line)
    if row is None:
        return []
    cells: list[tuple[int, int, str]] = []
    offset = start + row.start(1)
    for cell in row[1].split("|"):
        stripped = cell.strip()
        if stripped:
            first = offset + cell.index(stripped)
            cells.append((first, first + len(stripped), stripped))
        else:
            cells.append((offset, offset, ""))
        offset += len(cell) + 1
    return cells


def table_row_spans(text: str) -> list[tuple[int, int]]:
    """Spans of a table's rows: figures, codes and column headings, read for names only in their name cells."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        if _TABLE_ROW.fullmatch(line):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


# A standings table's row: its rank, one name, and figures only ("| 2 | Goiás | 36 |", "| 3 | Hull City | 14 | 30 |").
_RANK_CELL = re.compile(r"\d{1,2}\.?")
_FIGURE_CELL = re.compile(r"[-+]?\d[\d.,:]*%?")


def standings_row_spans(text: str) -> list[tuple[int, int]]:
    """Spans of a league table's rows: the name beside a rank and points is a team, though a team is
    often named after its town or state ("Goiás", "Bahia"); the place is no mention there."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        cells = [cell for _, _, cell in _table_cells(line, start)]
        if (
            len(cells) >= 3
            and _RANK_CELL.fullmatch(cells[0])
            and sum(not _FIGURE_CELL.fullmatch(cell) for cell in cells[1:]) == 1
            and all(_FIGURE_CELL.fullmatch(cell) for cell in cells[2:])
            and ", " not in cells[1]  # "| 4 | Stavanger, Norway | 08:00 |": a port of call and its land, no team
        ):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _caption_or_rule(cells: list[tuple[int, int, str]]) -> bool:
    """A table's caption row ("| Race 2 result (top six) | | |") or a rule ("|---|---|"): the headings come after."""
    filled = [cell for _, _, cell in cells if cell and set(cell) - set("-: ")]
    return len(filled) <= 1 and len(cells) >= 2


def table_name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of a table's cells that hold a name ("| Ilse Varn | Tremmin Party | 987 |"), in a table whose
    headings name people, places or bodies: each cell stands alone, so a row of Title Case cells is no
    heading. A table of prices or scores ("| Name | Last | Chg |") is figures and codes, no names read."""
    spans: list[tuple[int, int]] = []
    named: bool | None = None  # whether the table's headings name people, places or bodies
    start = 0
    for line in text.split("\n"):
        cells = _table_cells(line, start)
        if not cells:
            named = None
        elif named is None and not _caption_or_rule(cells):
            named = any(cell.casefold() in _NAMING_COLUMNS for _, _, cell in cells)
        elif named:
            spans.extend((first, end) for first, end, cell in cells if _NAME_CELL.fullmatch(cell))
        start += len(line) + 1
    return (
        spans
        + column_spans(text, PERSON_COLUMNS | PLACE_COLUMNS)
        + spec_value_spans(text)
        + labelled_cell_spans(text, NAME_LABELS | _CONTACT_KEYS)
    )


# A key cell that names who to ask, in a meeting's or a notice's table: "| Contact: | Ilse Varn, Clerk |".
_CONTACT_KEYS = frozenset({"contact", "contacts", "contact officer"})


# How `name_kinds` drafts partners' names joined by "&" as a firm (a ward's label may say they are two places).
JOINED_BY_AMPERSAND = "names joined by '&'"
# Labels of a council's boxes whose values are wards, often written one after another in one paragraph: "Ward:
# Currock & Upperby. Case officer: Ann Holt. Recommendation: Grant."
WARD_LABELS = frozenset({"ward", "wards", "electoral ward"})
_INLINE_WARD = re.compile(r"(?:^|(?<=\. )|(?<=\n))(?:Ward|Wards|Electoral ward):[ \t]+([^.\n]{1,80})", re.MULTILINE)


def inline_ward_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the values after "Ward:" at a line's or a sentence's start, up to the sentence's end."""
    if "ard:" not in text:
        return []
    return [match.span(1) for match in _INLINE_WARD.finditer(text)]


def labelled_cell_spans(text: str, labels: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the value cells of a table of two columns whose key cell is one of `labels`, as a box of facts
    writes "Label: value" ("| Venue: | Civic Centre, Tarnby |", "| Contact: | Ilse Varn, Clerk |")."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        cells = _table_cells(line, start) if "|" in line else []
        if len(cells) == 2 and cells[1][2] and " ".join(cells[0][2].rstrip(":").casefold().split()) in labels:
            spans.append((cells[1][0], cells[1][1]))
        start += len(line) + 1
    return spans


# The keys of a review's table of specifications whose value names its maker or the shops that sell it: "| Price |
# £799 at Argos and John Lewis |", "| Made by | Quellvac |".
_SPEC_NAME_KEYS = frozenset(
    {"price", "where to buy", "available from", "available at", "stockists", "retailers", "maker", "made by", "brand"}
)


def spec_value_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the value cells of a table of two columns whose key names a maker or a seller."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        cells = _table_cells(line, start)
        if len(cells) == 2 and cells[0][2].casefold() in _SPEC_NAME_KEYS and cells[1][2]:
            spans.append((cells[1][0], cells[1][1]))
        start += len(line) + 1
    return spans


def column_spans(text: str, headings: frozenset[str] = PERSON_COLUMNS) -> list[tuple[int, int]]:
    """Spans of the cells under a column headed by one of `headings` ("Candidate", "Player" ...: a person's
    name each; "Ward", "Venue": a place's)."""
    spans: list[tuple[int, int]] = []
    columns: set[int] = set()
    start = 0
    for line in text.split("\n"):
        cells = _table_cells(line, start)
        if not cells:
            columns = set()  # the table has ended
        elif not columns:
            columns = {i for i, (_, _, cell) in enumerate(cells) if cell.casefold() in headings}
        else:
            spans.extend((first, end) for i, (first, end, cell) in enumerate(cells) if i in columns and cell)
        start += len(line) + 1
    return spans


# A politician's box copied as text, a post and its holder apart without a colon, the other holders one a line below:
# "Prime Minister Haidar Abu Bakr al-Varnas" over "Muhammad Said Al-Quellar". Read only in a box that gives a term of
# office: elsewhere such a line is a headline ("President Ilse Varn Resigns").
_SPACED_HOLDER = re.compile(
    r"[ \t]*(?:Prime Minister|Vice President|President|Deputy|Monarch)[ \t]+(" + _HOLDER_LINE.pattern + r")[ \t]*"
)


_NAME_OPENERS = frozenset(("abd", "abu", "umm"))
# A box's label alone on its line, its value on the next, as some copies of a wiki's box give a wrapped value:
# "Spouse" over "Fatima Varn Yassine", "Alma mater" over "University of Tarnby".
_BOX_LABELS_ALONE = frozenset(
    ("spouse", "spouse(s)", "spouses", "relatives", "alma mater", "political party", "preceded by", "succeeded by")
)
# A party's box gives its seats in each chamber, the chamber's name over a line of seats won and seats in all:
# "Council of Representatives of Tremmia" over "31 / 329", "House of Representatives" over "44 / 301".
_SEATS = re.compile(r"[ \t]*\d{1,4}[ \t]*/[ \t]*\d{1,4}[ \t]*")
_CHAMBER_LINE = re.compile(r"[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|the|for|and)){1,7}(?:\[[^\]\n]{1,6}\])*")


def listed_name_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of names listed outside sentences: a labelled line's values and the items
    of a "See also" or an "Operators" list."""
    spans: list[tuple[int, int]] = []
    office_box = _IN_OFFICE.search(text) is not None
    above = (0, 0)  # the last line with words
    in_see_also = False
    participants = False
    commanders = False  # a conflict box's "Commanders and leaders": its sides' labels go on with the list
    holders_go_on = False  # the line above is a box's label of people and its value
    values_go_on = 0  # value lines still allowed under a box's label of bodies or places ("Allies ...")
    label_above = False
    label_above_was = ""
    contact_lines = 0
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        stripped = line.strip()
        labelled = labelled_line(line)
        if label_above and stripped:
            spans.append((start + len(line) - len(line.lstrip()), end))  # the values under "From:"
        if stripped and contact_lines and not _CONTACT_DETAIL.search(stripped):
            contact_lines -= 1  # the agency's line under the contact's name: "Halwick PR for Tarn Freight"
            client = line.find(" for ")  # (the agency alone: the firm it speaks for is named elsewhere)
            spans.append((start + len(line) - len(line.lstrip()), start + client if client > 0 else end))
        elif stripped:
            contact_lines = 0
        if stripped:
            label = stripped[:-1].strip().casefold() if stripped.endswith(":") else ""
            if label_above and label_above_was in _CONTACT_LABELS:
                contact_lines = 1
            label_above_was = label
            label_above = label in _LABELS_ABOVE or stripped.casefold() in _BOX_LABELS_ALONE
        signed = _SIGNED.fullmatch(line)
        if signed is not None and signed[3].casefold() in _SIGNER_POSTS:
            spans.append((start + signed.start(1), start + signed.end(1)))  # the signer, not the post
        heading = stripped.casefold().rstrip(":")
        if in_see_also and commanders and (heading in BOX_PARTS_AFTER or _SIDE_LABEL.fullmatch(stripped)):
            in_see_also = heading not in BOX_PARTS_AFTER  # "Current:", "Supported by:" over a side's commanders
        elif heading in _LIST_SECTIONS | _PARTICIPANT_SECTIONS or _DONORS_HEADING.search(heading):
            in_see_also = True
            commanders = heading == COMMANDERS_HEADING
            # (a donor's gift after the dash, as a participant's post: "- Pupils of Heaton Manor School — £862")
            participants = heading in _PARTICIPANT_SECTIONS or _DONORS_HEADING.search(heading) is not None
        elif in_see_also and stripped:
            closed = stripped.endswith((".", "!", "?", ":")) and not _FORM_WITH_STOP.search(stripped)
            if len(stripped.split()) > _MAX_ITEM_WORDS or closed:
                in_see_also = False  # the list has ended: prose follows
            elif stripped.casefold() in _SECTION_HEADINGS:
                in_see_also = False  # "References", "External links": the next section
            else:
                item = start + _BULLET.match(line).end()  # type: ignore[union-attr]
                dash = _POST_AFTER_DASH.search(line, item - start) if participants else None
                spans.append((item, start + dash.start() if dash else end))
        if values_go_on and stripped and labelled is None:
            value = _VALUE_LINE.fullmatch(line)
            if value is not None and stripped.casefold() not in _SECTION_HEADINGS:
                spans.append((start + value.start(1), start + value.end(1)))  # "Allies X" over "Foreign Varnak Front"
                values_go_on -= 1
            else:
                values_go_on = 0
        elif labelled is not None:
            values_go_on = 0
        if holders_go_on and labelled is None and _HOLDER_LINE.fullmatch(stripped):
            first_name = stripped.split()[0]
            # ("Abd Al-Karim Al-Varyani": "Abd", "Abu" open an Arabic name as a given name does)
            if is_given_name(first_name.casefold()) or first_name.casefold() in _NAME_OPENERS:
                spans.append((start + len(line) - len(line.lstrip()), end))  # the label's next holder, a line below
            else:
                holders_go_on = False
        else:
            holders_go_on = False
        label = " ".join(labelled[1].casefold().split()) if labelled is not None else ""
        if labelled is not None and label in _VALUES_GO_ON:
            values_go_on = _VALUE_LINES_MOST
        if labelled is not None and (label in NAME_LABELS or person_label(label)):
            spans.append((start + labelled.start(2), end))
            # "PresidentIlse Varn (acting)" over "Tomas Quell": a box gives a post's holders one a line
            holders_go_on = person_label(label) or label in OFFICE_HOLDER_LABELS
        elif labelled is not None and _AWARD_LABEL.fullmatch(" ".join(labelled[1].casefold().split())):
            spans.append((start + labelled.start(2), end))  # "- Apprentice of the Year: Kieran Oduya, of ...": who won
        elif labelled is None and office_box and (holder := _SPACED_HOLDER.fullmatch(line)) is not None:
            spans.append((start + holder.start(1), start + holder.end(1)))  # "Prime Minister Haidar al-Varnas"
            holders_go_on = True  # and the post's other holders, one a line below
        if _SEATS.fullmatch(line) and _CHAMBER_LINE.fullmatch(text[above[0] : above[1]]):
            spans.append(above)  # "Council of Representatives of Tremmia" over "31 / 329": a party's seats there
        if stripped:
            above = (start + len(line) - len(line.lstrip()), start + len(line.rstrip()))
        if _is_line_of_people(stripped):
            spans.append((start + len(line) - len(line.lstrip()), end))  # a board's names under its heading
        elif (after_label := people_after_label(line)) is not None:
            spans.append((start + after_label, end))  # "Umpires: A and B", a squad under its club's name
        byline = _BYLINE.fullmatch(line)
        if byline is not None:
            spans.append((start + byline.start(1), end))  # "By Ilse Varn, BBC News, Lagos": who, for whom, where
        filed = _FILED_BYLINE.fullmatch(line)
        if filed is not None:
            # "By Ilse Varn in Lagos and Tomas Quell in York": who and from where; with "&", which glues a firm's
            # name, the reporters alone ("Lagos & Tomas Quell" would read as one name)
            parts = _FILED_REPORTER if "&" in filed[1] else re.compile(_FILED_FROM)
            for part in parts.finditer(filed[1]):
                spans.append((start + filed.start(1) + part.start(), start + filed.start(1) + part.end()))
        start = end + 1
    persons, bodies = speaker_card_spans(text)  # "Dr Ilse Varn" over "Senior Lecturer, Tarnby University"
    given = notice_heading_spans(text)[0]  # "HAWES, Ilse Margaret" over a death notice: her given names
    # "Tomas Al QuelliMustafa Al-Varnazi...": a timeline of office holders, its names glued one to the next
    return spans + _bulleted_people_spans(text) + persons + bodies + given + glued_name_spans(text) + _box_titles(text)


# A box copied as a table of two columns opens with its subject's name over the table's rule: "Ahmed al-Varna | |"
# over "---|---|" (a row of one cell; the name's line is a Title Case heading otherwise).
_BOX_TITLE = re.compile(r"(?m)^[ \t]*([A-Z][\w'’.-]*(?: [\w'’.-]+){1,5})[ \t]*\|[ \t]*\|[ \t]*\n[ \t]*-{3,}\|")


def _box_titles(text: str) -> list[tuple[int, int]]:
    return [match.span(1) for match in _BOX_TITLE.finditer(text)]


# An item of a bulleted list: "- Orla Varnley", "• Tomas Quell".
_BULLETED_ITEM = re.compile(r"[ \t]*[-•*–][ \t]+(\S[^\n]*)")


def _bulleted_people_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the items of a bulleted list of names only, at least `_PEOPLE_ITEMS` lines of two to
    four capitalised words each, `_GIVEN_NAMED_ITEMS` of them opened by a known given name: a festival's line-up
    or a board's members one a line ("- Orla Brightmere", "- Tomas Quell"), not a menu ("- Privacy Policy")."""
    spans: list[tuple[int, int]] = []
    block: list[tuple[int, int, str]] = []
    start = 0
    for line in [*text.split("\n"), ""]:
        item = _BULLETED_ITEM.fullmatch(line)
        if item is not None and _PERSON_ITEM.fullmatch(item[1].strip()):
            block.append((start + item.start(1), start + len(line.rstrip()), item[1]))
        else:
            given = sum(is_given_name(name.split()[0].casefold()) for _, _, name in block)
            if len(block) >= _PEOPLE_ITEMS and given >= _GIVEN_NAMED_ITEMS:
                spans += [(first, last) for first, last, _ in block]
            block = []
        start += len(line) + 1
    return spans


def people_line_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the lines that list people only ("A (Chair), B (Treasurer), C, D")."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        if _is_line_of_people(line.strip()):
            spans.append((start + len(line) - len(line.lstrip()), start + len(line)))
        elif (after_label := people_after_label(line)) is not None:
            spans.append((start + after_label, start + len(line)))
        start += len(line) + 1
    return spans + speaker_card_spans(text)[0] + notice_heading_spans(text)[0]


def person_label_spans(text: str, labels: frozenset[str] = PERSON_LABELS) -> list[tuple[int, int]]:
    """Character spans of the values of a labelled line that lists people ("Leaders: Ilse Varn, Tomas
    Quell"), or what other `labels` announce (`PLACE_LABELS`)."""
    spans: list[tuple[int, int]] = []
    start = 0
    commanders = False
    for line in text.split("\n"):
        labelled = labelled_line(line)
        label = " ".join(labelled[1].casefold().split()) if labelled is not None else ""
        if labelled is not None and (label in labels or (labels is PERSON_LABELS and person_label(label))):
            spans.append((start + labelled.start(2), start + len(line)))
        heading = line.strip().casefold().rstrip(":")
        commanders = heading == COMMANDERS_HEADING or (commanders and heading not in BOX_PARTS_AFTER)
        if commanders and labels is PERSON_LABELS and (item := _COMMANDER_ITEM.match(line)) is not None:
            # "Kurdistan Region Ilse Varn" under a war box's "Commanders and leaders": a commander (after his
            # side's flag, which keeps its own kind), his post in brackets on the line below
            spans.append((start + item.start(1), start + item.end(1)))
        byline = _BYLINE.fullmatch(line) if labels is PERSON_LABELS else None
        if byline is not None:
            spans.append((start + byline.start(1), start + byline.end(1)))  # the reporters, not the outlet
        filed = _FILED_BYLINE.fullmatch(line) if labels is PERSON_LABELS else None
        if filed is not None:
            for reporter in _FILED_REPORTER.finditer(filed[1]):
                offset = start + filed.start(1)
                spans.append((offset + reporter.start(1), offset + reporter.end(1)))  # each reporter, not the town
        start += len(line) + 1
    return spans


# Labels of a match report's team sheet (folded): "Line-up: Varn; Quell, Tresk", "Subs: Oskel", "Scorers:
# Varn 2, Quell". Every name there is a player's, a lone surname too.
LINEUP_LABELS = frozenset(
    {
        "line-up",
        "lineup",
        "starting line-up",
        "team sheet",
        "squad",
        "subs",
        "substitutes",
        "replacements",
        "scorers",
        "goalscorers",
        "try scorers",
        "tries",
    }
)
# A label may hold a hyphen or an apostrophe here ("Line-up:", "St Oskel's:").
_LINEUP_LINE = re.compile(r"[ \t]*([A-Z][A-Za-z'’ -]{1,40}?)[ \t]*:[ \t]+(\S[^\n]*)")
# One player on a team sheet: a surname (or two words), maybe a mark, a position or a tally ("Varn (capt)",
# "Ilse Varn (GK)", "Quell 2").
_PLAYER = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?: \((?:[a-z.]+|[A-Z]{1,2})\)| \d{1,2})?")
# A team's sheet has a keeper, a back line and more: many players, the lines of the formation split by ";".
_MIN_PLAYERS = 6


def _team_sheet(value: str) -> bool:
    """'Tremmin: Varn; Quell, Tresk, Oskel, Brann; Hald, Voss.': a club's label over a list of players."""
    players = value.split(". ")[0].strip().rstrip(".")
    items = [item.strip() for item in re.split(r"[;,]", players)]
    return ";" in players and len(items) >= _MIN_PLAYERS and all(_PLAYER.fullmatch(item) for item in items)


def lineup_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of a team sheet's values: a line labelled as a line-up or the scorers, or a
    club's name over a list of lone surnames split by semicolons."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        labelled = _LINEUP_LINE.fullmatch(line)
        if labelled is not None and (
            " ".join(labelled[1].casefold().split()) in LINEUP_LABELS or _team_sheet(labelled[2])
        ):
            spans.append((start + labelled.start(2), start + len(line)))
        start += len(line) + 1
    return spans


def office_holder_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the values of "Preceded by:", "Succeeded by:" and the like in a politician's box of
    facts (one that gives a term "In office"); none in any other text."""
    if _IN_OFFICE.search(text) is None:
        return []
    return person_label_spans(text, OFFICE_HOLDER_LABELS)


def label_of_value(text: str, position: int) -> str:
    """The folded label of the box-of-facts line whose value holds `position` ("party" for a name in
    "Party: Varnak Otan (1999–2022)"), or "" when the position is in no labelled value."""
    end = line_end(text, position)
    labelled = labelled_line(text, line_start(text, position), end if end >= 0 else len(text))
    if labelled is None:
        return _label_above_values(text, line_start(text, position))
    if position < labelled.start(2):
        return ""
    return " ".join(labelled[1].casefold().split())


def _label_above_values(text: str, opening: int) -> str:
    """The label of a box's value that goes on to the line opening at `opening`, one name a line ("Allies X" over
    "Foreign Varnak Front"): read upwards over the value's lines (and blank ones) to its label; "" for any other
    line."""
    if _VALUE_LINE.fullmatch(text, opening, max(opening, _line_stop(text, opening))) is None:
        return ""
    above = opening
    for _ in range(_VALUE_LINES_MOST * 2):
        if above == 0:
            return ""
        above = line_start(text, above - 1)
        line_stop = _line_stop(text, above)
        if not text[above:line_stop].strip():
            continue  # a blank line inside the value ("Opponents Tremmia" over a blank line and "AMISOM")
        labelled = labelled_line(text, above, line_stop)
        if labelled is not None:
            label = " ".join(labelled[1].casefold().split())
            return label if label in _VALUES_GO_ON else ""
        if _VALUE_LINE.fullmatch(text, above, line_stop) is None:
            return ""
    return ""


def value_line_spans(text: str, labels: frozenset[str]) -> list[tuple[int, int]]:
    """The names on the lines a box's value goes on to under one of `labels` ("Headquarters Quellmayo" over
    "Barawe[3] (2012–2014)"): each line's name, without its footnote or bracket."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        value = _VALUE_LINE.fullmatch(line)
        if value is not None and labelled_line(line) is None and _label_above_values(text, start) in labels:
            spans.append((start + value.start(1), start + value.end(1)))
        start += len(line) + 1
    return spans


def _line_stop(text: str, position: int) -> int:
    end = line_end(text, position)
    return end if end >= 0 else len(text)
