"""py2cs: write Plotly Dash clientside callbacks in Python.

    import py2cs
    js = py2cs.transpile(my_function)      # JS function expression with Python semantics

See README.md and docs/.
"""
from .compiler import transpile, transpile_source
from .decorator import clientside
from .errors import Diagnostic, TranspileError

__all__ = ["clientside", "transpile", "transpile_source", "TranspileError", "Diagnostic"]
__version__ = "0.1.0"
