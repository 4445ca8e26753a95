"""A saved email's MIME body, read line by line: quoted-printable lines decoded, boundaries,
part headers and parts other than plain text skipped (``emails``). Pure functions."""

import email.header
import quopri
import re
from collections.abc import Sequence

# Any RFC 5322 header ("Message-ID: <…>", "X-Mailer: …"), in a saved .eml file's opening.
RFC_HEADER = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9-]{1,40}):\s*(?P<value>.*)$")
_BOUNDARY = re.compile(r'boundary=(?:"([^"]+)"|([^\s;]+))', re.IGNORECASE)


def rfc_block(lines: Sequence[str], start: int) -> dict[str, str] | None:
    """The RFC 5322 headers from line index ``start`` to the blank line, by lower-case name
    (folded lines joined, encoded words decoded), with "_end" the index of that blank line;
    None when a line there is no header, or no "From:" and "Date:" are among them."""
    headers: dict[str, str] = {}
    name, end = "", start
    while end < len(lines) and lines[end].strip():
        line = lines[end]
        match = RFC_HEADER.match(line)
        if match and not line[:1].isspace():
            name = match.group("name").lower()
            headers.setdefault(name, match.group("value").strip())
        elif line[:1].isspace() and name:
            headers[name] = f"{headers[name]} {line.strip()}"
        else:
            return None
        end += 1
    if "from" not in headers or "date" not in headers or len(headers) < 3:
        return None
    for key in ("from", "subject", "to", "cc"):
        if "=?" in headers.get(key, ""):
            headers[key] = str(email.header.make_header(email.header.decode_header(headers[key])))
    headers["_end"] = str(end)
    return headers


def mime_body(
    lines: Sequence[str], start: int, headers: dict[str, str], skipped: set[int]
) -> dict[int, str]:
    """The text of a saved email's body from line index ``start``: its lines decoded from
    quoted-printable (a line broken with "=" is read as one, at its first line's number), by
    number. MIME boundaries, part headers and parts other than plain text are added to
    ``skipped`` (a base64 part too: its text is not read)."""
    decoded: dict[int, str] = {}
    boundaries: set[str] = set()
    _add_boundary(headers.get("content-type", ""), boundaries)
    part = headers if not boundaries else None  # None: outside a text part
    index = start
    while index < len(lines):
        line = lines[index]
        if line.startswith("--") and line.strip()[2:].removesuffix("--") in boundaries:
            part = _rfc_part(lines, index + 1)
            end = int(part["_end"])
            skipped.update(range(index + 1, end + 1))
            _add_boundary(part.get("content-type", ""), boundaries)
            index = end
            continue
        kind = part.get("content-type", "text/plain").lower() if part is not None else ""
        encoding = part.get("content-transfer-encoding", "").lower() if part is not None else ""
        if not kind.startswith("text/plain") or "base64" in encoding:
            skipped.add(index + 1)
        elif "quoted-printable" in encoding:
            index = _quoted_printable(lines, index, _charset(kind), decoded, skipped)
            continue
        index += 1
    return decoded


def _rfc_part(lines: Sequence[str], start: int) -> dict[str, str]:
    """A MIME part's headers from line index ``start`` to its blank line ("_end": its
    index)."""
    headers: dict[str, str] = {}
    name, end = "", start
    while end < len(lines) and lines[end].strip():
        match = RFC_HEADER.match(lines[end])
        if match and not lines[end][:1].isspace():
            name = match.group("name").lower()
            headers[name] = match.group("value").strip()
        elif name:
            headers[name] = f"{headers[name]} {lines[end].strip()}"
        end += 1
    headers["_end"] = str(end)
    return headers


def _add_boundary(content_type: str, boundaries: set[str]) -> None:
    found = _BOUNDARY.search(content_type)
    if found is not None:
        boundaries.add(found.group(1) or found.group(2))


def _charset(content_type: str) -> str:
    found = re.search(r'charset="?([\w.-]+)"?', content_type, re.IGNORECASE)
    return found.group(1) if found else "utf-8"


def _quoted_printable(
    lines: Sequence[str], index: int, charset: str, decoded: dict[int, str], skipped: set[int]
) -> int:
    """Decode the quoted-printable line at ``index`` and those its soft breaks ("=" at the
    end) join to it; the index after them."""
    end = index + 1
    while lines[end - 1].endswith("=") and end < len(lines):
        skipped.add(end + 1)
        end += 1
    raw = "\n".join(lines[index:end]).encode("ascii", "replace")
    try:
        text = quopri.decodestring(raw).decode(charset, "replace")
    except LookupError:  # a charset Python does not know
        text = quopri.decodestring(raw).decode("utf-8", "replace")
    decoded[index + 1] = text.replace("\n", " ")
    return end
