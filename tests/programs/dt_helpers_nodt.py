"""Helpers of p_datetime in a module that does not import datetime: they get timedeltas from a callback."""


def scale(t, x):
    return [str(t * x), str(t * 1.5), str(t / 2), str(-t), t.days, t.total_seconds()]


def half(t):
    return t / 2
