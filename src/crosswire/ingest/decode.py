"""Bytes to text: size, emptiness and binary checks, then encoding detection (charset-normalizer).

UTF-8 is tried strictly first (most inputs; 0.1 ms); anything else goes to charset-normalizer,
never to a lossy ``errors="replace"`` decode that would hide a wrong guess.
"""

from __future__ import annotations

from pathlib import Path

from charset_normalizer import from_bytes

from ..errors import InputError

_BOMS = {b"\xef\xbb\xbf": "utf-8-sig", b"\xff\xfe": "utf-16", b"\xfe\xff": "utf-16"}
# Control characters that never appear in text (NUL, and C0 codes other than \t \n \f \r and ESC).
_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def read_bytes(path: Path, *, max_bytes: int) -> bytes:
    """The file's bytes; E110 if unreadable, E101 if empty, E104 if larger than ``max_bytes``."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError("E104", path=str(path), size=size, limit=max_bytes)
        data = path.read_bytes()
    except OSError as exc:
        raise InputError("E110", path=str(path), why=exc.strerror or repr(exc)) from exc
    if not data.strip():
        raise InputError("E101", path=str(path))
    return data


def decode(data: bytes, *, path: str) -> tuple[str, str]:
    """``(text, encoding)``; E102 for binary data, E103 when no encoding fits."""
    for bom, name in _BOMS.items():
        if data.startswith(bom):
            return data.decode(name), name
    sample = data[:65536]
    # Over 1% control bytes in the first 64 KiB: an image, archive or PDF, not text (text has ~0).
    controls = sum(sample.count(bytes([b])) for b in _BINARY_BYTES)
    if controls > max(1, len(sample) // 100) or b"\x00" in sample:
        raise InputError("E102", path=path, why=f"{controls} control bytes in the first {len(sample)} bytes")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = _best(data)
    if best is None:
        raise InputError("E103", path=path, tried="utf-8 and charset-normalizer detection")
    return best


# On a tie (same chaos and coherence: common for short texts, where cp1250 and cp1252 read most Latin
# letters alike), prefer windows-1252, the most common legacy encoding of web text (WHATWG maps
# "latin1" labels to it): a French "crème" read as cp1250 becomes "crčme".
_PREFERRED = ("cp1252", "latin_1", "iso8859_15")


def _best(data: bytes) -> tuple[str, str] | None:
    matches = [m for m in from_bytes(data) if m.encoding]
    if not matches:
        return None
    top = min((m.chaos, -m.coherence) for m in matches)
    tied = [m for m in matches if (m.chaos, -m.coherence) == top]
    pick = next((m for name in _PREFERRED for m in tied if m.encoding == name), tied[0])
    return str(pick), pick.encoding


def decode_text(text_or_bytes: str | bytes, *, path: str) -> tuple[str, str | None]:
    """Accept text as is, or decode bytes."""
    if isinstance(text_or_bytes, str):
        return text_or_bytes, None
    return decode(text_or_bytes, path=path)
