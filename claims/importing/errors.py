"""The one error an import raises for anything wrong with the file or the choices."""


class ImportFileError(Exception):
    """A document that cannot be imported, with the line it went wrong on when known."""

    def __init__(self, message: str, *, line: int | None = None) -> None:
        self.message = message
        self.line = line
        super().__init__(f"Line {line}: {message}" if line else message)
