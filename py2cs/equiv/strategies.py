"""Hypothesis strategies for callback inputs.

Each argument's values come from, in this order of preference:
 (a) the type hint of the callback's parameter (``int``, ``str | None``, ``list[str]``, ``Literal[...]``...),
 (b) the component and property the Input/State refers to, when the app's layout has it
     (``n_clicks`` is None or an int >= 0, a ``dcc.Dropdown`` value is None, a str or a list of str, ...),
     mixed with the value the layout gives the property,
 (c) plain JSON otherwise.
Everything is what a browser can send: finite numbers (integral floats arrive as ints), no lone
surrogates, objects with JavaScript's key order. A prop the layout leaves unset arrives as ``undefined``
in the browser and ``None`` on the server: that is the ``UNSET`` value.
"""
from __future__ import annotations

import types
import typing
from dataclasses import dataclass

from dash._utils import stringify_id
from hypothesis import strategies as st

from . import unicode_gap
from .compare import browser_json, js_key_order
from .spec import CallbackSpec, Dep, matching

MAX_INT = 2 ** 53
MAX_FLOAT = 1e15
DEFAULT_NUMBER_BOUND = 10 ** 9     # numbers typed into inputs: big enough to matter, small enough to loop over


class _Unset:
    def __repr__(self):
        return "<unset>"

    def __reduce__(self):
        return "UNSET"


UNSET = _Unset()

# no lone surrogates (JSON can't carry them) and no characters QuickJS's Unicode data lacks (unicode_gap.py)
TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters=unicode_gap.characters()), max_size=12)
INTS = st.integers(-MAX_INT, MAX_INT)
FLOATS = st.floats(-MAX_FLOAT, MAX_FLOAT, allow_nan=False, allow_infinity=False)
SCALARS = st.none() | st.booleans() | INTS | FLOATS | TEXT
# keys that trip JavaScript objects up: prototype names, index-like keys (enumerated first), the empty key
KEYS = st.sampled_from(["a", "b", "name", "value", "id", "1", "10", "__proto__", "constructor", ""]) | TEXT
# JSON up to three levels deep, without st.recursive (3x faster to draw, same shapes in practice)
_LIST1 = st.lists(SCALARS, max_size=4)
_DICT1 = st.dictionaries(KEYS, SCALARS | _LIST1, max_size=4)
JSON = SCALARS | _LIST1 | _DICT1 | st.lists(_DICT1 | _LIST1, max_size=3) | st.dictionaries(KEYS, _DICT1 | _LIST1, max_size=3)


def _num(v):
    """A finite number from a layout prop (``min="2"`` is allowed by dcc.Input), else None."""
    if isinstance(v, bool):
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    if f != f or f in (float("inf"), float("-inf")):
        return None
    return int(f) if f.is_integer() else f


def numbers(lo=None, hi=None, step=None):
    lo, hi, step = _num(lo), _num(hi), _num(step)
    lo = -DEFAULT_NUMBER_BOUND if lo is None else lo
    hi = DEFAULT_NUMBER_BOUND if hi is None else hi
    if lo > hi:
        lo, hi = hi, lo
    if isinstance(step, (int, float)) and not isinstance(step, bool) and step > 0 and (hi - lo) / step < 10 ** 12:
        n = int((hi - lo) // step)
        return st.integers(0, n).map(lambda k: lo + k * step)
    ints = st.integers(int(-(-lo // 1)), int(hi // 1)) if int(-(-lo // 1)) <= int(hi // 1) else st.nothing()
    return ints | st.floats(lo, hi, allow_nan=False, allow_infinity=False)


# ---------------------------------------------------------------- (a) type hints

def from_hint(tp):
    """A strategy for a parameter annotation, or None when the hint says nothing usable."""
    if tp is typing.Any or tp is object:
        return JSON
    if tp is None or tp is type(None):
        return st.none()
    if tp is bool:
        return st.booleans()
    if tp is int:
        return INTS
    if tp is float:
        return FLOATS | INTS
    if tp is str:
        return TEXT
    if tp in (list, tuple, typing.List, typing.Sequence):
        return st.lists(JSON, max_size=5)
    if tp in (dict, typing.Dict, typing.Mapping):
        return st.dictionaries(TEXT, JSON, max_size=5)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Union or (hasattr(types, "UnionType") and origin is getattr(types, "UnionType")):
        parts = [from_hint(a) for a in args]
        if any(p is None for p in parts):
            return None
        return st.one_of(parts)
    if origin is typing.Literal:
        return st.sampled_from(list(args))
    if origin is typing.Annotated:
        return from_hint(args[0])
    if origin in (list, typing.List, typing.Sequence, set, frozenset, __import__("collections.abc").abc.Sequence):
        inner = from_hint(args[0]) if args else JSON
        return None if inner is None else st.lists(inner, max_size=6)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            inner = from_hint(args[0])
            return None if inner is None else st.lists(inner, max_size=6)
        parts = [from_hint(a) for a in args]
        return None if any(p is None for p in parts) else st.tuples(*parts).map(list)
    if origin in (dict, typing.Dict, __import__("collections.abc").abc.Mapping):
        val = from_hint(args[1]) if len(args) == 2 else JSON
        return None if val is None else st.dictionaries(TEXT, val, max_size=5)
    return None


# ---------------------------------------------------------------- (b) the layout

def _option_values(options) -> list:
    vals = []
    if isinstance(options, dict):
        return [v for v in options.keys()]
    for o in options or []:
        if isinstance(o, dict):
            if "value" in o:
                vals.append(o["value"])
        elif hasattr(o, "to_plotly_json"):
            continue
        else:
            vals.append(o)
    return [v for v in vals if isinstance(v, (str, int, float, bool))]


def _get(comp, prop, default=None):
    v = getattr(comp, prop, None)
    return default if v is None else v


def component_strategy(comp, prop: str):
    """Values a component's property can take in the browser (None when unknown)."""
    typ = type(comp).__name__
    ns = getattr(comp, "_namespace", "")
    if prop == "n_clicks":
        return st.none() | st.integers(0, 10 ** 6)
    if prop == "n_clicks_timestamp":
        return st.none() | st.integers(0, 2 ** 41)
    if prop in ("disabled", "hidden"):
        return st.booleans()
    if ns == "dash_core_components":
        opts = _option_values(getattr(comp, "options", None))
        opt = st.sampled_from(opts) | TEXT if opts else TEXT
        if typ == "Input" and prop == "value":
            if _get(comp, "type") == "number":
                return st.none() | numbers(_get(comp, "min"), _get(comp, "max"))
            return st.none() | TEXT
        if typ == "Textarea" and prop == "value":
            return st.none() | TEXT
        if typ == "Dropdown" and prop == "value":
            return st.none() | (st.lists(opt, max_size=4) if _get(comp, "multi") else opt) | st.lists(opt, max_size=3)
        if typ == "Checklist" and prop == "value":
            return st.lists(opt, max_size=len(opts) + 1 if opts else 4, unique=True)
        if typ == "RadioItems" and prop == "value":
            return st.none() | opt
        if typ == "Slider" and prop == "value":
            return st.none() | numbers(_get(comp, "min", 0), _get(comp, "max", 10), _get(comp, "step"))
        if typ == "RangeSlider" and prop == "value":
            nums = numbers(_get(comp, "min", 0), _get(comp, "max", 10), _get(comp, "step"))
            return st.none() | st.lists(nums, min_size=2, max_size=2).map(sorted)
        if typ == "Store" and prop == "data":
            return JSON
        if typ in ("DatePickerSingle",) and prop == "date":
            return st.none() | st.dates().map(lambda d: d.isoformat())
        if typ in ("Tabs",) and prop == "value":
            return st.none() | TEXT
        if typ == "Interval" and prop == "n_intervals":
            return st.integers(0, 10 ** 6)
    if prop == "children":
        return st.none() | TEXT | INTS | st.lists(TEXT, max_size=3)
    if prop == "style":
        return st.none() | st.dictionaries(TEXT, TEXT, max_size=3)
    if prop == "value":
        return st.none() | TEXT | INTS | FLOATS
    return None


def _layout_value(comp, prop):
    """The property's value in the layout as JSON (None when unset or not JSON)."""
    v = getattr(comp, prop, None)
    if v is None:
        return None
    import json as _json
    try:
        from dash._utils import to_json
        return browser_json(_json.loads(to_json(v)))
    except Exception:  # noqa: BLE001
        return None


# ---------------------------------------------------------------- one argument

def value_strategy(spec: CallbackSpec, index: int, dep: Dep, comp):
    hint = spec.hints.get(index)
    base = None
    hinted = False
    if hint is not None:
        if dep.multi:
            origin = typing.get_origin(hint)
            args = typing.get_args(hint)
            if origin in (list, tuple) and args:
                base = from_hint(args[0])
        else:
            base = from_hint(hint)
        hinted = base is not None
    unset_ok = not hinted
    if base is None and comp is not None:
        base = component_strategy(comp, dep.property)
        layout_v = _layout_value(comp, dep.property)
        if layout_v is not None:
            unset_ok = False
            base = st.just(layout_v) | base if base is not None else st.just(layout_v) | JSON
    if base is None:
        base = JSON
    base = base.map(browser_json)
    return (st.just(UNSET) | base) if unset_ok else base


# ---------------------------------------------------------------- one call

@dataclass
class Case:
    payload: dict          # {"inputs", "state", "outputs", "changedPropIds"}: what the renderer builds
    source: str = "generated"   # or "example"

    @property
    def trigger(self):
        ids = self.payload.get("changedPropIds") or []
        return ids[0] if ids else None

    def args(self) -> list:
        """The callback's arguments, UNSET where the browser passes undefined."""
        out = []
        for entry in self.payload["inputs"] + self.payload["state"]:
            if isinstance(entry, list):
                out.append([e.get("value", UNSET) for e in entry])
            else:
                out.append(entry.get("value", UNSET))
        return out


def _concrete(dep: Dep, assignment: dict, count: int, layout: dict):
    """The concrete id(s) a dependency stands for: a list for ALL/ALLSMALLER."""
    if dep.wildcard is None:
        return dep.id
    found = matching(dep, layout)
    if dep.wildcard == "MATCH":
        cid = {k: (assignment.get(k, 0) if v == "MATCH" else v) for k, v in dep.id.items()}
        return cid
    if found:
        if dep.wildcard == "ALLSMALLER":
            return [c for c in found if all(not isinstance(assignment.get(k), (int, float)) or
                                             (isinstance(c[k], (int, float)) and c[k] < assignment[k])
                                             for k, v in dep.id.items() if v == "ALLSMALLER")]
        return found
    return [{k: (i if v in ("ALL", "ALLSMALLER") else v) for k, v in dep.id.items()} for i in range(count)]


def _match_candidates(spec: CallbackSpec) -> list:
    cands = []
    for dep in spec.deps + spec.outputs:
        if dep.wildcard != "MATCH":
            continue
        keys = [k for k, v in dep.id.items() if v == "MATCH"]
        for cid in matching(dep, spec.layout):
            a = {k: cid[k] for k in keys}
            if a not in cands:
                cands.append(a)
    return cands or [{}]


def _entry(cid, prop, value):
    e = {"id": js_key_order(cid) if isinstance(cid, dict) else cid, "property": prop}
    if value is not UNSET:
        e["value"] = value
    return e


def build_payload(spec: CallbackSpec, values: list, assignment: dict, count: int, trigger, layout=None) -> dict:
    """The renderer's payload for given argument values (one per Input/State; lists for ALL deps).
    ``layout``: where wildcard ids are looked up (default: the app's; ``{}``: ``count`` synthetic components)."""
    layout = spec.layout if layout is None else layout
    entries = []
    for dep, value in zip(spec.deps, values):
        cid = _concrete(dep, assignment, count, layout)
        if isinstance(cid, list):
            vals = value if isinstance(value, list) else []
            entries.append([_entry(c, dep.property, vals[i] if i < len(vals) else UNSET) for i, c in enumerate(cid)])
        else:
            entries.append(_entry(cid, dep.property, value))
    outputs = []
    for dep in spec.outputs:
        cid = _concrete(dep, assignment, count, layout)
        if isinstance(cid, list):
            outputs.append([{"id": js_key_order(c), "property": dep.property} for c in cid])
        else:
            outputs.append({"id": js_key_order(cid) if isinstance(cid, dict) else cid, "property": dep.property})
    n_in = len(spec.inputs)
    payload = {"inputs": entries[:n_in], "state": entries[n_in:],
               "outputs": outputs if spec.multi_output else (outputs[0] if outputs else []),
               "changedPropIds": []}
    if trigger is not None:
        payload["changedPropIds"] = [trigger_prop_id(payload, trigger)]
    return payload


def trigger_prop_id(payload: dict, trigger) -> str:
    dep_index, elem = trigger
    entry = payload["inputs"][dep_index]
    if isinstance(entry, list):
        entry = entry[elem]
    return f"{stringify_id(entry['id'])}.{entry['property']}"


def trigger_options(spec: CallbackSpec, payload_inputs: list) -> list:
    """None for the initial call (unless prevent_initial_call), then every Input (each ALL element)."""
    opts = [] if spec.prevent_initial_call else [None]
    for i, entry in enumerate(payload_inputs):
        if isinstance(entry, list):
            opts.extend((i, j) for j in range(len(entry)))
        else:
            opts.append((i, None))
    return opts or [None]


def case_strategy(spec: CallbackSpec):
    """Whole calls: wildcard scenario, argument values, and the triggering input."""
    cands = _match_candidates(spec)
    needs_count = any(d.multi and not matching(d, spec.layout) for d in spec.deps + spec.outputs)

    cache: dict = {}

    def strategy(i, dep, cid):
        key = (i, stringify_id(cid))
        if key not in cache:
            cache[key] = value_strategy(spec, i, dep, spec.layout.get(key[1]))
        return cache[key]

    @st.composite
    def cases(draw):
        assignment = draw(st.sampled_from(cands)) if len(cands) > 1 else cands[0]
        count = draw(st.integers(0, 3)) if needs_count else 0
        values = []
        for i, dep in enumerate(spec.deps):
            cid = _concrete(dep, assignment, count, spec.layout)
            if isinstance(cid, list):
                values.append([draw(strategy(i, dep, c)) for c in cid])
            else:
                values.append(draw(strategy(i, dep, cid)))
        skeleton = build_payload(spec, values, assignment, count, None)
        trigger = draw(st.sampled_from(trigger_options(spec, skeleton["inputs"])))
        return Case(build_payload(spec, values, assignment, count, trigger))

    return cases()


def _flip_none(entries):
    """Entries with None values made unset and unset values made None (one flip for all)."""
    changed = False
    out = []
    for e in entries:
        if isinstance(e, list):
            sub, ch = _flip_none(e)
            out.append(sub)
            changed |= ch
        elif "value" not in e:
            out.append({**e, "value": None})
            changed = True
        elif e["value"] is None:
            f = dict(e)
            del f["value"]
            out.append(f)
            changed = True
        else:
            out.append(e)
    return out, changed


def variants(spec: CallbackSpec, case: Case) -> list:
    """The case, then the same inputs with every other trigger (for callbacks that read the context)
    and with None passed as undefined / unset props passed as null (the browser sends both)."""
    out = [case]
    if spec.reads_ctx:
        payload = case.payload
        for opt in trigger_options(spec, payload["inputs"]):
            changed = [trigger_prop_id(payload, opt)] if opt is not None else []
            if changed != payload["changedPropIds"]:
                out.append(Case({**payload, "changedPropIds": changed}, case.source))
    flipped = []
    for c in out:
        p = c.payload
        inputs, ch1 = _flip_none(p["inputs"])
        state, ch2 = _flip_none(p["state"])
        if ch1 or ch2:
            flipped.append(Case({**p, "inputs": inputs, "state": state}, c.source))
    return out + flipped


def example_cases(spec: CallbackSpec) -> list:
    """Cases from ``examples=`` on the decorator.

    Each example is a tuple of arguments (one per Input and State), a bare value for a one-argument
    callback, or a dict ``{"args": (...), "trigger": "btn" | "btn.n_clicks" | None}``. Without a
    trigger, a callback that reads the context is run once per possible trigger. ``UNSET`` stands for a
    prop the layout leaves unset (``undefined`` in the browser, ``None`` in Python).
    """
    cands = _match_candidates(spec)
    out = []
    n = len(spec.deps)
    for ex in spec.examples:
        trig_given, trig = False, None
        if isinstance(ex, dict) and "args" in ex:
            args = ex["args"]
            if "trigger" in ex:
                trig_given, trig = True, ex["trigger"]
        else:
            args = ex
        if not isinstance(args, (tuple, list)) or (n == 1 and not isinstance(args, tuple)):
            args = (args,)
        if len(args) != n:
            raise ValueError(f"{spec.name}: example {ex!r} has {len(args)} argument(s), the callback takes {n}")
        values = [_example_value(a) for a in args]
        lengths = [len(v) for v, d in zip(values, spec.deps) if d.multi and isinstance(v, list)]
        count = max(lengths or [0])
        layout = None
        for v, d in zip(values, spec.deps):
            if d.multi and isinstance(v, list) and d.wildcard == "ALL" and len(v) != len(matching(d, spec.layout)):
                layout = {}        # the example has another number of components than the layout: synthesize them
        skeleton = build_payload(spec, values, cands[0], count, None, layout)
        opts = trigger_options(spec, skeleton["inputs"])
        if trig_given:
            chosen = [_find_trigger(spec, skeleton, opts, trig)]
        elif spec.reads_ctx:
            chosen = opts
        else:
            chosen = opts[:1]
        for t in chosen:
            out.append(Case(build_payload(spec, values, cands[0], count, t, layout), source="example"))
    return out


def _example_value(v):
    """An example argument as the browser would pass it; ``UNSET`` (also inside a list) stays unset."""
    if v is UNSET:
        return v
    if isinstance(v, (list, tuple)) and any(x is UNSET for x in v):
        return [x if x is UNSET else browser_json(x) for x in v]
    return browser_json(v)


def _find_trigger(spec, skeleton, opts, trig):
    if trig is None:
        return None
    for o in opts:
        if o is None:
            continue
        pid = trigger_prop_id(skeleton, o)
        comp = pid.rpartition(".")[0]
        if trig in (pid, comp) or (isinstance(trig, dict) and stringify_id(trig) == comp):
            return o
    raise ValueError(f"{spec.name}: example trigger {trig!r} is not one of the callback's Inputs")
