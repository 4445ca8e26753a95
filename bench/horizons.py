"""Benchmark of the horizon parser (claims/horizons/).

Generates realistic claim sentences (dated, vague and with no horizon at all), parses each one
and prints a table; compares with a baseline measured in the same run over the same sentences
(lower-casing plus one trivial regular expression), so the ratio means something on any machine.

    .venv/bin/python bench/horizons.py [--n 100000] [--seed 7] [--json bench/results/horizons.json]

Needs no Django settings: claims.choices only defines TextChoices.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import re
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.choices import DatePrecision
from claims.horizons import parse_horizon

SUBJECTS = [
    "AI",
    "Apple",
    "Tesla",
    "Every phone",
    "Open-source models",
    "Robotaxis",
    "Nvidia",
    "The company",
    "Stable Diffusion",
    "Fusion power",
    "Most new code",
    "Search as we know it",
    "Short-form video",
    "GPT-5",
    "Humanoid robots",
    "Bitcoin",
]
PREDICATES = [
    "will run on every iPhone",
    "will be profitable",
    "is going to be ten times cheaper",
    "will hit $1M",
    "will be generated at high resolution quality",
    "will write most of the code we ship",
    "will disrupt social networks and move intelligence to the edge",
    "will pass the Turing test",
    "will need 10,000 GPUs to train",
    "will have 100 million users",
    "will put $100B into this sector",
    "will replace call centers",
]
MONTHS = "January February March April May June July August September October November December"
UNITS = ["days", "weeks", "months", "quarters", "years", "decades"]
VAGUE = [
    "soon",
    "eventually",
    "in a few years",
    "within weeks",
    "any day now",
    "in our lifetime",
    "in the foreseeable future",
    "by the next election",
    "one day",
    "someday",
    "in the near future",
    "in the coming years",
    "by the time his daughter's in university",
    "sooner or later",
    "around 2030",
    "after 2030",
]
NO_HORIZON_TAILS = [
    "",
    ", and he has been saying so since 2012",
    ", something he would not have said a year ago",
    " after working at Google for 20+ years",
    " (a 16 year old in Uzbekistan could build it)",
    ", as they did in 2012",
    " - we may see it, as the march of progress goes on",
]


def dated_horizon(rng: random.Random) -> str:
    """A horizon phrase from the grammar, in one of its many forms."""
    year = rng.randint(2024, 2045)
    n = rng.choice(["2", "3", "5", "10", "two", "five", "twenty", "a couple of", "3-5"])
    unit = rng.choice(UNITS)
    forms = [
        f"by {year}",
        f"before {year}",
        f"by the end of {year}",
        f"by mid-{year}",
        f"by Q{rng.randint(1, 4)} {year}",
        f"by {rng.choice(MONTHS.split())} {year}",
        f"by summer {year}",
        f"in the {year // 10 * 10}s",
        f"within {n} {unit}",
        f"in the next {n} {unit}",
        f"over the next {n} {unit}",
        f"in next {n} {unit}",
        f"{n} {unit} from now",
        "by next year",
        "this year",
        "next quarter",
        "by the end of the decade",
        "by Christmas",
        "by year's end",
        "within a decade",
        "in half a decade",
    ]
    return rng.choice(forms)


def sentence(rng: random.Random) -> tuple[str, str]:
    """A claim sentence and the kind of horizon it was built with."""
    subject, predicate = rng.choice(SUBJECTS), rng.choice(PREDICATES)
    roll = rng.random()
    if roll < 0.45:
        kind, horizon = "dated", dated_horizon(rng)
    elif roll < 0.65:
        kind, horizon = "vague", rng.choice(VAGUE)
    else:
        return "none", f"{subject} {predicate}{rng.choice(NO_HORIZON_TAILS)}."
    if rng.random() < 0.3:
        return kind, f"{horizon[0].upper()}{horizon[1:]}, {subject.lower()} {predicate}."
    return kind, f"{subject} {predicate} {horizon}."


def said_on(rng: random.Random) -> tuple[date, DatePrecision]:
    day = date.fromordinal(
        rng.randint(date(2015, 1, 1).toordinal(), date(2023, 12, 31).toordinal())
    )
    precision = rng.choice(list(DatePrecision))
    if precision is DatePrecision.MONTH:
        return day.replace(day=1), precision
    if precision is DatePrecision.YEAR:
        return day.replace(month=1, day=1), precision
    return day, precision


def best_of(repeat: int, run) -> tuple[float, float]:
    """The best wall-clock and CPU seconds of ``repeat`` runs (CPU time is steadier when other
    processes share the machine)."""
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        run()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return min(wall), min(cpu)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="sentences to parse")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is kept")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    built = [sentence(rng) for _ in range(args.n)]
    inputs = [(text, *said_on(rng)) for _, text in built]

    results: list = []

    def parse_all() -> None:
        results[:] = [parse_horizon(t, said_on=d, precision=p) for t, d, p in inputs]

    trivial = re.compile(r"\bby\b")

    def baseline() -> None:
        for text, _, _ in inputs:
            trivial.search(text.lower())

    seconds, cpu = best_of(args.repeat, parse_all)
    base_seconds, base_cpu = best_of(args.repeat, baseline)
    kinds = Counter(r.kind.value for r in results)
    agree = sum(r.kind.value == kind for r, (kind, _) in zip(results, built, strict=True))
    report = {
        "sentences": args.n,
        "seed": args.seed,
        "repeat": args.repeat,
        "seconds": round(seconds, 3),
        "cpu_seconds": round(cpu, 3),
        "sentences_per_second": round(args.n / seconds),
        "sentences_per_cpu_second": round(args.n / cpu),
        "baseline_seconds": round(base_seconds, 3),
        "baseline_cpu_seconds": round(base_cpu, 3),
        "baseline_sentences_per_second": round(args.n / base_seconds),
        "ratio_to_baseline": round(cpu / base_cpu, 1),
        "kinds": {k: kinds.get(k, 0) for k in ("dated", "vague", "none")},
        "generated_kinds": dict(Counter(kind for kind, _ in built)),
        "agreement_with_generator": round(agree / args.n, 4),
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    print_table(report)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    return report


def print_table(r: dict) -> None:
    rows = [
        ("", "sentences", "seconds", "CPU s", "sentences/s"),
        (
            "parse_horizon",
            r["sentences"],
            r["seconds"],
            r["cpu_seconds"],
            r["sentences_per_second"],
        ),
        (
            "baseline: lower + 1 regex",
            r["sentences"],
            r["baseline_seconds"],
            r["baseline_cpu_seconds"],
            r["baseline_sentences_per_second"],
        ),
    ]
    for row in rows:
        print(f"{row[0]:<27}{row[1]:>10}{row[2]:>9}{row[3]:>8}{row[4]:>13}")
    print(f"\nparse_horizon takes {r['ratio_to_baseline']}x the baseline's CPU time")
    kinds = ", ".join(f"{k} {v}" for k, v in r["kinds"].items())
    print(f"kinds: {kinds} (agreement with the generator: {r['agreement_with_generator']:.2%})")


if __name__ == "__main__":
    main()
