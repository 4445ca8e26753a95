"""UK Parliament written questions and their answers, as copied from the Parliament site,
read as notes (``shaped``).

A question's page (questions-statements.parliament.uk), copied from the browser::

    UK Parliament
    Written questions, answers and statements
    Home  >  Written questions and answers  >  UIN 20417

    Bus Services: Rural Areas
    Question for Department for Transport
    UIN 20417, tabled on 4 March 2026

    Asked by Marta Kowalska
    (Labour - Eastbrook and Fenwick)

    To ask the Secretary of State for Transport, how many rural bus routes …

    Answered on
    12 March 2026

    Answered by Owen Pritchard
    Parliamentary Under-Secretary of State (Department for Transport)

    The number of rural bus routes fell by 4% in 2025.

    This question was answered on 12 March 2026
    Grouped questions: UIN 20418
    Related documents …

The older listing pages and a Lords question give the same parts in another order and
with labels ("Asked by Lord Hale", "Asked on: 4 March 2026", "Answered by: Owen Pritchard",
"Answered on: 12 March 2026", a "Q" and an "A" line above each part); a page may list
several questions. The answer's lines, from the line after the answering Minister's name
and office to the page's footer of the answer ("This question was answered on …", "The
answer was submitted on …", "Grouped questions", "Related documents", "Attachments"), are
the Minister's, cued "Name: words". The question is the asking Member's and asks ("To ask
the Secretary of State …"): it is cued "Q:", never proposed, so that the answer reads with
it. Everything else (the site's chrome, the heading, the department, the UIN and the
dates, the Members' parties and offices, the footers) is blank.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.importing.shaped import Reshaped, cued

# "Asked by Marta Kowalska", "Asked by: Lord Hale", "Asked by Marta Kowalska (Eastbrook)".
_ASKED = re.compile(r"^Asked\s+by\s*:?\s*(?P<name>[A-Z][^()\[\]]{1,80}?)\s*(?:[(\[].*)?$")
# "Answered by Owen Pritchard", "Answered by: Baroness Lind".
_ANSWERED = re.compile(r"^Answered\s+by\s*:?\s*(?P<name>[A-Z][^()\[\]]{1,80}?)\s*(?:[(\[].*)?$")
_QUESTION = re.compile(r"^To\s+ask\s+(?:the|His|Her|Their|whether|what|how|if)\b")
# The other signs of the page: its UIN, the department asked, the dates.
_SIGN = re.compile(
    r"^(?:UIN\s+[A-Z]*\d+|Question\s+for\s+(?:the\s+)?(?:Department|[A-Z])|Answered\s+on\b"
    r"|Asked\s+on\b|Tabled\s+on\b|Written\s+questions?(?:,|\s+and)\s+answers)",
    re.IGNORECASE,
)
# The answer's footer: what follows the answer is no one's words.
_AFTER_ANSWER = re.compile(
    r"^(?:This\s+question\s+was\s+answered\s+on|The\s+answer\s+was\s+submitted\s+on"
    r"|This\s+answer\s+was\s+(?:corrected|submitted|withdrawn)"
    r"|(?:Grouped\s+questions?|Related\s+documents?|Attachments?)(?:\s*\(\d+\))?\s*(?::|$)"
    r"|Share\s+this\s+page|Question\s+for\b|Back\s+to\s+(?:search|results|top|questions)"
    r"|Previous\s+question|Next\s+question|Print(?:\s+selected)?$|Expand\s+all|Cookie|Q$)",
    re.IGNORECASE,
)
# The answer's particulars between the Minister's name and the answer: the office ("Minister
# of State (Department for Transport)", "Parliamentary Under-Secretary of State", "Lord
# Privy Seal"), the date ("Answered on: 12 March 2026", "12 March 2026"), "A", "Holding
# answer received on …".
_ANSWER_HEAD = re.compile(
    r"^(?:A|Answer|Answered\s+on\b.*|Holding\s+answer\s+received\b.*|Corrected\s+answer\b.*"
    r"|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
    r"|(?:[A-Z][\w'’,-]*\s+){0,6}(?:Under-|Vice-|Deputy\s+)?(?:Minister|Secretary|Solicitor|Attorney|Advocate|Leader|"
    r"Chancellor|Whip|Seal|Commissioner|Spokesperson|Representative|Member)\b[^.!?]{0,120})$"
)
_MAX_HEAD = 3


def _written_answer(lines: Sequence[str]) -> bool:
    """Whether the page asks a written question and answers it: an "Asked by" and an
    "Answered by" line, a question ("To ask …") and the page's UIN, department or dates."""
    asked = answered = question = sign = False
    for raw in lines:
        line = raw.strip()
        if not line or line[0] not in "AQTUWt":
            continue
        asked = asked or bool(_ASKED.match(line))
        answered = answered or bool(_ANSWERED.match(line))
        question = question or bool(_QUESTION.match(line))
        sign = sign or bool(_SIGN.match(line))
    return asked and answered and question and sign


def _name(match: re.Match[str]) -> str:
    """A Member's name as the page gives it, without a trailing colon or dash."""
    return " ".join(match.group("name").split()).rstrip(" -–:,")


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A written question's page as notes (``shaped``), or None when the document is none.

    Shape: as many lines as given; the question's lines "Q: words", the answer's lines
    "Minister: words"; every other line blank."""
    if not _written_answer(lines):
        return None
    out: list[str] = []
    spoken: set[str] = set()
    minister, head = "", 0
    for raw in lines:
        line = raw.strip()
        asked = _ASKED.match(line) if line[:5] == "Asked" else None
        answered = _ANSWERED.match(line) if line[:8] == "Answered" else None
        if asked is not None or _AFTER_ANSWER.match(line):
            minister = ""
        elif answered is not None:
            minister, head = _name(answered), _MAX_HEAD
        if not line or asked is not None or answered is not None:
            out.append("")
        elif not minister:
            out.append(cued("Q", line) if _QUESTION.match(line) else "")
        elif head and _ANSWER_HEAD.match(line):
            head -= 1
            out.append("")
        else:
            head = 0
            spoken.add(minister)
            out.append(cued(minister, line))
    return Reshaped.of(out, spoken) if spoken else None
