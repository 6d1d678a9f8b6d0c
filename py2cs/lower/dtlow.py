"""Lowering rules for the datetime module: date, datetime and timedelta (templates/runtime/datetime.js).

Values of these classes have the static type ANY: the generic runtime helpers learn them (the py_dthook_*
units), attributes and methods go through runtime-checked helpers. Attribute and method names of dates are
only lowered this way in a program that uses datetime (dt_on); elsewhere they stay compile-time refusals."""
from __future__ import annotations

import ast

from .. import jsast as J
from .. import types as T
from ..jsast import E
from ..resolve import program_uses, uses_datetime
from ..tables import dates as DT

UNDEF = E("undefined")


class DatetimeMixin:
    def dt_on(self) -> bool:
        """Dates may reach this function: its module imports datetime, or a function compiled before it into the
        same program does (a helper of another module called with a timedelta). Where a date reaches code lowered
        without this, the runtime raises a py2cs TypeError (py_dthook_truediv, py_dthook_mulf)."""
        return program_uses(self.program, self.resolver, "uses_dates", uses_datetime)

    def dt_module_attr(self, node, name: str):
        self.program.uses_dates = True       # (the functions lowered from now on may receive dates)
        if name in DT.CONSTRUCTORS:
            return self.nonvalue(node, f"datetime.{name} can only be called here (or its class methods used)",
                                 f"to pass or store it, wrap it in a function: lambda *a: {name}(*a)",
                                 "dtcls:" + name), \
                T.SPECIAL("dtcls:" + name)
        hints = {"timezone": "time zones are not supported: use naive values (datetime.now() is the browser's local time)",
                 "tzinfo": DT.REFUSED["tzinfo"],
                 "MINYEAR": "write 1", "MAXYEAR": "write 9999", "UTC": "time zones are not supported"}
        return self.error(node, f"datetime.{name} is not supported",
                          hints.get(name, "supported: datetime.date, datetime.datetime, datetime.time, "
                                          "datetime.timedelta")), T.ANY

    def _dt_kwmap(self, args):
        if not args.kw:
            return E("null")
        pairs = [J.array([J.lit_str(k), self.to_any(*v)]) for k, v in args.kw.items()]
        return E(f"new Map({J.array(pairs).code})", J.POSTFIX)

    def cal_module_attr(self, node, name: str):
        if name in DT.CALENDAR:
            return self.nonvalue(node, f"calendar.{name} can only be called here",
                                 f"to pass or store it, wrap it in a function: lambda *a: calendar.{name}(*a)",
                                 "fn:calendar." + name), \
                T.SPECIAL("fn:calendar." + name)
        if name in DT.CALENDAR_NAMES:
            return self.nonvalue(node, f"calendar.{name} can only be indexed or sliced here",
                                 f"write calendar.{name}[i] (or calendar.{name}[1:] for a list of the names)"), \
                T.SPECIAL("calendar:" + name)
        return self.error(node, f"calendar.{name} is not supported",
                          DT.CALENDAR_REFUSED.get(name, "supported: calendar.isleap, calendar.monthrange and "
                                                  "calendar.month_name, month_abbr, day_name, day_abbr indexed")), T.ANY

    def cal_call(self, node, name: str, args):
        vals = args.bound(self, DT.CALENDAR[name], f"calendar.{name}")
        if vals is None:
            return UNDEF, T.ANY
        return J.call("py_cal_" + name, *(self.to_any(*v) for v in vals)), \
            (T.BOOL if name == "isleap" else T.TUPLE(T.INT))

    def dt_construct(self, node, cls: str, args):
        sig = DT.CONSTRUCTORS[cls]
        for k in args.kw:
            if k in ("tzinfo", "fold"):
                return self.error(node, f"{cls}({k}=...) is not supported", DT.REFUSED.get(k, "")), T.ANY
        vals = args.bound(self, sig, cls)
        if vals is None:
            return UNDEF, T.ANY
        # an omitted argument is its default 0 (undefined reaching the runtime is a None from the page)
        out = [self.to_any(*v) if v is not None else E("0") for v in vals]
        return J.call("py_dt_" + cls, *out), T.ANY

    def dt_class_method(self, node, cls: str, name: str):
        methods = DT.CLASS_METHODS[cls]
        if name not in methods:
            if name in DT.REFUSED:
                return self.error(node, f"{cls}.{name} is not supported", DT.REFUSED[name]), T.ANY
            return self.error(node, f"{cls}.{name}() is not supported",
                              f"supported: {', '.join(f'{cls}.{m}()' for m in methods) or 'the constructor'}"), T.ANY
        args = self.call_args(node)
        if name == "combine" and ("tzinfo" in args.kw or len(args.pos) > 2):
            return self.error(node, "datetime.combine(..., tzinfo) is not supported", DT.REFUSED["tzinfo"]), T.ANY
        vals = args.bound(self, methods[name], f"{cls}.{name}")
        if vals is None:
            return UNDEF, T.ANY
        vs = [self.to_any(*v) for v in vals if v is not None]
        if name == "now" or (name == "today" and cls == "datetime"):
            return J.call("py_dt_now"), T.ANY
        if name == "today":
            return J.call("py_dt_today"), T.ANY
        if name == "fromisoformat":
            return J.call("py_dt_fromisoformat", J.lit_str(cls), *vs), T.ANY
        if name == "fromordinal":
            return J.call("py_dt_fromordinal", J.lit_str(cls), *vs), T.ANY
        if name == "fromtimestamp":
            return J.call("py_dt_fromtimestamp", J.lit_str(cls), *vs), T.ANY
        if name == "combine":
            return J.call("py_dt_combine", *vs), T.ANY
        if name == "strptime":
            self.dt_check_format(node.args[1] if len(node.args) > 1 else None, "strptime")
            return J.call("py_dt_strptime", *vs), T.ANY
        return self.error(node, f"{cls}.{name}() is not supported"), T.ANY

    def dt_class_attr(self, node, cls: str, attr: str):
        if attr in DT.CLASS_ATTRS:
            return J.call("py_dt_classattr", J.lit_str(cls), J.lit_str(attr)), T.ANY
        if attr in DT.CLASS_METHODS[cls]:
            params = [p.name for p in DT.CLASS_METHODS[cls][attr].params]
            lam = f"lambda {', '.join(params)}: " if params else "lambda: "
            return self.nonvalue(node, f"{cls}.{attr} can only be called here",
                                 f"wrap it in a function: {lam}{cls}.{attr}({', '.join(params)})"), T.ANY
        return self.error(node, f"{cls}.{attr} is not supported",
                          DT.REFUSED.get(attr, "supported: " + ", ".join(f"{cls}.{m}()" for m in DT.CLASS_METHODS[cls])
                                         or "the constructor")), T.ANY

    def dt_check_format(self, fnode, what: str = "strftime") -> None:
        if isinstance(fnode, ast.Constant) and isinstance(fnode.value, str):
            bad = DT.bad_directive(fnode.value, strptime=what == "strptime")
            if bad and what == "strptime":
                self.error(fnode, f"{bad} in a strptime format is not supported", DT.DIRECTIVE_HINT)
            elif bad:
                self.error(fnode, f"{bad} in a date format: its result depends on the platform or the locale in CPython",
                           DT.DIRECTIVE_HINT)

    def dt_value_attr(self, node, base: E, attr: str):
        """``x.year`` on a value of unknown type in a module that uses datetime; None if not a date name."""
        if attr in DT.ATTRS or attr == "weekday":     # (d.isocalendar().weekday; a date's weekday is a method)
            return J.call("py_dt_attr", base, J.lit_str(attr)), T.from_name(DT.ATTRS.get(attr, ("int",))[0])
        if attr in DT.REFUSED:
            return self.error(node, f"'.{attr}' of a date is not supported", DT.REFUSED[attr]), T.ANY
        return None

    def dt_method(self, node, recv: E, name: str, args):
        """``x.strftime(...)`` on a value of unknown type; None if the name is not a method of a date."""
        if name in DT.REFUSED:
            return self.error(node, f"'.{name}()' of a date is not supported", DT.REFUSED[name]), T.ANY
        if name not in DT.METHODS:
            return None
        sig = DT.METHODS[name][0]
        if name == "replace":
            for k in ("tzinfo", "fold"):
                if k in args.kw:
                    return self.error(node, f"replace({k}=...) is not supported", DT.REFUSED[k]), T.ANY
        if name == "strftime" and node.args:
            self.dt_check_format(node.args[0])
        pos = J.array([self.to_any(e, t) for e, t in args.pos])
        if args.kw:
            call = J.call("py_dt_m", recv, J.lit_str(name), pos, self._dt_kwmap(args))
        else:
            call = J.call("py_dt_m", recv, J.lit_str(name), pos)
        return call, T.from_name(sig.returns)
