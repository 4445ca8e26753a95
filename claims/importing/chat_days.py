"""Whether a chat export writes its days day first or month first.

An app writes a message's day as the phone's or the computer's region has it: "17/10/2026"
(British English), "10/17/26" (American English), "03/11/2026 14:02" (DiscordChatExporter
in the invariant culture, month first; in a European one, day first). The stamps say which
when one of them can be read one way only:

- a number past 12 in either place ("17/10/2026" is day first, "10/17/26" month first);
- the exporter's header, which stamps the range of days it exported ("After: 03/14/2026
  00:00", DiscordChatExporter), read the same way;
- the messages' order: an export lists them as they were sent, so a reading that puts one
  message before the one above it is wrong ("12/11/2026" then "01/12/2026" is day first: 12
  November then 1 December; month first it would go from 11 December back to 12 January).

When none of these tells, the order is not guessed: no message is dated by its stamp and
the source's day is taken (``chats.author_day``).

Stamps are read where the apps write them: at the start of the line (WhatsApp,
DiscordChatExporter), after the sender's name (Telegram's "Priya Shah, [9/14/26 9:15 AM]",
Discord's copied "Priya Shah — 03/12/2025 9:02 AM") and in an exporter's header.
"""

import datetime
import re
from collections.abc import Iterable
from itertools import pairwise

# "17/10/2026, 08:05", "[10/17/26, 8:05 AM]", "03/11/2026 14:02": a day of numbers and a time.
_STAMP = re.compile(r"\s*\[?(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4}),?\s+\d{1,2}:\d{2}")
_HEADER = ("After:", "Before:")  # DiscordChatExporter's range of days, in its header
_NAME_ENDS = (", [", " — ", " – ")  # Telegram's and Discord's stamp after the sender's name
_MONTHS = 12


def _stamp(line: str) -> tuple[int, int, int] | None:
    """The (first, second, year) numbers of a line's stamp, or None."""
    first = line[:1]
    if first.isdigit() or first == "[":
        match = _STAMP.match(line)
    elif line.startswith(_HEADER):
        match = _STAMP.match(line, line.index(":") + 1)
    else:
        at = max(line.rfind(end) for end in _NAME_ENDS)
        match = _STAMP.match(line, at + 2) if at > 0 else None
    if match is None:
        return None
    year = int(match.group(4))
    return int(match.group(1)), int(match.group(3)), year + 2000 if year < 100 else year


def day_first(lines: Iterable[str]) -> bool | None:
    """Whether a chat export writes its days day first ("17/10/2026", as a phone set to
    British English does) or month first ("10/17/26", American English; "03/11/2026 14:02"
    from DiscordChatExporter in the invariant culture): a number past 12 in either place
    tells, in a message's stamp or the exporter's header ("After: 03/14/2026 00:00"); else
    the messages' order, when one reading goes back in time and the other does not; None
    when nothing tells (every stamp "05/11/2026", "06/11/2026"). Source: WhatsApp's exports,
    which follow the phone's region; Telegram's copies; DiscordChatExporter's plain text,
    which follows the culture it runs in."""
    stamps = []
    for line in lines:
        stamp = _stamp(line.strip())
        if stamp is None:
            continue
        if stamp[0] > _MONTHS:
            return True
        if stamp[1] > _MONTHS:
            return False
        stamps.append(stamp)
    return _by_order(stamps)


def _by_order(stamps: list[tuple[int, int, int]]) -> bool | None:
    """Day first when read month first the stamps go back in time and read day first they
    do not; month first the other way round; None when both or neither do."""
    back = []
    for first in (False, True):
        days = [
            datetime.date(year, one, two) if not first else datetime.date(year, two, one)
            for one, two, year in stamps
            if one and two  # "00/…" is no day
        ]
        back.append(any(later < earlier for earlier, later in pairwise(days)))
    month_first_back, day_first_back = back
    if month_first_back == day_first_back:
        return None
    return month_first_back
