"""Labels before a colon that name no person: a firm, an institution, a group, a market or
a role ("Goldman: oil at $100 by Q3 2027", "Consensus: two cuts in 2027", "Wall Street:
recession by 2027", "Management: margins recover by 2028", "The Fed: two more hikes").

Notes put such a label before a forecast to say whose it is, as they put a topic ("Energy:")
before what it is about. None is a speaker: a firm or a crowd says nothing in its own voice,
and a role names nobody. What each is, in three kinds:

- ``FORECASTER``: a firm, a research house, an agency that publishes forecasts, or a
  collective of forecasters ("Goldman", "Morgan Stanley", "IMF", "Consensus", "Street",
  "Analysts", "Sell-side", "Futures"). The line tells their forecast, not the speaker's:
  read as another's forecast (``attribution``: factual, no deadline, a remark naming whose).
- ``ACTOR``: an institution that forecasts and acts ("The Fed", "ECB", "OPEC", "The
  government"): the line may be its guidance or the notes' forecast about it, which only
  the curator can tell: a remark asks.
- ``ROLE``: a role without a name ("Management", "The board", "The company"): said by
  someone in it, the notes do not say who: a remark asks.

Source of the rule: the project's "a confident wrong answer is the worst answer"; how
analysts' and reporters' notes label forecasts by their source (tests/importing/
test_forecaster_labels.py).
"""

import re
from functools import lru_cache

FORECASTER = "forecaster"
ACTOR = "actor"
ROLE = "role"

# Banks, brokers, research houses, rating agencies, data firms and prediction markets, as
# notes name them (lower case, without "the").
_FIRMS = frozenset(
    (
        *("goldman", "goldman sachs", "gs", "morgan stanley", "jpmorgan", "jp morgan", "jpm"),
        *("j.p. morgan", "citi", "citigroup", "citibank", "bofa", "bank of america"),
        *("baml", "merrill", "merrill lynch", "barclays", "ubs", "hsbc", "deutsche"),
        *("deutsche bank", "db", "nomura", "jefferies", "bernstein", "evercore", "evercore isi"),
        *("wells fargo", "credit suisse", "bnp", "bnp paribas", "socgen"),
        *("societe generale", "société générale", "macquarie", "rbc", "mizuho", "natixis"),
        *("ing", "commerzbank", "berenberg", "stifel", "wedbush", "piper sandler"),
        *("raymond james", "oppenheimer", "cowen", "td cowen", "needham", "truist"),
        *("keybanc", "bmo", "scotiabank", "cibc", "td", "unicredit", "santander", "bbva"),
        *("morningstar", "moody", "moodys", "fitch", "s&p", "s&p global", "blackrock"),
        *("vanguard", "fidelity", "pimco", "bridgewater", "citadel", "ark", "ark invest"),
        *("gartner", "idc", "mckinsey", "bcg", "deloitte", "pwc", "kpmg", "ey", "forrester"),
        *("capital economics", "oxford economics", "pantheon", "pantheon macro", "bloomberg"),
        *("bloomberg economics", "bloomberg intelligence", "bi", "reuters poll", "fedwatch"),
        *("cme fedwatch", "polymarket", "kalshi", "metaculus", "predictit", "bnef"),
        *("wood mackenzie", "woodmac", "rystad", "rystad energy", "ihs", "ihs markit"),
        *("trendforce", "counterpoint", "canalys", "semianalysis", "yardeni", "ned davis"),
        *("ndr", "bca", "bca research", "fundstrat", "ts lombard", "gavekal", "cornerstone"),
        *("eurasia group", "consensus economics", "factset", "refinitiv", "lseg", "zillow"),
        *("redfin", "cbre", "jll", "knight frank", "savills", "nationwide", "halifax"),
    )
)
# Agencies and institutions whose forecasts notes quote, which do not set what they forecast.
_BODIES = frozenset(
    (
        *("imf", "oecd", "world bank", "iea", "eia", "cbo", "obr", "bis", "wto", "ipcc"),
        *("noaa", "met office", "irena", "opec secretariat", "un", "unctad", "ilo", "fao"),
        *("european commission forecast", "bundesbank forecast", "niesr", "ifo", "zew"),
        *("conference board", "iif", "ons", "eurostat", "census bureau", "gao"),
    )
)
# Groups of forecasters, markets and polls: "Consensus:", "Street:", "Analysts:".
_COLLECTIVES = frozenset(
    (
        *("consensus", "market consensus", "bloomberg consensus", "street", "wall street"),
        *("the street", "the city", "sell-side", "sell side", "sellside", "buy-side"),
        *("buy side", "analysts", "the analysts", "economists", "strategists", "forecasters"),
        *("experts", "investors", "traders", "bulls", "bears", "skeptics", "sceptics"),
        *("pundits", "commentators", "insiders", "the market", "market pricing", "futures"),
        *("fed funds futures", "rate futures", "market-implied", "market implied", "polls"),
        *("pollsters", "the polls", "surveys", "survey", "bookies", "bookmakers"),
        *("betting markets", "prediction markets", "the crowd", "crowd", "everyone"),
        *("street consensus", "sell-side consensus", "buy-side consensus", "wall st"),
    )
)
# Institutions that forecast and act: the line may be their guidance or a forecast about them.
_ACTORS = frozenset(
    (
        *("fed", "the fed", "federal reserve", "fomc", "ecb", "boe", "bank of england", "boj"),
        *("bank of japan", "pboc", "snb", "rba", "rbi", "boc", "bank of canada", "riksbank"),
        *("norges bank", "opec", "opec+", "government", "the government", "treasury"),
        *("the treasury", "white house", "the white house", "congress", "the administration"),
        *("administration", "beijing", "washington", "brussels", "the kremlin", "kremlin"),
        *("the commission", "european commission", "the eu", "eu", "sec", "the sec", "ftc"),
        *("doj", "fda", "the regulator", "regulators", "the regulators", "the central bank"),
        *("central bank", "central banks", "the ministry", "the bundesbank", "bundesbank"),
    )
)
# Roles without a name: someone in them said it, the notes do not say who.
_ROLES = frozenset(
    (
        *("management", "mgmt", "the company", "the board", "board"),
        *("leadership", "the leadership", "execs", "executives", "the execs", "ir"),
        *("investor relations", "the team", "officials", "the officials", "sources"),
        *("a source", "people familiar", "insiders at the company", "the firm", "the bank"),
    )
)
_FORECASTERS = _FIRMS | _BODIES | _COLLECTIVES
# How a firm's name ends: "Piper Sandler & Co.", "Hightower Advisors", "Deutsche Bank". Words
# a topic ends with too ("Venture Capital", "AI Research", "Risk Management") are left out.
_FIRM_END = re.compile(
    r"\s(?:partners|building society|credit union|securities|advisors|advisers|associates"
    r"|holdings|bancorp|& co\.?|and co\.?|"
    r"inc\.?|llc|ltd\.?|plc|ag|gmbh|(?<!central )(?<!investment )(?<!commercial )"
    r"(?<!regional )(?<!food )(?<!data )(?<!memory )(?<!power )bank)$"
)
_POSSESSIVE = re.compile(r"['’]s?$")
_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")
# Words around the forecaster's name in a label: "Per Goldman", "Goldman's view", "Street
# estimate", "Consensus forecast", "According to the IMF".
_BEFORE = re.compile(r"^(?:per|via|from|according to|source)\s+", re.IGNORECASE)
_VIEW = re.compile(
    r"(?:['’]s?)?\s+(?:latest\s+|new\s+|base\s+|house\s+|official\s+)?(?:view|forecasts?|"
    r"call|case|target|estimates?|take|outlook|projections?|predictions?|numbers?|"
    r"expectations?|pricing|guess|line)$",
    re.IGNORECASE,
)


def forecaster_name(label: str) -> str:
    """The name in a label, without the words around it: "Per Goldman", "Goldman's view",
    "Street estimate" and "Consensus (Bloomberg)" give "Goldman", "Goldman", "Street" and
    "Consensus"; a label without them is given back as written."""
    name = _BRACKETS.sub("", label.strip())
    return _VIEW.sub("", _BEFORE.sub("", name)).strip() or name


# A firm's label, then a person at it: "Morgan Stanley (Lisa Shalett)", "Goldman (Jan
# Hatzius, chief economist)", "BlackRock, Larry Fink", "JPMorgan — Jamie Dimon", "Goldman's
# Jan Hatzius".
_FIRM_THEN_PERSON = (
    re.compile(r"^(?P<firm>[^()]+?)\s*\((?P<person>[^(),]+)(?:,[^()]*)?\)$"),
    re.compile(r"^(?P<firm>[^(),—–]+?)\s*(?:,|\s[—–-]|[—–])\s*(?P<person>[^(),—–]+)$"),
    re.compile(r"^(?P<firm>[^(),—–'’]+?)['’]s?\s+(?P<person>[^(),—–]+)$"),
)
# A word of a name: capitalised ("Étienne" too: its first letter upper-case, checked apart), or
# a particle.
_NAME_WORD = re.compile(r"^(?:[^\W\d_][\w'’.-]*|van|von|de|der|den|da|di|du|del|la|le|al|bin|ibn)$")
_PARTICLES = frozenset(
    ("van", "von", "de", "der", "den", "da", "di", "du", "del", "la", "le", "al", "bin", "ibn")
)
_TITLE_WORDS = frozenset(("dr", "dr.", "prof", "prof.", "mr", "mr.", "ms", "ms.", "mrs", "mrs."))
# Words of a desk, a team, a product or a date in brackets, never of a person's name:
# "Goldman (Global Investment Research)", "UBS (Wealth Management)", "Citi (base case)".
_NOT_NAME_WORDS = frozenset(
    (
        *("research", "economics", "economist", "economists", "strategy", "strategists"),
        *("strategist", "team", "desk", "management", "asset", "assets", "wealth", "income"),
        *("equity", "equities", "credit", "rates", "fx", "commodities", "macro", "global"),
        *("investment", "investments", "capital", "markets", "market", "bank", "banking"),
        *("group", "division", "chief", "head", "officer", "cio", "ceo", "cfo", "house"),
        *("view", "case", "base", "bull", "bear", "update", "note", "report", "outlook"),
        *("forecast", "estimate", "private", "fixed", "us", "uk", "europe", "asia", "emea"),
        *("apac", "americas", "intelligence", "institute", "advisors", "partners", "fund"),
        *("securities", "survey", "poll", "consensus", "median", "mean", "official", "reuters"),
        *("staff", "board", "committee", "council", "office", "department", "unit", "january"),
        *("february", "march", "april", "may", "june", "july", "august", "september"),
        *("october", "november", "december", "spring", "summer", "autumn", "fall", "winter"),
        # A body's or a company's name: "World Meteorological Organization", "The System
        # Operator", "Halden Energy", "Nordic Storage Observatory".
        *("organization", "organisation", "administration", "observatory", "operator"),
        *("agency", "authority", "ministry", "bureau", "service", "services", "commission"),
        *("association", "federation", "foundation", "society", "union", "alliance"),
        *("coalition", "league", "network", "trust", "centre", "center", "forum"),
        *("university", "college", "school", "hospital", "corporation", "company", "inc"),
        *("ltd", "llc", "plc", "holdings", "industries", "technologies", "systems", "labs"),
        *("energy", "power", "grid", "utility", "utilities", "motors", "airlines", "media"),
        *("analytics", "consulting", "consultancy", "associates", "ventures", "resources"),
        *("government", "treasury", "parliament", "assembly", "chamber", "tribunal"),
    )
)


def person_name(text: str) -> bool:
    """Whether ``text`` is written as a person's name: two to four capitalised words (a
    title and particles allowed), none a desk's, a product's or a date's word, and no
    firm's or group's name (``_kind``, nor a firm's ending: "Hightower Advisors")."""
    words = text.split()
    names = [w for w in words if w.lower() not in _TITLE_WORDS]
    if not 2 <= len(words) <= 4 or not names or _kind(text) or _FIRM_END.search(text.lower()):
        return False
    if any(w.lower().strip(".") in _NOT_NAME_WORDS for w in words):
        return False
    return (
        all(_NAME_WORD.match(w) and (w[:1].isupper() or w in _PARTICLES) for w in names)
        and names[0][:1].isupper()
    )


@lru_cache(maxsize=2048)
def firm_and_person(label: str) -> tuple[str, str]:
    """The person a firm's label names, and the firm: "Morgan Stanley (Lisa Shalett)",
    "Goldman (Jan Hatzius, chief economist)", "BlackRock, Larry Fink", "JPMorgan — Jamie
    Dimon" and "Goldman's Jan Hatzius" give ("Lisa Shalett", "Morgan Stanley") and so on:
    that person's line, the firm their affiliation (as "Christine Lagarde (ECB)" is
    Lagarde's). ``("", "")`` when the label is no firm's (``no_person``: a firm, a body, a
    group, an institution or a role) with a person's name after it: "Consensus
    (Bloomberg)", "Goldman (base case)", "UBS (Wealth Management)" or "Goldman (Hatzius)"
    (one word could be a desk as well as a surname: the firm's, as before)."""
    label = " ".join(label.split())
    for shape in _FIRM_THEN_PERSON:
        found = shape.match(label)
        if found is None:
            continue
        firm, person = found.group("firm").strip(), found.group("person").strip()
        if _kind(firm) and person_name(person):
            return person, firm
    return "", ""


@lru_cache(maxsize=2048)
def no_person(label: str) -> str:
    """What a label before a colon names when it names no person: ``FORECASTER`` ("Goldman",
    "Morgan Stanley", "IMF", "Consensus", "Wall Street", "Analysts", "Sell-side", "Capital
    Economics"), ``ACTOR`` ("The Fed", "ECB", "OPEC", "The government") or ``ROLE``
    ("Management", "The board"); "" for anything else (a person's name, a topic such as
    "Energy" or "Markets", a frame word). ``label`` is as written; case, a possessive's
    "'s", a source in brackets and the words around a name (``forecaster_name``) do not
    count ("Goldman's view" and "Consensus (Bloomberg)" are "Goldman" and "Consensus").
    A firm's label with a person's name ("Morgan Stanley (Lisa Shalett)",
    ``firm_and_person``) names that person: ""."""
    if firm_and_person(label)[0]:
        return ""
    for name in dict.fromkeys((_BRACKETS.sub("", label.strip()), forecaster_name(label))):
        kind = _kind(name)  # "Market pricing" as written, "Goldman's view" as "Goldman"
        if kind:
            return kind
    return ""


def _kind(label: str) -> str:
    key = " ".join(_POSSESSIVE.sub("", label.strip()).lower().replace("’", "'").split())
    bare = key.removeprefix("the ")
    for kind, names in ((FORECASTER, _FORECASTERS), (ACTOR, _ACTORS)):
        if key in names or bare in names:
            return kind
    if key in _ROLES or bare in _ROLES:
        return ROLE
    if label[:1].isupper() and " " in key and _FIRM_END.search(key):
        return FORECASTER
    return ""


WHOSE_VIEW = "“{label}:” names a firm, a body or a group, not a person: its view, as told"
ACTOR_NOTE = (
    "“{label}:” names an institution that forecasts and acts: the line may be its own "
    "guidance or the notes' forecast about it; check whose it is"
)
ROLE_NOTE = "“{label}:” names a role, not a person: the notes do not say who; check the speaker"


_BRACKETED_WORD = re.compile(r"\((?P<word>[A-Z][a-z’'-]+)\)\s*$")


def _lone_surname(label: str) -> str:
    """One capitalised word in brackets after a firm's name, which may be a surname
    ("Goldman (Hatzius)") or a desk ("Goldman (Research)"): the word, or "" when it is a
    desk's, a date's or a firm's word."""
    found = _BRACKETED_WORD.search(label)
    word = found.group("word") if found else ""
    if not word or word.lower() in _NOT_NAME_WORDS or _kind(word):
        return ""
    return word


def label_marks(label: str, kind: str) -> dict[str, str]:
    """The marks of a line under a label that names no person (``no_person``'s ``kind``):
    the remark, and for a forecaster whose forecast it is (``forecaster``) or for an
    institution the topic it is about. Shapes: ``{"note": str, "forecaster": str}`` or
    ``{"note": str, "topic": str}``."""
    if kind == FORECASTER:
        note = WHOSE_VIEW.format(label=label)
        surname = _lone_surname(label)
        if surname:
            note = f"{note}; “{surname}” may be a person at it: check the speaker"
        return {"note": note, "forecaster": forecaster_name(label)}
    if kind == ACTOR:
        return {"note": ACTOR_NOTE.format(label=label), "topic": label}
    return {"note": ROLE_NOTE.format(label=label)}


def known_forecaster(name: str) -> str:
    """The kind (``FORECASTER``, ``ACTOR`` or ``ROLE``) of a firm, a body, a group or a role
    ``name`` names, in any case ("the eia", "opec", "JPMorgan", "analysts"), or "" for a
    name of none of them."""
    return _kind(name.lower())
