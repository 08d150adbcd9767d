"""A JSONL input cut into chunks of whole lines, each known by its place in the file (offset
and length) and the number of its first row, and a chunk cut into its rows.

Why: with ``--jobs N`` a worker reads its own chunk from the file by its offset, so the
parent neither decodes, splits nor sends the rows; it only finds where chunks end and
counts their rows (at C speed: ``bytes.count``, no line objects) so each worker numbers its
rows right. With one job the same chunks are evaluated from the bytes read.

Lines and rows are those of the file read as text, as rows_in.InputFile reads it: lines
end at ``\\n``, ``\\r\\n`` or ``\\r``; a line that is blank to ``str.strip()`` is no row; a
BOM at the start of the file is dropped. The bytes are not decoded first: orjson reads
UTF-8 itself, and a line that is not valid UTF-8 is that row's error, not the run's.

Chunks are about CHUNK_BYTES long; with more than one job they get smaller towards the end
of the file, so the workers finish together instead of one waiting for the other's last
large chunk.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

BOM = b"\xef\xbb\xbf"
CHUNK_BYTES = 128 * 1024        # ~200 rows of a few hundred bytes: ~20 ms of evaluation
MIN_CHUNK_BYTES = 8 * 1024
_UNICODE_SPACE_LEAD = frozenset(b"\x1c\x1d\x1e\x1f") | frozenset(range(0x80, 0x100))


@dataclass(frozen=True)
class Chunk:
    """Whole lines of the file: ``rows`` rows numbered from ``first``; ``data`` the bytes."""
    first: int
    offset: int
    length: int
    rows: int
    data: bytes


def chunks(path, jobs: int = 1, size: int = CHUNK_BYTES):
    """The chunks of the JSONL file at ``path``, in file order (chunks without a row are
    left out), of about ``size`` bytes. The file is read as it goes, one chunk at a time."""
    with open(path, "rb") as file:
        fd = file.fileno()
        end = os.fstat(fd).st_size
        offset = len(BOM) if os.pread(fd, len(BOM), 0) == BOM else 0
        first = 1
        while offset < end:
            data = _whole_lines(fd, offset, end, _chunk_bytes(end - offset, jobs, size))
            if not data:
                break
            rows = count_rows(data)
            if rows:
                yield Chunk(first, offset, len(data), rows, data)
            offset += len(data)
            first += rows


def _chunk_bytes(remaining: int, jobs: int, size: int) -> int:
    """``size``, or with several jobs less near the end: about an eighth of each job's
    share of what is left (not under MIN_CHUNK_BYTES unless ``size`` is)."""
    if jobs == 1:
        return size
    return max(min(size, MIN_CHUNK_BYTES), min(size, remaining // (jobs * 8)))


def _whole_lines(fd, offset: int, end: int, want: int) -> bytes:
    """About ``want`` bytes from ``offset``, ending after a line end (or at ``end``, the
    end of the file); a line longer than that is read whole."""
    data = os.pread(fd, want, offset)
    while data and offset + len(data) < end:
        cut = max(data.rfind(b"\n"), data.rfind(b"\r")) + 1
        if cut:
            return data[:cut]
        more = os.pread(fd, len(data), offset + len(data))
        if not more:
            break
        data += more
    return data


def count_rows(data: bytes) -> int:
    """How many rows ``rows_of(data)`` gives, without making them when every line starts
    with ``{`` (the usual file): then it is the number of lines."""
    if not data:
        return 0
    newlines = data.count(b"\n")
    ends = data.endswith(b"\n")
    if data[:1] == b"{" and data.count(b"\n{") == newlines - ends and (
            b"\r" not in data or data.count(b"\r") == data.count(b"\r\n")):
        return newlines + (not ends)
    return len(rows_of(data))


def rows_of(data: bytes) -> list[bytes]:
    """The rows of a chunk: its lines that are not blank, each with its line end."""
    return [line for line in data.splitlines(keepends=True)
            if line[:1] == b"{" or not blank(line)]


def blank(line: bytes) -> bool:
    """Whether the text of ``line`` is blank to ``str.strip()``, as when the file is read
    as text (which also strips a few characters bytes.strip() does not: U+001C-U+001F
    and Unicode spaces). A line that is not UTF-8 is not blank: it is a bad row."""
    stripped = line.strip()
    if not stripped:
        return True
    if stripped[0] not in _UNICODE_SPACE_LEAD:
        return False
    try:
        return not stripped.decode("utf-8").strip()
    except UnicodeDecodeError:
        return False


def as_text(line: bytes) -> str:
    """The line as the text-mode reader gives it (line end ``\\n``), for an error message
    that must read as it always has; raises UnicodeDecodeError if it is not UTF-8."""
    text = line.decode("utf-8")
    if text.endswith("\r\n"):
        return text[:-2] + "\n"
    if text.endswith("\r"):
        return text[:-1] + "\n"
    return text
