from .cli import main

main(prog_name="py2cs")
