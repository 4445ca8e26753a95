"""Table tests: a TV news programme's transcript as transcript vendors sell it (a network's
"NAME, ROLE:" cues with its videotape marks, a monitoring vendor's "[hh:mm:ss] ROLE (NAME):"
lines in capitals from closed captions). A cue gives the line to the person it names in
full, a later surname alone to that person; an unidentified voice is asked about; the
header, production marks, the footer and the sentences that run the programme (greetings,
tosses, thanks, sign-offs, teases) are nobody's. Documents that only look close (a podcast
with a host's cues, notes that mention a commercial break) read as before."""

import datetime

import pytest

from claims.importing import others_forecasts, tv_transcripts
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from claims.importing.speakers import PlaceholderPlan
from tests.importing import attributed

NETWORK = """CITY DESK TONIGHT

Harbor Ferry Strike Enters Third Day. Aired 8-9p ET

Aired March 4, 2026 - 20:00   ET

THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.

PRIYA NANDAKUMAR, CITY DESK ANCHOR: Good evening, everyone. I'm Priya Nandakumar.
The harbor ferries sat idle for a third straight day.
City Desk's Tomas Reyes-Whitfield has the story.

(BEGIN VIDEOTAPE)

TOMAS REYES-WHITFIELD, CITY DESK CORRESPONDENT (voice-over): Commuters lined up at dawn.
About 22,000 riders use the ferries on a weekday.

MAYOR HELGA ORTIZ-BRANN (D), HARBOR CITY: We will be back at the table with the union on Monday.

UNIDENTIFIED MALE: The ferries will be running again by the weekend, you watch.

(CROSSTALK)

ORTIZ-BRANN: I expect a deal before the end of the month.

(END VIDEOTAPE)

REYES-WHITFIELD (on camera): Talks resume at the port authority on Monday.
Tomas Reyes-Whitfield, City Desk, Harbor City.

NANDAKUMAR: Thanks, Tomas. Stay with us.

(COMMERCIAL BREAK)

NANDAKUMAR: Welcome back.
The council votes on the ferry budget next week.

DUARTE: Fares will rise again next year.

BREAKING NEWS: The Harbor Bridge will reopen by June.

Copyright 2026 City Desk Network. All Rights Reserved.
"""

VENDOR = """BROADCAST TRANSCRIPT
Vendor: Northgate Monitoring Services | Order #NG-20417
Station: KQRT-TV Channel 6 (Fallbrook) | Market: Fallbrook
Program: Channel 6 News at Five
Air Date: 05/12/2026   Time: 5:00 PM - 5:30 PM ET
Note: Produced from the closed captions; errors in names are possible.

[17:00:09] ANCHOR (MARISOL QUINTERO-BAYLE): GOOD EVENING, I'M MARISOL QUINTERO-BAYLE.
THE FALLBROOK WATER PLANT IS UNDER A BOIL NOTICE AFTER A PUMP FAILURE.
CHANNEL 6'S DEV ANANTHAKRISHNAN IS LIVE AT THE PLANT. DEV?
[17:00:21] REPORTER (DEV ANANTHAKRISHNAN): MARISOL, CREWS HAVE BEEN HERE SINCE 4 THIS MORNING.
ABOUT 9,000 HOMES ARE UNDER THE NOTICE.
[17:00:33] SOT (OKSANA VRBANCIC, FALLBROOK UTILITIES DIRECTOR): WE WILL LIFT THE NOTICE BY FRIDAY.
[17:00:40] SOT (UNIDENTIFIED WOMAN): I'VE BEEN BUYING BOTTLED WATER ALL WEEK.
[17:00:45] REPORTER (DEV ANANTHAKRISHNAN): DEV ANANTHAKRISHNAN, CHANNEL 6 NEWS, FALLBROOK.
[17:00:51] ANCHOR (MARISOL QUINTERO-BAYLE): THANKS, DEV.
NOW TO THE WEATHER. METEOROLOGIST ROHAN TEMPLETON-ASH IS WATCHING THE RAIN. ROHAN?
[17:00:58] METEOROLOGIST (ROHAN TEMPLETON-ASH): MARISOL, HEAVY RAIN MOVES IN AFTER MIDNIGHT.
YOUR WEEKEND OUTLOOK IS COMING UP NEXT.
[17:01:09] (COMMERCIAL BREAK)

### END OF SEGMENT ###
© 2026 Northgate Monitoring Services. Copy for the client only. All rights reserved.
"""

# A podcast's transcript with a host's cue in capitals: no broadcast's marks, read as before.
# A network's Sunday show: members of a legislature cued with party and state, the page's
# own lines around the transcript.
SUNDAY_SHOW = """Return to Transcripts main page
STATE OF THE REGION WITH DANA WREN
Aired May 17, 2026 - 09:00   ET
THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.
DANA WREN, CNN ANCHOR: Joining me now is Senator Garrett Voss. Senator, good morning.
SEN. GARRETT VOSS (R-OH): Good morning, Dana. Thanks for having me.
WREN: Will gas fall?
VOSS: Gas will be under three and a quarter nationally by Labor Day.
REP. ANNA CRUZ (D-NM): That bill will not pass before the Fourth of July.
CRUZ: Not a chance.
UNIDENTIFIED MALE: Even California?
(COMMERCIAL BREAK)
NADIA OKAFOR-LIND, CNN ECONOMIC COMMENTATOR: They cut at least once before the end of September.
TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 800-CNN-NEWS OR USE OUR SECURE ONLINE ORDER FORM.
"""

PODCAST = """Episode 41: Ferries and fares

IDA MORCOMBE, HOST: Welcome to the show.
BRUNO FALKE, GUEST: Fares will rise again next year.
"""

# Notes that mention a commercial break: no cues, read as before.
NOTES = """Segment plan
(COMMERCIAL BREAK) after the second story.
Ferries will be running again by the weekend.
"""


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        # Above the first cue: the show's title, air date and the rush notice are nobody's.
        (NETWORK, "CITY DESK TONIGHT", "-"),
        (NETWORK, "Aired March 4", "-"),
        (NETWORK, "RUSH TRANSCRIPT", "-"),
        # The anchor's greeting and toss to the reporter run the programme.
        (NETWORK, "Good evening", "-"),
        (NETWORK, "has the story", "-"),
        (NETWORK, "sat idle", "Priya Nandakumar"),
        # Production marks are nobody's.
        (NETWORK, "BEGIN VIDEOTAPE", "-"),
        (NETWORK, "CROSSTALK", "-"),
        (NETWORK, "COMMERCIAL BREAK", "-"),
        # The reporter's narration is the reporter's, without "(voice-over)".
        (NETWORK, "Commuters lined up", "Tomas Reyes-Whitfield"),
        (NETWORK, "22,000 riders", "Tomas Reyes-Whitfield"),
        # A sound bite's office before the name is no part of it; the party mark neither.
        (NETWORK, "back at the table", "Helga Ortiz-Brann"),
        # A surname alone is the one full name cued with it.
        (NETWORK, "a deal before the end", "Helga Ortiz-Brann"),
        (NETWORK, "Talks resume", "Tomas Reyes-Whitfield"),
        # The reporter's sign-off, the anchor's thanks and tease.
        (NETWORK, "City Desk, Harbor City", "-"),
        (NETWORK, "Thanks, Tomas", "-"),
        (NETWORK, "Welcome back", "-"),
        (NETWORK, "ferry budget", "Priya Nandakumar"),
        (NETWORK, "All Rights Reserved", "-"),
        # The vendor's header and footer.
        (VENDOR, "Northgate Monitoring Services |", "-"),
        (VENDOR, "KQRT-TV", "-"),
        (VENDOR, "Air Date", "-"),
        (VENDOR, "closed captions", "-"),
        (VENDOR, "END OF SEGMENT", "-"),
        (VENDOR, "Copy for the client", "-"),
        (VENDOR, "GOOD EVENING", "-"),
        (VENDOR, "BOIL NOTICE", "Marisol Quintero-Bayle"),
        (VENDOR, "IS LIVE AT THE PLANT", "-"),
        # The colleague's name opening the line is dropped, the line kept.
        (VENDOR, "CREWS HAVE BEEN HERE", "Dev Ananthakrishnan"),
        (VENDOR, "9,000 HOMES", "Dev Ananthakrishnan"),
        # "SOT (NAME, TITLE)": the sound bite is the one it names.
        (VENDOR, "LIFT THE NOTICE BY FRIDAY", "Oksana Vrbancic"),
        (VENDOR, "CHANNEL 6 NEWS, FALLBROOK", "-"),
        (VENDOR, "THANKS, DEV", "-"),
        (VENDOR, "WATCHING THE RAIN", "-"),
        (VENDOR, "HEAVY RAIN MOVES IN", "Rohan Templeton-Ash"),
        (VENDOR, "WEEKEND OUTLOOK", "-"),
        # A member cued with party and state is named in full; the surname later is theirs.
        (SUNDAY_SHOW, "Return to Transcripts", "-"),
        (SUNDAY_SHOW, "Good morning, Dana", "-"),
        (SUNDAY_SHOW, "three and a quarter", "Garrett Voss"),
        (SUNDAY_SHOW, "That bill will not pass", "Anna Cruz"),
        (SUNDAY_SHOW, "Not a chance", "Anna Cruz"),
        (SUNDAY_SHOW, "at least once", "Nadia Okafor-Lind"),
        (SUNDAY_SHOW, "TO ORDER A VIDEO", "-"),
    ],
)
def test_who_says_what_in_a_tv_transcript(text, words, who):
    assert attributed.who(text, words) == who


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "words"),
    [
        # An unidentified voice is nobody's by name, not the last speaker's.
        (NETWORK, "running again by the weekend"),
        (VENDOR, "BOTTLED WATER"),
        # A surname no full-name cue gives stays as written, asked about.
        (NETWORK, "Fares will rise"),
        # A label in capitals no role's cue names is no one's name.
        (NETWORK, "Harbor Bridge will reopen"),
    ],
)
def test_a_voice_the_cues_do_not_name_is_asked_about(text, words):
    plan = import_plan(
        data=text.encode(),
        file_name="transcript.txt",
        options=ImportOptions(source=SourceChoice(title="News", published_on=attributed.TODAY)),
    )
    found = next(c for c in plan.candidates if words in c.quote)
    # A placeholder: the curator maps it to who it is.
    assert isinstance(found.speaker, PlaceholderPlan)


def test_lines_keep_their_numbers_and_cues_their_first_spelling():
    shaped = tv_transcripts.reshape(VENDOR.splitlines())
    assert shaped is not None
    assert len(shaped.lines) == len(VENDOR.splitlines())
    assert shaped.lines[8] == (
        "Marisol Quintero-Bayle: THE FALLBROOK WATER PLANT IS UNDER A BOIL NOTICE AFTER A PUMP "
        "FAILURE."
    )
    assert shaped.lines[10] == "Dev Ananthakrishnan: CREWS HAVE BEEN HERE SINCE 4 THIS MORNING."
    assert "oksana vrbancic" in shaped.people


@pytest.mark.parametrize("text", [PODCAST, NOTES, "ANCHOR (MARA LUND): Hello.\n"])
def test_documents_that_only_look_like_a_tv_transcript_are_no_tv_transcript(text):
    assert tv_transcripts.reshape(text.splitlines()) is None


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # A reporter relaying another's forecast in capitals: the spokesman's, told.
        (
            "TRANSIT AUTHORITY SPOKESMAN IVO MARSH TELLS CHANNEL 6 THE LINE COULD REOPEN IN 2028.",
            "AUTHORITY SPOKESMAN IVO MARSH",
        ),
        ("Spokesman Ivo Marsh tells reporters the line will reopen by June.", ""),
        # In mixed case a capitalised name alone is whom the article gives it to.
        ("Mayor Ruth Abel says the bridge will open in 2029.", ""),
    ],
)
def test_a_forecast_a_reporter_relays_is_anothers(text, owner):
    assert others_forecasts.anothers_forecast(text) == owner


@pytest.mark.django_db
def test_the_sound_bites_promise_keeps_its_deadline():
    plan = import_plan(
        data=VENDOR.encode(),
        file_name="transcript.txt",
        options=ImportOptions(
            source=SourceChoice(title="News", published_on=datetime.date(2026, 5, 12))
        ),
    )
    promise = next(c for c in plan.candidates if "LIFT THE NOTICE" in c.quote)
    assert promise.speaker.display.startswith("Oksana Vrbancic")
    assert promise.deadline == datetime.date(2026, 5, 15)


@pytest.mark.parametrize(
    ("header", "day"),
    [
        ("Aired March 4, 2026 - 20:00   ET", datetime.date(2026, 3, 4)),
        ("Aired 4 March 2026", datetime.date(2026, 3, 4)),
        # Figures month first where the line says an American time zone.
        ("Air Date: 05/12/2026   Time: 5:00 PM - 5:30 PM ET", datetime.date(2026, 5, 12)),
        ("Air Date: 13/05/2026", datetime.date(2026, 5, 13)),
        # Either day first or month first: not read.
        ("Air Date: 05/12/2026", None),
    ],
)
def test_turns_are_dated_the_air_date_the_header_gives(header, day):
    text = NETWORK.replace("Aired March 4, 2026 - 20:00   ET", header)
    statement = next(s for s in attributed.parsed(text).statements if "ferry budget" in s.text)
    assert statement.said_on == day
