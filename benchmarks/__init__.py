"""Speed, scale and memory benchmarks for alliance-graph (not tests; see benchmarks/README.md).

Run them all with ``python -m benchmarks`` or ``python benchmarks/run_all.py`` (``--quick`` for
a smoke run); each script also runs alone.
"""
