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
    run: object = None        # the module's __spec__ when decorated: importlib.reload makes a new one

    @property
    def owner(self):
        """The app the callback belongs to: its ``app=``, else the first app that claimed it, else None."""
        return self.app if self.app is not None else (self.claimed_by[0] if self.claimed_by else None)

    def where(self) -> str:
        """``file:line`` of the callback's ``def`` (the file alone when the line is unknown)."""
        line = getattr(getattr(self.func, "__code__", None), "co_firstlineno", None)
        return f"{self.file}:{line}" if line else self.file


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
    import linecache
    src = linecache.getline(file, line) if code else ""
    if src.lstrip().startswith("@"):    # point at the `def` line, below the decorators
        for k in range(line + 1, line + 200):
            text = linecache.getline(file, k)
            if not text:
                break
            if text.lstrip().startswith(("def ", "async def ")):
                line, src = k, text
                break
    col = len(src) - len(src.lstrip()) + 1 if src.strip() else 1
    return TranspileError([Diagnostic(file, line, col, message, hint, src.rstrip("\r\n"))])


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


def _replaces(old: Entry, func, file: str, app) -> bool:
    """Whether a new callback with the name of ``old`` replaces it rather than clashing with it.

    The same function (file and qualified name) defined again by a new run of its module (``py2cs build``
    importing the app, ``importlib.reload``) replaces the old one; so does an app factory that defines it
    again for a new app. Two ``def``s of one name in one run of a module are two different callbacks: the
    page can hold only one function under that name, so they clash."""
    if old.file != file or getattr(old.func, "__qualname__", None) != func.__qualname__:
        return False
    glob = getattr(func, "__globals__", None)
    if getattr(old.func, "__globals__", None) is not glob or old.run is not _run_of(func):
        return True                                   # a new run of the module (import again, reload)
    return "<locals>" in func.__qualname__ and old.app is not app


def _run_of(func):
    return (getattr(func, "__globals__", None) or {}).get("__spec__")


def _same_folder(a, b) -> bool:
    """Two apps writing their modules into the same assets folder."""
    try:
        return os.path.realpath(a.config.assets_folder) == os.path.realpath(b.config.assets_folder)
    except Exception:  # noqa: BLE001 - not a Dash app with a config: no shared folder known
        return False


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
            js = compiler.render("function.js.j2", body=unit.indented(), name=cb.jsname)   # _indent(unit.body_js)
        except TranspileError as e:
            if not _DEFER_ERRORS:
                raise e.with_traceback(None) from None
            error = e
        file = os.path.realpath(func.__code__.co_filename)
        with _LOCK:
            for old in list(_REGISTRY):
                if old.namespace == ns and old.function_name == name:
                    if _replaces(old, func, file, app):
                        _REGISTRY.remove(old)     # the module was imported again (or an app factory ran again)
                    elif old.app is app or old.app is None or app is None or _same_folder(old.app, app):
                        raise _user_error(func, f"a clientside callback named {name!r} already exists in namespace "
                                                f"{ns!r} ({old.where()}); the page could only run one of them",
                                          "rename one of the functions or pass namespace=")
            entry = Entry(func, ns, name, options, app, file, next(_SEQ), error, run=_run_of(func))
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
            owner = e.owner
            if owner is app or owner is None:
                if owner is None:          # a callback without app=: the first app that asks claims it
                    e.claimed_by.append(app)
                out.append(e)
        return out


def entries_for_folder(app) -> list[Entry]:
    """What ``py2cs build`` puts in ``app``'s assets folder: the callbacks of ``app`` and of every other app
    that writes into the same folder (two apps sharing a folder must not overwrite each other's modules)."""
    own = entries_for_app(app)
    with _LOCK:
        ids = {id(e) for e in own}
        out = []
        for e in _REGISTRY:
            owner = e.owner
            if id(e) in ids or (owner is not None and owner is not app and _same_folder(owner, app)):
                out.append(e)
        return out


def write_assets_for_app(app) -> list[str]:
    """Bring the generated modules of ``app`` up to date in its assets folder (no removals)."""
    from . import build
    entries = [e for e in entries_for_folder(app) if e.error is None]
    if not entries:
        return []
    modules = build.render_modules(entries)
    return build.write_modules(modules, app.config.assets_folder, remove_stale=False).written


_REPORTED: set = set()


def _write_or_report(app):
    """Write ``app``'s modules; on failure log one clear message (no traceback) and return it."""
    from . import build
    try:
        write_assets_for_app(app)
        return None
    except (build.BuildError, OSError) as e:
        detail = str(e) if isinstance(e, build.BuildError) else build.os_error_text(e)
        msg = (f"py2cs: cannot bring the clientside modules up to date in {app.config.assets_folder}: {detail}. "
               "The page would run missing or stale JavaScript, so py2cs answers every request with this error. "
               "Fix the cause, or generate the modules ahead of time with `py2cs build APP.py` and ship them.")
    if msg not in _REPORTED:
        _REPORTED.add(msg)
        import logging
        logging.getLogger("py2cs").error(msg)
    return msg


def _error_response(msg):
    try:
        import flask
        return flask.Response(msg + "\n", status=500, mimetype="text/plain")
    except Exception:  # noqa: BLE001 - not a Flask app
        raise RuntimeError(msg) from None


def _hook_app(app):
    """Apps created before py2cs was imported captured the unhooked ``_setup_server`` as a before-request
    function; put a writer in front of it (Flask), or write right away (other backends)."""
    if getattr(app, "_py2cs_hooked", False) or app._got_first_request.get("setup_server"):
        if app._got_first_request.get("setup_server") and not _DEFER_ERRORS:
            _write_or_report(app)            # too late for Dash to include it, but keep the file fresh
        return
    app._py2cs_hooked = True
    funcs = getattr(app.server, "before_request_funcs", None)
    if isinstance(funcs, dict):
        def _py2cs_write_assets():
            if not app._got_first_request.get("setup_server"):
                msg = _write_or_report(app)
                if msg is not None:
                    return _error_response(msg)
            return None
        funcs.setdefault(None, []).insert(0, _py2cs_write_assets)
    else:  # pragma: no cover - non-Flask backends: write now (again at each decoration)
        app._py2cs_hooked = False
        if not _DEFER_ERRORS:
            _write_or_report(app)


def _install_setup_hook():
    import dash
    cls = dash.Dash
    if getattr(cls._setup_server, "_py2cs_hook", False):
        return
    original = cls._setup_server

    def _setup_server(self, *args, **kwargs):
        if not self._got_first_request.get("setup_server"):
            msg = _write_or_report(self)
            if msg is not None:
                return _error_response(msg)
        return original(self, *args, **kwargs)

    _setup_server._py2cs_hook = True
    _setup_server.__wrapped__ = original
    cls._setup_server = _setup_server
