"""``@py2cs.clientside``: a Dash callback written in Python, run in the browser.

    @py2cs.clientside(Output("out", "children"), Input("inp", "value"), app=app)
    def shout(value):
        return (value or "").upper() + "!"

The function is transpiled when it is decorated (``TranspileError`` points at the user's file and
line), registered with Dash as ``ClientsideFunction(namespace, function_name)`` and returned
unchanged (still callable from Python) with the attributes ``namespace``, ``function_name`` and
``js``. The JavaScript module of each namespace is written into the app's assets folder before Dash
scans it (``Dash._setup_server``), or ahead of time with ``py2cs build APP.py``.
"""
from __future__ import annotations

import inspect
import itertools
import os
import re
import sys
import threading
from dataclasses import dataclass, field

from . import compiler
from .errors import Diagnostic, TranspileError

# Keywords Dash accepts for clientside callbacks and actually honours.
FORWARDED = {"output", "inputs", "state", "prevent_initial_call", "hidden"}
# Keywords dash.callback knows but register_clientside_callback silently drops (facts doc §1).
DROPPED = {
    "running": "Dash applies running= only to server-side callbacks",
    "background": "background callbacks run on the server",
    "progress": "progress= belongs to background callbacks",
    "progress_default": "progress_default= belongs to background callbacks",
    "cancel": "cancel= belongs to background callbacks",
    "manager": "manager= belongs to background callbacks",
    "interval": "interval= belongs to background callbacks",
    "cache_args_to_ignore": "cache_args_to_ignore= belongs to background callbacks",
    "cache_ignore_triggered": "cache_ignore_triggered= belongs to background callbacks",
    "optional": "Dash ignores optional= for clientside callbacks; use Input(..., allow_optional=True)",
    "websocket": "websocket callbacks run on the server",
    "persistent": "persistent= belongs to websocket callbacks",
    "on_error": "on_error= is only called for server-side callbacks; use try/except in the function",
    "api_endpoint": "api_endpoint= exposes a server-side function",
    "long": "long callbacks run on the server",
}


@dataclass
class Entry:
    func: object
    namespace: str
    function_name: str
    options: dict
    app: object
    file: str
    seq: int
    error: TranspileError | None = None
    claimed_by: list = field(default_factory=list)


_REGISTRY: list[Entry] = []
_SEQ = itertools.count(1)
_LOCK = threading.RLock()
# Set by the build: record transpile errors instead of raising them, so all are reported at once.
_DEFER_ERRORS = False


def registry() -> list[Entry]:
    return list(_REGISTRY)


def _real_module_name(func) -> str:
    name = getattr(func, "__module__", None) or "__main__"
    if name == "__main__":
        mod = sys.modules.get("__main__")
        spec = getattr(mod, "__spec__", None)
        if spec is not None and spec.name and spec.name != "__main__":
            # python -m pkg.app: the last component is the file stem, as for `py2cs build`
            return spec.name.rpartition(".")[2]
        filename = getattr(getattr(func, "__code__", None), "co_filename", None) or getattr(mod, "__file__", None)
        if filename:
            return os.path.splitext(os.path.basename(filename))[0]
    return name


def default_namespace(func) -> str:
    return "py2cs_" + re.sub(r"[^0-9A-Za-z_]", "_", _real_module_name(func))


def _user_error(func, message: str, hint: str = "") -> TranspileError:
    code = getattr(func, "__code__", None)
    file = code.co_filename if code else "<unknown>"
    line = code.co_firstlineno if code else 1
    return TranspileError([Diagnostic(file, line, 1, message, hint)])


def _is_list_output(output) -> bool:
    """An Output whose id has an ALL or ALLSMALLER wildcard: the callback returns a list for it."""
    from dash.dependencies import ALL, ALLSMALLER
    cid = getattr(output, "component_id", None)
    return isinstance(cid, dict) and any(v is ALL or v is ALLSMALLER for v in cid.values())


def _outputs_info(dependencies, kwargs):
    """(n_outputs, wildcard flags, n_args): n_outputs None for a single Output; one flag per Output."""
    from dash.dependencies import handle_callback_args
    outputs, inputs, states, _ = handle_callback_args(list(dependencies), dict(kwargs))
    if isinstance(outputs, (list, tuple)):
        return len(outputs), [_is_list_output(o) for o in outputs], len(inputs) + len(states)
    return None, [_is_list_output(outputs)], len(inputs) + len(states)


def _n_outputs(dependencies, kwargs):
    n, _, n_args = _outputs_info(dependencies, kwargs)
    return n, n_args


def _check_arity(func, n_args: int):
    try:
        sig = inspect.signature(func)
    except (TypeError, ValueError):  # pragma: no cover
        return
    try:
        sig.bind(*([None] * n_args))
    except TypeError:
        raise _user_error(func, f"the callback {func.__name__}() has Inputs and States for {n_args} argument"
                                f"{'s' if n_args != 1 else ''}, but its parameters do not accept that many",
                          "give the function one parameter per Input and State, in order") from None


def clientside(*dependencies, app=None, namespace=None, examples=None, **dash_kwargs):
    """Decorator mirroring ``dash.callback`` for a clientside callback written in Python."""
    for key in dash_kwargs:
        if key in DROPPED:
            raise TypeError(f"py2cs.clientside: {key}= is not supported for clientside callbacks "
                            f"(Dash would silently ignore it): {DROPPED[key]}")
        if key not in FORWARDED:
            raise TypeError(f"py2cs.clientside: unknown keyword argument {key}= (Dash would silently ignore it); "
                            f"supported: {', '.join(sorted(FORWARDED))}, app, namespace, examples")
    if namespace is not None:
        if not isinstance(namespace, str) or not namespace:
            raise TypeError("py2cs.clientside: namespace= must be a non-empty string")
        if namespace.startswith("_dashprivate_") or namespace in ("no_update", "PreventUpdate"):
            raise ValueError(f"py2cs.clientside: namespace {namespace!r} is reserved by Dash")
    n_outputs, wildcard_outputs, n_args = _outputs_info(dependencies, dash_kwargs)

    _install_setup_hook()   # here, not at import: importing py2cs must not import Dash

    def decorate(func):
        if not inspect.isfunction(func):
            raise TypeError("py2cs.clientside must decorate a function defined with def")
        ns = namespace or default_namespace(func)
        name = func.__name__
        if name in ("PreventUpdate", "no_update"):
            raise _user_error(func, f"the name {name!r} is reserved by Dash", "rename the function")
        _check_arity(func, n_args)
        options = {"n_outputs": n_outputs}
        if any(wildcard_outputs):     # ALL/ALLSMALLER Outputs: the returned lists are checked as Dash's server does
            options["wildcard_outputs"] = wildcard_outputs
        error = None
        js = None
        try:
            cb = compiler.callback_for(func, options, name)
            unit = compiler.compile_unit([cb])
            js = compiler.render("function.js.j2", body=compiler._indent(unit.body_js), name=cb.jsname)
        except TranspileError as e:
            if not _DEFER_ERRORS:
                raise e.with_traceback(None) from None
            error = e
        file = os.path.realpath(func.__code__.co_filename)
        with _LOCK:
            for old in list(_REGISTRY):
                if old.namespace == ns and old.function_name == name:
                    if old.file == file and getattr(old.func, "__qualname__", None) == func.__qualname__:
                        _REGISTRY.remove(old)     # the module was imported again: replace
                    elif old.app is app or old.app is None or app is None:
                        raise _user_error(func, f"a clientside callback named {name!r} already exists in namespace "
                                                f"{ns!r} ({old.file})",
                                          "rename one of the functions or pass namespace=")
            entry = Entry(func, ns, name, options, app, file, next(_SEQ), error)
            _REGISTRY.append(entry)
        from dash.dependencies import ClientsideFunction
        target = app.clientside_callback if app is not None else __import__("dash").clientside_callback
        target(ClientsideFunction(ns, name), *dependencies, **dash_kwargs)
        if app is not None:
            _hook_app(app)
        func.namespace = ns
        func.function_name = name
        func.js = js
        func.examples = examples
        return func

    return decorate


# ---------------------------------------------------------------- running without a build step

def entries_for_app(app) -> list[Entry]:
    """Callbacks served by ``app``: registered with it, or global ones (Dash gives those to the first app set up)."""
    with _LOCK:
        out = []
        for e in _REGISTRY:
            if e.app is app or (e.app is None and (not e.claimed_by or e.claimed_by[0] is app)):
                if e.app is None and not e.claimed_by:
                    e.claimed_by.append(app)
                out.append(e)
        return out


def write_assets_for_app(app) -> list[str]:
    """Bring the generated modules of ``app`` up to date in its assets folder (no removals)."""
    from . import build
    entries = [e for e in entries_for_app(app) if e.error is None]
    if not entries:
        return []
    modules = build.render_modules(entries)
    return build.write_modules(modules, app.config.assets_folder, remove_stale=False).written


def _hook_app(app):
    """Apps created before py2cs was imported captured the unhooked ``_setup_server`` as a before-request
    function; put a writer in front of it (Flask), or write right away (other backends)."""
    if getattr(app, "_py2cs_hooked", False) or app._got_first_request.get("setup_server"):
        if app._got_first_request.get("setup_server") and not _DEFER_ERRORS:
            write_assets_for_app(app)        # too late for Dash to include it, but keep the file fresh
        return
    app._py2cs_hooked = True
    funcs = getattr(app.server, "before_request_funcs", None)
    if isinstance(funcs, dict):
        def _py2cs_write_assets():
            if not app._got_first_request.get("setup_server"):
                write_assets_for_app(app)
        funcs.setdefault(None, []).insert(0, _py2cs_write_assets)
    else:  # pragma: no cover - non-Flask backends
        app._py2cs_hooked = False


def _install_setup_hook():
    import dash
    cls = dash.Dash
    if getattr(cls._setup_server, "_py2cs_hook", False):
        return
    original = cls._setup_server

    def _setup_server(self, *args, **kwargs):
        if not self._got_first_request.get("setup_server"):
            write_assets_for_app(self)
        return original(self, *args, **kwargs)

    _setup_server._py2cs_hook = True
    _setup_server.__wrapped__ = original
    cls._setup_server = _setup_server
