"""Which source each section of a document belongs to.

A section opened by a dated heading has its own source (title and date at the
precision written, found or created); the curator can give any section its
source or date (``ImportOptions.section_sources``, by the line of its heading);
every other section belongs to the import's source (``ImportOptions.source``).
Sections that name the same title and date share one source.
"""

import datetime

from claims.choices import DatePrecision
from claims.importing.errors import ImportFileError
from claims.importing.parsing import Section
from claims.importing.plans import ImportOptions, SectionSource, SourceChoice, SourcePlan
from claims.models import Source, period_start
from claims.validators import latest_today


def _existing(source_id: int) -> Source:
    source = Source.objects.filter(pk=source_id).first()
    if source is None:
        raise ImportFileError(f"There is no source with id {source_id}.")
    return source


def chosen_said_on(choice: SourceChoice) -> datetime.date | None:
    """When the source the curator chose was said: an existing source's date, or the date
    given (the first day of its period, as it will be stored); None when none is given.

    Raises ``ImportFileError`` for an id no source has, as planning the source would.
    """
    if choice.source_id is not None:
        return _existing(choice.source_id).published_on
    if choice.published_on is None or choice.precision not in DatePrecision.values:
        return choice.published_on
    return period_start(choice.published_on, choice.precision)


def _check_choice(choice: SourceChoice, *, line: int | None = None) -> None:
    if choice.precision not in DatePrecision.values:
        raise ImportFileError(
            f"Precision must be one of {', '.join(DatePrecision.values)}.", line=line
        )
    if choice.published_on > latest_today():
        raise ImportFileError(
            f"The source's date {choice.published_on} is in the future.", line=line
        )


def _plan(choice: SourceChoice, *, line: int | None = None) -> SourcePlan:
    """Find a source by id, or by title and date; else plan to create it."""
    if choice.source_id is not None:
        source = _existing(choice.source_id)
        return SourcePlan(choice, source, source.published_on, source.published_precision)
    _check_choice(choice, line=line)
    # Stored as the first day of its period, as every write path stores it.
    published_on = period_start(choice.published_on, choice.precision)
    source = Source.objects.filter(title=choice.title.strip(), published_on=published_on).first()
    if source is not None:
        return SourcePlan(choice, source, source.published_on, source.published_precision)
    return SourcePlan(choice, None, published_on, choice.precision)


def _default_choice(options: ImportOptions, section: Section, *, several: bool) -> SourceChoice:
    choice = options.source
    if choice.source_id is not None or (choice.title.strip() and choice.published_on):
        return choice
    if several or section.heading:
        where = f"“{section.heading}”" if section.heading else "before the first heading"
        raise ImportFileError(
            f"The section {where} has no date, so its source is unknown. Give it one with "
            f"{{section_date {section.line}=2023-05}} (or {{section_source "
            f"{section.line}=SOURCE_ID}}), or give the default source ({{source_title}} and "
            "{published_on}, or {source_id}).",
            line=section.line,
        )
    raise ImportFileError(
        "Name the source: pick an existing one ({source_id}), or give its title "
        "and the date it was published ({source_title}, {published_on})."
    )


def _section_choice(section: Section, given: SectionSource, options: ImportOptions):
    if given.source_id is not None:
        return SourceChoice(source_id=given.source_id)
    return SourceChoice(
        title=given.title or section.title or section.heading or options.source.title,
        published_on=given.published_on,
        precision=given.precision,
        kind=section.kind or options.source.kind,
    )


def _choice(section: Section, options: ImportOptions, *, several: bool) -> SourceChoice:
    given = options.section_sources.get(section.line)
    if given is not None:
        return _section_choice(section, given, options)
    if section.date_problem:
        # The heading gives a date that cannot be its own: never filed under another source.
        raise ImportFileError(
            f"The date in “{section.heading}” {section.date_problem}, so the section's source "
            f"is unknown. Correct the line, or give the section its date with "
            f"{{section_date {section.line}=2023-05}} (or {{section_source "
            f"{section.line}=SOURCE_ID}}).",
            line=section.line,
        )
    if section.published_on is not None:
        return SourceChoice(
            title=section.title or section.heading,
            published_on=section.published_on,
            precision=section.precision or DatePrecision.DAY,
            kind=section.kind or options.source.kind,
        )
    return _default_choice(options, section, several=several)


class SectionSources:
    """Each section's source plan, worked out when a section is first asked about.

    Sections that name the same title and date (or the same source) share one
    plan. ``sections`` is the document's list of sections, which may still be
    growing while a document is read statement by statement.
    """

    def __init__(self, sections: list[Section], options: ImportOptions) -> None:
        self.sections = sections
        self.options = options
        self._plans: dict[tuple, SourcePlan] = {}
        self._by_section: dict[int, SourcePlan] = {}
        self.default_used = False  # whether a section takes the import's own source

    def for_section(self, section: Section) -> SourcePlan:
        """Raises ``ImportFileError`` when the section's source is unknown or invalid."""
        found = self._by_section.get(section.index)
        if found is not None:
            return found
        options = self.options
        choice = _choice(section, options, several=len(self.sections) > 1)
        key = (
            (choice.source_id,) if choice.source_id else (choice.title.strip(), choice.published_on)
        )
        self.default_used |= choice is options.source
        if key not in self._plans:
            # The curator's own default source is no line of the file.
            line = None if choice is options.source else section.line
            self._plans[key] = _plan(choice, line=line)
        plan = self._plans[key]
        plan.sections.append(section.index)
        plan.lines.append(section.line)
        self._by_section[section.index] = plan
        return plan

    def plans(self) -> list[SourcePlan]:
        """The plans given so far, in the order of their first section."""
        return list(self._plans.values())

    def unused_default(self) -> str:
        """What to tell the curator when the import's own source holds none of its claims,
        as every section has a source of its own ("" when it does hold some).

        Call once every section is known."""
        choice = self.options.source
        given = choice.source_id is not None or choice.title.strip()
        if not given or self.default_used or not self._by_section:
            return ""
        named = f"#{choice.source_id}" if choice.source_id is not None else f"“{choice.title}”"
        return (
            f"The source given ({named}) holds none of the claims: every section has a source "
            "of its own (a dated heading). To file a section under it, give the section "
            "that source."
        )

    def refuse_unknown_lines(self) -> None:
        """A section source given for a line where no section starts is a mistake.

        Call once every section is known."""
        starts = {section.line for section in self.sections}
        for line in self.options.section_sources:
            if line not in starts:
                listed = ", ".join(str(s.line) for s in self.sections)
                raise ImportFileError(
                    f"No section starts at line {line}; sections start at lines {listed}."
                )
