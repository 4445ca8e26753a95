"""Table tests: a chat's lines that are no one's new words (reactions, the apps' notices, a
reply's echo of an earlier message, a bot's posts, an export's header block) are never
proposed and never cue a speaker, while every person's message keeps its reading; a guess
given as an aside ("my guess, we hit 12,000") is a forecast."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.chat_extras import bot_post, bot_sender, chat_extras, reaction_line
from claims.importing.chats import author_line, chat_notice
from claims.importing.classify import classify
from claims.importing.services import ImportOptions, SourceChoice, import_plan

SAID_ON = datetime.date(2026, 3, 2)


def _candidates(text: str) -> list:
    return import_plan(
        data=text.encode(),
        file_name="chat.txt",
        options=ImportOptions(source=SourceChoice(title="Allotment group", published_on=SAID_ON)),
    ).candidates


# A chat of two people, an extra line put in after the first message.
_OPENING = "[6:02 PM] Ines Haldane: The water board will raise the allotment fees in April."
_CLOSING = "[6:30 PM] Rui Costa: the new shed goes up next month, the permit came through"


def _chat(*extra: str) -> str:
    return "\n".join([_OPENING, *extra, _CLOSING, ""])


@pytest.mark.parametrize(
    ("extra", "nobodys"),
    [
        # Reactions, as the apps write them.
        (["    Reactions: 👍 Rui Costa, 😮 Me"], "Rui Costa, 😮"),
        (["    😢 Gwen T., 😢 Rui Costa"], "Gwen T."),
        (["    👍 4  😂 2"], "👍 4"),
        (["Reactions: 🎉 3"], "🎉"),
        (["{Reactions}", "😮 (3) 👎 (1)"], "😮"),
        # The apps' notices under a time of day, in Signal's, WhatsApp's and Telegram's words.
        (["[6:05 PM] Disappearing message time was set to 1 week."], "Disappearing"),
        (
            ['[6:06 PM] Gwen T. changed the group name from "Plots" to "Plots — committee 2026".'],
            "Plots",
        ),
        (["[6:07 PM] Safety number with Gwen T. changed."], "Safety number"),
        (["[6:08 PM] Rui Costa set the disappearing message timer to 4 weeks."], "timer"),
        (["[6:09 PM] Gwen T. joined the group via invite link"], "invite link"),
        (["[6:10 PM] Gwen T.: Missed video call"], "Missed video call"),
        # A reply's echo of the message it answers.
        (
            [
                "[6:12 PM] Rui Costa:",
                '    > Replying to Ines Haldane: "The water board will raise the allotment…"',
                "    they said that last year too and nothing happened",
            ],
            "water board will raise",
        ),
        (
            [
                "[6:12 PM] Rui Costa:",
                "> The water board will raise the allotment fees",
                "they said that last year too and nothing happened",
            ],
            "water board will raise the allotment fees",
        ),
        # A bot's posts: by its name or tag, or by its template.
        (
            ["[6:15 PM] PlotBot#0042", "📅 Weekly plot digest for Monday, March 2", "Rain: 12 mm"],
            "Rain",
        ),
        (["[6:15 PM] plots-bot: The committee meets on Thursday at 7 PM."], "committee meets"),
        (
            ["[6:16 PM] Gwen T.", "👋 Welcome to our new members! Please read #rules first."],
            "Welcome",
        ),
    ],
)
@pytest.mark.django_db
def test_a_chats_extra_line_is_never_proposed(extra, nobodys):
    quotes = [candidate.quote for candidate in _candidates(_chat(*extra))]
    assert not any(nobodys in quote for quote in quotes[1:]), quotes
    assert any("water board will raise" in quote for quote in quotes[:1]), quotes
    assert any("new shed goes up" in quote for quote in quotes), quotes


@pytest.mark.django_db
def test_a_replys_own_words_stay_the_repliers():
    text = _chat(
        "[6:12 PM] Rui Costa:",
        '    > Replying to Ines Haldane: "The water board will raise the allotment…"',
        "    the board will freeze the fees until 2028 if the vote goes our way",
    )
    by_quote = {c.quote: c for c in _candidates(text)}
    reply = next(c for quote, c in by_quote.items() if "freeze the fees" in quote)
    assert reply.speaker.name == "Rui Costa"


@pytest.mark.django_db
def test_an_exports_header_block_is_nobodys():
    text = "\n".join(
        [
            "Signal Desktop — chat export",
            "Conversation: Riverside Allotments",
            "Type: Group (9 members)",
            "Exported: Mar 3, 2026, 9:15 AM",
            "",
            "—— Monday, March 2, 2026 ——",
            "",
            _OPENING,
            _CLOSING,
        ]
    )
    quotes = [candidate.quote for candidate in _candidates(text)]
    assert not any("members" in q or "Riverside" in q or "Exported" in q for q in quotes), quotes
    assert len(quotes) == 2, quotes


@pytest.mark.django_db
def test_a_forecast_given_as_an_aside_in_a_chat_is_a_prediction():
    text = _chat("[6:20 PM] Rui Costa: my guess, we get 40 new members this spring")
    forecast = next(c for c in _candidates(text) if "40 new members" in c.quote)
    assert forecast.kind == ClaimKind.PREDICTION
    assert forecast.speaker.name == "Rui Costa"


@pytest.mark.parametrize(
    "text",
    [
        "Reactions: 🔥 Lena Ortiz, 🔥 Me, 💪 Tom",
        "❤️ Me, ❤️ Ana Ruiz, 🙌 Tom B.",
        "😡 Tom B., 😡 Ana R.",
        "👍 3  😂 1",
        "Reactions: 👍 2",
        "Reacted: 🎉 Ana Ruiz",
        "👀 (4) 📌",
        "🔥 (2) 🤔 (5)",
        ":+1: 2 :tada: 1",
        "👍🏽 ×3",
        "❤️ tom_b, 👍 priya.s",
    ],
)
def test_a_reaction_line(text):
    assert reaction_line(text)


@pytest.mark.parametrize(
    "text",
    [
        # Someone's words that open with an emoji, a year, a number alone.
        "🔥 Great quarter for the co-op",
        "🚀 Launch is Friday",
        "📈 Rates rise 5% by June",
        "🎉 2027",
        "👍 Ana Ruiz",  # one name, no label: maybe a greeting
        "Reactions to the budget were mixed.",
        "Rates will fall by 2027.",
        "3 of us can make it",
        "",
    ],
)
def test_no_reaction_line(text):
    assert not reaction_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "Disappearing message time was set to 4 weeks.",
        "Disappearing messages were turned off",
        "Safety number with Ana Ruiz changed",
        "Your safety number with Tom has changed.",
        "Your security code with Tom Becker changed. Tap to learn more.",
        "Group (6 members)",
        "Incoming voice call",
        "Missed video call",
        "Ana Ruiz set the disappearing message timer to 1 day.",
        "Ana turned off disappearing messages",
        "Tom pinned «The vote is on Thursday»",
        "sunny_22 joined the group via invite link",
        "Tom changed the group photo",
        "Tom Becker invited Ana Ruiz",
        "Ana just boosted the server!",
        "Tom archived the channel",
        "Tom renamed the channel from general to plots",
        "kestrel_ops pinned a message to this channel. See all pinned messages.",
    ],
)
def test_an_apps_notice_in_any_apps_words(text):
    assert chat_notice(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Fed set rates to 4% in March.",
        "Tom updated the group on rates.",
        "Turnout will be set to rise in 4 weeks.",
        "The council invited bids for the depot by May.",
        "Safety numbers changed the whole debate.",
        "Missed calls cost us the vote.",
        "We renamed the project and it will ship in June.",
    ],
)
def test_a_statement_with_a_notices_words_is_no_notice(text):
    assert not chat_notice(text)


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("[7:04 PM] Disappearing message time was set to 4 weeks.", True),
        (
            '[7:05 PM] Pat Lee changed the group name from "Tenants" to "Tenants: organisers".',
            True,
        ),
        ("[Yesterday 9:31 AM] Missed voice call", True),
        # A recording's time before someone's words: no notice, read as before.
        ("[10:04] Rates will fall.", None),
    ],
)
def test_an_apps_notice_under_a_time_of_day(line, notice):
    found = author_line(line)
    assert (found.notice if found else None) == notice


@pytest.mark.parametrize(
    ("name", "bot"),
    [
        ("GridBot", True),
        ("grid-bot", True),
        ("plots_bot", True),
        ("Gridwatch BOT", True),
        ("dependabot[bot]", True),
        ("Statuspage APP", True),
        ("Talbot", False),
        ("Abbott", False),
        ("Robot Wars fan", False),
        ("Marisol", False),
    ],
)
def test_a_bot_sender(name, bot):
    assert bot_sender(name) is bot


@pytest.mark.parametrize(
    ("text", "bot"),
    [
        ("📊 Daily storage digest for Tuesday, November 3", True),
        ("Weekly market roundup for March 2", True),
        ("👋 Welcome to our new members! Please read #rules.", True),
        ("Please read #rules and pick your roles in #roles.", True),
        ("Welcome to the server, sunny_22!", True),
        ("Daily sales will double by June.", False),
        ("The weekly report for March shows rates rising.", False),
        ("Welcome back, everyone: the vote is on Thursday.", False),
    ],
)
def test_a_bots_template(text, bot):
    assert bot_post(text) is bot


def test_outside_a_chat_nothing_is_an_extra():
    notes = [
        "Conversation: budget",
        "Type: notes",
        "> The water board will raise the allotment fees in April.",
        '"The water board will raise the allotment fees in April."',
        "👍 3  😂 1",
    ]
    assert chat_extras(notes) == frozenset()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my guess, we hit 12,000 valid ones", ClaimKind.PREDICTION),
        ("My guess: the levy passes.", ClaimKind.PREDICTION),
        ("ok, my bet, turnout tops 60%", ClaimKind.PREDICTION),
        ("Honestly? My pick, the ordinance clears committee.", ClaimKind.PREDICTION),
        ("my guess - the council votes no", ClaimKind.PREDICTION),
        # A guess at the past, a guess spoken of: no forecast.
        ("my guess, he was away that week", ClaimKind.FACTUAL),
        ("my guess, they already left", ClaimKind.FACTUAL),
        ("that was my guess, sorry", ClaimKind.FACTUAL),
        ("My guess is as good as yours.", ClaimKind.FACTUAL),
    ],
)
def test_a_guess_given_as_an_aside(text, kind):
    assert classify(text) == kind
