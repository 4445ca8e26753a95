"""A weather bulletin's forecast told with a participle and its day ("storms are expected
tomorrow afternoon", "a line of storms expected tomorrow"): the day is a deadline, as "He
will start tomorrow" is; a subject's own past expectation is not."""

import datetime

import pytest

from claims.horizons import parse_horizon

SAID = datetime.date(2026, 5, 12)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Heavy showers are expected tomorrow afternoon.", datetime.date(2026, 5, 13)),
        ("WE'VE GOT A BAND OF HEAVY RAIN EXPECTED TOMORROW MORNING.", datetime.date(2026, 5, 13)),
        ("Frost is forecast tomorrow across the valley.", datetime.date(2026, 5, 13)),
        # Near misses: what someone expected, told of afterwards.
        ("The showers we expected tomorrow never came.", None),
        ("We expected rain yesterday.", None),
    ],
)
def test_a_bulletins_participle_looks_ahead(text, deadline):
    assert parse_horizon(text, said_on=SAID).deadline == deadline
