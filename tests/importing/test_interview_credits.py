"""An "Interview: Name, Outlet" heading: the interviewer's credit or the one interviewed?

A name after "Interview:" with no role after it may be either, so the lines under it stay
that name's, with a remark asking the curator; a role ("CEO Nordlys Batteries"), "with"
or a dash before a place names the one interviewed, as before.
"""

import datetime

import pytest

from claims.importing.headings import interviewer_or_guest
from claims.importing.services import ImportOptions, SourceChoice, import_plan

pytestmark = pytest.mark.django_db

ASKED = "check the speaker"


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Interview: Jonas Berg, Dagens Avis, 14 October 2026", "Jonas Berg"),
        ("## Interview: Marta Quiroga, El Diario Austral, 3 November 2026", "Marta Quiroga"),
        ("Interview — Paul Okonjo, The Lagos Ledger, 2026-10-02", "Paul Okonjo"),
        ("Interview – Ilse Brandauer, Wiener Blatt", "Ilse Brandauer"),
        ("INTERVIEW: Tomás Leal, Rádio Minho, 9 Sept 2026", "Tomás Leal"),
        ("An interview: Greta Holm, Nordic Grid Weekly, 1 Oct 2026", "Greta Holm"),
        ("Interview - Dev Raman, Mumbai Morning Post, 12 Oct 2026", "Dev Raman"),
        ("Interview: Sophie Aubert, Le Courrier de Lyon", "Sophie Aubert"),
        ("# Interview: Karin Lund, Svenska Dagsposten, 30 September 2026", "Karin Lund"),
        ("Interview: Aiyana Redcloud, Prairie Public Radio, 20 Nov 2026", "Aiyana Redcloud"),
        # A role after the name: the one interviewed.
        ("Interview: Hanne Vik, CEO Nordlys Batteries", ""),
        ("Interview — Hanne Vik, chief executive, Nordlys Batteries", ""),
        ("Interview: Ravi Menon, head of research at Kestrel Capital", ""),
        ("Interview: Lucía Ferro, economist, 3 Oct 2026", ""),
        # "with" names the guest; a dash sets off a place or an event.
        ("Interview with Jensen Moor, Computex Taipei", ""),
        ("Interview: Hanne Vik — Lisbon, 12 March 2026", ""),
        # No name at all.
        ("Interview: The Future of Grids, 12 March 2026", ""),
        ("Interview notes, 14 October 2026", ""),
    ],
)
def test_a_name_with_no_role_after_interview_may_be_either(heading, name):
    assert interviewer_or_guest(heading) == name


def _plan(text: str):
    return import_plan(
        data=text.encode(),
        file_name="interview.md",
        options=ImportOptions(source=SourceChoice(published_on=datetime.date(2026, 10, 14))),
    )


@pytest.mark.parametrize(
    ("heading", "speaker", "asked"),
    [
        ("Interview: Jonas Berg, Dagens Avis, 14 October 2026", "Jonas Berg", True),
        ("## Interview — Marta Quiroga, El Diario Austral, 3 October 2026", "Marta Quiroga", True),
        ("Interview: Hanne Vik, CEO Nordlys Batteries, 14 October 2026", "Hanne Vik", False),
        ("Interview with Hanne Vik, Oslo, 14 October 2026", "Hanne Vik", False),
        ("Interview: Hanne Vik — Lisbon, 12 March 2026", "Hanne Vik", False),
    ],
)
def test_the_lines_under_such_a_heading_are_asked_about(heading, speaker, asked):
    plan = _plan(
        f"{heading}\n\nQ: Will cell prices keep falling?\n"
        "A: Yes. Cell prices will halve again by 2030, I am sure of it.\n"
    )
    [candidate] = [c for c in plan.candidates if "halve" in c.quote]
    assert candidate.speaker.name == speaker
    assert any(ASKED in r and "no role" in r for r in candidate.remarks) is asked
