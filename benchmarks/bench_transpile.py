"""Transpile time per corpus callback, in process: py2cs vs PScript (when installed).

Kept for compatibility; the same as ``python3 -m benchmarks --only transpile`` (see benchmarks/run.py).

Usage: python benchmarks/bench_transpile.py [--quick]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from run import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(["--only", "transpile"] + sys.argv[1:]))
