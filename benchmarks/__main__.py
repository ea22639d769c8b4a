"""``python -m benchmarks [--quick] [NAME ...]``: run the benchmarks (see run_all.py)."""

from benchmarks.run_all import main

if __name__ == "__main__":
    raise SystemExit(main())
