"""A second module for tests/programs/p_review_module_state.py: its own module-level state, read and mutated by
its helpers (not collected as a program: no p_ prefix)."""
CACHE = []
LABELS = {"a": "A"}
TAX = 0.25


def remember(x):
    CACHE.append(x)
    return len(CACHE)


def label(k):
    return LABELS.get(k, "?")


def taxed(v):
    return v * (1 + TAX)
