"""How spellings of a name are compared: folding, transliteration skeletons, tokens.

`fold` makes forms equal that differ only by script, case or accents: anyascii turns
Лукашенко into Lukashenko, casefold makes LUKASHENKA lukashenka. `skeleton` goes further,
for spellings that differ by transliteration: Belarusian and Russian romanisations of one
name differ in vowels (Lukashenka/Lukashenko, Alyaksandr/Aleksandr/Alexander,
Mazyr/Mozyr) and in a few consonant pairs (x/ks, kh/h), so the skeleton keeps the first
letter and the consonants. Minsk and Pinsk, or Gomel and Homel, keep different skeletons:
those are for the analyst to judge, as fuzzy suggestions, never links.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from dossier.model import DEVICE_NAMES

# A word: letters and digits, with inner dots and apostrophes (U.S., O'Brien) and an ampersand between
# capitals (P&I, R&D: "International Group of P&I Clubs" is one name). A hyphen separates
# words, so "Russia-Ukraine talks" names both; a mention may still span "Al-Assad". A dot after a small
# letter goes on only before a small letter, a figure or a lone capital ("Amazon.com", "v2.1", "Ph.D."): before
# a capitalised word it ends a sentence whose space was lost ("near Lost Hills, California.David Varn/Photo Agency").
# Indic scripts write a word's vowels as combining signs, which "\w" does not match ("बिहार" would be cut at
# "ि"): their blocks are word letters, but for the danda ("।", "॥") that ends a sentence.
_INDIC = "\u0900-\u0963\u0966-\u0dff"
# Cyrillic small and capital letters: a Russian or Ukrainian page loses the space after a sentence's dot as an
# English one does ("в окрестностях Октябрьского района.По предварительной информации"), so the same rule holds.
_SMALL = "a-zа-яёіїєґў"
_CAPITAL = "A-ZА-ЯЁІЇЄҐЎ"
# Word characters in one run, then a joint and more of them: each joint needs a word character after it,
# so runs of letters are matched at once instead of one alternation per character.
TOKEN_RE = re.compile(
    rf"[\w{_INDIC}]+(?:(?:(?<=[{_SMALL}])\.(?=[{_SMALL}0-9]|[{_CAPITAL}](?![{_SMALL}]))|(?<![{_SMALL}])\.(?=\w)|['’](?=\w)|(?<=[A-Z])&(?=[A-Z])"
    rf"|(?<=[a-z])\+(?=[A-Z])|(?<=\bA)/(?=S\b))[\w{_INDIC}]+)*"
    # a plus after a name of three letters or more is part of it: "Erasmus+", "Disney+" (not a grade's "A+")
    r"(?:(?<=[A-Za-z]{3})\+(?![\w+]))?"
)
_POSSESSIVE = re.compile(r"['’]s$")
_VOWELS = re.compile(r"[aeiouy]+")
_REPEATS = re.compile(r"(.)\1+")


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """A word as compared: ASCII, case-folded, without a possessive 's or inner dots."""
    folded = anyascii(_POSSESSIVE.sub("", word)).casefold()
    return folded.replace(".", "").replace("'", "").replace("’", "")


@lru_cache(maxsize=200_000)  # every known actor's names are folded again for each file of a run
def fold_phrase(text: str) -> tuple[str, ...]:
    return tuple(fold(token) for token in TOKEN_RE.findall(text))


@lru_cache(maxsize=200_000)
def skeleton(folded: str) -> str:
    """The transliteration-blind form of a folded word: first letter, then its consonants."""
    if not folded:
        return folded
    word = folded.replace("-", "")
    for old, new in (("kh", "h"), ("x", "ks"), ("ck", "k"), ("ph", "f"), ("w", "v"), ("j", "y"), ("ts", "c")):
        word = word.replace(old, new)
    first, rest = word[0], _VOWELS.sub("", word[1:])
    return _REPEATS.sub(r"\1", first + rest)


@lru_cache(maxsize=200_000)
def variant_key(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The skeleton of a folded phrase, or None when it is too short to tell names apart."""
    key = tuple(skeleton(word) for word in words)
    # Three consonants are too few: Putin and Patna share "ptn".
    if sum(len(part) for part in key) < (4 if len(key) == 1 else 5):
        return None
    return key


def is_capitalised(token: str) -> bool:
    first = token[0]
    return first.isupper() or (first.isalpha() and not first.islower() and not first.isascii())


SLUG_RE = re.compile(r"[^a-z0-9]+")


def slug(text: str, limit: int = 50) -> str:
    """An id-shaped slug of any text (anyascii first, so Лукашенко becomes lukashenko)."""
    # Only the slug's head is kept, so only a head of the text is transliterated (an event's title may be a long
    # sentence); anyascii reads each character alone, so the head's slug is the whole text's up to its cut.
    size = 2 * limit
    while True:
        value = SLUG_RE.sub("-", anyascii(text[:size]).casefold()).strip("-")
        if size >= len(text) or len(value) > limit + 1:
            break
        size *= 2
    if len(value) > limit:
        value = value[:limit].rsplit("-", 1)[0] if "-" in value[:limit] else value[:limit]
    value = value.strip("-") or "item"
    # `con`, `aux`, `nul`... cannot be file names on Windows, so the model refuses them as ids.
    return f"{value}-1" if value in DEVICE_NAMES else value


def claim_id(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3`... whichever is free first; it is added to `taken`."""
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    taken.add(candidate)
    return candidate


class IdClaims:
    """Ids claimed one after another from one set of taken ids, each as `claim_id` gives it. Each base remembers
    the number it has reached (the set only grows, so every id before it stays taken): a long text that says the
    same thing many times ("... said on Monday") does not try `base-2` to `base-900` again for each event."""

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self._next: dict[str, int] = {}  # base -> the number to try first (1: the base itself)

    def claim(self, base: str) -> str:
        number = self._next.get(base, 1)
        candidate = base if number == 1 else f"{base}-{number}"
        while candidate in self.taken:
            number = 2 if number == 1 else number + 1
            candidate = f"{base}-{number}"
        self.taken.add(candidate)
        self._next[base] = 2 if number == 1 else number + 1
        return candidate


def word_set(text: str) -> frozenset[str]:
    """The words of a space-separated list (keeps long word lists readable in the source)."""
    return frozenset(text.split())


def word_list(text: str) -> list[str]:
    return text.split()


# Faker's (MIT) given names, from the locales written in Latin script, which is what the English
# rules read: a first word from this list makes an otherwise unexplained name a person's.
_GIVEN_NAME_LOCALES = [
    "en_US",
    "en_GB",
    "en_IE",
    "en_IN",
    "en_PK",
    "en_KE",
    "en_NG",
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "pt_BR",
    "pt_PT",  # "Rui", "Nuno", "Gonçalo": names of Portugal the Brazilian list lacks
    "nl_NL",
    "pl_PL",
    "tr_TR",
    "cs_CZ",
    "sv_SE",
    "da_DK",
    "fi_FI",
    "ro_RO",
    "hu_HU",
    "hr_HR",
    "id_ID",
]


# Short forms of English given names that Faker's lists lack ("Matt Mackall", "Jen Wang", "Clay
# Travis"): writers name people by them as often as by the full form. Not "Will", "Al", "Mo", "Di":
# as words (or the Arabic article) they open names that are not people's.
SHORT_GIVEN_NAMES = word_set(
    """
    matt jen jess doug phil rob pat stu deb nat val wes gus hank chuck russ walt zack clay mitch nate kat
    trish sal vic gabe manny barb steph herb lou ollie rudy sid ty woody zeke abe hal ike jeb lenny mel
    ned reggie syd vern archie bev trudy viv sadie freddie frankie alfie billie georgie maisie lottie donnie stevie
    jessie hattie ed
    """
)
# Older English and Welsh given names that Faker's lists lack ("Lionel", "Cyril", "Imogen", "Darnell", "Gwen",
# "Angharad"): common in bylines, court reports and show results. Not those that name firms or works first
# ("Otis", "Virgil").
OLDER_GIVEN_NAMES = word_set(
    """
    lionel darnell cedric percival barnaby horace cyril wendell dwight demetrius quentin roscoe rufus myron
    algernon rosalind imogen hermione philippa cressida winifred muriel noreen lachlan alasdair torquil
    gwen gwyneth angharad dilys iolo nettie
    """
)


# Given names of South and Southeast Asia and the Pacific that Faker's lists lack ("Sadia", "Mohsin",
# "Kavitha", "Norhayati", "Sugeng", "Marites", "Mosese"): Pakistani, Bangladeshi and Indian Muslim names,
# south Indian names, Malay and Indonesian names, Filipino names of Spanish descent and Fijian names.
# Those that are frequent English words are left out when the list is built (`_REGIONAL_GIVEN_WORD`).
REGIONAL_GIVEN_NAMES = word_set(
    """
    syed mian chaudhry chaudhary khawaja makhdoom
    mohsin tariq raza asif imran kamran farhan zeeshan shahid sajid majid khalid naveed nadeem waqar junaid farooq
    usman bilal hamza faisal fahad shoaib zubair adnan arshad javed pervez parvez tahir qasim saqib rizwan
    rehan amjad asad shahzad shehzad waseem wasim nasir zafar iqbal akram aslam azhar ejaz ijaz fawad ghulam
    haroon irfan jawad kashif khurram mansoor mehmood mahmood mujtaba nauman noman obaid omer qamar rashid rauf
    sabir saeed salman sarfraz shafiq shakeel shehbaz shahbaz sohail suhail tanveer tauseef umer waqas yasir
    zahid zaheer zulfiqar mustafa murtaza ahsan habib rafiqul rafiq shahriar mizanur mahbub mahbubur anisul
    aminul saiful shafiqul nurul rezaul kamrul mostafa nazrul rashed tanvir touhid sakib
    sadia ayesha aisha nasreen nasrin rubina shazia samina farzana fauzia nusrat shabnam tahira saima uzma
    huma ghazala bushra rabia sumaira mehwish hina sidra amna maryam mariam nadia fatima zainab asma shireen
    shirin rukhsana tasneem nargis parveen parvin shahnaz tabassum yasmin yasmeen nazia sabiha rehana rahima
    roksana sharmin taslima shamima nasima afroza dilruba farida hasina khadija lubna mahmuda nilufar razia
    kavita kavitha lalitha lakshmi venkatesh raghunandan prabhakaran prabhakar somashekar manjunath ramesh
    suresh mahesh ganesh srinivas srinivasa nagaraja anantha ananth murali muralidhar raghu shankar shivakumar
    girish harish jagadish mallikarjun basavaraj chandrashekar chandrasekhar gopalakrishna hanumantha keshav
    narayan narayana nandini pushpa rajeshwari rekha saroja shantha shobha sudha sunitha sunita vanaja
    vasanthi vijaya vijayalakshmi yashoda jayanthi meenakshi malathi geetha savitha shwetha
    mohd azman azlan faizal fadzil hafiz hakim hisham izzat kamarul khairul mazlan nizam rahim razak rosli
    shahrul syafiq zulkifli zainal norhayati noraini norazlina rozilah rohani salmah suraya zaleha zuraida
    haslinda aqilah amirah aisyah
    tunku tengku nik megat puteri
    bambang sugeng hariyanto kurniawati ratna budi agus slamet wahyu dewi joko hendra arief eko endang gatot
    heru irwan kusnadi lukman mulyadi nugroho puji rudi setiawan supriyadi teguh widodo yanti wati fitri
    lestari putri rini siska susanti tuti wulan yohanes
    marites felicisimo arnulfo rhea jomar rodelio ysabel leonora ramil gerardo teodoro rosalinda ernesto
    rolando reynaldo danilo edgardo florencio gregorio herminio renato restituto rogelio virgilio wilfredo
    zaldy imelda corazon lourdes marilou maricel marivic mylene rowena teresita luzviminda nenita remedios
    mosese peni timoci josaia isikeli viliame seru apisai isoa jone sakiusa waisale tevita josefa epeli eroni
    inoke jioji kaliova livai maika manasa mesake napolioni osea pauliasi ropate saimoni samisoni sitiveni
    tomasi vatemo waisea akuila aminiasi asaeli iliesa iowane lemeki litia losana mereoni salote unaisi
    """
)
# Given names of Britain's and Ireland's Celtic lands, of Africa's Sahel and east and south, of India's north,
# of Central Asia and the Caucasus, of Ukraine and Russia as English texts spell them, of Iran and the Arab
# world, and of the Pacific, that no list above has ("Carys", "Owain", "Morag", "Amadou", "Tendai", "Rajesh",
# "Nurlan", "Oleksandr", "Hossein", "Saif", "Aroha"): news names people by them as often as by any other. Chosen as
# names, not weighed against English words ("Geoff" and "Sergei" are as frequent as words are only as names).
WORLD_GIVEN_NAMES = word_set(
    """
    carys owain gethin rhodri aled lowri ffion dafydd gwenllian anwen bethan cerys dylan eluned emrys glyn
    gwilym huw iestyn ioan iwan llinos meinir mererid nia rhian rhiannon rhys sian sioned siwan tegan tomos
    morag ailsa eilidh fenella hamish iona kirsty mhairi murdo ruaraidh seonaid struan tamsin keir geoff
    crispin peregrine perpetua
    amadou mamadou ousmane abdoulaye moussa ibrahima cheikh aminata fatoumata aissata boubacar seydou souleymane
    modibo assimi mahamat idriss oumar hamadou adama awa mariam kadiatou bintou salif issa alassane
    tendai tatenda farai tinashe rudo chipo nyasha sipho thabo lerato nomvula thandiwe zanele mpho lindiwe
    bongani themba kagiso mandla palesa uhuru wanjiru wambui njeri kamau otieno achieng akinyi atieno wanjiku
    oluwaseun babatunde olumide adebayo chukwuma ngozi chiamaka funmilayo efua kwabena akosua abena yaw
    rajesh vikram anand priyanka narendra rahul amit sanjay deepak pooja neha anjali arjun rohit sunil
    anil ajay vijay manoj sachin nitin ashok pradeep rakesh mukesh dinesh ramesh naveen sandeep vivek
    arvind ravindra sushma smriti nirmala jaishankar yogi mamata akhilesh shashi piyush amitabh
    nurlan yerlan timur askar kassym bakhyt sadyr emomali rustam shavkat almazbek sooronbay kanat dauren
    aigerim gulnara zhanna dinara ilham
    oleksandr volodymyr oksana mykola andriy serhiy yuliia olena dmytro vitali vitaliy petro taras bohdan
    yevhen kyrylo mykhailo iryna kateryna halyna tetiana svitlana larysa valeriy vasyl denys yaroslav
    sergei sergey dmitry dmitri alexei aleksei yevgeny nikolai mikhail vyacheslav valery gennady ramzan
    hossein hassan mahmoud mohsen ebrahim abbas javad masoud mojtaba reza alireza gholamreza ali akbar
    abdel abdelrahim abdullah abdulrahman khalifa mohammed muhammad ahmed mahmud jamal nabil walid yousef
    saif sayf izz sharaf taqi alaa fadi ziad ziyad usama qassem rafik hamad fahd haitham haytham marwan sulaiman
    ayman tamim nawaf mansour mansur abdulaziz abdulla ghassan nizar wael wissam imad issam munir rami fawaz
    nayef hazem mohannad uthman othman jaber majed mazen amr ammar nader bachar louay loay fouad fuad hatim kamel
    nasser riyad safwan tawfiq zuhair jassim jasim anwar emad ehab hesham hossam medhat moataz raouf sameh shadi
    sherif tamer
    youssef tarek karim rania lina layla dalia hanan noura abdelaziz abdelfattah abdelmadjid
    aroha anahera ariki hemi tane wiremu hohepa rawiri sione tevita semisi losaline vailea
    haruka keiko kenji hiroshi takeshi yuki yoshihide fumio shigeru shinzo taro ichiro yoko sanae
    nadhim kemi priti suella shabana humza vaughan rhun jacinda jagmeet chrystia annalena tulsi hakeem bernie
    yoav bezalel itamar bola yoweri abiy
    """
)
_REGIONAL_GIVEN_WORD = 3.3  # Zipf: "Semi", "Marlon" aside, names this common in English are words first
# Faker's lists of given names whose words are weighed like the regional ones: New Zealand's (Maori names),
# Ireland's, Belgium's and Algeria's French, Georgia's, Armenia's, Uzbekistan's and Japan's romanised
# names (not the lists whose Latin spelling is a machine's: Hindi's, Tamil's, Arabic's, Persian's, Thai's).
# ... but not a word that opens places' names in another language ("Isla Puná", Spanish for an island).
_PLACE_WORDS_ABROAD = word_set("isla")
_WEIGHED_LOCALES = {
    "en_NZ": "first_names",
    "ga_IE": "first_names",
    "fr_BE": "first_names",
    "fr_DZ": "first_names",
    "ka_GE": "first_names",
    "hy_AM": "first_names",
    "uz_UZ": "first_names",
    "ja_JP": "first_romanized_names",
}


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    from dossier.ingest.name_list_cache import cached_names

    recipe = (
        _GIVEN_NAME_LOCALES,
        sorted(SHORT_GIVEN_NAMES | OLDER_GIVEN_NAMES),
        _AFRICAN_LOCALES,
        _AFRICAN_GIVEN_WORD,
        sorted(REGIONAL_GIVEN_NAMES | WORLD_GIVEN_NAMES),
        _REGIONAL_GIVEN_WORD,
        sorted(_WEIGHED_LOCALES.items()),
        sorted(_PLACE_WORDS_ABROAD),
        sorted(_NOT_GIVEN_NAMES_INSIDE),
        "each name of a double given name",  # (how `_given_name_words` reads a list's entry)
    )
    return cached_names("given-names", recipe, _build_given_names)


# Small words inside a double given name that are no given names of their own ("María del Carmen").
_NOT_GIVEN_NAMES_INSIDE = frozenset(("de", "del", "da", "das", "do", "dos", "la", "los"))


def _given_name_words(name: str) -> list[str]:
    """A list's given name, folded; a double one written with a space ("Luiz Felipe", "Juan Pablo") gives each
    of its names, as a text may write either alone ("Luiz Inácio Lula da Silva")."""
    words = [fold(word) for word in name.split()]
    if len(words) == 1:
        return words
    return [word for word in words if len(word) >= 3 and word not in _NOT_GIVEN_NAMES_INSIDE]


def _build_given_names() -> frozenset[str]:
    import importlib

    names: set[str] = set(SHORT_GIVEN_NAMES) | OLDER_GIVEN_NAMES
    for locale in _GIVEN_NAME_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            names.update(word for name in getattr(provider, attribute, ()) for word in _given_name_words(name))
    # West and southern African given names ("Kwabena", "Chukwuemeka", "Sipho"), which the lists above
    # lack; not those that are English words first ("Vida", "Bello").
    from dossier.ingest.common_words import zipf

    for locale in _AFRICAN_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            folded = (fold(name) for name in getattr(provider, attribute, ()) if " " not in name)
            names.update(name for name in folded if name in names or zipf(name) < _AFRICAN_GIVEN_WORD)
    names.update(name for name in REGIONAL_GIVEN_NAMES if zipf(name) < _REGIONAL_GIVEN_WORD)
    names.update(WORLD_GIVEN_NAMES)
    for locale, attribute in _WEIGHED_LOCALES.items():
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute_name in (attribute, f"{attribute}_male", f"{attribute}_female"):
            listed = getattr(provider, attribute_name, ())
            words = {fold(word) for name in listed for word in _given_name_words(name)}
            names.update(
                word
                for word in words
                if word.isalpha() and zipf(word) < _REGIONAL_GIVEN_WORD and word not in _PLACE_WORDS_ABROAD
            )
    return frozenset(names)


_AFRICAN_LOCALES = ["tw_GH", "yo_NG", "ha_NG", "ig_NG", "zu_ZA"]
_AFRICAN_GIVEN_WORD = 3.0  # Zipf: a given name this common in English is a word first


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    from dossier.ingest.name_list_cache import cached_names

    recipe = (_GIVEN_NAME_LOCALES, _ROMANISED_LOCALES, _ROMANISED_WORD, sorted(SOUTHERN_CHINESE_SURNAMES))
    return cached_names("surnames", recipe, _build_surnames)


def _build_surnames() -> frozenset[str]:
    import importlib

    names: set[str] = set()
    for locale in _GIVEN_NAME_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("last_names", "last_names_male", "last_names_female"):
            names.update(fold(name) for name in getattr(provider, attribute, ()) if " " not in name)
    # Chinese and Japanese family names as English texts spell them ("Shen", "Tanaka"); not those
    # that are English words as well ("Song", "Fan", "Sun", "He").
    from dossier.ingest.common_words import zipf

    for locale in _ROMANISED_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        romanised = (fold(name) for name in provider.last_romanized_names if " " not in name)
        names.update(name for name in romanised if len(name) > 1 and zipf(name) < _ROMANISED_WORD)
    names.update(SOUTHERN_CHINESE_SURNAMES - _WORDS_AS_SURNAMES)
    return frozenset(names)


_ROMANISED_LOCALES = ["zh_CN", "zh_TW", "ja_JP"]
# Chinese family names as Malaysia, Singapore and Hong Kong spell them (Hokkien, Teochew, Cantonese, Hakka:
# "Goh", "Teo", "Ooi", "Khoo"), which the pinyin of Faker's lists lacks. Those that are English words ("Tan",
# "Low", "Sim", "Tee", "Woo", "Chew", "Wee") or a river ("Tay") join the family names only where a Chinese name's
# order is read (`is_chinese_surname`).
_WORDS_AS_SURNAMES = word_set("tan low sim tee woo chew wee tay eng foo loo hew mah gan")
SOUTHERN_CHINESE_SURNAMES = _WORDS_AS_SURNAMES | word_set(
    """
    lim ng ong goh chua teo koh yeo chong ooi teh khoo toh quek seah heng lau yap kwok tng chia chee choo chow
    chuah hoh khor kok kuah lai lam leong liew loh neo pang phua poh quah soh soo tham thong tiong yong yeoh yeap
    """
)


# Korean family names as English news romanises them, written first before a given name of two syllables
# ("Yoon Suk Yeol", "Kim Jong Un", "Han Duck Soo"); the hyphened form ("Moon Jae-in") is read by its hyphen.
KOREAN_SURNAMES = word_set(
    """
    kim lee yi rhee park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh shin
    kwon hwang ahn song yoo ryu hong jeon chun ko moon mun yang son bae baek paik heo huh nam noh roh kwak sung
    cha joo min jin um eom won chae byun
    """
)


def is_chinese_surname(folded: str) -> bool:
    """A Chinese family name in pinyin or as Malaysia and Singapore spell it ("wang", "tan", "goh"), folded."""
    return folded in _chinese_surnames()


@lru_cache(maxsize=1)
def _chinese_surnames() -> frozenset[str]:
    # Read from the per-machine cache: building it imports Faker (about 50 ms of a first ingest's CPU).
    from dossier.ingest.name_list_cache import cached_names

    return cached_names(
        "chinese-surnames", (_CHINESE_LOCALES, sorted(SOUTHERN_CHINESE_SURNAMES)), _build_chinese_surnames
    )


_CHINESE_LOCALES = ("zh_CN", "zh_TW")


def _build_chinese_surnames() -> frozenset[str]:
    import importlib

    names = set(SOUTHERN_CHINESE_SURNAMES)
    for locale in _CHINESE_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        names.update(fold(name) for name in provider.last_romanized_names if " " not in name and len(name) > 1)
    return frozenset(names)


_ROMANISED_WORD = 4.0  # Zipf: a romanised family name this common in English is a word first


def prepare_name_lists() -> None:
    """Build the lists of given names and family names now, or read them from the cache."""
    _given_names()
    _surnames()
    _chinese_surnames()
    _cyrillic_given_names()


def is_surname(folded: str) -> bool:
    """A family name in some language ("smith", "anderson", "kowalski"), folded (Faker's lists, MIT)."""
    return folded in _surnames()


def is_given_name(folded: str) -> bool:
    """A given name in some language ("tobias", "jennifer", "ahmed"), folded."""
    return folded in _given_names()


def is_cyrillic_given_name(word: str) -> bool:
    """A Russian or Ukrainian given name as written ("Сергей", "Максим", "Олена"; Faker's lists, MIT).
    Kept apart from `is_given_name`: folded to Latin letters, many are English words or names."""
    return word in _cyrillic_given_names()


@lru_cache(maxsize=1)
def _cyrillic_given_names() -> frozenset[str]:
    from dossier.ingest.name_list_cache import cached_names  # (as `_chinese_surnames`: no Faker import)

    return cached_names("cyrillic-given-names", _CYRILLIC_LOCALES, _build_cyrillic_given_names)


_CYRILLIC_LOCALES = ("ru_RU", "uk_UA")


def _build_cyrillic_given_names() -> frozenset[str]:
    import importlib

    names: set[str] = set()
    for locale in _CYRILLIC_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        names.update(provider.first_names_male)
        names.update(provider.first_names_female)
    return frozenset(names)
