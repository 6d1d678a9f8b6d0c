"""Review 5: identity of datetime class attributes (time.min is time.min: one object per class and name, as CPython's)."""
import datetime
from datetime import time, date, datetime as DT, timedelta
from difftest import cases


@cases((1,),)
def dt_ident(a):
    t = time(a)
    return [time.min is time.min, t.min is time.min, date.max is date.max, time.max is t.max,
            timedelta.resolution is timedelta.resolution, time(a) is time(a), t is t, DT.max is DT.max,
            t.replace() is t, DT.combine(date(2020, 1, 1), t).time() is t, DT.resolution is time.resolution,
            timedelta.resolution is DT.resolution, date.resolution is timedelta.resolution, DT.min is date.min,
            date.min.min is date.min, timedelta.max is timedelta.max, datetime.time.min is time.min,
            time.min == time(0), repr(time.max), time.min is not time.min,
            [x is time.min for x in [time.min, time(0)]], timedelta.min is timedelta.max]
