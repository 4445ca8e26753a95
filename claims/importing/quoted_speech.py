"""Reported speech in news articles and press write-ups: the sentence names who said it.

""Volumes will be flat in 2027, at best," said Pieter de Vries, chief executive of …",
""We will not cut a single job before 2028," de Vries added.", ""Rates will fall," she said,
"probably by June."", "Dr. Maya Chen, an economist at …, said automation "will …"", "Maya
Chen, asked about hydrogen, said Rotterdam will …", "According to de Vries, …": the words are
the sayer's, never the document's default speaker's. Quoted words said first are proposed
as they were quoted (the reporting clause left out); a sentence that opens with its sayer
is kept whole. "…, executives said on Tuesday.", ""…," a spokesperson said.": someone
unnamed, so another's forecast told (``attribution``), never the default speaker's.

Patterns only: whose the words are (a participant, a surname met before, a name asked
about) the notes reader decides (``notes_quotes.IntroducedWords._reported``). An article's
headline above its byline is the document's own line (``headline``). Rule: reported speech
in English grammar (the reporting clause's subject owns the reported words), as news
agencies' and newspapers' style guides write attribution ("said X", "X said", "according
to X").
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claims.importing.names import SURNAME_PARTICLES, possessed
from claims.importing.parsing import split_sentences
from claims.importing.reported import NOT_SOMEONE

# How a sayer says it: the reporting verbs of news copy.
_SAY = (
    r"(?:said|says|(?:added|adds)(?!\s+(?:[\d$£€]|(?:a|an|another|more|some|over|nearly|almost"
    r"|about|around|roughly|just|only|its|their|his|her|new|two|three|four|five|ten|dozens"
    r"|hundreds|thousands)\b))|told|tells|warned|warns|noted|notes|explained|explains|insisted"
    r"|insists|argued|argues|predicted|predicts|cautioned|cautions|conceded|concedes"
    r"|continued|wrote|writes|stressed|stresses|acknowledged|acknowledges|admitted|admits"
    r"|declared|declares|replied|recalled|observed|remarked|claimed|claims|estimated"
    r"|estimates|forecast|forecasts|promised|promises|pledged|pledges|vowed|vows|reckons"
    r"|reckoned|believes|believed|expects|expected|maintained|maintains|countered"
    r"|went on|goes on|concluded|concludes)"
)
# The particles of a surname of several words ("de Vries", "van der Berg"), longest first.
_PARTICLE = "(?:" + "|".join(sorted(SURNAME_PARTICLES, key=len, reverse=True)) + ")"
# A title before a name, an office's too: "Dr. Maya Chen", "Minister Aurelio Vidal", "Finance
# Minister Ana Gil" (the name is the person's; the office is read by ``role_holders``).
_OFFICE = (
    r"(?:Minister|President|Governor|Chancellor|Secretary|Mayor|Senator|Premier|Commissioner"
    r"|Ambassador|Judge|General|Chairman|Chairwoman|Chair)"
)
_TITLE = (
    r"(?:(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame|Lord|Lady|Rep|Sen|Gov)\.?"
    rf"|(?:(?:Prime|Vice|Deputy|Finance|Mining|Energy|Economy|Trade|Foreign|Interior|Health)\s+)?{_OFFICE})\s+)"
)
_WORD = r"[A-ZÀ-Þ][\w'’.-]*"
# A person's name as news copy writes it: "Pieter de Vries", "de Vries", "Dr. Maya Chen",
# "MAYA CHEN", "Maya Chén".
NAME = (
    rf"(?P<name>{_TITLE}?(?:{_WORD}\s+){{0,2}}(?:{_PARTICLE}\s+){{0,2}}{_WORD}"
    rf"|{_PARTICLE}\s+(?:{_PARTICLE}\s+)?{_WORD})"
)
_PRONOUN = r"(?P<pronoun>he|she|they|He|She|They)"
# A firm's possessive before a person's name: "Goldman's Jan Hatzius", "JPMorgan's Jamie
# Dimon", "Goldman Sachs's Jan Hatzius": the person says it, the firm is an affiliation.
_FIRM = r"(?:(?P<firm>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)['’]s\s+)?"
# Role words before a person's name, news style: "Ashworth chief economist Ruairi Flanagan",
# "Housing minister Priya Raman", "Reader Jonas Egger", "mortgage lender Ashworth Building
# Society" (a firm, read as one by ``forecasters``). The name is the sayer's; the words before
# it say who they are.
_ROLE_LEAD = (
    # "Dutch climate minister Jan-Willem van der Berg": a word or two on what of before it.
    r"(?:(?:[A-Z][\w&.-]*\s+){0,2}(?:[a-z][\w-]*\s+){0,2}?"
    r"(?i:(?:chief|senior|lead|head|deputy|executive|managing"
    r"|global|economist|analyst|strategist|director|officer|minister|secretary|president"
    r"|founder|co-founder|partner|spokes(?:person|man|woman)|reader|subscriber|listener"
    r"|fellow|researcher|professor|trader|editor|correspondent|ceo|cfo|cto|coo|mortgage"
    r"|lender|bank|insurer|carrier|retailer|developer|housebuilder|regulator|watchdog"
    r"|think[- ]tank|consultancy|broker|utility|planner|negotiator|adviser|advisor|official"
    r"|scientist|engineer|lawyer|campaigner|activist|organi[sz]er|chair|chairman|chairwoman"
    r"|boss|leader|governor|mayor|commissioner|ambassador|manager|investor|entrepreneur"
    r"|consultant|expert|physicist|chemist|author|host|moderator|panell?ist|speaker|envoy"
    r"|chancellor|senator|lawmaker|mp|mep|councillor|councilor|treasurer|auditor|banker"
    r"|union|unionist|delegate|representative|vice[- ]president|vp|owner|investigator)\s+){1,3}"
    # A full name after them: "Professor Okafor" alone is a title and a surname.
    r"(?=[A-ZÀ-Þ][\w'’.-]*\s+(?:[a-z]{1,3}\s+){0,2}[A-ZÀ-Þ]))"
)
# Offices an unnamed sayer holds ("the mining minister", "Chile's finance minister"), which
# the article may give with a name elsewhere ("Minister Aurelio Vidal"; ``role_holders``).
_ROLE = (
    r"(?:minister|president|governor|chancellor|secretary|mayor|senator|premier|commissioner"
    r"|ambassador|chairman|chairwoman|chief executive|chief economist|ceo|cfo)"
)
# Someone unnamed: "executives", "a spokesperson", "the company", "people familiar with …",
# "the mining minister".
_UNNAMED = (
    r"(?P<who>(?i:(?:the|a|an|one|some|two|three|several|other|many|most|senior|local|port"
    r"|company|industry|government|union|bank|city)\s+){0,3}"
    r"(?i:executives?|analysts?|officials?|spokes(?:person|man|woman)|spokespeople"
    r"|representatives?|sources?|insiders?|economists?|strategists?|traders?|investors?"
    r"|experts?|critics?|observers?|bankers?|unions?|managers?|companies|company|firm|group"
    r"|ministry|government|regulators?|authorities|bosses|leaders|people familiar with the"
    r" (?:matter|plans?|talks|situation)|people close to (?:him|her|them|the \w+))"
    rf"|(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[A-Z][\w-]*['’]s)\s+(?:[a-z][\w-]*(?:['’]s)?\s+){{0,3}}"
    rf"{_ROLE})"
)
# What may follow a reporting verb: an audience, a time, a place, a manner.
_TAIL = r"(?:\s+(?!\s*[\"“])[^\"“]{0,120}?)?"
_OPEN, _CLOSE = '"“', '"”'
# What may follow the sayer, after a comma or a semicolon: who they are ("head of metals at
# Andes Capital"), what they added ("adding that a deficit was "all but certain"", "who
# added …", "noting that …", "; she also said …"): the quoted words first are theirs still.
_AFTER_SAYER = rf"[,;]\s+(?![{_OPEN}]).*"
# The second part of a quote the attribution splits: ", "probably by June.""
_MORE = rf"[,.;:]\s*[{_OPEN}](?P<more>[^{_CLOSE}]+)[{_CLOSE}]\s*[.!]?"
# ""…," said Pieter de Vries, chief executive of …": the verb first, then the sayer.
_QUOTE_THEN_VERB = re.compile(
    rf"^[{_OPEN}](?P<words>[^{_CLOSE}]+?)[,…]?[{_CLOSE}]\s*,?\s*{_SAY}\s+"
    rf"(?:{_FIRM}{_ROLE_LEAD}?{NAME}|{_UNNAMED})"
    rf"(?:{_MORE}|{_AFTER_SAYER}|\s+(?=[a-z])[^\"“]{{0,120}}?)?[.!]?$"
)
# ""…," de Vries added.", ""Rates will fall," she said, "probably by June.""
_QUOTE_THEN_SAYER = re.compile(
    rf"^[{_OPEN}](?P<words>[^{_CLOSE}]+?)[,…]?[{_CLOSE}]\s*,?\s*"
    rf"(?:{_PRONOUN}|{_FIRM}{_ROLE_LEAD}?{NAME}|{_UNNAMED})"
    # "Ines Okoro, its finance chief, told …": who the sayer is, between commas.
    r"(?:,\s+[^,\"“]{2,80},)?"
    rf"\s+(?:also\s+|later\s+|then\s+)?{_SAY}\b{_TAIL}"
    rf"(?:{_MORE}|{_AFTER_SAYER})?\s*[.!]?$"
)
# When, before the sayer: "Last Tuesday, ", "On Monday, ", "Earlier this week, ".
_WHEN = r"(?:(?i:last|on|earlier|this|yesterday|late|early|in)\s[^,\"“]{2,30},\s+)"
# What the sayer was asked, before them: "Asked by reporters, ", "When pressed on prices, ",
# "Speaking to the FT, ".
_ASKED = (
    r"(?:(?i:when\s+)?(?i:asked|pressed|questioned|quizzed|challenged|speaking|talking"
    r"|writing|interviewed|responding|replying)\b[^,\"“;:]{0,80},\s+)"
)
# Taking the floor, or how one speaks, before the colon that opens the words: "opens the
# afternoon session:", "kicks off the panel:", "is blunt:", "was categorical:". Live blogs and
# reports write a speaker's words so, in the present tense as often as in the past.
_FLOOR = (
    r"(?:(?:opens|opened|closes|closed|kicks\s+off|kicked\s+off|starts|started|begins|began"
    r"|ends|ended|wraps\s+up|wrapped\s+up|sums\s+up|summed\s+up|takes|took|leads|led)"
    r"(?:\s+[^:\"“.;!?]{0,40}?\b(?i:session|sessions|panel|day|conference|summit|keynote|talk"
    r"|speech|debate|proceedings|discussion|q&a|hearing|meeting|event|stage|floor|podium|mic"
    r"|microphone|morning|afternoon|evening|remarks|address|presentation|briefing|programme"
    r"|program|track|forum|plenary))?\s*(?=:)"
    r"|(?:goes|went)\s+(?:further|on|even\s+further)\s*(?=:)"
    r"|(?:is|was|sounds|sounded|seems|seemed)\s+(?:(?:very|quite|more|less|even|just|as)\s+)?"
    r"(?:blunt|clear|candid|frank|emphatic|adamant|unequivocal|direct|upbeat|bullish|bearish"
    r"|cautious|gloomy|optimistic|pessimistic|defiant|confident|categorical|firm|unapologetic"
    r"|sceptical|skeptical|scathing|forthright|unambiguous)(?=:))"
)
# What links a sentence to the one before, before its sayer: "But Gary Tully, … said …".
# A relative clause closing an aside on the sayer: "Helena Brisk, a portfolio manager at
# Quillon, which owns about 3% of Kestrel, said …".
_RELATIVE = r"(?:,\s+(?:which|who|whose|where)\s[^,\"“;]{2,100})"
_LINK = r"(?:(?:But|And|Yet|Still|Meanwhile|However|Instead|Elsewhere|Separately),?\s+)"
# "Dr. Maya Chen, an economist at …, said automation "will …"", "Maya Chén, asked about
# hydrogen, said …", "De Vries told the FT that …", "Asked by reporters, de la Fuente says
# …", "Ana Gil, chief executive of Solenza, opens the session: …": the sayer first, the
# sentence kept.
_SAYER_FIRST = re.compile(
    rf"^{_LINK}?{_WHEN}?{_ASKED}?{_FIRM}{_ROLE_LEAD}?{NAME}(?:,\s+(?P<aside>[^,\"“;]{{2,120}}{_RELATIVE}?),)?\s+"
    rf"(?:also\s+|later\s+|then\s+)?(?:{_SAY}|{_FLOOR})(?!\s+to\b)"
    r"(?:\s+(?:reporters|journalists|parliament|lawmakers|legislators|MPs|senators|investors"
    r"|analysts|shareholders|clients|readers|listeners|viewers|delegates|the\s+\w+"
    r"|an?\s+[\w-]+(?:\s+[\w-]+){0,2}(?=\s+that\b)|[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,3}))?"
    r"(?:\s+(?:on|in|at|last|this|during)\s+[^,\"“]{1,40}?)?\s*(?:,|that\b|:)?\s+(?=\S)"
)
# "Analysts at Citi said prices would …", "Officials at the Treasury said …": someone
# unnamed of a named organisation first, the sentence kept ("One insider said …" alone is
# read as reported words, asked about: ``reported.UNNAMED_REPORTED``).
_UNNAMED_FIRST = re.compile(
    rf"^{_UNNAMED}\s+(?:at|from|of|with)\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,2}}"
    rf"\s+{_SAY}(?!\s+to\b)\s+(?:that\s+)?(?=[a-z])"
)
# "According to de Vries, …": ``reported.REPORTED`` reads capitalised names, not a particle.
# "According to Ana Ruiz, …"; notes' "Per Leo, …" (a name set off by its comma).
_ACCORDING = re.compile(rf"^(?:(?i:according to)\s+{_FIRM}|Per\s+(?=[A-Z]\S*,)){NAME}\s*,\s+(?=\S)")
# "As Goldman's Jan Hatzius put it on Monday, "…"", "In the words of Jan Hatzius, "…"": the
# quoted words after the lead-in are the sayer's.
_AS_PUT = re.compile(
    rf"^(?P<lead>As|In\s+the\s+words\s+of)\s+{_FIRM}{NAME}"
    r"(?P<verb>\s+(?:put\s+it|puts\s+it|said|says|noted|notes|wrote|writes|observed|argued"
    r"|warned|likes\s+to\s+say)(?:\s+(?:on|in|at|last|this|during|to)\s+[^,\"“]{1,40})?)?"
    r"(?:,\s+[^,\"“]{2,80})?"
    rf"\s*[,:]\s*[{_OPEN}](?P<words>[^{_CLOSE}]+)[{_CLOSE}]\s*[.!]?$"
)
# How a sentence goes on after a sayer named last: "…, Ana Ruiz said, adding that …".
_GOES_ON = (
    r"(?:[,;]\s+(?:adding|noting|citing|pointing|warning|arguing|saying|who|before|after|in|on"
    r"|at|responding|replying|speaking|referring|as|while)\b[^\"“]*)?"
)
# "…, executives said on Tuesday.": someone unnamed said it last.
_UNNAMED_LAST = re.compile(
    rf",\s*{_UNNAMED}\s+{_SAY}(?:\s+(?:on|in|at|last|this|during|to|told)\b[^,\"“]{{0,40}})?"
    rf"{_GOES_ON}\s*[.!]?[\"”]?$"
)
# "…, said de Vries.", "…, de Vries said on Tuesday.", "…, she said.": a named sayer last.
_SAID_BY_LAST = re.compile(rf",\s*{_SAY}\s+{_FIRM}{NAME}(?:,[^\"“]*)?\s*[.!]?$")
_SAYER_LAST = re.compile(
    rf",\s*(?:{_PRONOUN}|{_FIRM}{_ROLE_LEAD}?{NAME})\s+{_SAY}"
    rf"(?:\s+(?:on|in|at|last|this|during|to|told)\b[^,\"“]{{0,40}})?{_GOES_ON}\s*[.!]?$"
)
_TITLED = re.compile(rf"^{_TITLE}")
# "…, according to port data.": a source that is no one.
_ACCORDING_LAST = re.compile(r",\s*(?i:according to)\s+(?P<whom>[^,;\"“]{2,60}?)\s*[.!]?$")
# Words that start a sentence without naming anyone: "The", "It", "Prices".
_NO_ONE = frozenset(
    [
        "the",
        "a",
        "an",
        "it",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "we",
        "i",
        "you",
        "our",
        "my",
        "its",
        "their",
        "his",
        "her",
        "if",
        "when",
        "in",
        "on",
        "at",
        "by",
        "for",
        "and",
        "but",
        "so",
        "as",
        "after",
        "before",
        "while",
    ]
)


# A sentence of news copy is shorter: a longer one is read no further (its patterns would
# take time in proportion to its square).
MAX_SENTENCE = 1_000
# How far down a headline may be: a title is the document's first line with words.
_HEADLINE_LINES = 5


@dataclass(frozen=True)
class Saying:
    """Who a sentence says said its words: ``name`` as written ("de Vries", "she"), or
    ``who``, someone unnamed ("executives"); ``words`` are what to propose: the quoted words
    when they come first, else the whole sentence. ``firm`` is the organisation a possessive
    gave with the name ("Goldman" of "Goldman's Jan Hatzius"): an affiliation, no sayer."""

    words: str
    name: str = ""
    who: str = ""
    firm: str = ""


def _named(match: re.Match, words: str, sentence: str) -> Saying | None:
    found = match.groupdict()
    name = _TITLED.sub("", (found.get("pronoun") or found.get("name") or "").strip()).rstrip(".")
    if name.lower() == "they":
        return Saying(words, who=name)  # "they said": some people, unnamed
    firm = (found.get("firm") or "").strip()
    if firm and possessed(f"{firm}'s {name}")[1]:
        # ""…," said Maersk's CEO": someone described, not named, so told (``attribution``);
        # "Maersk's CEO told her that …" is read as reported words, asked about (``notes``).
        if words != sentence:
            return Saying(sentence, who=f"{firm}'s {name}")
        return Saying(sentence, name=f"{firm}'s {name}")
    if name:
        first = name.split()[0].lower().strip(".")
        # "Goldman's forecast: …": a possessive, no sayer.
        no_one = first in _NO_ONE or first in NOT_SOMEONE or name.endswith(("'s", "’s"))
        if no_one and name.lower() not in ("he", "she"):
            return None
        return Saying(words, name=name, firm=firm)
    who = (found.get("who") or "").strip()
    # Someone unnamed: the whole sentence is kept, so that whose forecast or undertaking it
    # tells reads in it (``attribution``, ``commitments``).
    return Saying(sentence, who=who) if who else None


def _whose(text: str, found: re.Match) -> str:
    """The organisation after an unnamed sayer ("at Citi" of "Analysts at Citi said")."""
    rest = text[found.end("who") :]
    said = re.search(rf"\s+{_SAY}\b", rest)
    return rest[: said.start()] if said else ""


def quoted_first(sentence: str) -> tuple[str, str] | None:
    """The quoted words a sentence gives first and the attribution after them (""We have
    signed …, and I expect …," said Elena Ortiz, …" → ("We have signed …, and I expect …",
    "," said Elena Ortiz, …")), or None when it opens otherwise or its quote is split."""
    text = sentence.strip()
    if text[:1] not in _OPEN or len(text) > MAX_SENTENCE:
        return None
    found = _QUOTE_THEN_VERB.match(text) or _QUOTE_THEN_SAYER.match(text)
    if found is None or found.groupdict().get("more"):
        return None
    return found["words"], text[found.end("words") :]


_ROLE_THEN_NAME = re.compile(rf"{_FIRM}{_ROLE_LEAD}?{NAME}")


def sayer_name(words: str) -> str:
    """The person's name in ``words`` that name a sayer as news copy does, without the
    firm's possessive and the role words before it: "Finance Director Rupert Ashgrove" →
    "Rupert Ashgrove", "Goldman's Jan Hatzius" → "Jan Hatzius", "Rupert Ashgrove" as
    written; "" when ``words`` are not wholly such a name ("the finance director")."""
    found = _ROLE_THEN_NAME.fullmatch(words.strip())
    return found.group("name") if found else ""


def saying(sentence: str) -> Saying | None:
    """Who ``sentence`` (one sentence as written) says said its words, or None when it names
    no sayer or is longer than ``MAX_SENTENCE`` characters. ``Saying.words`` is the quote to
    propose: quoted words said first, joined when the attribution splits them (""Rates will
    fall," she said, "probably by June."" → "Rates will fall, probably by June."), else
    ``sentence`` itself; someone unnamed's whole sentence."""
    text = sentence.strip()
    if len(text) > MAX_SENTENCE:
        return None
    if text[:1] in _OPEN:
        found = _QUOTE_THEN_VERB.match(text) or _QUOTE_THEN_SAYER.match(text)
        if found:
            words = found["words"].strip().rstrip(",")
            more = found.groupdict().get("more")
            if more:
                words = f"{words}, {more.strip()}"
            return _named(found, words, text)
    found = _AS_PUT.match(text) if text[:3] in ("As ", "In ") else None
    if found and (found["verb"] or found["lead"] != "As"):
        return _named(found, found["words"].strip(), text)
    for pattern in (_SAYER_FIRST, _ACCORDING):
        found = pattern.match(text)
        if found:
            return _named(found, text, text)
    found = _UNNAMED_FIRST.match(text) if text[:1].isupper() else None
    if found:  # "Analysts at Citi said …": the words of someone unnamed, told
        return Saying(text, who=text[: found.end("who")] + _whose(text, found))
    last = _UNNAMED_LAST.search(text) or _SAID_BY_LAST.search(text) or _SAYER_LAST.search(text)
    return _named(last, text, text) if last else None


# An office given with a name: "Minister Aurelio Vidal", "Finance Minister Ana Gil" …
_HOLDER_BEFORE = re.compile(
    rf"(?P<office>(?:[A-Z][a-z]+\s+){{0,2}}{_OFFICE})\s+"
    rf"(?P<name>{_WORD}\s+(?:{_PARTICLE}\s+)?{_WORD})"
)
# … or after it: "Aurelio Vidal, Chile's mining minister", "Ana Gil, the finance minister".
_HOLDER_AFTER = re.compile(
    rf"(?P<name>{_WORD}\s+(?:{_PARTICLE}\s+)?{_WORD}),\s+(?:the|its|their|[A-Z][\w-]*['’]s)\s+"
    rf"(?P<office>(?:[a-z][\w-]*\s+){{0,3}}{_ROLE})\b"
)
_ROLE_AT_END = re.compile(rf"(?i:{_ROLE})$")


@dataclass(frozen=True)
class Office:
    """An office as a sentence names it: its ``role`` word ("minister") and the words that
    tell which ("mining" of "the mining minister"; none for "the minister")."""

    role: str
    which: frozenset[str]

    def may_be(self, other: "Office") -> bool:
        """Whether the two may be one office: the same role word, and no words telling
        two apart ("the mining minister" is not "Finance Minister …")."""
        return self.role == other.role and (
            not self.which or not other.which or bool(self.which & other.which)
        )


def office(words: str) -> Office | None:
    """The office ``words`` name ("the mining minister", "Chile's Finance Minister"), or
    None when they end with no office's word."""
    found = _ROLE_AT_END.search(words.strip())
    if found is None:
        return None
    role = found.group().lower().split()[-1]
    which = {
        w.lower()
        for w in words[: found.start()].split()
        if w[:1].isalpha() and not w.endswith(("'s", "’s")) and w.lower() not in _NO_ONE
    }
    which.update(found.group().lower().split()[:-1])
    return Office(role, frozenset(which))


def role_holders(lines: Sequence[str]) -> dict[str, list[tuple[Office, str]]]:
    """The people ``lines`` (a document) name with an office, by role word: "Minister
    Aurelio Vidal told reporters" gives {"minister": [(Office("minister", {}), "Aurelio
    Vidal")]}. One pass over the document; an unnamed sayer ("…, the mining minister
    said.") is matched against it (``notes_quotes``). Rule: news style names an office
    holder once in full ("Minister Aurelio Vidal", "Aurelio Vidal, the mining minister")
    and by the office alone elsewhere."""
    holders: dict[str, list[tuple[Office, str]]] = {}
    for line in lines:
        if len(line) > MAX_SENTENCE * 4:
            continue
        for pattern in (_HOLDER_BEFORE, _HOLDER_AFTER):
            for found in pattern.finditer(line):
                held = office(found["office"])
                name = _TITLED.sub("", found["name"])
                if held is not None and name.split()[0].lower() not in _NO_ONE:
                    holders.setdefault(held.role, []).append((held, name))
    return holders


def opens_with_sayer(text: str) -> bool:
    """Whether the first sentence of ``text`` (a quotation over several joined) names a
    person who said it: ""Rates will recover," Ines Okoro told the FT." does, so a
    sentence of narration before it does not introduce it; "she said" does not."""
    sentences = joined_quotes([sentence for _, sentence in split_sentences(text)])
    found = saying(sentences[0]) if sentences else None
    # ""…," she said." names no one: the narration before it says who "she" is.
    return found is not None and bool(found.name) and found.name.lower() not in ("he", "she")


def reported_clause(sentence: str) -> tuple[str, str, str] | None:
    """``(sayer, firm, clause)`` of a sentence that opens with its sayer and a reporting
    verb ("Mohamed El-Erian told Bloomberg the dollar would lose …" → ("Mohamed El-Erian",
    "", "the dollar would lose …")); the clause without "that". None for any other shape,
    a sayer who is no one named ("The analysts said …") or a sentence over
    ``MAX_SENTENCE`` characters."""
    text = sentence.strip()
    if len(text) > MAX_SENTENCE or not text[:1].isupper():
        return None
    found = _SAYER_FIRST.match(text)
    if found is None:
        return None
    said = _named(found, text, text)
    if said is None or not said.name or said.who:
        return None
    clause = re.sub(r"^(?:that|:)\s+", "", text[found.end() :].strip())
    return said.name, said.firm, clause


# A sentence that is all quotation, with no sayer: ""Completions will be lucky to hit
# 200,000 this year.""
_BARE_QUOTE = re.compile(rf"^[{_OPEN}](?P<words>[^{_OPEN}{_CLOSE}]+?)[{_CLOSE}]\s*$")


def bare_quote(sentence: str) -> str:
    """The words of a sentence that is one quotation and nothing else, without its marks
    (""Completions will be lucky to hit 200,000 this year."" → "Completions will …"), or ""
    when the sentence says more or is no quotation. Rule: news style gives a second quote of
    one sayer's, in the same paragraph, without saying again who said it."""
    text = sentence.strip()
    if text[:1] not in _OPEN or len(text) > MAX_SENTENCE:
        return ""
    found = _BARE_QUOTE.match(text)
    return found["words"].strip() if found else ""


def particle_surname(short: str, full: str) -> bool:
    """Whether ``short`` is the surname with its particle of the full name ``full``: "de
    Vries" of "Pieter de Vries", "van der Berg" of "Anna van der Berg": a surname alone, not
    a first name (``names.names_same_person`` reads either)."""
    short_words, full_words = short.lower().split(), full.lower().split()
    return (
        len(short_words) >= 2
        and short_words[0] in SURNAME_PARTICLES
        and len(full_words) > len(short_words)
        and full_words[-len(short_words) :] == short_words
    )


def not_anyones_source(sentence: str) -> str:
    """The source "…, according to port data." names when it is no person's ("port data"),
    or ""."""
    found = _ACCORDING_LAST.search(sentence.strip())
    if found is None or found["whom"][:1].isupper():
        return ""
    return found["whom"]


def joined_quotes(sentences: Sequence[str]) -> list[str]:
    """``sentences`` with a quotation that runs over several of them, its attribution after
    it, joined into one (""Prices will rise. Demand is strong," he said."): the words are one
    sayer's. Sentences outside such a quotation are given as they are."""
    joined: list[str] = []
    i = 0
    while i < len(sentences):
        end = _quote_end(sentences, i)
        if end is None:
            joined.append(sentences[i])
            i += 1
            continue
        joined.append(" ".join(s.strip() for s in sentences[i : end + 1]))
        i = end + 1
    return joined


# What a sayer added after their quoted words: "…," said Ruairi Flanagan, adding that
# first-time buyers would return in 2027.' The added clause is a claim of theirs too.
_ADDING = re.compile(
    r",\s+(?:adding|noting|warning|arguing|stressing|predicting|and\s+added)\s+that\s+"
    r"(?P<added>[^\"“”]{12,}?|[^\"“”]*[\"“][^\"“”]+[\"”][^\"“”]*?)\s*[.!]?$"
)


def with_additions(sentences: Sequence[str]) -> list[str]:
    """``sentences`` with what a named sayer added after their quote made a sentence of its
    own: ""Prices will fall 3% next year," Ruairi Flanagan said, adding that buyers would
    return in 2027." → the quote with its sayer, then "Ruairi Flanagan added that buyers
    would return in 2027." (a pronoun sayer, "she", stays one). A sentence that names no
    sayer before ", adding that" is given as it is. Source: news copy's attribution."""
    out: list[str] = []
    for sentence in sentences:
        found = _ADDING.search(sentence) if "that" in sentence and sentence[:1] in _OPEN else None
        head = sentence[: found.start()].rstrip() + "." if found else ""
        said = saying(head) if found else None
        if said is None or not said.name or said.words == head:
            out.append(sentence)
            continue
        name = said.name[:1].upper() + said.name[1:]
        out += [head, f"{name} added that {found['added'].strip()}."]
    return out


def _quote_end(sentences: Sequence[str], i: int) -> int | None:
    """The index of the sentence that closes a quotation opened by sentence ``i`` and names
    its sayer, or None (at most five sentences on)."""
    first = sentences[i].strip()
    if first[:1] not in _OPEN or not _opens_quote(first):
        return None
    for j in range(i + 1, min(i + 6, len(sentences))):
        candidate = " ".join(s.strip() for s in sentences[i : j + 1])
        if not _opens_quote(candidate):
            return j if saying(candidate) is not None else None
    return None


def _opens_quote(text: str) -> bool:
    """Whether a quotation ``text`` opens is still open at its end."""
    text = text.strip()
    if "“" in text:
        return text.count("“") > text.count("”")
    return text.count('"') % 2 == 1


# A line that ends a sentence, which a headline does not.
_SENTENCE_END = re.compile(r"[.!?:;…][\"”’)]?$")


def headline(lines: Sequence[str], number: int, byline) -> bool:
    """Whether line ``number`` (1-based) of ``lines`` is an article's headline: the first
    line with words (among the first five), no sentence's end, at most 20 words, and a
    byline (``byline``, a predicate on a line) the next line with words, at most three
    lines down."""
    if not 1 <= number <= min(len(lines), _HEADLINE_LINES):
        return False
    text = lines[number - 1].strip().lstrip("#").strip()
    if not text or _SENTENCE_END.search(text) or len(text.split()) > 20:
        return False
    if any(line.strip() for line in lines[: number - 1]):
        return False
    after = [line.strip() for line in lines[number : number + 3] if line.strip()]
    return bool(after) and byline(after[0])
