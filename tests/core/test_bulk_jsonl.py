"""Bulk evaluation of JSONL by byte ranges (issue 15, speed): the chunks of a file hold the
rows the text-mode reader finds, numbered the same, whatever the line ends, blank lines,
BOM or chunk size; the worker pool gives answers in order and stops on a worker's failure;
one job and two jobs write the same bytes."""
from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dealer_rules.core.bulk import jsonl_chunks
from dealer_rules.core.bulk.pool import WorkerFailed, WorkerPool
from dealer_rules.core.bulk.rows_in import InputFile

AT = "2026-11-27T10:00:00+08:00"
MEMBER = json.dumps({"customer": {"id": "C-1", "car_purchases": [{"purchased_on": "2024-05-01"}]},
                     "order": {"kind": "maintenance", "labour_amount": "1200.00"}})

# lines as they may come from other systems: blank ones, spaces, a Unicode space (blank to
# str.strip()), bad JSON, a list, a line that ends without its closing brace, non-ASCII
LINES = [MEMBER, "", "   \t", MEMBER, "\u3000", "{not json", "[1, 2]", "  " + MEMBER,
         '{"a": 1', "\x1c\u00a0", json.dumps({"customer": {"id": "été"}}, ensure_ascii=False),
         MEMBER]


def odd_files(folder: Path) -> list[Path]:
    """The same lines with every kind of line end, a BOM, and no end on the last line."""
    text = [line.encode("utf-8") for line in LINES]
    files = {"lf.jsonl": b"\n".join(text) + b"\n\n",
             "crlf-bom.jsonl": jsonl_chunks.BOM + b"\r\n".join(text),
             "cr.jsonl": b"\r".join(text[:6]) + b"\n" + b"\n".join(text[6:]),
             "mixed.jsonl": b"\r\n".join(text[:4]) + b"\n" + b"\r".join(text[4:]) + b"\r\n"}
    paths = []
    for name, data in files.items():
        (folder / name).write_bytes(data)
        paths.append(folder / name)
    return paths


def as_text_reader_reads(path: Path) -> list[str]:
    source = InputFile(path)
    try:
        return list(source.rows())
    finally:
        source.close()


@pytest.mark.parametrize("size", [1, 7, 64, 200, 1 << 20])
@pytest.mark.parametrize("jobs", [1, 2])
def test_chunks_hold_the_rows_the_text_reader_finds(tmp_path, size, jobs):
    for path in odd_files(tmp_path):
        expected = as_text_reader_reads(path)
        rows, number = [], 1
        for chunk in jsonl_chunks.chunks(path, jobs, size=size):
            assert chunk.first == number
            with open(path, "rb") as raw:       # what a worker reads by offset
                raw.seek(chunk.offset)
                assert raw.read(chunk.length) == chunk.data
            found = jsonl_chunks.rows_of(chunk.data)
            assert len(found) == chunk.rows == jsonl_chunks.count_rows(chunk.data)
            rows += found
            number += chunk.rows
        assert [jsonl_chunks.as_text(row) for row in rows] == expected, path.name


def test_counting_rows_without_making_them(tmp_path):
    assert jsonl_chunks.count_rows(b"") == 0
    assert jsonl_chunks.count_rows(b"{}\n{}\n") == 2
    assert jsonl_chunks.count_rows(b"{}\r\n{}") == 2
    assert jsonl_chunks.count_rows(b"{}\n\n{}\n") == 2
    assert jsonl_chunks.count_rows(b"{}\r{}\n") == 2              # a lone CR ends a line
    assert jsonl_chunks.count_rows(b"{}\n \n\xe3\x80\x80\n x\n") == 2
    assert jsonl_chunks.count_rows(b"{\xff}\n") == 1              # not UTF-8: a (bad) row


def test_a_line_longer_than_a_chunk_is_read_whole(tmp_path):
    path = tmp_path / "long.jsonl"
    long = json.dumps({"customer": {"id": "x" * 5000}})
    path.write_text(f"{MEMBER}\n{long}\n{MEMBER}\n", encoding="utf-8")
    found = [row for chunk in jsonl_chunks.chunks(path, size=100)
             for row in jsonl_chunks.rows_of(chunk.data)]
    assert [json.loads(row) for row in found] == [json.loads(MEMBER), json.loads(long),
                                                   json.loads(MEMBER)]


def _cli(*args):
    exe = shutil.which("dealer-rules", path=os.path.dirname(sys.executable))
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=300)


def test_one_and_two_jobs_write_the_same_bytes_for_odd_files(tmp_path):
    """Line ends, blank lines, a BOM and bad rows: -j 1 and -j 2 agree byte for byte, and
    the rows are numbered as the text reader counts them; a bad row's error reads as it did
    when the file was read as text (its position counts a CRLF as one character)."""
    for path in odd_files(tmp_path):
        outputs = {}
        for jobs in ("1", "2"):
            out = tmp_path / f"{path.stem}-{jobs}.jsonl"
            done = _cli("evaluate", "-g", "default", "-d", "tiers", "--at", AT,
                        "--input", str(path), "--output", str(out), "--jobs", jobs)
            assert done.returncode == 0, done.stderr
            outputs[jobs] = out.read_bytes()
        assert outputs["1"] == outputs["2"], path.name
        rows = [json.loads(line) for line in outputs["1"].splitlines()]
        assert [r["row"] for r in rows] == list(range(1, len(as_text_reader_reads(path)) + 1))
        errors = {r["row"]: r["error"] for r in rows if not r["ok"]}
        assert sorted(errors) == [3, 4, 6]
        assert errors[3].startswith("not valid JSON: unexpected character")
        assert errors[6] == "not valid JSON: unexpected end of data: line 2 column 1 (char 8)"


def test_a_line_that_is_not_utf8_is_that_row_s_error(tmp_path):
    """Read as text, such a file stopped the whole run; now the row says why."""
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(MEMBER.encode() + b'\n{"customer": {"id": "\xe9t\xe9"}}\n' +
                     MEMBER.encode() + b"\n")
    out = tmp_path / "out.jsonl"
    done = _cli("evaluate", "-g", "default", "-d", "tiers", "--at", AT, "--input", str(path),
                "--output", str(out), "-j", "1")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["ok"] for r in rows] == [True, False, True]
    assert rows[1]["error"].startswith("not valid JSON: ") and "UTF-8" in rows[1]["error"]
    assert "3 rows: 2 ok, 1 with errors" in done.stderr


def _numbered(first, count):
    return [b"%d\n" % n for n in range(first, first + count)], count


def _stop_at_seven(first, count):
    if first == 7:
        os._exit(3)
    return _numbered(first, count)


def _raise_at_seven(first, count):
    if first == 7:
        raise ValueError("seven")
    return [first], count


def _ready():
    pass


@pytest.mark.parametrize("jobs", [1, 3])
def test_the_pool_gives_answers_in_task_order(jobs):
    context = multiprocessing.get_context("fork")
    tasks = [(first, 1 + first % 5) for first in range(0, 200, 5)]
    with WorkerPool(jobs, context, _numbered, _ready, window=4, raw=True) as pool:
        got = [(bytes(block), count) for block, count in pool.ordered(tasks)]
    assert got == [(b"".join(_numbered(*task)[0]), task[1]) for task in tasks]


def test_a_worker_that_dies_or_raises_stops_the_run():
    context = multiprocessing.get_context("fork")
    with pytest.raises(WorkerFailed, match="exit code 3|stopped unexpectedly"):
        with WorkerPool(2, context, _stop_at_seven, _ready, raw=True) as pool:
            list(pool.ordered((first, 1) for first in range(20)))
    with pytest.raises(WorkerFailed, match="ValueError: seven"):
        with WorkerPool(2, context, _raise_at_seven, _ready) as pool:
            list(pool.ordered((first, 1) for first in range(20)))
