"""Benchmarks: run only by `make bench`, never by `make test`.

`make test` collects test_*.py; the benchmarks live in bench_*.py and are collected by

    .venv/bin/python -m pytest tests/benchmarks -o python_files='bench_*.py' -p no:randomly --benchmark-enable -s -q

Each bench test records its numbers in a session-wide dict; when all of them ran, the end of the
session renders docs/PERFORMANCE.md (tests/benchmarks/report.py) and prints the summary table.
A run of only some of them (`-k procedure`) merges its numbers into docs/performance-results.json
and updates their sections of the page (report.update).
"""

from __future__ import annotations

import pytest

from tests.benchmarks import _harness, report

RESULTS: dict = {}
_written: list[str] = []


@pytest.fixture(scope="session")
def sandbox():
    box = _harness.Sandbox()
    yield box
    box.cleanup()


@pytest.fixture(scope="session")
def perf_results():
    yield RESULTS
    if all(metric in RESULTS for metric in report.METRICS):
        _written.append(str(report.write(RESULTS)))
    elif RESULTS:
        path = report.update(RESULTS)
        if path is not None:
            _written.append(f"{path} (updated: {', '.join(m for m in report.METRICS if m in RESULTS)})")


def pytest_terminal_summary(terminalreporter) -> None:
    if not RESULTS:
        return
    terminalreporter.section("kiosk performance (kiosk vs bare PySide6 window)")
    for row in report.summary_rows(RESULTS):
        terminalreporter.write_line(row)
    if _written:
        terminalreporter.write_line(f"wrote {_written[0]}")
    else:
        terminalreporter.write_line("docs/PERFORMANCE.md not written: not every benchmark ran, "
                                    "and there is no page to update")
