"""A chat channel's log saved by an IRC client, a bouncer or a meeting bot: each message is
its nick's, by the name the log gives the nick; the client's lines, bots and the meeting
bot's commands and minutes are no one's words (``irc_logs``)."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.irc_logs import UNNAMED, _base, reshape
from claims.importing.services import ImportOptions, SourceChoice, import_plan

SOURCE = SourceChoice(title="Weekly dev meeting", published_on=datetime.date(2026, 4, 22))

LOG = """--- Log opened Wed Apr 22 13:58:41 2026
[13:58] * Topic for #ferngrid-meeting is: weekly dev meeting | who's who: kvasquez = Karla Vasquez (lead), tobiasr = Tobias Reinholt (solvers)
[13:59] * tobiasr (~tobias@fg/core/tobiasr) has joined #ferngrid-meeting
[14:00] -!- mode/#ferngrid-meeting [+o kvasquez] by ChanServ
[14:01] <kvasquez> #startmeeting ferngrid-weekly
[14:01] <ferngrid-bot> Meeting started Wed Apr 22 14:01:37 2026 UTC.  The chair is kvasquez.
[14:03] <kvasquez> #topic 1. v2.0 release status
[14:04] <@kvasquez> I expect we tag v2.0 by the end of June. that's my number, hold me to it
[14:05] <tobiasr> the storage refactor probably slips into July, #1412 is still 2k lines
[14:06] <kvasquez> #agreed 2.0 feature freeze on 2026-06-05
[14:07] <tobiasr> #info the benchmark went from 71 min to 24 min on the CI box
[14:08] <+grid_gremlin> calling it now: we pass 50k downloads a month within six months
[14:16] * kvasquez is now known as kvasquez|away
[14:19] <kvasquez|away> back for a sec. I'd say we double monthly downloads by the end of the year
[14:20] <jlhald> I'd expect the paper accepted before the end of Q3
[14:21] <tobiasr> #action jlhald to rewrite the benchmark section
[14:26] <kvasquez> #endmeeting
Meeting ended at 14:26:03 UTC.
People present (lines said)
* Karla Vasquez (kvasquez) (6)
* Jesper Lindqvist-Hald (jlhald) (1)
* grid_gremlin (1)
"""  # noqa: E501


def test_each_message_is_its_nicks_by_the_name_the_log_gives_it():
    reshaped = reshape(LOG.splitlines())

    assert reshaped is not None
    lines = reshaped.lines
    assert lines[7] == (
        "14:04 Karla Vasquez: I expect we tag v2.0 by the end of June. that's my number, hold"
        " me to it"
    )
    assert lines[8].startswith("14:05 Tobias Reinholt: the storage refactor")
    assert lines[13].startswith("14:19 Karla Vasquez: back for a sec.")  # "|away": the same
    assert lines[14].startswith("14:20 Jesper Lindqvist-Hald: ")  # named by the bot's list
    assert lines[11].startswith("14:08 grid_gremlin: ")  # named nowhere: the nick, asked
    assert reshaped.notes[12] == UNNAMED.format(nick="grid_gremlin")
    # "#info" keeps its words, said by whoever typed them; "#agreed" is the meeting's.
    assert lines[9] == ""
    assert (
        lines[10] == "14:07 Tobias Reinholt: the benchmark went from 71 min to 24 min on the CI box"
    )
    # The client's lines, the bot, its commands and its minutes: blank.
    for index in (0, 1, 2, 3, 4, 5, 6, 9, 12, 15, 16, 17, 18, 19, 20, 21):
        assert lines[index] == "", lines[index]


@pytest.mark.parametrize(
    ("nick", "base"),
    [
        ("kvasquez|away", "kvasquez"),
        ("kvasquez_", "kvasquez"),
        ("kvasquez^", "kvasquez"),
        ("Kvasquez-afk", "kvasquez"),
        ("grid_gremlin", "grid_gremlin"),
        ("pm", "pm"),
    ],
)
def test_a_nick_changed_for_a_while_is_the_same_nick(nick, base):
    assert _base(nick) == base


@pytest.mark.parametrize(
    "text",
    [
        "<kvasquez> hi\n<tobiasr> hello\n",  # two messages: too few
        "14:01 <kvasquez> one\n[14:02] <kvasquez> two\n[14:03] <kvasquez> three\n",  # one nick
        "Karla Vasquez: we ship by June.\nTobias Reinholt: July.\nKarla Vasquez: fine.\n",
    ],
)
def test_not_a_channels_log(text):
    assert reshape(text.splitlines()) is None


@pytest.mark.django_db
def test_the_logs_forecasts_are_proposed_for_their_speakers():
    plan = import_plan(
        data=LOG.encode(), file_name="ferngrid.log", options=ImportOptions(source=SOURCE)
    )
    forecasts = {c.quote: c for c in plan.candidates if c.kind == ClaimKind.PREDICTION}

    tag = forecasts["I expect we tag v2.0 by the end of June. that's my number, hold me to it"]
    assert (tag.speaker.name, tag.deadline) == ("Karla Vasquez", datetime.date(2026, 6, 30))
    slips = next(c for q, c in forecasts.items() if "slips into July" in q)
    assert (slips.speaker.name, slips.deadline) == ("Tobias Reinholt", datetime.date(2026, 7, 31))
    double = next(c for q, c in forecasts.items() if "double monthly downloads" in q)
    assert double.speaker.name == "Karla Vasquez"
    assert not any("Meeting" in c.quote or "#" in c.quote[:1] for c in plan.candidates)


def test_a_message_exports_attachments_are_no_channels_messages():
    lines = [
        "Mar 3, 2026 10:42:13 AM",
        "Me",
        "<IMG_2291.jpeg>",
        "Mar 3, 2026 10:43:13 AM",
        "Jonah Park",
        "<IMG_2292.jpeg>",
        "<IMG_2293.jpeg>",
        "<Screenshot 2026-03-03.png>",
    ]
    assert reshape(lines) is None
