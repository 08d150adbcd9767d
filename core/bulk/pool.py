"""The worker processes of a bulk run of a JSONL file with ``--jobs N``: small tasks out
through one shared queue (the first idle worker takes the next), answers back through one
pipe per worker, handed to the caller in task order.

Why not concurrent.futures' ProcessPoolExecutor (CSV and spreadsheet input still use it,
their chunks carry the rows themselves): per chunk it pickles the call, wakes two helper
threads in the parent and pickles the answer again. Here a task is a few numbers (the
worker reads its rows from the file itself, jsonl_chunks.py), a JSONL answer travels as raw
bytes through a pipe widened to hold it whole, so its worker goes straight on to the next
task, and the parent does nothing between answers but wait and write. The tasks are so
small that the parent never blocks sending one (at most ``window`` are out, far less than a
pipe holds), so no helper thread is needed to keep it from waiting on a worker that is
itself waiting for the parent to read its answer.

A worker that raises sends its traceback and stops; one that dies (killed, out of memory)
is seen by its exit; either way the run stops with an error instead of waiting forever.
"""
from __future__ import annotations

import os
import select
import signal
import traceback

PIPE_BYTES = 1 << 20        # a chunk's JSONL answer fits (F_SETPIPE_SZ, Linux; else 64 KB)


class WorkerFailed(RuntimeError):
    """A worker process raised or died; the run cannot finish."""


class WorkerPool:
    """``jobs`` processes of ``context``, each running ``initializer(*initargs)`` once and
    then ``function(*task)`` for the tasks given to ``ordered``. ``function`` returns a
    tuple whose first item is the output of the task: with ``raw``, bytes or a list of
    bytes, sent as they are and given back as one buffer (valid until the next result is
    asked for); else anything picklable."""

    def __init__(self, jobs: int, context, function, initializer, initargs=(), window=8,
                 raw: bool = False):
        self.window = window
        self._tasks = context.SimpleQueue()
        self._readers, self._processes = [], []
        self._buffers: list = []        # free ones, reused: no fresh memory per answer
        self._lent: dict = {}           # task number -> its answer's buffer
        try:
            for _ in range(jobs):
                reader, writer = context.Pipe(duplex=False)
                _widen(writer)
                process = context.Process(target=_serve, daemon=True, args=(
                    self._tasks, writer, function, initializer, initargs, raw))
                process.start()
                writer.close()
                self._readers.append(reader)
                self._processes.append(process)
            self._reader_fds = {reader.fileno() for reader in self._readers}
            self._poll = select.poll()          # registered once, polled per answer
            for fd in [*self._reader_fds, *(p.sentinel for p in self._processes)]:
                self._poll.register(fd, select.POLLIN)
        except BaseException:
            self.terminate()
            raise

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is None:
            self.close()
        else:
            self.terminate()

    def ordered(self, tasks):
        """The results of ``tasks`` (tuples of arguments), in the order of the tasks, with
        at most ``window`` of them handed out and not yet given back."""
        tasks = iter(tasks)
        waiting: dict = {}
        sent = given = 0
        more = True
        while True:
            while more and sent - given < self.window:
                task = next(tasks, None)
                if task is None:
                    more = False
                else:
                    self._tasks.put((sent, task))
                    sent += 1
            if given == sent:
                return
            while given not in waiting:
                self._receive(waiting)
            while given in waiting:
                yield waiting.pop(given)
                lent = self._lent.pop(given, None)
                if lent is not None:
                    self._buffers.append(lent)
                given += 1

    def _receive(self, waiting: dict) -> None:
        """Wait for at least one answer (or a worker's end) and keep what came."""
        ready = {fd for fd, _ in self._poll.poll()}
        for reader in self._readers:
            if reader.fileno() in ready:
                try:
                    number, output, rest, size = reader.recv()
                    if number is None:
                        raise WorkerFailed(f"a bulk worker process failed:\n{output}")
                    if size is not None:
                        output = self._read(reader, number, size)
                    waiting[number] = (output, *rest)
                except EOFError:
                    raise WorkerFailed("a bulk worker process stopped unexpectedly") \
                        from None
        for process in self._processes:
            if process.sentinel in ready and not ready & self._reader_fds:
                process.join()
                raise WorkerFailed("a bulk worker process stopped unexpectedly "
                                   f"(exit code {process.exitcode})")

    def _read(self, reader, number: int, size: int) -> memoryview:
        """The ``size`` bytes of an answer, read from the pipe straight into a buffer."""
        buffer = next((b for b in self._buffers if len(b) >= size), None)
        if buffer is None:
            buffer = bytearray(max(size, PIPE_BYTES))
        else:
            self._buffers.remove(buffer)
        self._lent[number] = buffer
        view = memoryview(buffer)[:size]
        got, fd = 0, reader.fileno()
        while got < size:
            read = os.readv(fd, [view[got:]])
            if not read:
                raise EOFError
            got += read
        return view

    def close(self) -> None:
        """Let the workers finish and wait for them."""
        for _ in self._processes:
            self._tasks.put(None)
        for process in self._processes:
            process.join()
        self._release()

    def terminate(self) -> None:
        """Stop the workers now (an error or an interrupt in the parent)."""
        for process in self._processes:
            process.terminate()
        for process in self._processes:
            process.join()
        self._release()

    def _release(self) -> None:
        for reader in self._readers:
            reader.close()
        self._tasks.close()


def _serve(tasks, answers, function, initializer, initargs, raw: bool) -> None:
    """A worker process: tasks until None. Ctrl-C is the parent's to handle (it stops the
    workers), so a terminal's interrupt does not print a traceback from every worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        initializer(*initargs)
        while (task := tasks.get()) is not None:
            number, arguments = task
            output, *rest = function(*arguments)
            if raw:
                if isinstance(output, bytes):
                    output = [output]
                answers.send((number, None, rest, sum(map(len, output))))
                _write_all(answers.fileno(), output)
            else:
                answers.send((number, output, rest, None))
    except BaseException:       # noqa: BLE001 - said to the parent, which stops the run
        answers.send((None, traceback.format_exc(), (), None))
    finally:
        answers.close()


def _write_all(fd: int, parts: list) -> None:
    """Write ``parts`` one after the other (writev: no joined copy of them first)."""
    for start in range(0, len(parts), 512):
        group = parts[start:start + 512]
        done = os.writev(fd, group)
        if done < sum(map(len, group)):          # a write cut short (a signal): the rest
            rest = memoryview(b"".join(group))[done:]
            while rest:
                rest = rest[os.write(fd, rest):]


def _widen(connection) -> None:
    """Make the pipe hold PIPE_BYTES where the system allows it (Linux), so a worker
    writes a chunk's answer in one go."""
    try:
        import fcntl
        fcntl.fcntl(connection.fileno(), getattr(fcntl, "F_SETPIPE_SZ", 1031), PIPE_BYTES)
    except (ImportError, OSError):
        pass
