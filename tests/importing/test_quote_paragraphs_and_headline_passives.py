"""News style runs a sayer's quote on over paragraphs without naming them again: a paragraph
that is all quotation, right after a named sayer's, is theirs, with a remark. A headline's
passive ("Agreement expected to add £30 million") names no sayer. Near misses: a quoted
paragraph after narration or a heading, a paragraph naming its own sayer."""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.importing.services import ImportOptions, SourceChoice, import_plan

RELEASE = """Stellwick Robotics signs £180 million agreement with Marrowfield Logistics

LONDON, March 3, 2026 /PRNewswire/ -- Stellwick Robotics plc today announced an agreement.

Highlights:
Agreement expected to add approximately £30 million to Stellwick revenue in 2026
Revenue forecast to rise 20% in 2027

"This is a turning point for the company," said Elena Marsh, Chief Executive Officer of \
Stellwick Robotics. "We will have robots at Halbury before the end of September 2026."
"By the end of 2027, all eight Marrowfield sites will be running on Stellwick robots."

"I also expect Stellwick to be cash-flow positive in 2027."

"Our customers want next-day delivery," said Rajiv Colquhoun, Chief Operating Officer of \
Marrowfield. "We will cut dispatch times to under 90 minutes by mid-2027."
"Both sites will be live by the end of 2026," said Owen Prydderch, Chief Financial Officer.

Deployment timeline
"Robots in every site by 2028."

About Stellwick Robotics
"""


def _plan(text: str):
    source = SourceChoice(
        title="Release", published_on=datetime.date(2026, 3, 3), precision=DatePrecision.DAY
    )
    return import_plan(
        data=text.encode(), file_name="release.txt", options=ImportOptions(source=source)
    )


@pytest.mark.django_db
def test_a_quote_run_on_over_paragraphs_is_the_last_named_sayers():
    found = {c.quote: c for c in _plan(RELEASE).candidates}

    def speaker(words: str) -> str:
        return next(c.speaker.name for q, c in found.items() if q.startswith(words))

    assert speaker("By the end of 2027, all eight") == "Elena Marsh"
    assert speaker("I also expect Stellwick") == "Elena Marsh"
    run_on = next(c for q, c in found.items() if q.startswith("By the end of 2027, all eight"))
    assert "a quoted paragraph right after Elena Marsh's" in run_on.statement.note
    # A paragraph naming its own sayer is theirs; after a heading, nobody's words run on.
    assert speaker("Both sites will be live") == "Owen Prydderch"
    assert not any(
        q.startswith("Robots in every site") and c.speaker.name == "Owen Prydderch"
        for q, c in found.items()
    )


@pytest.mark.django_db
def test_a_headlines_passive_names_no_sayer():
    speakers = {c.speaker.name for c in _plan(RELEASE).candidates}
    assert not speakers & {"Agreement", "Revenue"}


@pytest.mark.django_db
def test_a_footnotes_mark_glued_to_a_word_is_no_part_of_the_words():
    text = (
        "Ana Ruiz: In December I wrote that the ECB would hold through the first quarter.[2]"
        " That one landed.\n"
        "Ana Ruiz: The tail[1] was ugly, and the yield[citation needed] rose.\n"
        "Ana Ruiz: [1] The tail is the gap between the average and the lowest accepted yield.\n"
    )
    quotes = [c.quote for c in _plan(text).candidates]
    assert "That one landed." in quotes
    assert not any(q.endswith("[2]") or "tail[1]" in q or "[citation" in q for q in quotes)
    assert any(q.startswith("[1] The tail is the gap") for q in quotes)  # the footnote's own
