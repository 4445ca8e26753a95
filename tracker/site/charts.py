"""Charts drawn on the server as SVG geometry, for templates to render.

Each chart comes with the numbers it draws, which the templates also give as a
table, so a screen reader (or a reader without images) gets the same facts.
Colours are fill/stroke attributes, not style attributes, which the
Content-Security-Policy would refuse.
"""

from dataclasses import dataclass

from claims.choices import Status
from tracker.site.presentation import STATUS_WORDS

# The calibration chart: a square plot area inside margins, in SVG user units.
PLOT = 200
MARGIN = 36
STATUS_ORDER = [
    Status.TRUE,
    Status.PARTLY_TRUE,
    Status.FALSE,
    Status.UNRESOLVABLE,
    Status.WITHDRAWN,
    Status.DUE,
    Status.OPEN,
]


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    radius: float
    label: str


def calibration_points(calibration: list[dict]) -> list[Point]:
    """One point per confidence tenth: x the mean stated confidence, y how often it came true.

    The area of a point grows with the number of predictions behind it.
    """
    most = max((row["predictions"] for row in calibration), default=1)
    points = []
    for row in calibration:
        x = MARGIN + row["mean_confidence"] * PLOT
        y = MARGIN + (1 - row["observed_rate"]) * PLOT
        radius = 3 + 7 * (row["predictions"] / most) ** 0.5
        label = (
            f"stated {row['lower']:.0%}–{row['upper']:.0%}: {row['predictions']} predictions, "
            f"{row['observed_rate']:.0%} came true"
        )
        points.append(Point(round(x, 1), round(y, 1), round(radius, 1), label))
    return points


def calibration_chart(calibration: list[dict]) -> dict | None:
    """Geometry of the calibration chart, or None when no confidence was stated."""
    if not calibration:
        return None
    ticks = [
        {
            "value": f"{tick / 10:.0%}",
            "x": MARGIN + tick / 10 * PLOT,
            "y": MARGIN + (1 - tick / 10) * PLOT,
        }
        for tick in range(0, 11, 2)
    ]
    return {
        "size": PLOT + 2 * MARGIN,
        "plot": PLOT,
        "low": MARGIN,
        "high": MARGIN + PLOT,
        "middle": MARGIN + PLOT / 2,
        "x_ticks_y": MARGIN + PLOT + 14,
        "x_label_y": MARGIN + PLOT + 30,
        "y_ticks_x": MARGIN - 4,
        "y_label_y": MARGIN - 10,
        "points": calibration_points(calibration),
        "ticks": ticks,
        "rows": calibration,
    }


@dataclass(frozen=True)
class Segment:
    x: float
    width: float
    status: str
    count: int

    @property
    def words(self) -> str:
        return STATUS_WORDS[self.status]


BAR_WIDTH = 300
BAR_HEIGHT = 18
BAR_LEFT = 44  # room for the year


def timeline_chart(counts: list[dict]) -> dict | None:
    """Stacked bars of claims by status, one bar per year said.

    ``counts``: rows of ``year``, ``status`` and ``n`` (see ``reads.status_counts_by_year``).
    """
    if not counts:
        return None
    years: dict[int, dict[str, int]] = {}
    for row in counts:
        years.setdefault(row["year"], {})[row["status"]] = row["n"]
    widest = max(sum(by_status.values()) for by_status in years.values())
    bars = []
    for index, (year, by_status) in enumerate(sorted(years.items())):
        x, segments = 0.0, []
        for status in STATUS_ORDER:
            count = by_status.get(status, 0)
            if count:
                width = BAR_WIDTH * count / widest
                segments.append(Segment(round(BAR_LEFT + x, 1), round(width, 1), status, count))
                x += width
        bars.append(
            {
                "year": year,
                "y": index * (BAR_HEIGHT + 8),
                "text_y": index * (BAR_HEIGHT + 8) + 13,
                "segments": segments,
                "total": sum(by_status.values()),
                "by_status": [by_status.get(status, 0) for status in STATUS_ORDER],
            }
        )
    rows = [
        {
            "status": status,
            "words": STATUS_WORDS[status],
            "counts": [bar["by_status"][index] for bar in bars],
            "total": sum(bar["by_status"][index] for bar in bars),
        }
        for index, status in enumerate(STATUS_ORDER)
    ]
    return {
        "bars": bars,
        "rows": rows,
        "height": len(bars) * (BAR_HEIGHT + 8),
        "bar_height": BAR_HEIGHT,
        "width": BAR_LEFT + BAR_WIDTH,
        "statuses": [(status, STATUS_WORDS[status]) for status in STATUS_ORDER],
    }
