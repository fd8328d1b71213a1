"""Birds named by their species: a birder's words, no actor ("Glossy Ibis", "Whooper Swans", "Snow Buntings").

Birders and wildlife pages write a species' name with capitals ("a Rough-legged Buzzard", "two Great White
Egrets"), so it reads like a name; but it names a kind of bird, as a grape names a kind of wine. On a page
that speaks of birds in lower case ("birds", "birders", "wildfowl", "waders"), a draft with no kind of its own
(`other`) whose last word is a bird's common name, singular or plural, is the species; so is such a word
alone after a hyphened modifier the name reader left out ("Rough-legged Buzzard" read as "Buzzard"). A club
or a team named after a bird ("Wharfedale Harriers", "Sheffield Owls") is a body, not `other`, and is left.
"""

from __future__ import annotations

import re

from dossier.ingest.names import fold_phrase, word_set

_BIRDS = word_set(
    "ibis egret heron bittern swan goose duck teal wigeon gadwall pintail shoveler grebe diver cormorant gannet "
    "harrier buzzard kite eagle hawk falcon kestrel merlin owl plover lapwing curlew godwit sandpiper dunlin stint "
    "redshank greenshank snipe woodcock gull tern skua puffin guillemot razorbill dove pigeon cuckoo swallow "
    "pipit wagtail lark skylark thrush blackbird redwing fieldfare warbler chiffchaff flycatcher tit nuthatch "
    "treecreeper shrike crow raven rook jackdaw magpie starling sparrow finch bunting crossbill siskin linnet "
    "twite redpoll woodpecker kingfisher hoopoe oriole crake coot moorhen stork spoonbill flamingo pelican petrel "
    "shearwater fulmar eider scoter merganser goosander smew pochard scaup goldeneye redstart wheatear stonechat "
    "whinchat dotterel stilt avocet phalarope grouse partridge pheasant ptarmigan waxwing hawfinch bee-eater"
)
_BIRD_WORDS = _BIRDS | {word + "s" for word in _BIRDS} | word_set("geese")
_BIRDS_SPOKEN_OF = re.compile(r"\b(?:birds|birders?|birding|birdwatch\w*|wildfowl|waders|raptors|ornitholog\w*)\b")
# "Rough-legged Buzzard", "Short-eared Owls", "Black-tailed Godwits": a hyphened modifier right before the word.
_HYPHENED_MODIFIER = re.compile(r"[A-Z][a-z]+-[a-z]+ $")


def bird_page(text: str) -> bool:
    """Whether the page speaks of birds in lower case."""
    return _BIRDS_SPOKEN_OF.search(text) is not None


def names_a_bird(text: str, name: str, spans: list[tuple[int, int]]) -> bool:
    """Whether `name` (a draft of kind `other` on a bird page) is a bird's species."""
    words = fold_phrase(name)
    if not words or words[-1] not in _BIRD_WORDS:
        return False
    if len(words) > 1:
        return True
    return bool(spans) and all(_HYPHENED_MODIFIER.search(text, max(0, start - 30), start) for start, _ in spans)
