"""Comparison semantics shared by ``py2cs check`` and the differential tests.

Values are compared the way Dash transports them: after a JSON round trip. JSON has one number
type, so ``1 == 1.0``; ``NaN`` equals only ``NaN``; ``True`` is not ``1``; strings must match to the
character; dicts must have the same keys (order is ignored, as in a JSON object); lists the same
length and elements.
"""
from __future__ import annotations

import json
import math
import re

# Keys JavaScript engines enumerate first, in ascending numeric order (array-index-like strings).
_INDEX_KEY = re.compile(r"^(0|[1-9][0-9]*)$")


def same_json(a, b) -> bool:
    """Equal after a JSON round trip (ints and integral floats equal, NaN equal to NaN; numbers beyond 2**53
    compared as the doubles a browser holds)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if isinstance(a, float) and math.isnan(a):
            return isinstance(b, float) and math.isnan(b)
        if a == b:
            return True
        # beyond 2**53 a browser holds every number as a double: Python's exact int 9223372049999998976 and
        # JavaScript's 9223372050000000000 (the shortest spelling of the same double) are the same value there
        if max(abs(a), abs(b)) > 2 ** 53:
            try:
                return float(a) == float(b)
            except OverflowError:
                return False
        return False
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_json(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


def _is_index_key(k: str) -> bool:
    return bool(_INDEX_KEY.match(k)) and int(k) < 2 ** 32 - 1


def js_key_order(d: dict) -> dict:
    """A dict with its keys in the order a JS object enumerates them (index-like keys first)."""
    idx = sorted((k for k in d if isinstance(k, str) and _is_index_key(k)), key=int)
    if not idx:
        return d
    rest = [k for k in d if not (isinstance(k, str) and _is_index_key(k))]
    return {k: d[k] for k in idx + rest}


def browser_json(v):
    """What a value looks like after the browser's ``JSON.stringify`` and the server's ``json.loads``.

    Integral floats become ints (``JSON.stringify(2.0) == '2'``, ``-0`` becomes ``0``), tuples become
    lists, and object keys take JavaScript's enumeration order (``{"b": 1, "1": 2}`` arrives as
    ``{"1": 2, "b": 1}``). Non-finite floats are kept: they cannot cross JSON, and strategies never
    generate them as inputs.
    """
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, float):
        if math.isfinite(v) and v.is_integer() and abs(v) < 1e21:
            return int(v)
        return v
    if isinstance(v, int):
        return v
    if isinstance(v, (list, tuple)):
        return [browser_json(x) for x in v]
    if isinstance(v, dict):
        return js_key_order({str(k) if not isinstance(k, str) else k: browser_json(x) for k, x in v.items()})
    raise TypeError(f"not a JSON value: {type(v).__name__}")


def dumps(v) -> str:
    """JSON text with Python's spellings of non-finite floats (as the JS side writes them)."""
    return json.dumps(v, allow_nan=True, ensure_ascii=False)


def short(v, limit: int = 200) -> str:
    """A one-line, bounded rendering of a JSON value for reports."""
    try:
        text = json.dumps(v, allow_nan=True, ensure_ascii=False, default=repr)
    except (TypeError, ValueError):
        text = repr(v)
    return text if len(text) <= limit else text[: limit - 3] + "..."
