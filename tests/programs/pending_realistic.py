"""review-realistic findings not fixed yet (strict xfail in tests/fuzz/test_pending_fuzz.py)."""
from difftest import cases


# BUG: a call with *args of a value that is not iterable raises CPython's TypeError with another message:
# CPython "pending_realistic.star_not_iterable.<locals>.g() argument after * must be an iterable, not int",
# the JS "'int' object is not iterable" (visible through str(e)). The message holds the callee's module and
# qualified name (_PyObject_FunctionStr: '__main__.' when the app runs as a script), so the fix needs
# func.__module__ at compile time and a runtime helper for the starred iterable in star_call.
@cases(5, None, [1, 2])
def star_not_iterable(x):
    def g(*a):
        return a
    try:
        return g(*x)
    except TypeError as e:
        return str(e)
