"""Equivalence check: the shipped JavaScript of each callback against its Python original.

``py2cs check APP.py`` (see ``runner.check_app``) and ``py2cs.testing.assert_equivalent`` use this
package: ``harness`` (QuickJS page imitating dash-renderer, Python side with a faked callback context),
``strategies`` (hypothesis inputs from type hints and the layout), ``runner`` (examples, generation,
shrinking), ``report`` (text), ``compare`` (JSON-round-trip equality).
"""
from .compare import browser_json, same_json
from .runner import AppReport, CallbackResult, CheckError, Checker, check_app

__all__ = ["check_app", "Checker", "AppReport", "CallbackResult", "CheckError", "same_json", "browser_json"]
