"""Jinja2 templates and the JavaScript runtime of py2cs (installed as py2cs.templates)."""
