"""Errors that name the file and what is wrong with it, so a batch can report and go on."""


class DocumentError(Exception):
    """A document that cannot be read: binary, empty, undecodable or missing."""

    def __init__(self, path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class Warnings(list):
    """The problems met while parsing one document, in order: a rule that threw on one
    figure drops that figure only (see isolate), and the document keeps the rest.

    Each entry is a one-line message that names the line, the stage and the rule (the
    innermost tradeflows function the exception came from); build prints them with the
    file's name and counts them in documents.parquet."""

    def isolate(self, stage: str, line: int | None, fn, *args, default=None):
        """fn(*args), or `default` with a warning when it raises an Exception."""
        try:
            return fn(*args)
        except Exception as exc:  # noqa: BLE001 - one figure's fault must not fail its document
            self.append(describe(exc, stage, line))
            return default


_PACKAGE = __file__.rsplit("/", 1)[0].rsplit("\\", 1)[0]


def describe(exc: BaseException, stage: str, line: int | None = None) -> str:
    """'line 12: extract rule _scale_at: KeyError: 'kn'': where and what, on one line."""
    rule = stage
    tb = exc.__traceback__
    while tb is not None:  # the innermost frame in our own code (but this module) names the rule
        path = tb.tb_frame.f_code.co_filename
        if path.startswith(_PACKAGE) and path != __file__:
            rule = tb.tb_frame.f_code.co_name
        tb = tb.tb_next
    where = f"line {line}: " if line is not None else ""
    what = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
    return f"{where}{stage} rule {rule}: {what}"
