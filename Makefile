# Two commands for a new machine: `make demo` and `make test`. Both run the set-up first;
# it is idempotent and returns at once when nothing changed.
.PHONY: setup demo test bench soak screenshots translations lint

setup:
	@bash scripts/setup.sh

demo: setup
	@bash scripts/demo.sh

test: setup
	.venv/bin/python -m pytest -q -p no:randomly

bench: setup
	.venv/bin/python -m pytest tests/benchmarks -o python_files='bench_*.py' -p no:randomly --benchmark-enable -s -q

# The attract loop soak under Xvfb: 30 min of the kiosk, then as long of a bare baseline window, into
# docs/PERFORMANCE.md (section 8). SOAK_MINUTES=2 make soak for a quick check (SOAK_BASELINE_MINUTES
# sets the baseline's length apart). Exits 1 when a goal is missed.
soak: setup
	.venv/bin/python tests/benchmarks/report.py --soak

# Every screen in every language, normal and high contrast, landscape and portrait, under Xvfb.
screenshots: setup
	rm -rf screenshots
	xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" \
	  .venv/bin/santander-kiosk --tour screenshots/landscape
	xvfb-run -a -s "-screen 0 1080x1920x24 -nolisten tcp" \
	  .venv/bin/santander-kiosk --tour screenshots/portrait

# After adding or changing a user-visible string: re-extract, then translate the new entries.
translations: setup
	.venv/bin/python -m ui.i18n_build update
