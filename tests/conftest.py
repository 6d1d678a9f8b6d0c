import os
import sys

sys.path.insert(0, os.path.dirname(__file__))

# CI runs the hypothesis tests on their fixed (derandomized) examples: a run that lands must not depend on the draw
# (a random draw once produced a regular expression that backtracks exponentially in CPython itself). Locally they
# draw anew each run, which is how they find new cases.
from hypothesis import settings  # noqa: E402

settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
    settings.load_profile("ci")
