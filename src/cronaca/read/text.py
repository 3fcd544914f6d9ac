"""Plain text: bytes in any common encoding to str, refusing empty and binary input."""
from __future__ import annotations

from charset_normalizer import from_bytes

from cronaca.document import Document, Source
from cronaca.read import ReadError

MAX_TEXT_BYTES = 5_000_000


def decode(data: bytes) -> str:
    """UTF-8 when it is, else the encoding charset-normalizer finds; never a crash."""
    if not data.strip():
        raise ReadError("empty input")
    if b"\x00" in data[:8192]:
        raise ReadError("binary data (NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _western(data)
    if text is None:
        best = from_bytes(data[:200_000]).best()
        if best is None:
            raise ReadError("not decodable as text in any known encoding")
        text = data.decode(best.encoding, errors="replace")
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 8192):
        raise ReadError("binary data (control characters), not text")
    return text


def _western(data: bytes) -> str | None:
    """cp1252 when it reads as Western text (mostly ASCII letters, a few accents), else None.

    Statistical detectors guess wrongly on short Western texts (cp1250 for Italian); a text in
    another script misread as cp1252 is almost all non-ASCII letters, so the ratio tells them apart.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return None
    accented = sum(1 for ch in letters if ord(ch) > 127)
    return text if accented / len(letters) < 0.15 else None


def read_text(data: bytes | str, record: str, uri: str | None = None) -> Document:
    if isinstance(data, bytes):
        if len(data) > MAX_TEXT_BYTES:
            raise ReadError(f"too large: {len(data) / 1e6:.1f} MB of text "
                            f"(limit {MAX_TEXT_BYTES / 1e6:.0f} MB)")
        data = decode(data)
    if not data.strip():
        raise ReadError("empty input")
    title = None
    return Document(raw=data, source=Source(uri=uri, format="text"), title=title, record=record)
