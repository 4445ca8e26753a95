"""Reading the command line's choices and showing a plan as a table.

Kept apart from the command so that the admin's preview and the command print
the same columns.
"""

import datetime
import os
import re
import stat
import sys
import textwrap
from typing import TextIO

from claims.choices import DatePrecision
from claims.importing.errors import ImportFileError
from claims.importing.services import Candidate, ImportPlan, SectionSource

READ_CHUNK = 1024 * 1024


def read_file(path: str, *, max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path``, refused before reading if too large.

    A device (``/dev/zero``), pipe, socket or directory is refused without
    reading from it (it is opened non-blocking, so a FIFO cannot hang the
    command); the size is checked on the open file, and the file is read in
    chunks of ``READ_CHUNK`` so one that grows meanwhile stops at ``max_bytes``.
    Raises ``ImportFileError``.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise ImportFileError(f"Cannot read the file: {error.strerror}") from None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise ImportFileError(
                "This is not a regular file (a device, pipe, socket or directory); "
                "give the path of a text document."
            )
        if info.st_size > max_bytes:
            raise ImportFileError(_too_large(max_bytes))
    except ImportFileError:
        os.close(descriptor)
        raise
    with os.fdopen(descriptor, "rb") as file:
        return _read_chunks(file, max_bytes)


def _read_chunks(file, max_bytes: int) -> bytes:
    chunks, total = [], 0
    while chunk := file.read(READ_CHUNK):
        total += len(chunk)
        if total > max_bytes:
            raise ImportFileError(_too_large(max_bytes))
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(max_bytes: int) -> str:
    return f"The file is larger than {max_bytes // (1024 * 1024)} MB."


_DATE = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?$")


def parse_partial_date(value: str) -> tuple[datetime.date, str]:
    """'2023' (year), '2022-10' (month) or '2023-02-15' (day), with that precision."""
    match = _DATE.match(value.strip())
    if not match:
        raise ImportFileError(f"{value!r} is not a date; write 2023, 2022-10 or 2023-02-15.")
    year, month, day = (int(match.group(g) or 1) for g in ("year", "month", "day"))
    try:
        date = datetime.date(year, month, day)
    except ValueError as error:
        raise ImportFileError(f"{value!r} is not a date: {error}.") from None
    if match.group("day"):
        return date, DatePrecision.DAY
    return date, DatePrecision.MONTH if match.group("month") else DatePrecision.YEAR


def parse_mapping(values: list[str]) -> dict[str, str]:
    """'--speaker NAME=SLUG' pairs; a value without '=' is the default speaker (key "")."""
    mapping = {}
    for value in values:
        key, sep, target = value.partition("=")
        if not sep:
            key, target = "", value
        if not target.strip():
            raise ImportFileError(f"{value!r} names no speaker after '='.")
        mapping[key.strip()] = target.strip()
    return mapping


def parse_sections(values: list[str]) -> dict[int, str]:
    """'--section LINE=NAME': a new section, spoken by NAME, starts at LINE."""
    sections = {}
    for value in values:
        line, sep, name = value.partition("=")
        if not sep or not line.strip().isdigit() or not name.strip():
            raise ImportFileError(f"{value!r} should look like 95=Speaker Name.")
        sections[int(line)] = name.strip()
    return sections


def parse_section_dates(values: list[str]) -> dict[int, SectionSource]:
    """'--section-date LINE=DATE[=TITLE]': the date (and title) of the section at LINE."""
    sections = {}
    for value in values:
        line, sep, rest = value.partition("=")
        date, _, title = rest.partition("=")
        if not sep or not line.strip().isdigit() or not date.strip():
            raise ImportFileError(
                f"--section-date {value!r} should look like 12=2023-05 or 12=2023-05-09=Title."
            )
        published_on, precision = parse_partial_date(date)
        sections[int(line)] = SectionSource(
            published_on=published_on, precision=precision, title=title.strip()
        )
    return sections


def parse_section_sources(values: list[str]) -> dict[int, SectionSource]:
    """'--section-source LINE=SOURCE_ID': the section at LINE belongs to an existing source."""
    sections = {}
    for value in values:
        line, sep, source_id = value.partition("=")
        if not sep or not line.strip().isdigit() or not source_id.strip().isdigit():
            raise ImportFileError(f"--section-source {value!r} should look like 12=345.")
        sections[int(line)] = SectionSource(source_id=int(source_id))
    return sections


def parse_line_range(value: str | None) -> tuple[int, int] | None:
    """'--lines 2-38'."""
    if not value:
        return None
    match = re.match(r"^\s*(\d+)\s*-\s*(\d+)\s*$", value)
    if not match or int(match.group(1)) > int(match.group(2)):
        raise ImportFileError(f"{value!r} should look like 2-38.")
    return int(match.group(1)), int(match.group(2))


def _status(candidate: Candidate) -> str:
    if candidate.imported_as:
        return f"{candidate.skip_reason} as {candidate.imported_as}'s"
    if candidate.skip_reason:
        return candidate.skip_reason
    if candidate.duplicate_of is not None:
        return f"dup of #{candidate.duplicate_of.pk} ({candidate.similarity:.2f})"
    if candidate.duplicate_of_candidate is not None:
        return f"dup of row {candidate.duplicate_of_candidate + 1} ({candidate.similarity:.2f})"
    return "new"


def _remarks(candidate: Candidate) -> str:
    remarks = candidate.remarks
    return f" [{'; '.join(remarks)}]" if remarks else ""


def plan_rows(plan: ImportPlan) -> list[list[str]]:
    """One row per candidate: row, where, speaker, kind, deadline, status, quote."""
    return [
        [
            str(c.index + 1),
            c.statement.locator,
            c.speaker.display,
            c.kind,
            c.deadline.isoformat() if c.deadline else (c.horizon and "vague") or "",
            _status(c),
            c.quote + _remarks(c),
        ]
        for c in plan.candidates
    ]


def nothing_added(skipped: int, repeated: int = 0) -> str:
    """Why an import added nothing: of its candidates, ``skipped`` were imported before
    and ``repeated`` are said again in the file."""
    if not skipped + repeated:
        return "No candidate claims were found in the document; nothing was imported."
    again = f" ({repeated} of them said again in the file)" if repeated else ""
    return f"Nothing new: all {skipped + repeated} candidates were imported before{again}."


def not_added(skipped: int, repeated: int) -> str:
    """The candidates not added, in words: "3 imported before, 2 said again in the file"."""
    return f"{skipped} imported before" + (
        f", {repeated} said again in the file" if repeated else ""
    )


HEADERS = ["#", "where", "speaker", "kind", "deadline", "status", "quote"]


def describe_sources(plan: ImportPlan) -> list[str]:
    """One line per source the import files its sections under."""
    return [
        f"line {', '.join(map(str, source.lines))}: {source.display}" for source in plan.sources
    ]


def print_table(plan: ImportPlan, out: TextIO, *, width: int = 160) -> None:
    """The candidates as a table ``width`` characters wide.

    A quote and its remarks longer than the last column continue on the lines
    below it, under the column: nothing the curator must read is cut off.
    """
    rows = plan_rows(plan)
    fixed = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
        for i, h in enumerate(HEADERS[:-1])
    ]
    quote_width = max(20, width - sum(fixed) - 2 * len(fixed))
    indent = " " * (sum(fixed) + 2 * len(fixed))
    for row in [HEADERS, *rows]:
        lines = textwrap.wrap(row[-1], quote_width, break_on_hyphens=False) or [""]
        cells = [cell.ljust(fixed[i]) for i, cell in enumerate(row[:-1])]
        out.write("  ".join([*cells, lines[0]]).rstrip() + "\n")
        out.writelines(f"{indent}{line}\n" for line in lines[1:])


class ProgressBar:
    """A one-line progress bar on a stream (standard error), redrawn in place."""

    def __init__(self, stream: TextIO = sys.stderr, *, width: int = 30, unit: str = "") -> None:
        self.stream = stream
        self.width = width
        self.unit = f" {unit}" if unit else ""

    def __call__(self, done: int, total: int) -> None:
        if total <= 0:
            return
        step = max(1, total // 200)
        if done != total and done % step:
            return
        filled = self.width * done // total
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\rimporting [{bar}] {done}/{total}{self.unit}")
        if done == total:
            self.stream.write("\n")
        self.stream.flush()
