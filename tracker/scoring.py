"""The arithmetic of a track record, free of the ORM: the tally of a speaker's claim groups.

A speaker's public claims are counted in groups of (status, kind, confidence
tenth) by one SQL statement (``tracker.track_records``); ``Tally`` turns those
groups into the record the API and the pages show. It imports no model, so the
benchmark's framework-free floor computes the same record from the same groups.

* ``hit_rate``: the share of resolved predictions that came true, a "partly
  true" counting half;
* ``score``: the lower bound of the 95% Wilson score interval of that share
  (Wilson, 1927, "Probable inference, the law of succession, and statistical
  inference", JASA 22(158));
* ``brier_score``: the mean squared gap between the stated confidence and the
  outcome (1 true, 0.5 partly true, 0 false) (Brier, 1950, Monthly Weather Review 78(1));
* ``calibration``: those predictions by tenths of stated confidence.
"""

import math
from collections import defaultdict
from collections.abc import Sequence

from claims.choices import ClaimKind, Status, Verdict
from claims.status import PUBLIC_STATUSES

Z = 1.96  # 95% two-sided
SCORE_METHOD = "wilson_lower_bound_95"
SCORED_VERDICTS = (Verdict.TRUE, Verdict.FALSE, Verdict.PARTLY_TRUE)
CALIBRATION_BINS = 10


def wilson_lower_bound(successes: float, trials: int, z: float = Z) -> float | None:
    """Lower bound of the Wilson score interval for ``successes`` out of ``trials``.

    With no success the bound is exactly 0 (the formula's two terms cancel, and
    floating point would leave -0.0 or a tiny negative that sorts below other zeros).
    """
    if trials <= 0:
        return None
    if successes <= 0:
        return 0.0
    p = successes / trials
    z2 = z * z
    centre = p + z2 / (2 * trials)
    margin = z * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials))
    return (centre - margin) / (1 + z2 / trials)


# Plain strings: compared and looked up for every group of every record.
OUTCOMES = {Verdict.TRUE.value: 1.0, Verdict.PARTLY_TRUE.value: 0.5, Verdict.FALSE.value: 0.0}
PREDICTION = ClaimKind.PREDICTION.value


class Tally:
    """Accumulates one speaker's groups into a track record."""

    def __init__(self) -> None:
        self.by_status = dict.fromkeys((s.value for s in PUBLIC_STATUSES), 0)
        self.scored = 0
        self.successes = 0.0
        self.brier_n = 0
        self.brier_sum = 0.0
        self.tenths: dict[int, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])

    def add(self, group: Sequence) -> None:
        """Add one group: the columns of ``GROUP_COLUMNS`` after the speaker's id."""
        status, kind, tenth_index, n, stated, total, squares = group
        self.by_status[status] += n
        outcome = OUTCOMES.get(status)
        if kind != PREDICTION or outcome is None:
            return
        self.scored += n
        self.successes += n * outcome
        if stated:
            self.brier_n += stated
            self.brier_sum += squares - 2 * outcome * total + stated * outcome**2
            tenth = self.tenths[tenth_index]
            tenth[0] += stated
            tenth[1] += total
            tenth[2] += stated * outcome

    def calibration(self) -> list[dict]:
        return [
            {
                "lower": round(index / CALIBRATION_BINS, 2),
                "upper": round((index + 1) / CALIBRATION_BINS, 2),
                "predictions": int(stated),
                "mean_confidence": round(total / stated, 4),
                "observed_rate": round(hits / stated, 4),
            }
            for index, (stated, total, hits) in sorted(self.tenths.items())
        ]

    def record(self) -> dict:
        score = wilson_lower_bound(self.successes, self.scored)
        brier = max(self.brier_sum, 0.0) / self.brier_n if self.brier_n else None
        return {
            "claims": sum(self.by_status.values()),
            "by_status": self.by_status,
            "overdue": self.by_status[Status.DUE],
            "resolved_predictions": self.scored,
            "hit_rate": round(self.successes / self.scored, 4) if self.scored else None,
            "score": round(score, 4) if score is not None else None,
            "score_method": SCORE_METHOD,
            "brier_score": round(brier, 4) if brier is not None else None,
            "brier_predictions": self.brier_n,
            "calibration": self.calibration(),
        }
