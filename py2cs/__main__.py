from .cli import run

run(prog_name="py2cs")
