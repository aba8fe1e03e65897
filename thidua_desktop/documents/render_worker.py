"""Render and check user-editable templates in a separate process with time and memory limits.

A sandboxed Jinja template can still ask for `{{ 'x' * 10**9 }}`: the sandbox does not stop
it, so the work runs in a child process (multiprocessing "spawn", the only start method on
Windows) that is killed when it overruns. One child is kept warm and reused between
documents; a killed or crashed child is replaced on the next call.
"""

from __future__ import annotations

import multiprocessing
import threading
import traceback
from pathlib import Path
from typing import Any

from thidua_desktop.documents.errors import RenderTimeout, TemplateProblem

DEFAULT_TIMEOUT_S = 20.0
DEFAULT_MEMORY_MB = 1536


def limit_memory(megabytes: int) -> None:
    """Cap this (child) process's address space; on Windows, where there are no rlimits, the
    caller's other bounds (timeout, checks before reading) still apply."""
    try:
        import resource
    except ImportError:  # Windows
        return
    limit = megabytes * 1024 * 1024
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _run(job: tuple[Any, ...]) -> Any:
    """Do one job in the child: ("render", template, context, out, name) → the output path;
    ("check", template, context, required, name) → a PreflightReport."""
    op, template, context, extra, name = job
    if op == "check":
        from thidua_desktop.documents.preflight import preflight

        return preflight(template, context, extra, name)
    from thidua_desktop.documents.docx import render_docx

    return str(render_docx(template, context, extra, name))


def _serve(conn, memory_mb: int) -> None:  # type: ignore[no-untyped-def]
    """Child process loop: receive a job, answer ("ok", result) or ("problem", message, where)."""
    limit_memory(memory_mb)
    from thidua_desktop.documents.errors import runtime_in_words

    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        label = job[4] or Path(job[1]).name
        try:
            conn.send(("ok", _run(job)))
        except TemplateProblem as exc:
            conn.send(("problem", exc.message, exc.where))
        except MemoryError:
            conn.send(("problem", f"Mẫu “{label}” đòi quá nhiều bộ nhớ nên đã bị dừng.", label))
        except OSError as exc:  # a fault of the machine (full disk …): the parent raises it
            conn.send(("oserror", exc.errno, exc.strerror, label))
        except RecursionError as exc:  # a template's macro calling itself
            conn.send(("problem", f"Mẫu “{label}” {runtime_in_words(exc)}.", label))
        except Exception:  # not the template's doing (render_docx names those): a fault of ours
            conn.send(("fault", traceback.format_exc(), label))


class RenderWorker:
    """A reusable child process that renders .docx templates; thread-safe."""

    def __init__(
        self, timeout_s: float = DEFAULT_TIMEOUT_S, memory_mb: int = DEFAULT_MEMORY_MB
    ) -> None:
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb
        self._lock = threading.Lock()
        self._proc: Any = None
        self._conn: Any = None

    def _ensure(self) -> None:
        if self._proc is not None and self._proc.is_alive():
            return
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_serve, args=(child, self.memory_mb), daemon=True)
        proc.start()
        child.close()
        self._proc, self._conn = proc, parent

    def _kill(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            self._proc.join(5)
        if self._conn is not None:
            self._conn.close()
        self._proc = self._conn = None

    def render(
        self,
        template: str | Path,
        context: dict[str, Any],
        out: str | Path,
        name: str | None = None,
    ) -> Path:
        """Render `template` into `out`; TemplateProblem / RenderTimeout on failure. `name`
        (the document's title) is how every message names the template."""
        return Path(self._call(("render", str(template), context, str(out), name)))

    def check(
        self,
        template: str | Path,
        context: dict[str, Any],
        required: dict[str, str] | None = None,
        name: str | None = None,
    ) -> Any:
        """Preflight `template` in the child (compiling and the preview evaluate it): a
        PreflightReport, whose errors include a timeout or a crash of the check itself."""
        from thidua_desktop.documents.preflight import PreflightReport

        try:
            return self._call(("check", str(template), context, required or {}, name))
        except (TemplateProblem, RenderTimeout) as exc:
            report = PreflightReport(name or Path(template).name)
            report.add("error", str(exc), name or "")
            return report

    def _call(self, job: tuple[Any, ...]) -> Any:
        label = job[4] or Path(job[1]).name
        with self._lock:
            self._ensure()
            try:
                self._conn.send(job)
                if not self._conn.poll(self.timeout_s):
                    self._kill()
                    raise RenderTimeout(
                        f"Mẫu “{label}” chạy quá {self.timeout_s:g} giây nên đã bị dừng (có thể "
                        "mẫu chứa vòng lặp hoặc phép tính quá lớn). Văn bản cũ không bị ghi đè; "
                        "chạy “Kiểm tra mẫu” hoặc khôi phục mẫu mặc định."
                    )
                answer = self._conn.recv()
            except (EOFError, BrokenPipeError, ConnectionResetError) as exc:
                self._kill()
                raise TemplateProblem(
                    f"Tiến trình tạo văn bản từ mẫu “{label}” bị dừng bất thường (có thể do hết "
                    "bộ nhớ). Văn bản cũ không bị ghi đè.",
                    where=label,
                ) from exc
        if answer[0] == "ok":
            return answer[1]
        if answer[0] == "oserror":  # named by the file asked for, not the child's temporary
            target = job[3] if job[0] == "render" else job[1]
            raise OSError(answer[1], answer[2], str(target))
        if answer[0] == "fault":
            raise RuntimeError(f"render worker failed on {label}:\n{answer[1]}")
        raise TemplateProblem(answer[1], where=answer[2])

    def close(self) -> None:
        with self._lock:
            if self._conn is not None and self._proc is not None and self._proc.is_alive():
                try:
                    self._conn.send(None)
                    self._proc.join(2)
                except (BrokenPipeError, OSError):
                    pass
            self._kill()


_shared: RenderWorker | None = None
_shared_lock = threading.Lock()


def shared_worker() -> RenderWorker:
    """The process-wide worker (started on first use)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = RenderWorker()
        return _shared


def render_isolated(
    template: str | Path,
    context: dict[str, Any],
    out: str | Path,
    timeout_s: float | None = None,
    name: str | None = None,
) -> Path:
    """Render in the shared worker (or a one-off one with its own timeout)."""
    if timeout_s is None:
        return shared_worker().render(template, context, out, name)
    worker = RenderWorker(timeout_s=timeout_s)
    try:
        return worker.render(template, context, out, name)
    finally:
        worker.close()


def check_isolated(
    template: str | Path,
    context: dict[str, Any],
    required: dict[str, str] | None = None,
    name: str | None = None,
    timeout_s: float | None = None,
) -> Any:
    """Preflight in the shared worker (or a one-off one with its own timeout): the only way
    the app checks a template, so the GUI process never compiles or renders one."""
    if timeout_s is None:
        return shared_worker().check(template, context, required, name)
    worker = RenderWorker(timeout_s=timeout_s)
    try:
        return worker.check(template, context, required, name)
    finally:
        worker.close()
