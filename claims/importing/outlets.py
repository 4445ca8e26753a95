"""News outlets, as documents name them: one list for every reader that must tell an outlet
from a person or find one in a dateline.

- ``headings`` reads a heading's name as no person's when a word of it is an outlet's
  ("Bloomberg TV", "Sky News", "The Daily Herald");
- ``asides`` drops a news agency's dateline before a story ("LONDON, March 3 (Reuters) - ")
  and reads no author in a byline that names a desk or an outlet ("By Reuters Staff").

Pure data. Source: the wire services and broadcasters whose copy curators paste (their
names as their datelines and mastheads write them).
"""

import re

# News agencies and broadcasters, as they sign a dateline or a masthead.
AGENCIES = (
    "Reuters", "AP", "AFP", "Bloomberg", "Bloomberg News", "dpa", "PA", "PA Media", "AAP", "CP",
    "ANSA", "EFE", "Xinhua", "Kyodo", "UPI", "PTI", "IANS", "Yonhap", "TASS", "Interfax",
    "Anadolu", "CNN", "CNBC", "BBC", "Dow Jones", "MarketWatch", "Associated Press",
    "Agence France-Presse", "The Canadian Press",
)  # fmt: skip
# Broadcasters and networks named in headings, besides the agencies.
BROADCASTERS = ("NPR", "PBS", "MSNBC", "Fox", "Sky")
# Words of a broadcaster's or a publication's name, never of a person's ("Bloomberg TV").
KIND_WORDS = (
    "tv", "radio", "news", "fm", "am", "media", "network", "channel", "times", "journal",
    "post", "tribune", "herald", "gazette", "daily", "weekly", "magazine", "press",
)  # fmt: skip

# Words a byline gives for a desk or a newsroom, not a person ("By Reuters Staff", "By the
# Markets Desk"): such a byline names no author.
DESK_WORDS = frozenset(
    ("staff", "desk", "team", "newsroom", "editors", "editorial", "reporters", "correspondents",
     "wires", "agencies", "board", "writers", "bureau")
)  # fmt: skip
# Every word that says a name is an outlet's: the kind words, and each one-word outlet
# (a word of a longer name, "Jones" of "Dow Jones", may be a person's).
OUTLET_WORDS = frozenset(
    (*KIND_WORDS, *(name.lower() for name in (*AGENCIES, *BROADCASTERS) if " " not in name))
)
# An agency in brackets, as a dateline gives it: "(Reuters)", "(AP)", "(Bloomberg News)".
AGENCY_IN_BRACKETS = (
    r"\((?:" + "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in AGENCIES) + r")\)"
)
