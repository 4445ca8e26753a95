"""Words a narration hands to someone: who it introduces, and which words are theirs.

Pure functions, no database. A newsletter, a live blog or a reporter's notes tell
who speaks in prose, not with a "Name:" cue:

- a lead-in ending in a colon: "Ingrid Solberg, who did not mince words:", "She also
  said:", "As Keiko Mori put it: …", "Mehta opens with a bold one: …", "Grün, more
  cautious: …", "Her forecast: …" (``lead_in``);
- a short sentence of narration, then quoted words: "Moreau disagrees. "Agents are
  demos."" (``told_then_quoted``);
- a quote signed after a dash: ""Grid fees will double by 2030." — Ingrid Solberg"
  (``signed_quote``).

Each gives the name as written ("She", "Mehta", "Ingrid Solberg"); who that is, and
whether the line becomes theirs, the notes reader decides (``notes._NotesReader``).
What someone did in the conversation ("Host Allison Nathan opened with the jobs
report.", "Kline asks whether open models can keep up.") and how the room took it
("Not everyone agreed.", "Audible groans.") are narration (``conversation_act``,
``reaction``).
"""

import re
from collections.abc import Sequence

from claims.importing.names import CAPITALS, TITLES

PRONOUNS = frozenset(("she", "he", "they", "her", "his", "their"))

# Words before a name that say what someone is, not who ("Analyst Keiko Mori", "Host
# Allison Nathan", "Moderator Sarah Kline").
_ROLE_WORDS = (
    r"(?i:(?:the\s+)?(?:host|co-host|cohost|guest|moderator|interviewer|presenter|anchor|"
    r"panelist|panellist|analyst|economist|strategist|reader|caller|listener|audience member|"
    r"chair|speaker|keynote speaker|ceo|founder|investor|reporter|columnist|minister)\s+)"
)
_NAME_FIRST = rf"[{CAPITALS}][\w'’.-]*"
_NAME_MORE = rf"(?:\s+(?:van|de|von|der|da|di|le|la|bin|al)?\s*[{CAPITALS}][\w'’.-]*)"
_NAME = rf"{_NAME_FIRST}{_NAME_MORE}{{0,3}}"
_CAPITALISED = re.compile(_NAME)
# In prose, a name may follow a firm and a title in one capitalised run: "Fenwater Storage
# CEO Ines Marchbank" (``names_in`` keeps what follows the title).
# A run never goes on past a sentence's end ("Moderator: Gideon Achterberg. Panelists: …"):
# a word of five letters or more and its stop ("Prof.", "Gov." and initials go on).
_RUN_MORE = rf"(?:(?<!\w\w\w\w\w\.){_NAME_MORE[3:]}"
_CAPITALISED_RUN = re.compile(rf"{_NAME_FIRST}{_RUN_MORE}{{0,5}}")
_TITLES = frozenset(
    ("ceo", "cfo", "coo", "cto", "cio", "mp", "mep", "minister", "president", "director",
     "chair", "chairman", "chairwoman", "chief", "governor", "secretary", "founder", "editor")
)  # fmt: skip
# An office and its portfolio before a name: "Secretary of Energy Lydia Marchbank", "Minister
# for Home Affairs Kwame Mensah", "Secretary of State for Energy …": the run after "of" holds
# the portfolio, then the name.
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:ceo|minister|president|director|chair|chairman|chairwoman|chief|governor|secretary"
    r"|head|state|commissioner)\s+(?:of|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PORTFOLIO_AFTER = re.compile(r"\s+(?:of|for)\s", re.IGNORECASE)
# Capitalised words that open a sentence or a clause without naming anyone.
_NOT_NAMES = frozenset(
    (
        *("the", "a", "an", "on", "in", "at", "as", "after", "before", "during", "when"),
        *("while", "but", "and", "so", "then", "also", "not", "no", "this", "that", "it"),
        *("we", "i", "you", "our", "my", "everyone", "nobody", "some", "many", "most"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("today", "yesterday", "tomorrow", "later", "earlier", "here", "there", "why"),
        *("what", "how", "who", "short", "long", "quick", "update", "next", "live", "bonus"),
        *("analyst", "host", "guest", "moderator", "reader", "panelist", "panellist", "chair"),
        *("interviewer", "presenter", "anchor", "economist", "strategist", "audience"),
        *("one", "another", "ceo", "cfo", "cto", "coo", "vp"),
        *("europe", "european", "america", "american", "china", "chinese", "us", "uk", "eu"),
    )
)
# What in a lead-in says the words after its colon are someone's.
_INTRODUCING = re.compile(
    r"\b(?:said|says|say|put it|puts it|added|adds|warned|warns|wrote|writes|argued|argues|"
    r"told (?:us|me|the \w+)|tells (?:us|me|the \w+)|predicted|predicts|forecast|forecasts|"
    r"opened with|opens with|closed with|closes with|went further|goes further|"
    r"mince (?:his |her |their |any )?words|minces (?:his |her |their |any )?words|"
    r"held back|holds back|hold back|again|replied|replies|answered|answers|responded|"
    r"responds|countered|counters|quipped|quips|joked|jokes|summed (?:it )?up|sums (?:it )?up|"
    r"explained|explains|insisted|insists|concluded|concludes|declared|declares|stated|"
    r"states|went on|goes on|continued|continues|had this to say|has this to say|"
    r"in (?:his|her|their) words|was blunt|is blunt|bold one|disagreed|disagrees|agreed|agrees|"
    r"pushed back|pushes back|was clear|is clear|was emphatic|is emphatic)\b",
    re.IGNORECASE,
)
# "Her forecast:", "Mori's verdict:": the words after the colon are that person's.
_POSSESSIVE_FRAME = re.compile(
    rf"^(?:(?P<pronoun>[Hh]er|[Hh]is|[Tt]heir)|(?P<name>{_NAME})['’]s)\s+(?:\w+\s+)?"
    r"(?i:forecast|prediction|view|verdict|take|answer|conclusion|words|advice|bet|message|"
    r"call|warning|thesis|point|argument|line|guess|pick|prognosis|outlook|reply|response)$"
)
# "Grün, more cautious": a name, then a few words on how they spoke.
_NAME_AND_MANNER = re.compile(
    rf"^(?P<name>{_NAME}),\s+(?:[a-z][\w'’-]*\s+){{0,3}}(?:cautious|bullish|bearish|blunt|"
    r"optimistic|pessimistic|sceptical|skeptical|upbeat|gloomy|confident|careful|direct|"
    r"emphatic|unprompted|candid|frank|calmer|sharper|punchy|defiant|measured|hopeful|worried|"
    r"wary|cautiously|bluntly|dismissive|unconvinced|unimpressed|enthusiastic|pragmatic)"
    r"(?:\s+[a-z][\w'’-]*){0,2}$"
)
# Someone a lead-in describes without naming ("The CEO was blunt:", "One analyst put it
# this way:"): who it is, only the curator can say.
_UNNAMED = re.compile(
    r"(?i)\b(?:the|a|an|one|another)\s+(?:[a-z-]+\s+)?(?:ceo|cfo|analyst|economist|official|"
    r"spokesperson|spokesman|spokeswoman|executive|minister|banker|investor|strategist|founder|"
    r"chair|guest|host|moderator|panell?ist|expert|trader|engineer|researcher|speaker|"
    r"keynote speaker|regulator)\b"
    # "Another member, who …, put it more bluntly:", "One resident said:": only as the
    # sayer, never a word that qualifies another ("in a client note").
    r"|\b(?:the|a|an|one|another)\s+(?:[a-z-]+\s+)?(?:member|resident|customer|supplier"
    r"|operator|colleague|source|insider|manager|director|councillor|participant|attendee"
    r"|respondent|reader|listener|caller|shareholder|employee|client|landlord|landowner"
    r"|tenant|farmer|owner|neighbou?r|parent|teacher|nurse|doctor|worker)s?"
    r"(?=\s*[,:(—–]|\s+(?:who|put|said|says|told|tells|added|adds|went|wrote|writes"
    r"|warned|warns|noted|notes|argued|argues|insisted|predicted|predicts|expects|thinks"
    r"|believes|reckons|was|is)\b)"
    # "…, who asked not to be named, put it …": a source the writer does not name.
    r"|\bwho\s+(?:asked|declined|preferred)\s+not\s+to\s+be\s+(?:named|identified)\b"
    r"|\bspeaking\s+on\s+(?:the\s+)?condition\s+of\s+anonymity\b"
)
_MAX_LEAD_WORDS = 25
_MAX_TOLD_WORDS = 5
_OPENING_QUOTE = "\"“‘'"
_CLOSING = {"“": "”", '"': '"', "‘": "’", "'": "'"}


def names_in(text: str) -> list[str]:
    """The capitalised names in prose, in order, without the words before them that name
    nobody: "On Tuesday's panel, Marc Duval of Hyfen" gives ["Marc Duval", "Hyfen"]; nor the
    firm and title before a name: "Fenwater Storage CEO Ines Marchbank" gives ["Ines
    Marchbank"]."""
    found = []
    for match in _CAPITALISED_RUN.finditer(text):
        words = match.group().split()
        while words and words[0].lower().rstrip(".,'’s") in _NOT_NAMES:
            words.pop(0)
        titled = [i for i, word in enumerate(words[:-1]) if word.lower() in _TITLES]
        if titled:  # "Fenwater Storage CEO Ines Marchbank": the name after the title
            words = words[titled[-1] + 1 :]
        if _PORTFOLIO_AFTER.match(text, match.end()) and all(
            word.lower() in _TITLES or word.lower() == "state" for word in words
        ):
            continue  # "Secretary" of "Secretary of Energy Lydia Marchbank": an office
        if len(words) > 2 and _PORTFOLIO_BEFORE.search(text, 0, match.start()):
            # "Energy Lydia Marchbank": the portfolio, then the name's last two words (three
            # with a particle: "Home Affairs Pieter van Dijk")
            keep = 3 if words[-2].islower() else 2
            words = words[-keep:]
        # "Per Leo, Cascade reorders will recover …": "per" is "according to" before a name
        # set off by a comma (Per Olsen, a first name, is never set off so).
        set_off = match.group().rstrip().endswith(",") or text[match.end() :].lstrip()[:1] == ","
        if len(words) == 2 and words[0] == "Per" and set_off:
            words.pop(0)
        name = re.sub(r"['’]s$", "", " ".join(words).rstrip(".,;!?"))  # "Omar Haddad's"
        if name:
            found.append(name)
    return found


def lead_in(lead: str) -> list[str] | None:
    """The names a lead-in before a colon may introduce, or None when ``lead`` is no
    lead-in ("Why it matters", "Energy", "Quick aside").

    "She also said" and "Her forecast" give ["She"] and ["Her"] (a pronoun pointing
    back); "As Keiko Mori put it" gives ["Keiko Mori"]; "The headline act was Ingrid
    Solberg (TenneT's planning chief), who did not mince words" gives ["Ingrid Solberg",
    "TenneT"]: the caller takes the first that is someone. A lead-in has a verb of saying
    or of taking the floor (``_INTRODUCING``), is a possessive frame ("Mori's verdict")
    or a name and how they spoke ("Grün, more cautious").
    """
    lead = lead.strip().strip("*_ ")
    words = lead.split()
    if not words or len(words) > _MAX_LEAD_WORDS:
        return None
    frame = _POSSESSIVE_FRAME.match(lead)
    if frame:
        return [frame.group("pronoun") or frame.group("name")]
    manner = _NAME_AND_MANNER.match(lead)
    if manner and len(words) <= _MAX_TOLD_WORDS:
        return [manner.group("name")]
    if not _INTRODUCING.search(lead):
        return None
    if words[0].lower() in PRONOUNS:
        return [words[0]]
    names = [name for name in names_in(lead) if not _INTRODUCING.fullmatch(name)]
    unnamed = _UNNAMED.search(lead)
    if unnamed:  # "The CFO" as "the CFO": lower case tells the caller it names nobody
        said = unnamed.group()
        said = f"someone {said.lower()}" if said.lower().startswith(("who", "speaking")) else said
        names.insert(0, said[0].lower() + said[1:])
    return names or None


def quoted_part(text: str) -> tuple[str, str]:
    """Quoted words at the start of ``text`` and what follows them: (""Entry-level jobs
    will shrink."", "Audible groans."). Text not opening with a quote mark is all words."""
    text = text.strip()
    if not text or text[0] not in _CLOSING:
        return text, ""
    end = text.find(_CLOSING[text[0]], 1)
    if end < 0:
        return text, ""
    end += 1
    while end < len(text) and text[end] in ".!?,":
        end += 1
    return text[:end].strip(), text[end:].strip()


_TOLD = re.compile(rf"^{_ROLE_WORDS}?(?P<name>{_NAME})\s+(?P<verb>[a-z][\w'’ -]*)[.!:]?$")
# News style names the sayer between commas after who they are: "Caldera Bank's head of UK
# research, Ines Dufour, was more pessimistic." before ""I don't see …," she said."
_TOLD_APPOSITIVE = re.compile(
    rf"^[A-Z][^,\"“”]{{2,80}},\s+(?P<name>{_NAME}),\s+(?P<verb>[a-z][\w'’ -]*)[.!:]?$"
)


def told_then_quoted(sentence: str, after: str) -> str | None:
    """The name of a short sentence of narration followed by quoted words: "Moreau
    disagrees." before ""Agents are demos."" gives "Moreau"; None otherwise."""
    if not after or after[0] not in _OPENING_QUOTE:
        return None
    match = _TOLD.match(sentence.strip())
    if match is None or len(sentence.split()) > _MAX_TOLD_WORDS:
        match = _TOLD_APPOSITIVE.match(sentence.strip())
        if match is None or len(match.group("verb").split()) > _MAX_TOLD_WORDS:
            return None
    name = match.group("name")
    return name if name.split()[0].lower() not in _NOT_NAMES else None


_SIGNED = re.compile(
    r"^(?P<quote>[\"“‘].+[\"”’][.!?]?|.+[.!?][\"”’]?)\s+(?:[—–]|--?)\s*"
    rf"(?P<name>{_NAME})(?:\s*[,(].{{0,60}})?$"
)


# A signature on the line below a quotation, as articles set a quote off: a dash, the name,
# maybe a post, a place and a day: "— Gregor Vantongeren, Minister of Housing, in the
# legislature, Feb. 11, 2026".
_SIGNATURE_BELOW = re.compile(rf"^(?:[—–]|--?)\s*(?P<name>{_NAME})(?:\s*[,(].{{0,60}})?$")
_QUOTATION = re.compile(r"^[\"“‘].+[\"”’][.!?]?$")
_DASHES = ("—", "–", "-")
_SIGNED_CHARS = 600  # a quotation and its signature, at most, as one line


def signatures_joined(lines: Sequence[str]) -> Sequence[str]:
    """``lines`` with each signature set below a quotation (a line "— Name, post, …" right
    after a line that is all a quotation) joined to the quotation's line, as
    ``signed_quote`` reads it, and its own line left blank: the signature signs the words
    above it and opens nothing (it is no section's heading). As many lines as before;
    ``lines`` itself when none is signed so. Source: blockquotes and their attributions in
    news and opinion pages copied as text."""
    out: list[str] | None = None
    for index in range(1, len(lines)):
        line = lines[index].lstrip()
        if not line.startswith(_DASHES) or not _SIGNATURE_BELOW.match(line.rstrip()):
            continue
        above = lines[index - 1].strip()
        if not _QUOTATION.match(above) or len(above) + len(line) > _SIGNED_CHARS:
            continue
        out = out if out is not None else list(lines)
        out[index - 1], out[index] = f"{above} {line.rstrip()}", ""
    return lines if out is None else out


def signed_quote(text: str) -> tuple[str, str] | None:
    """A quote signed after a dash: (""Grid fees will double by 2030."", "Ingrid
    Solberg") from ""Grid fees will double by 2030." — Ingrid Solberg, TenneT"."""
    match = _SIGNED.match(text.strip())
    if match is None:
        return None
    return match.group("quote").strip(), match.group("name").strip()


# What someone does in a conversation, never a claim, whoever does it: asking, pressing,
# opening, introducing the panel.
_ACT = re.compile(
    rf"^{_ROLE_WORDS}?(?P<name>{_NAME})\s+(?:(?:then|also|again|later|first|finally|briefly)\s+)?"
    r"(?:(?:asked|asks|asking)(?:\s+(?:him|her|them|us|the \w+|[A-Z]\w+))?\s+"
    r"(?:about|whether|if|why|how|what|when|where|who|which|for)\b"
    r"|(?:wanted|wants) to know\b"
    r"|(?:pressed|presses|pushed|pushes|grilled|grills|quizzed|quizzes)\s+"
    r"(?:him|her|them|us|the \w+|[A-Z]\w+(?:\s+[A-Z]\w+)?)\s+(?:on|about|for|over)\b"
    r"|(?:opened|opens|closed|closes|kicked off|kicks off|wrapped up|wraps up)\s+(?:with\b|by\s+"
    r"(?:asking|inviting|introducing|welcoming|thanking|polling|challenging)\b)"
    r"|(?:introduced|introduces)\s+(?:the\s+)?(?:panel|panelists|panellists|guests?|"
    r"speakers?|session|show|episode|debate|discussion|topic)\b)"
)


# A role, then who holds it in brackets: "Moderator (Jo Hartley)", "Chair (Sarah Collins MP)".
_ROLE_THEN_NAME = re.compile(
    rf"^(?P<role>(?i:(?:the\s+)?(?:host|co-host|moderator|interviewer|presenter|anchor|chair)))"
    rf"\s*\((?P<name>{_NAME})\)"
)


def conversation_act(sentence: str) -> bool:
    """Whether ``sentence`` tells what someone did in the conversation: "Host Allison
    Nathan opened with the jobs report.", "Joe Weisenthal asked about housing.", "Kline
    asks whether open models can keep up.", "Dana wanted to know if rates will fall by
    2027.", "Dana pressed him on rates by 2027.", "Moderator Sarah Kline introduces the
    panel: …". A name (after a role word or not) and a verb of asking or hosting."""
    sentence = sentence.lstrip('(“"‘ ')
    if "(" in sentence[:40]:  # "Moderator (Jo Hartley) opened by asking …": the role's name
        sentence = _ROLE_THEN_NAME.sub(r"\g<role> \g<name>", sentence, count=1)
    match = _ACT.match(sentence)
    return bool(match) and match.group("name").split()[0].lower() not in _NOT_NAMES


_REACTION = re.compile(
    r"(?i)^(?:(?:not everyone|not everybody|nobody|no one|few|many|some|others|the (?:room|"
    r"audience|crowd|panel|hall|other panelists|other panellists))\s+(?:agreed|agrees|"
    r"disagreed|disagrees|(?:was|were|is|are) (?:not |un)?(?:convinced|persuaded|impressed|sold)|"
    r"bought it|buys it|laughed|laughs|applauded|applauds|groaned|groans)"
    r"|(?:audible|some|loud|scattered|nervous|polite)?\s*(?:groans|laughter|laughs|applause|"
    r"gasps|murmurs|silence|boos|cheers))[.!]?$"
)


def reaction(sentence: str) -> bool:
    """Whether ``sentence`` tells how the room took what was said: "Not everyone agreed.",
    "Audible groans.", "Laughter." Narration, never a claim."""
    return _REACTION.match(sentence.strip()) is not None


# A host naming themselves and their show: "I'm Nadia Khoury, and this is The Evening Brief.",
# "Good evening, I'm Nadia Khoury and you're listening to The Evening Brief.", "This is Maya
# Chen, and welcome to Market Hour." The name capitalised as written.
_HOST_NAME = r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:van|de|von|der|da|di|le|la)?\s*[A-Z][\w'’.-]*){1,3})"
_SHOW = r"[A-Z0-9“\"‘'][\w'’.&:-]*(?:\s+[\w'’.&:”\"-]+){0,6}"
_HOST_INTRODUCTION = re.compile(
    rf"(?:^|[.!?]\s+|,\s+)(?:(?:And|So|Hi|Hello|Hey),?\s+)?(?:I'm|I’m|I am|This is|My name is)\s+"
    rf"{_HOST_NAME},?\s+and\s+(?:this is|welcome to|you're (?:listening to|watching)|"
    rf"you’re (?:listening to|watching)|you are (?:listening to|watching))\s+{_SHOW}\s*[.!]*$"
)


# The running of a show, in its host's and guests' words: "Hi everyone, and welcome back to
# Ledger Lines, the podcast about where your money actually goes.", "I'm Tamsin Greaves,
# and this is episode 42.", "I'm your host, Theo Brannigan, and today I've got two guests
# …", "Before we get going, a quick word from this week's sponsor.", "Tickets for our live
# show are on the website.", a guest's "Long-time listener.", "Marisol, you're shaking your
# head."
_SHOW_RUNNING = re.compile(
    r"^(?:(?:and|so|okay|ok|right|well|hi|hello|hey)(?:\s+(?:everyone|everybody|all|folks"
    r"|there))?,?\s+)*(?:"
    r"(?:and\s+)?welcome(?:\s+back)?\s+to\s+[A-Z0-9][\w'’&-]*(?:\s+[A-Z0-9][\w'’&-]*){0,4}"
    r"(?:,\s+the\s+(?:[\w-]+\s+){0,2}?(?:podcast|show|programme|program|channel|newsletter)"
    r"(?:\s+(?:about|on|where|that|for)\b[^.!?]{0,80})?)?"
    r"|(?:I'm|I’m|I am)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},?\s+and\s+this\s+is\s+"
    r"(?:episode|ep\.?|part|show)\s+\d+"
    r"|(?:I'm|I’m|I am)\s+your\s+(?:host|co-host|presenter),?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)"
    r"{0,2}(?:,?\s+and\s+(?:today|this\s+week|on\s+today's\s+show)\b[^.!?]{0,120})?"
    r"|(?:before\s+we\s+(?:get\s+going|start|begin|dive\s+in|get\s+into\s+it),?\s+)?"
    r"(?:a\s+)?(?:quick\s+|short\s+)?(?:word|message)\s+from\s+(?:this\s+week['’]s|today['’]s"
    r"|our)\s+sponsors?"
    r"|tickets\s+for\s+(?:our|the)\s+(?:live\s+)?(?:show|tour|event)s?\s+are\s+(?:on\s+sale\s+)?"
    r"(?:on|at|available\s+(?:on|at))\s+(?:the|our)\s+(?:website|site)"
    r"|long[- ]time\s+listener(?:,?\s+first[- ]time\s+(?:caller|guest))?"
    # A witness or a guest naming themselves with their post: "I am Eleanor Jones, chief
    # economist at the Grid Futures Institute.", "I'm Ana Ruiz, CEO of Acme Foods."
    r"|(?:I'm|I’m|I\s+am|my\s+name\s+is)\s+(?:Dr\.?\s+|Professor\s+)?(?-i:[A-Z][\w'’-]*)"
    r"(?:\s+(?-i:[A-Z][\w'’-]*)){0,2},\s+(?:the\s+|a\s+|an\s+)?(?!and\b|but\b|so\b)"
    r"(?:(?-i:[a-z][\w-]*|[A-Z]{2,5})\s+){1,6}?(?:at|of|for|with|from)\s+(?:the\s+)?"
    r"(?-i:[A-Z])[^.!?,;]{1,80}"
    r"|(?:[A-Z][\w'’-]*,\s+)?you['’]re\s+(?:shaking\s+your\s+head|nodding|smiling|laughing"
    r"|grinning|frowning|wincing|grimacing)"
    # A turn to a subject, said to a guest by name: "Priya, let's start with the numbers.",
    # "Owen, let's talk batteries, because that's really the whole game here."
    r"|[A-Z][\w'’-]*,\s+let['’]s\s+(?:start|begin|kick\s+off)\s+with\s+(?:the\s+)?[\w-]+"
    r"|[A-Z][\w'’-]*,\s+let['’]s\s+talk\s+(?:about\s+)?[\w-]+(?:,\s+because\s+that['’]s\s+"
    r"[^.!?]{0,60})?"
    r")\s*[.!]*$",
    re.IGNORECASE,
)


def show_running(text: str) -> bool:
    """Whether ``text`` only runs a show (``_SHOW_RUNNING``): its welcome, its host naming
    themselves with the episode, a sponsor's lead-in, a plug, a guest's pleasantry, a host
    telling the listener what a guest's face does, or turning a guest to a subject.
    "Welcome back to Ledger Lines, where rates will fall by 2027." is no such line: the
    show's name is a few capitalised words, and then the sentence ends."""
    return len(text) <= 200 and _SHOW_RUNNING.match(text.strip()) is not None


def host_self_introduction(text: str, *, whole: bool = False) -> str:
    """The name a host gives themselves with their show, at the end of ``text``: "Good
    evening. I'm Nadia Khoury, and this is The Evening Brief." → "Nadia Khoury"; "" when
    none ("I'm sure, and this is key" names nobody: the name is capitalised). ``whole``:
    only when the introduction is all of ``text``. The shape is a radio or podcast host's
    opening, as broadcast transcripts give it."""
    if " and " not in text:  # most lines: no need to read further
        return ""
    text = text.strip()
    found = (_HOST_INTRODUCTION.match if whole else _HOST_INTRODUCTION.search)(text)
    return found.group("name") if found else ""


# A speaker naming themselves in a broadcast's captions, all in capitals: "I'M PETE
# SULLIVAN.", "AND I'M RHEA DESAI.", "GOOD EVENING, I'M PETE SULLIVAN." Capitals hide what
# the mixed-case rule reads (a name is capitalised, "I'm sure" is not): the words after "I'M"
# must read as a name instead (``_caps_name``).
_CAPS_INTRODUCTION = re.compile(
    r"^(?:(?:AND|SO|HI|HELLO|HEY|WELL|GOOD (?:EVENING|MORNING|AFTERNOON|NIGHT)|WELCOME(?: BACK)?"
    r"|THANKS|THANK YOU),?\s+)*(?:I'M|I’M|I AM|THIS IS|MY NAME IS)\s+"
    r"(?P<name>[A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*){0,2})"
    # With the programme: "I'M PETE SULLIVAN, AND THIS IS THE EVENING REPORT."
    r"(?:,?\s+AND\s+(?:THIS IS|WELCOME TO|YOU(?:'|’)RE (?:WATCHING|LISTENING TO))"
    r"\s+[A-Z0-9\"“'‘][A-Z0-9'’.&:\"”\s-]{0,60})?\s*[.!]*$"
)
# Words that follow "I'M" in a statement, never a name: adjectives, participles, adverbs.
_NOT_NAME_WORDS = frozenset(
    (
        *("sure", "told", "bullish", "bearish", "confident", "certain", "convinced", "not"),
        *("afraid", "glad", "happy", "sorry", "optimistic", "pessimistic", "skeptical"),
        *("sceptical", "cautious", "nervous", "hopeful", "worried", "concerned", "excited"),
        *("here", "back", "done", "fine", "ok", "okay", "right", "wrong", "long", "short"),
        *("out", "in", "on", "with", "for", "against", "over", "still", "also", "just", "so"),
        *("very", "really", "quite", "pretty", "less", "more", "most", "all", "neutral"),
        *("positive", "negative", "constructive", "overweight", "underweight", "agnostic"),
        *("aware", "unsure", "uncertain", "unconvinced", "open", "ready", "willing", "able"),
        *("grateful", "thrilled", "delighted", "pleased", "proud", "honored", "honoured"),
        *("joined", "joining", "calling", "speaking", "talking", "live", "standing", "sitting"),
        *("about", "a", "an", "the", "no", "one", "gonna", "going", "hearing"),
        *("curious", "interested", "surprised", "disappointed", "shocked", "amazed", "tired"),
        *("old", "new", "young", "late", "early", "busy", "free", "bored", "wary", "nervy"),
        *("scared", "anxious", "calm", "relaxed", "comfortable", "uncomfortable"),
        *("long-term", "short-term", "contrarian", "realistic", "idealistic", "biased"),
    )
)
_NOT_NAME_FUNCTION_WORDS = frozenset(
    ("to", "of", "at", "by", "if", "as", "that", "this", "it", "we", "you", "they", "and", "or")
)
_NOT_NAME_ENDINGS = ("ING", "ISH", "LY", "FUL", "OUS", "IVE", "ABLE", "IBLE")
_MIN_ENDING_WORD = 5  # "KING", "ELY", "IVE" are too short to tell by their ending


def _caps_name(name: str) -> bool:
    """Whether capitalised words after "I'M" read as a name: one to three words, none a
    word that follows "I'm" in a statement ("SURE", "BULLISH", "TOLD") or a function word,
    none ending as adjectives and participles do ("-ING", "-ISH", "-OUS")."""
    words = name.replace("’", "'").split()
    for word in words:
        lowered = word.lower().strip(".")
        if lowered in _NOT_NAME_WORDS or lowered in _NOT_NAME_FUNCTION_WORDS:
            return False
        if len(word) >= _MIN_ENDING_WORD and word.endswith(_NOT_NAME_ENDINGS):
            return False
        if "'" in word and not word.startswith(("O'", "D'")):
            return False  # "I'M GONNA", "WE'LL": a contraction
    return True


def caps_self_introduction(text: str) -> str:
    """The name a speaker gives themselves in all-capital captions, when that is all of
    ``text``: "GOOD EVENING, I'M PETE SULLIVAN." → "PETE SULLIVAN"; "AND I'M RHEA DESAI." →
    "RHEA DESAI"; "" for a statement ("I'M BULLISH ON GOLD.", "I'M SURE RATES WILL FALL BY
    2027.", "I'M TOLD THE FED WILL CUT."). Source: broadcast closed captions, where hosts
    open the programme naming themselves."""
    if "I" not in text or not text.isupper():
        return ""
    found = _CAPS_INTRODUCTION.match(text.strip())
    name = found.group("name").rstrip(".") if found else ""
    if not name or not _caps_name(name):
        return ""
    tail = found.string[found.end("name") :].replace("’", "'").split()
    return "" if _NOT_PROGRAMME_WORDS.intersection(tail) else name


# Words no programme's name holds: "I'M PETE SULLIVAN, AND THIS IS WHY RATES WILL FALL."
_NOT_PROGRAMME_WORDS = frozenset(
    ("WILL", "WOULD", "SHOULD", "WON'T", "CAN", "COULD", "MIGHT", "WHY", "HOW", "WHAT")
)


# A narration introducing a panel: "(Moderator Chloé Fontaine introduced the panelists:
# Deputy Mayor Andrés Ibáñez of Valdoria, transport economist Prof. Miriam Okafor-Lund, and
# Théo Marchand, founder of Roulo.)", "The host introduced her guests: …".
_PANEL_INTRODUCED = re.compile(
    r"^\(?(?P<by>[^():]{0,80}?)\s*\b(?:introduced|introduces|welcomed|welcomes|presented|"
    r"presents)\s+(?:the|her|his|their|our|its)\s+(?:panel(?:ists|lists)?|guests|speakers|"
    r"witnesses|participants)\s*:\s*(?P<names>[^()]+?)[.)\s]*$",
    re.IGNORECASE,
)
# A name in the list: two to four capitalised words, accents and hyphens as written.
_LISTED_NAME = re.compile(r"(?<![\w’'-])(?:[A-ZÀ-Þ][\w’'.-]*\s+){1,3}[A-ZÀ-Þ][\w’'-]*[\w]")


# An anchor naming themselves and the programme in all-capital captions, the programme's
# name perhaps on the caption's next line: ">> GOOD EVENING. I'M BRADLEY HOLLOWAY, AND THIS
# IS" / "THE RIVERTON DEBATE."
_CAPS_HOST_INTRODUCTION = re.compile(
    r"(?:^|[.!?,]\s+)(?:(?:AND|SO|HI|HELLO|HEY),?\s+)?(?:I'M|I’M|I AM|THIS IS|MY NAME IS)\s+"
    r"(?P<name>[A-Z][A-Z'’-]*(?:\s+[A-Z][A-Z'’-]*){1,2}),?\s+AND\s+(?:THIS IS|WELCOME TO|"
    r"YOU'RE (?:WATCHING|LISTENING TO)|YOU’RE (?:WATCHING|LISTENING TO))"
    r"(?:\s+(?!(?:WHY|HOW|WHAT|WHERE|WHEN|WHO|BECAUSE|NOT|KEY|IT|TRUE|FALSE|WRONG|RIGHT)\b)"
    r"[A-Z0-9“\"‘'][\w'’&:-]*(?:\s+[\w'’&:”\"-]+){0,6})?\s*(?:[.!]+(?:\s.*)?)?$"
)


def caps_host_introduction(text: str) -> str:
    """The name an anchor gives themselves with the programme in all-capital captions:
    "GOOD EVENING. I'M BRADLEY HOLLOWAY, AND THIS IS" (the programme's name on the next
    line) → "BRADLEY HOLLOWAY"; "" for a statement ("I'M SURE, AND THIS IS KEY") or a line
    not all in capitals. Source: broadcast closed captions, the anchor's opening."""
    if "AND" not in text or not text.isupper():
        return ""
    found = _CAPS_HOST_INTRODUCTION.search(text)
    return found.group("name") if found and _caps_name(found.group("name")) else ""


# What a host says handing the turn to the next speaker, after the speaker's name and a
# comma: "MAYOR GRACE OKONKWO, YOU'RE FIRST.", "Senator Alvarez, your response?", "Priya,
# over to you.", "Dr. Lee, sixty seconds.", "COUNCILMAN, QUICKLY, TAXES?"
_HANDOVER_WORDS = (
    r"you're first|you’re first|you are first|you go first|you first|your response|"
    r"your rebuttal|your reply|your answer|your turn|over to you|the floor is yours|"
    r"go ahead|you have the floor|(?:\w+|\d+)(?:-\w+)? seconds|(?:one|two|a) minutes?|"
    r"quickly|briefly|same question"
)
_HANDOVER_WORD = r"(?:[A-Z][A-Za-z]{0,3}\.|[A-Z][\w'’-]*)"  # "Dr.", "SEN.", "Okonkwo"
_HANDOVER = re.compile(
    rf"(?:^|[.!?]\s+)(?P<who>{_HANDOVER_WORD}(?:\s+{_HANDOVER_WORD}){{0,3}}),\s+"
    rf"(?i:{_HANDOVER_WORDS})\b[^.!?]*[.!?]*\s*$"
)


def handover(text: str) -> str:
    """Who a host's words hand the turn to, as written, titles and all, when the line ends
    so: "MAYOR GRACE OKONKWO, YOU'RE FIRST." → "MAYOR GRACE OKONKWO"; "Priya, over to
    you." → "Priya"; "COUNCILMAN, QUICKLY, TAXES?" → "COUNCILMAN"; an office and a name
    called out at the end ("LET HER FINISH, MAYOR. COUNCILLOR QURESHI.") or before a
    question ("MAYOR ACHTERBERG, THE TRAM EXTENSION. WILL IT OPEN ON TIME?") →
    "COUNCILLOR QURESHI", "MAYOR ACHTERBERG"; "" for none ("Thank you, Senator.",
    "Bradley, that is simply false.", "Mayor Achterberg opened the line in 2024."). The
    caller checks the name against the people the file names. Source: moderated debates
    and panels, where the moderator names who answers next."""
    text = text.strip()
    if "," in text and (found := _HANDOVER.search(text)):
        return found.group("who")
    found = _CALLED.search(text)
    if found is None and text.endswith("?") and "," in text:
        found = _ADDRESSED.match(text)
    if found is None:
        return ""
    who = found.group("who")
    return who if who.split()[0].lower().rstrip(".") in _HANDOVER_TITLES else ""


# An office and a name called out as a sentence of their own, at the end of a host's line:
# "LET HER FINISH, MAYOR. COUNCILLOR QURESHI.", "Thank you. Senator Alvarez?"
_CALLED = re.compile(
    rf"(?:^|[.!?]\s+)(?P<who>{_HANDOVER_WORD}(?:\s+{_HANDOVER_WORD}){{1,3}})[.!?]?\s*$"
)
# An office and a name the host's question opens with: "MAYOR ACHTERBERG, THE TRAM
# EXTENSION. WILL IT OPEN ON TIME?", "Senator Alvarez, on housing: will rents fall?"
_ADDRESSED = re.compile(rf"^(?P<who>{_HANDOVER_WORD}(?:\s+{_HANDOVER_WORD}){{1,3}}),\s+")


# Offices a moderator names a speaker by, beside the titles a name's key drops.
_HANDOVER_TITLES = TITLES | frozenset(
    (
        *("councilman", "councilwoman", "councillor", "councilor", "councilmember"),
        *("alderman", "alderwoman", "assemblyman", "assemblywoman", "delegate", "trustee"),
        *("sheriff", "superintendent", "candidate", "speaker", "leader"),
    )
)
# The titles a panel's introduction puts before a name: the offices a moderator names
# speakers by, and a deputy's, a host's or a moderator's role.
_NAME_TITLES = _HANDOVER_TITLES | frozenset(("deputy", "host", "moderator"))


def introduced_panel(text: str) -> list[str]:
    """The people a narration introduces as a panel, the introducer first: "(Moderator
    Chloé Fontaine introduced the panelists: Deputy Mayor Andrés Ibáñez of Valdoria,
    transport economist Prof. Miriam Okafor-Lund, and Théo Marchand, founder of …)" →
    ["Chloé Fontaine", "Andrés Ibáñez", "Miriam Okafor-Lund", "Théo Marchand"]; titles
    before a name and what follows it left out; [] when the line introduces no panel.
    The shape is a panel's or a hearing's written-up opening."""
    if "introduc" not in text and "welcome" not in text and "present" not in text:
        return []
    found = _PANEL_INTRODUCED.match(text.strip())
    if found is None:
        return []
    people = [_name_in(found.group("by"))]
    for part in re.split(r",|;|\band\b", found.group("names")):
        people.append(_name_in(part))
    return [p for p in people if p]


# A host naming who is with them: "WITH ME, MAYOR TOM ACHTERBERG AND COUNCILLOR NADIA
# QURESHI.", "Joining me tonight are Ana Ruiz and Dr Sam Okoro."
_WITH_ME = re.compile(
    r"\b(?i:with me|joining me|joining us|my guests?|our guests?)(?i:\s+(?:tonight|today|now"
    r"|this evening|this morning))?(?i:\s+(?:are|is))?\s*[,:]?\s+(?P<names>[^.!?]+)"
)


def hosts_guests(text: str) -> list[str]:
    """The people a host's words say are with them, titles left out: "WITH ME, MAYOR TOM
    ACHTERBERG AND COUNCILLOR NADIA QURESHI." → ["TOM ACHTERBERG", "NADIA QURESHI"]; [] when
    the words name nobody so, or any part of the list is no name of two words or more."""
    lowered = text.lower()
    if "with me" not in lowered and "joining" not in lowered and "guest" not in lowered:
        return []
    found = _WITH_ME.search(text)
    if found is None:
        return []
    parts = [p for p in re.split(r",|;|\band\b|\bAND\b|&", found.group("names")) if p.strip()]
    names = [_name_in(part) for part in parts]
    return names if names and all(names) else []


# Words that make a host's opener a statement of its own.
_VERB_WORD = re.compile(
    r"\b(?i:will|won't|is|are|was|were|has|have|had|can|could|should|would|opens?|closes?"
    r"|starts?|ends?|be|\w+ed)\b"
)


def _guests_only(text: str) -> bool:
    """Whether ``text`` is all a host naming who is with them (``hosts_guests``)."""
    found = _WITH_ME.match(text)
    return found is not None and bool(hosts_guests(text))


def _name_in(part: str) -> str:
    """The first person's name in a listed part, its titles left out ("Deputy Mayor Andrés
    Ibáñez of Valdoria" → "Andrés Ibáñez"); "" when none of two words or more."""
    part = re.split(r"\s(?:of|at|from|with)\s", part, maxsplit=1)[0]  # "founder of Roulo Bikes"
    for match in _LISTED_NAME.finditer(part):
        words = match.group().split()
        while words and words[0].lower().rstrip(".") in _NAME_TITLES:
            words.pop(0)
        if len(words) >= 2:
            return " ".join(words)
    return ""


# The floor kept for a speaker: "LET HER FINISH, MAYOR.", "Let him answer.", "Let the
# councillor respond, please."
_FLOOR = re.compile(
    r"^(?i:let\s+(?:her|him|them|me|the\s+\w+)\s+(?:finish|answer|respond|speak|reply"
    r"|go on|continue))\b[^.!?]{0,30}[.!?]*$"
)
# A host's question opened by whom it is for and its subject: "MAYOR ACHTERBERG, THE TRAM
# EXTENSION.", "Senator Alvarez, on housing."
_ADDRESSED_SUBJECT = re.compile(
    rf"^(?P<who>{_HANDOVER_WORD}(?:\s+{_HANDOVER_WORD}){{1,3}}),\s+(?i:the|on|about|now|next)"
    r"(?:\s[^\s.!?,;:]+){1,4}[.!?]$"
)


def is_handover(sentence: str) -> bool:
    """Whether ``sentence`` is all a handover, no claim: "MAYOR GRACE OKONKWO, YOU'RE
    FIRST.", "Senator Alvarez, your response?", "COUNCILMAN, QUICKLY, TAXES?", "MAYOR
    ACHTERBERG, THE TRAM EXTENSION." (an office's holder and the subject asked about),
    "LET HER FINISH, MAYOR.", a host's "WITH ME, MAYOR TOM ACHTERBERG AND COUNCILLOR NADIA
    QURESHI."; not "Markets, quickly, will fall by 2027." (words after the handover's that
    end as a statement) nor "Mayor Achterberg, the tram will open late." (a verb of its own)."""
    text = sentence.strip()
    if text[:1] in "LlWwJjMmOo" and (_FLOOR.match(text) or _guests_only(text)):
        return True
    if show_running(text):  # "I'm Tamsin Greaves, and this is episode 42."
        return True
    addressed = _ADDRESSED_SUBJECT.match(text) if "," in text else None
    titled = addressed and addressed.group("who").split()[0].lower().rstrip(".") in _HANDOVER_TITLES
    if titled and not _VERB_WORD.search(text[addressed.end("who") :]):
        return True
    found = _HANDOVER.match(sentence.strip()) if "," in sentence else None
    if found is None:
        return False
    tail = sentence[found.end("who") :].split(",", 2)
    return len(tail) < 3 or sentence.rstrip().endswith("?") or not tail[2].strip(" .!")


def handover_title(who: str) -> tuple[str, str]:
    """A handover's name split into its office and the name: "MAYOR GRACE OKONKWO" →
    ("mayor", "GRACE OKONKWO"); "COUNCILMAN" → ("councilman", ""); "Priya" → ("", "Priya")."""
    words = who.split()
    title = ""
    while words and words[0].lower().rstrip(".") in _HANDOVER_TITLES:
        title = words.pop(0).lower().rstrip(".")
    return title, " ".join(words)
