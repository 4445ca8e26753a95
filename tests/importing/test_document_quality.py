"""How well the importer reads the documents curators really get.

Each document in ``data/documents/`` has an expected table beside it
(``NAME.expected``: speaker | kind | deadline | quote), written by reading the
document as a curator would: every statement the importer should propose, who
said it, whether it is a prediction and its deadline. A row whose speaker is
"-" is a line that must never be proposed (a heading, a host's narration, a
to-do, a recording's chatter).

The documents: notes files with several appearances, show notes, panels and
auto-generated captions in WebVTT, podcast and debate subtitles, an essay's
summary, notes full of topic labels; an Otter.ai export, broadcast captions
with ``>>`` turns, a reporter's raw interview notes, a newsletter recap, a
live blog, one speaker's appearances under dated headings; a newspaper article (quotes
given to their sayers, a headline, a byline and a dateline); a wire story (a dateline
without its year, an office holder named only later, a sayer followed by what she
added); an earnings call (the operator, the analysts it introduces), a meetings log
(meeting headings, initials cues, the note-taker's "Me:" lines), quoted posts and their replies,
a podcast's notes with the show's title as a cue; a CFO call's notes
(guidance, off-record remarks, to-dos, fiscal horizons), a thread's recap, a
recorded call's captions and a podcast's subtitles going live; a Teams call whose captions
write one participant's cue in lower case; a chat channel exported with 24-hour times and a
bot's notices; an email thread forwarded with its quoted replies; a forum's AMA; a
press conference; a court transcript; a live blog written newest first under a byline; a
magazine's written interview with bold prompts; a video maker's auto-captions with a plug
run on and another's forecast told in lower case; a CEO's shareholder letter, a campaign's
WhatsApp export, a council Q&A's saved Zoom chat, a Commons debate in Hansard's layout, a
podcast exported from Descript, a radio phone-in and a co-op board's minutes.

The scores, over all documents: every prediction found (proposed as a
prediction, by the right speaker); at least 95% of candidates marked
prediction are predictions; no candidate given to the wrong speaker; no
heading, narration, task or chatter proposed; every candidate in the tables;
deadlines as a curator would set them for at least 85% of found predictions,
and for all of them in the documents written to test horizons. Where the
importer cannot know, the preview says so in a remark.
"""

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from claims.choices import ClaimKind, DatePrecision
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from tests.factories import SpeakerFactory

pytestmark = pytest.mark.django_db

DOCUMENTS = Path(__file__).parent / "data" / "documents"


def _source(title: str, year: int, month: int) -> SourceChoice:
    return SourceChoice(
        title=title, published_on=datetime.date(year, month, 1), precision=DatePrecision.MONTH
    )


def _on(title: str, year: int, month: int, day: int) -> ImportOptions:
    """A source published on a known day, and no speaker named: the document names them."""
    day = datetime.date(year, month, day)
    return ImportOptions(source=SourceChoice(title=title, published_on=day))


# The curator's choices for each document, as they would give them after a first
# preview: the default speaker of a file that names nobody, the full names of speakers
# a file names by surname, initials or role, the source of a file that has no dated
# heading.
CHOICES = {
    "week-notes.md": ImportOptions(
        source=SourceChoice(),
        speakers={"Quarterly investor call, 3 August 2023": "Carla Mendes"},
    ),
    "show-notes.txt": ImportOptions(source=_source("The Grid Report, episode 48", 2024, 6)),
    "energy-panel.vtt": ImportOptions(source=_source("Energy Outlook panel", 2024, 3)),
    "auto-captions.vtt": ImportOptions(
        source=_source("Electric trucks explained", 2024, 3), speakers={"": "Nadia Brandt"}
    ),
    "podcast-export.srt": ImportOptions(source=_source("Orbit Weekly 112", 2024, 4)),
    "subtitles-tags.srt": ImportOptions(source=_source("Malaria, the last mile", 2024, 5)),
    "essay-summary.md": ImportOptions(source=SourceChoice()),
    "topic-labels.txt": ImportOptions(source=_source("Northwind outlook", 2024, 1)),
    "rates-auto-captions.vtt": ImportOptions(
        source=_source("Rates this week", 2024, 3), speakers={"": "Nadia Brandt"}
    ),
    "rates-interview.srt": ImportOptions(source=_source("Orbit Weekly 113", 2024, 4)),
    "otter-export.txt": ImportOptions(source=_source("Ledger Lines 41", 2025, 3)),
    "panel-captions.vtt": ImportOptions(source=_source("Future of Cities panel", 2024, 10)),
    "interview-notes.txt": ImportOptions(
        source=_source("Interview with Hanne Vik", 2024, 11),
        speakers={"Interview — Hanne Vik, CEO Nordlys Batteries": "Hanne Vik"},
    ),
    "newsletter-recap.md": ImportOptions(
        source=_source("The Current, issue 87", 2024, 12), speakers={"": "Nina Alvarez"}
    ),
    "liveblog.md": ImportOptions(
        source=_source("Web Summit live blog", 2024, 11),
        speakers={
            "": "Paulo Serra",
            "Mehta": "Arjun Mehta",
            "Moreau": "Elise Moreau",
            "Grün": "Tobias Grün",
            "Kline": "Sarah Kline",
        },
    ),
    "debate.srt": ImportOptions(
        source=_source("Harbor City mayoral debate", 2025, 9),
        speakers={"REYES": "Carmen Reyes", "BAXTER": "Neil Baxter", "MODERATOR": "Ana Lucero"},
    ),
    "appearances-log.md": ImportOptions(
        source=_source("Jan Hatzius, winter 2024", 2024, 1),
        speakers={"": "Jan Hatzius", "Summers": "Larry Summers"},
    ),
    "attr-earnings-call.txt": ImportOptions(source=SourceChoice()),
    "attr-meetings.md": ImportOptions(source=SourceChoice(), speakers={"JA": "Jonas Akerlund"}),
    "attr-quoted-posts.md": ImportOptions(source=SourceChoice()),
    "attr-show-notes.md": ImportOptions(source=_source("Grid Talk, episode 112", 2025, 3)),
    "stmt-call-notes.md": ImportOptions(
        source=_source("Call with Ruth Adeyemi", 2025, 3), speakers={"": "Ruth Adeyemi"}
    ),
    "stmt-thread-recap.md": ImportOptions(
        source=_source("Lena Park's thread on grid batteries", 2025, 2),
        speakers={"": "Lena Park"},
    ),
    "stmt-recording.vtt": ImportOptions(source=_source("Rates and reactors, episode 9", 2025, 5)),
    "stmt-podcast.srt": ImportOptions(source=_source("Barrels, episode 31", 2025, 4)),
    "who-posts-recap.md": ImportOptions(source=SourceChoice()),
    "who-meeting-minutes.md": ImportOptions(source=SourceChoice()),
    "budget-debate.ass": ImportOptions(source=_source("Budget debate", 2025, 11)),
    "desk-chat.txt": ImportOptions(source=_source("#macro-desk", 2025, 11)),
    "teams-call.vtt": ImportOptions(source=_source("Battery materials call", 2026, 11)),
    "ops-chat.txt": ImportOptions(source=_source("#metals-desk", 2026, 11)),
    "desk-notes.md": ImportOptions(
        source=_source("Desk notes, March 2025", 2025, 3), speakers={"": "Lena Ortiz"}
    ),
    "summit-panel.md": ImportOptions(source=_source("Panel notes — Web Summit week", 2026, 11)),
    "earnings-call-titles.txt": ImportOptions(source=SourceChoice()),
    "committee-hearing.md": ImportOptions(source=SourceChoice()),
    "news-article.txt": ImportOptions(
        source=_source("Ports brace for a slower 2027", 2026, 11), speakers={"": "Hannah Moore"}
    ),
    "wire-copper.txt": ImportOptions(
        source=SourceChoice(
            title="Copper miners bet on a tight 2028",
            published_on=datetime.date(2026, 11, 25),
            precision=DatePrecision.DAY,
        ),
        speakers={"": "Lucía Ferreira"},
    ),
    "court-transcript.txt": ImportOptions(source=SourceChoice()),
    "summit-liveblog.md": ImportOptions(source=SourceChoice()),
    "mpc-email-thread.txt": _on("mpc-email-thread.txt", 2026, 11, 26),
    "glacier-ama.txt": _on("glacier-ama.txt", 2026, 9, 17),
    "press-conference.txt": _on("press-conference.txt", 2026, 11, 20),
    "shareholder-letter.md": _on("shareholder-letter.md", 2026, 11, 9),
    "fund-letter-pdf.txt": _on("fund-letter-pdf.txt", 2026, 7, 17),
    "whatsapp-ward-chat.txt": _on("whatsapp-ward-chat.txt", 2026, 10, 18),
    "zoom-housing-chat.txt": _on("zoom-housing-chat.txt", 2026, 10, 12),
    "hansard-rail-debate.txt": _on("hansard-rail-debate.txt", 2026, 10, 21),
    "descript-podcast.txt": _on("descript-podcast.txt", 2026, 11, 5),
    "radio-phone-in.txt": _on("radio-phone-in.txt", 2026, 11, 5),
    "board-minutes.md": _on("board-minutes.md", 2026, 11, 18),
    "magazine-qa.md": ImportOptions(
        source=SourceChoice(
            title="Q&A: Priyanka Raghunathan",
            published_on=datetime.date(2026, 11, 24),
            precision=DatePrecision.DAY,
        )
    ),
    "youtube-auto-captions.vtt": ImportOptions(
        source=SourceChoice(
            title="Grid and Gigawatts",
            published_on=datetime.date(2026, 11, 9),
            precision=DatePrecision.DAY,
        ),
        speakers={"": "Marcus Delgado"},
    ),
}
# Documents written to test horizons: every deadline in them must be right.
EVERY_DEADLINE = {name for name in CHOICES if name.startswith("stmt-")}
# Speakers the tracker already knows.
KNOWN = [("Maya Chen", "maya-chen"), ("Ifeoma Okafor", "ifeoma-okafor")]


@dataclass(frozen=True)
class Row:
    speaker: str
    kind: str
    deadline: str
    quote: str

    @property
    def forbidden(self) -> bool:
        return self.speaker == "-"


def _plain(text: str) -> str:
    text = text.lower().replace("’", "'").replace("“", '"').replace("”", '"')
    return " ".join(re.sub(r"[^\w$%'\" ]", " ", text).split())


def _rows(name: str) -> list[Row]:
    rows = []
    for line in (DOCUMENTS / f"{name}.expected").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(Row(*(cell.strip() for cell in line.split("|", 3))))
    return rows


def _match(quote: str, rows: list[Row]) -> Row | None:
    plain = _plain(quote)
    for row in rows:
        wanted = _plain(row.quote)
        if wanted and (wanted in plain or plain in wanted):
            return row
    return None


def _proposed_speaker(candidate) -> str:
    plan = candidate.speaker
    if plan.speaker is not None:
        return plan.speaker.name
    return plan.close_to.name if plan.unsure and plan.close_to is not None else plan.name


@dataclass
class Score:
    expected_predictions: int = 0
    found: int = 0
    marked: int = 0
    marked_right: int = 0
    deadlines_expected: int = 0
    deadlines_right: int = 0
    wrong_speaker: list = None
    forbidden: list = None
    unexpected: list = None
    missed: list = None


def _score(plans: dict) -> Score:
    score = Score(wrong_speaker=[], forbidden=[], unexpected=[], missed=[])
    for name, plan in plans.items():
        rows = _rows(name)
        found_rows = set()
        for candidate in plan.candidates:
            row = _match(candidate.quote, rows)
            where = f"{name}: {candidate.quote!r}"
            is_prediction = candidate.kind == ClaimKind.PREDICTION
            score.marked += is_prediction
            if row is None:
                score.unexpected.append(where)
                continue
            if row.forbidden:
                score.forbidden.append(where)
                continue
            if _proposed_speaker(candidate) != row.speaker:
                score.wrong_speaker.append(f"{where} to {_proposed_speaker(candidate)}")
                continue
            score.marked_right += is_prediction and row.kind == "prediction"
            if is_prediction and row.kind == "prediction":
                found_rows.add(row)
                if row.deadline:
                    score.deadlines_expected += 1
                    deadline = candidate.deadline.isoformat() if candidate.deadline else ""
                    score.deadlines_right += deadline == row.deadline
        predictions = [r for r in rows if r.kind == "prediction"]
        score.expected_predictions += len(predictions)
        score.found += len(found_rows)
        score.missed += [f"{name}: {r.quote}" for r in predictions if r not in found_rows]
    return score


@pytest.fixture(scope="module")
def plans(django_db_setup, django_db_blocker):
    # Every date in the documents is in the past whatever the day: no clock to fix.
    with django_db_blocker.unblock():
        from django.db import transaction

        with transaction.atomic():
            for name, slug in KNOWN:
                SpeakerFactory(name=name, slug=slug)
            plans = {
                name: import_plan(
                    data=(DOCUMENTS / name).read_bytes(), file_name=name, options=options
                )
                for name, options in CHOICES.items()
            }
            transaction.set_rollback(True)
    return plans


@pytest.fixture(scope="module")
def score(plans):
    return _score(plans)


def test_every_document_is_scored_with_its_expected_table():
    documents = {p.name for p in DOCUMENTS.iterdir() if p.suffix != ".expected"}
    assert documents == set(CHOICES)
    assert len(CHOICES) >= 25
    for name in CHOICES:
        assert (DOCUMENTS / f"{name}.expected").exists()


def test_every_prediction_is_found(score):
    assert score.found == score.expected_predictions, score.missed


def test_at_least_95_percent_of_candidates_marked_prediction_are_predictions(score):
    precision = score.marked_right / score.marked
    assert precision >= 0.95, f"{score.marked_right}/{score.marked} marked are predictions"


def test_no_line_goes_to_the_wrong_speaker(score):
    assert score.wrong_speaker == []


def test_no_heading_narration_task_or_chatter_is_proposed(score):
    assert score.forbidden == []


def test_every_candidate_is_in_the_expected_tables(score):
    assert score.unexpected == []


def test_found_predictions_mostly_get_the_deadline_a_curator_would_set(score):
    # The deadlines come from the horizon parser; the misses are its phrasings
    # ("its 2030 target", "the rest of the decade", "a quarter of the market").
    agreement = score.deadlines_right / score.deadlines_expected
    assert agreement >= 0.85, f"{score.deadlines_right}/{score.deadlines_expected} deadlines"


def test_every_deadline_is_right_in_the_documents_written_for_horizons(plans):
    score = _score({name: plans[name] for name in EVERY_DEADLINE})
    assert score.deadlines_expected
    assert score.deadlines_right == score.deadlines_expected


@pytest.mark.parametrize(
    ("name", "quote", "remark"),
    [
        ("stmt-call-notes.md", "by the end of the financial year", "fiscal calendar"),
        ("stmt-call-notes.md", "by the end of FY26", "fiscal calendar"),
        ("stmt-call-notes.md", "by the end of FY26", "check: forecast?"),
        ("stmt-call-notes.md", "Costs will be halved by then", "refers to a date in an earlier"),
        ("stmt-call-notes.md", "Probably in December and March", "names two dates"),
        ("stmt-call-notes.md", "Our outlook for 2027", "target, not forecast?"),
        ("stmt-call-notes.md", "We think spot rates recover", "give its deadline"),
        ("stmt-recording.vtt", "Probably in December and March", "names two dates"),
        ("stmt-thread-recap.md", "Home batteries", "check who said it"),
        ("stmt-podcast.srt", "by the end of FY2026", "fiscal calendar"),
        ("desk-notes.md", "the 10-year ends 2025 at 4%", "another's forecast (“Consensus”)"),
        ("desk-notes.md", "no US recession", "“Wall Street:” names a firm"),
    ],
)
def test_what_the_importer_cannot_know_is_asked_in_the_preview(plans, name, quote, remark):
    candidate = next(c for c in plans[name].candidates if quote in c.quote)
    assert any(remark in r for r in candidate.remarks), candidate.remarks


def test_left_out_lines_are_counted_in_the_notes(plans):
    notes = " ".join(plans["stmt-call-notes.md"].notes)
    assert "3 off-the-record line(s) were left out" in notes
    assert "200 jobs" not in notes
    assert "line(s) of the note-taker's own" in notes


def test_a_negated_conditional_forecast_is_no_duplicate_of_the_forecast_it_denies(plans):
    candidates = plans["teams-call.vtt"].candidates
    denied = next(c for c in candidates if "will not double" in c.quote)
    assert not denied.is_duplicate
    assert [c.speaker.name for c in candidates if "ion will take" in c.quote] == [
        "Bea Lindqvist",
        "Bea Lindqvist",
    ]


def test_a_chat_exports_notices_and_times_are_nobodys_and_no_locators(plans):
    candidates = plans["ops-chat.txt"].candidates
    assert [c.statement.timestamp for c in candidates] == [""] * 6
    assert "kestrel_ops" not in {c.speaker.name for c in candidates}
