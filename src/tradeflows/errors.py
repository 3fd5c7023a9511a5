"""Errors that name the file and what is wrong with it, so a batch can report and go on."""


class DocumentError(Exception):
    """A document that cannot be read: binary, empty, undecodable or missing."""

    def __init__(self, path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
