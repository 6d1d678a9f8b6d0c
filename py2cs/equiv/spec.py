"""What ``py2cs check`` knows about one callback: its Inputs/States/Outputs, the layout behind them,
whether it reads the callback context, and the payload Dash would build for it.

Dependencies are read back from where Dash registered them (``app._callback_list`` /
``app.callback_map``, or dash's global lists for ``app=None`` callbacks), so the check sees exactly
what the renderer sees.
"""
from __future__ import annotations

import inspect
import json
import typing
from dataclasses import dataclass, field

from dash._utils import stringify_id

WILDCARDS = ("ALL", "MATCH", "ALLSMALLER")


@dataclass
class Dep:
    """One Input, State or Output: ``id`` is a str or a dict whose wildcard values are 'ALL'/'MATCH'/..."""
    id: object
    property: str
    kind: str = "Input"            # Input, State, Output

    @property
    def wildcard(self) -> str | None:
        if isinstance(self.id, dict):
            for v in self.id.values():
                if v in WILDCARDS:
                    return v
        return None

    @property
    def multi(self) -> bool:        # the value is a list (one entry per matching component)
        return self.wildcard in ("ALL", "ALLSMALLER")

    def label(self) -> str:
        if isinstance(self.id, dict):
            return json.dumps(self.id, sort_keys=True, separators=(",", ":")) + "." + self.property
        return f"{self.id}.{self.property}"


@dataclass
class CallbackSpec:
    func: object
    name: str                     # the Python function name
    namespace: str
    function_name: str
    file: str
    inputs: list
    states: list
    outputs: list
    multi_output: bool            # Output list given (the function returns one value per output)
    no_output: bool
    prevent_initial_call: bool
    reads_ctx: bool
    uses_js: bool
    layout: dict = field(default_factory=dict)     # stringified concrete id -> component
    hints: dict = field(default_factory=dict)      # argument index -> type hint
    examples: list = field(default_factory=list)
    uses_grouping: bool = True                      # reads ctx.args_grouping (costly to fake: only then)

    @property
    def deps(self) -> list:
        return self.inputs + self.states

    @property
    def qualname(self) -> str:
        return f"{self.namespace}.{self.function_name}"


def _parse_id(raw):
    if isinstance(raw, str) and raw.startswith("{"):
        try:
            d = json.loads(raw)
        except ValueError:
            return raw
        return {k: (v[0] if isinstance(v, list) and len(v) == 1 and v[0] in WILDCARDS else v) for k, v in d.items()}
    return raw


def _dep_from_obj(obj, kind: str) -> Dep:
    cid = obj.component_id
    if isinstance(cid, dict):
        from dash.dependencies import Wildcard
        cid = {k: (v.value if isinstance(v, Wildcard) else v) for k, v in cid.items()}
    return Dep(cid, obj.component_property, kind)


def _registered(app, namespace: str, function_name: str):
    """The callback_list entry and callback_map entry Dash holds for a clientside function."""
    import dash._callback as dcb
    lists = []
    if app is not None:
        lists.append((getattr(app, "_callback_list", []), getattr(app, "callback_map", {})))
    lists.append((dcb.GLOBAL_CALLBACK_LIST, dcb.GLOBAL_CALLBACK_MAP))
    for cl, cmap in lists:
        for item in reversed(cl):
            cf = item.get("clientside_function") or {}
            if cf.get("namespace") == namespace and cf.get("function_name") == function_name:
                return item, cmap.get(item["output"], {})
    return None, None


def walk_layout(layout):
    """Every component of a layout (a component, a list, or a callable returning one)."""
    if callable(layout) and not hasattr(layout, "to_plotly_json"):
        try:
            layout = layout()
        except Exception:  # noqa: BLE001 - a layout function that needs a request: no layout info
            return
    stack = [layout]
    while stack:
        node = stack.pop()
        if isinstance(node, (list, tuple)):
            stack.extend(reversed(node))
            continue
        if not hasattr(node, "to_plotly_json"):
            continue
        yield node
        for prop in getattr(node, "_prop_names", ()):
            v = getattr(node, prop, None)
            if isinstance(v, (list, tuple)) or hasattr(v, "to_plotly_json"):
                stack.append(v)


def layout_index(app) -> dict:
    out = {}
    layout = getattr(app, "layout", None) if app is not None else None
    if layout is None:
        return out
    try:
        for comp in walk_layout(layout):
            cid = getattr(comp, "id", None)
            if isinstance(cid, (str, dict)):
                out[stringify_id(cid)] = comp
    except Exception:  # noqa: BLE001 - unusual layouts give no layout information
        return out
    return out


def matching(dep: Dep, layout: dict) -> list:
    """Concrete ids in the layout that a (possibly wildcard) dependency refers to."""
    if not isinstance(dep.id, dict) or dep.wildcard is None:
        return [dep.id] if stringify_id(dep.id) in layout else []
    found = []
    for comp in layout.values():
        cid = getattr(comp, "id", None)
        if not isinstance(cid, dict) or cid.keys() != dep.id.keys():
            continue
        if all(v in WILDCARDS or cid[k] == v for k, v in dep.id.items()):
            found.append(cid)
    return found


def _reads_ctx(func) -> bool:
    js = getattr(func, "js", None) or ""
    return "py_dash_ctx(" in js


def _code_names(code, out: set) -> set:
    out.update(code.co_names)
    for c in code.co_consts:
        if inspect.iscode(c):
            _code_names(c, out)
    return out


def _names_used(func, names: set, _seen=None) -> bool:
    """Does the function (or a module-level function it calls) mention one of these attribute names?"""
    seen = _seen if _seen is not None else set()
    if id(func) in seen or not hasattr(func, "__code__"):
        return False
    seen.add(id(func))
    used = _code_names(func.__code__, set())
    if used & names:
        return True
    g = getattr(func, "__globals__", {})
    return any(inspect.isfunction(g.get(n)) and _names_used(g.get(n), names, seen) for n in used)


def _uses_js(func, _seen=None) -> bool:
    """Does the function (or a module-level function it calls) use a py2cs.js name?"""
    from .. import js as jsmod
    seen = _seen if _seen is not None else set()
    if id(func) in seen or not hasattr(func, "__code__"):
        return False
    seen.add(id(func))
    g = getattr(func, "__globals__", {})
    for name in _code_names(func.__code__, set()):
        v = g.get(name)
        if v is jsmod or isinstance(v, jsmod.JSName) or v is jsmod.new or v is jsmod.to_py:
            return True
        if name == "py2cs" and "js" in func.__code__.co_names:
            return True
        if inspect.isfunction(v) and _uses_js(v, seen):
            return True
    return False


def _hints(func, n_args: int) -> dict:
    try:
        hints = typing.get_type_hints(func)
    except Exception:  # noqa: BLE001 - unresolvable annotations: ignore them
        return {}
    try:
        params = list(inspect.signature(func).parameters.values())
    except (TypeError, ValueError):
        return {}
    out = {}
    for i, p in enumerate(params[:n_args]):
        if p.name in hints:
            out[i] = hints[p.name]
    return out


def spec_for_entry(entry, app=None) -> CallbackSpec:
    """Build the spec of a registry entry (``py2cs.decorator.Entry``)."""
    app = entry.app if entry.app is not None else app
    item, mapped = _registered(app, entry.namespace, entry.function_name)
    if item is None:
        raise LookupError(f"{entry.namespace}.{entry.function_name} is not registered with Dash")
    inputs = [Dep(_parse_id(d["id"]), d["property"], "Input") for d in item.get("inputs", [])]
    states = [Dep(_parse_id(d["id"]), d["property"], "State") for d in item.get("state", [])]
    out_objs = (mapped or {}).get("output")
    no_output = bool(item.get("no_output"))
    if no_output or out_objs is None:
        outputs, multi = [], False
    elif isinstance(out_objs, (list, tuple)):
        outputs, multi = [_dep_from_obj(o, "Output") for o in out_objs], True
    else:
        outputs, multi = [_dep_from_obj(out_objs, "Output")], False
    if entry.options.get("n_outputs") is not None:
        multi = True
    func = entry.func
    layout = layout_index(app)
    examples = getattr(func, "examples", None) or []
    return CallbackSpec(func=func, name=func.__name__, namespace=entry.namespace, function_name=entry.function_name,
                        file=entry.file, inputs=inputs, states=states, outputs=outputs, multi_output=multi,
                        no_output=no_output, prevent_initial_call=bool(item.get("prevent_initial_call")),
                        reads_ctx=_reads_ctx(func), uses_js=_uses_js(func), layout=layout,
                        hints=_hints(func, len(inputs) + len(states)), examples=list(examples),
                        uses_grouping=_names_used(func, {"args_grouping", "outputs_grouping"}))
