"""A Gmail thread printed or copied from the browser: its message headers and its own lines.

Gmail prints a thread (and the browser copies an open one) without the "From:" blocks of a
forwarded or saved email::

    Gmail                                  Tomás Ferreira <tferreira@valleyledger.com>
    Re: Follow-up on reservoir levels and rate increase
    Inbox  x

    Luis Ochoa <lochoa@sierracanyonwater.example>     Fri, Jan 23, 2026, 8:05 AM
    to Renata, me, Press

    … the message …
    [Quoted text hidden]
    Reply   Reply all   Forward

The account's line ("Gmail" and the account owner's name and address) and the subject under
it; the labels ("Inbox x", "Water x"); a message's header, its sender's name and address and
when it was sent, on one line or the date on the next ("Fri, Jan 23, 8:05 AM (2 days ago)");
the recipients under it ("to Renata, me, Press"; the print's "To:" and "Cc:" lines); and the
page's own lines ("[Quoted text hidden]", "Show trimmed content", "Reply  Reply all
Forward", "3 messages", the print's page title, address and page numbers) are nobody's
claim. "me" is the account's owner: a header whose sender is "me" opens the owner's message.

``gmail_page`` finds them once for the whole document; ``emails`` reads each header as a
message's start and the quoted replies below as it reads any thread. Source of the shapes:
Gmail's "Print all" view and its conversation view as selected and copied in a browser.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

# How far from the top the account's line, the subject and the labels are.
_TOP = 6

_ACCOUNT = re.compile(
    r"^Gmail(?:(?:\s{2,}|\t)\s*(?P<owner>[^<>]*?)\s*(?:<[^<>\s]+@[^<>\s]+>)?)?\s*$"
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# When Gmail says a message was sent: "Fri, Jan 23, 2026, 8:05 AM", "Fri, Jan 23, 2026 at
# 8:05 AM", "Jan 23, 2026, 8:05 AM (2 days ago)", "23 Jan 2026, 08:05", "8:05 AM (3 hours
# ago)".
_WHEN = re.compile(
    r"^(?P<when>(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+(?:19|20)\d\d)?(?:,|\s+at)?\s+"
    r"\d{1,2}:\d\d(?:\s?[AaPp]\.?[Mm]\.?)?|\d{1,2}:\d\d\s?[AaPp]\.?[Mm]\.?(?=\s*\())"
    r"\s*(?:\((?:\d+|an?)\s+\w+\s+ago\))?\s*[☆★]?$"
)
_ADDRESS = r"<(?P<address>[^<>\s]+@[^<>\s]+)>"
_SENDER = rf"(?P<sender>me|[^<>\t]{{1,60}}?\s*{_ADDRESS})"
_HEADER = re.compile(rf"^{_SENDER}(?:\t+|\s{{2,}})(?P<rest>\S.*)$")
_SENDER_ALONE = re.compile(rf"^{_SENDER}$")
# The recipients under a header: "to Renata, me, Press", "to me", "to Renata, bcc: me"; the
# print's "To: Renata Cole <…>" and "Cc: …".
_TO = re.compile(r"^(?:to\s+(?P<names>[^.!?:]{1,150}?(?:,?\s*bcc:\s*me)?)|(?:To|Cc|Bcc):\s.*)$")
_BCC = re.compile(r"^(?:bcc|cc):\s*", re.IGNORECASE)
_TO_NAME = re.compile(r"^(?:me|[\w'’.-]+(?:\s+[\w'’.-]+){0,3})$")
# The page's own lines, anywhere in the thread.
_PAGE = re.compile(
    r"^(?:\[Quoted text hidden\]|Show quoted text|Show trimmed content|\.{3}|…|Attachments? area"
    r"|\d+\s+messages?|\d+\s+attachments?|Reply(?:\s+(?:all|Reply all|Forward)){1,3}|Forward"
    r"|https?://mail\.google\.com/\S*|(?:\d{1,2}/\d{1,2}/\d{2,4},\s+\d{1,2}:\d\d\s?[AP]M\s+)?"
    r"Gmail\s+-\s+.*|\d{1,2}/\d{1,2})$",
    re.IGNORECASE,
)
# The labels under the subject: "Inbox  x", "Inbox ×  Water ×", "Inbox".
_LABELS = re.compile(r"^(?:[\w&/' -]{1,30}?\s+[x×✕]\s*)+$|^Inbox$")


@dataclass
class Header:
    """A message's header: its sender ("" for an owner nobody names), when it was sent, as
    written, the index of the line after it and its recipients' names."""

    sender: str
    when: str
    end: int
    to: list[str] = field(default_factory=list)


@dataclass
class GmailPage:
    """What ``gmail_page`` found: the account's owner, the thread's subject, the headers by
    line index and the indexes of the page's own lines."""

    owner: str = ""
    subject: str = ""
    headers: dict[int, Header] = field(default_factory=dict)
    chrome: set[int] = field(default_factory=set)


def gmail_page(lines: Sequence[str], opening: int) -> GmailPage | None:
    """The Gmail thread ``lines`` are (see above), or None when they are none: the account's
    line opens them, or a message's header comes within the first ``opening`` lines."""
    page = GmailPage()
    start = _top(lines, page)
    index = start
    while index < len(lines):
        if start == 0 and index >= opening and not page.headers:
            return None
        header = _header(lines, index, page.owner)
        if header is not None:
            page.headers[index] = header
            page.chrome.update(range(index, header.end))
            index = header.end
            continue
        if _PAGE.match(lines[index].strip()):
            page.chrome.add(index)
        index += 1
    return page if page.headers else None


def _top(lines: Sequence[str], page: GmailPage) -> int:
    """The account's line, the subject and the labels at the top: the index after them, or
    0 when the thread has no account's line."""
    first = next((i for i, line in enumerate(lines[:_TOP]) if line.strip()), None)
    match = _ACCOUNT.match(lines[first].strip()) if first is not None else None
    if match is None:
        return 0
    page.owner = match.group("owner") or ""
    page.chrome.add(first)
    index = first + 1
    while index < len(lines) and index < first + _TOP:
        text = lines[index].strip()
        if not text:
            pass
        elif _PAGE.match(text) or (_LABELS.match(text) and page.subject):
            page.chrome.add(index)
        elif not page.subject and _header(lines, index, page.owner) is None:
            page.subject = text
            page.chrome.add(index)
        else:
            break
        index += 1
    return index


def _header(lines: Sequence[str], index: int, owner: str) -> Header | None:
    """The header that starts at line ``index``, with its date on its line or the next and
    the recipients' lines under it; None when none starts there."""
    text = lines[index].strip()
    match = _HEADER.match(text)
    when = _WHEN.match(match.group("rest")) if match is not None else None
    end = index + 1
    if when is None:
        match = _SENDER_ALONE.match(text)
        following = lines[end].strip() if match is not None and end < len(lines) else ""
        when = _WHEN.match(following) if following else None
        if when is None:
            return None
        end += 1
    sender = match.group("sender")
    if sender == "me":
        sender = owner
    header = Header(sender, when.group("when"), end)
    while header.end < len(lines) and (to := _TO.match(lines[header.end].strip())):
        names = [_BCC.sub("", n).strip() for n in (to.group("names") or "").split(",")]
        if to.group("names") and not all(_TO_NAME.match(n) for n in names):
            break
        header.to += [n for n in names if n and n != "me"]
        header.end += 1
    return header
