"""A person's name as a meeting tool shows it from a company directory.

Microsoft Teams writes each voice of a transcript it saves (WebVTT) as the speaker's display
name, which an organisation's directory often keeps as "Surname, Given"::

    <v Lindqvist, Tobias>Thanks, Chair.</v>
    <v Okafor, Adaeze (Northgate Trust)>We will publish the figures in May.</v>
    <v Hamid Rostami | Kestrel Freight>Volumes fell last quarter.</v>
    <v Ines Barros (External)>I agree.</v>

"Lindqvist, Tobias" is Tobias Lindqvist; an organisation written after a bar ("| Kestrel
Freight") is the speaker's affiliation, as one in brackets is; what Teams adds in brackets
about the account ("(External)", "(Unverified)", pronouns such as "(she/her)") is neither
name nor affiliation. A label whose parts are no person's ("Hale, Jones & Partners",
"Brightwater, Inc.", "Boardroom, Level 3") is left to be read as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claims.importing.forecasters import no_person
from claims.importing.names import GUEST_ROLES, HOST_ROLES, SURNAME_PARTICLES, TITLES, reads_as_name

# What Teams shows in brackets after an account's name, about the account: never a name.
_ACCOUNT_MARK = re.compile(
    r"\s*\((?:external|unverified(?:\s+(?:guest|user|email))?|external\s+user"
    r"|(?:she|he|they|ze|xe)(?:\s*/\s*(?:her|hers|him|his|them|theirs|zir|xem|she|he|they))+)\)$",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"^(?P<name>[^()|]+?)\s*\((?P<affiliation>[^()]+)\)$")
_BAR = re.compile(r"\s+\|\s+")
_TOKEN = re.compile(r"^[A-ZÀ-Þ][\w'’\-]*$|^[A-ZÀ-Þ]\.$")
# Words that make a part of a label an organisation's or a place's, never a given name or a
# surname: "Hale, Jones & Partners", "Brightwater, Inc.", "Boardroom, Level 3".
_NOT_A_NAME = frozenset(
    [
        *("inc", "ltd", "llc", "llp", "plc", "gmbh", "co", "corp", "corporation", "company"),
        *("partners", "associates", "group", "holdings", "limited", "team", "room", "level"),
        *("floor", "building", "office", "department", "dept", "council", "committee", "board"),
    ]
)
_MAX_GIVEN = 2


@lru_cache(maxsize=1024)
def directory_name(label: str) -> tuple[str, str] | None:
    """The person a directory-style label names and the organisation written with it:
    "Lindqvist, Tobias" → ("Tobias Lindqvist", ""), "Okafor, Adaeze (Northgate Trust)" →
    ("Adaeze Okafor", "Northgate Trust"), "Hamid Rostami | Kestrel Freight" → ("Hamid
    Rostami", "Kestrel Freight"), "Ines Barros (External)" → ("Ines Barros", ""). None when
    the label is in none of these shapes or names no person ("Hale, Jones & Partners"): the
    caller reads it as before."""
    label = " ".join(label.split())
    bare = _ACCOUNT_MARK.sub("", label)
    marked = bare != label
    name, affiliation = bare, ""
    barred = _BAR.split(bare)
    if len(barred) == 2 and barred[1][:1].isupper():  # "Hamid Rostami | Kestrel Freight"
        name, affiliation = barred
    elif "|" in bare:
        return None
    bracketed = _BRACKETED.match(name)
    if bracketed is not None and "," in bracketed.group("name"):
        name, affiliation = bracketed.group("name"), bracketed.group("affiliation").strip()
    reordered = surname_first(name)
    if reordered:
        return reordered, affiliation
    if (affiliation or marked) and "," not in name and _person(name):
        return name, affiliation
    return None


def surname_first(label: str) -> str:
    """ "Lindqvist, Tobias" → "Tobias Lindqvist", "van der Berg, Anouk J." → "Anouk J. van
    der Berg": a directory's "Surname, Given" in the order it is said; "" when the label is
    not one (one comma, a surname of one word after any particles, one or two given names)
    or either part is no person's ("Hale, Jones & Partners", "Brightwater, Inc.")."""
    surname, comma, given = label.partition(",")
    if not comma or "," in given:
        return ""
    surname_words, given_words = surname.split(), given.split()
    if not 1 <= len(given_words) <= _MAX_GIVEN or not surname_words:
        return ""
    particles = [w for w in surname_words[:-1] if w.lower() in SURNAME_PARTICLES]
    if len(particles) != len(surname_words) - 1:
        return ""
    if not all(_TOKEN.match(w) for w in (surname_words[-1], *given_words)):
        return ""
    if any(_no_given_name(w) for w in given_words):  # "Chen, CFO", "Powell, Chair"
        return ""
    name = " ".join((*given_words, *surname_words))
    return name if _person(name) else ""


def _no_given_name(word: str) -> bool:
    lowered = word.lower().rstrip(".")
    acronym = len(word) > 2 and word.isupper()
    return acronym or lowered in TITLES or lowered in HOST_ROLES or lowered in GUEST_ROLES


def _person(name: str) -> bool:
    words = {w.lower().strip(".,") for w in name.split()}
    return not words & _NOT_A_NAME and reads_as_name(name) and not no_person(name)
