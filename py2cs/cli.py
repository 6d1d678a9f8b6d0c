"""Command line: ``py2cs build APP.py``, ``py2cs transpile FILE.py``, ``py2cs docs``."""
from __future__ import annotations

import os
import sys

import click

from . import __version__
from .errors import TranspileError


@click.group()
@click.version_option(version=__version__, prog_name="py2cs")
def main():
    """py2cs: write Plotly Dash clientside callbacks in Python."""


def _fail(message: str) -> None:
    click.echo(message, err=True)
    sys.exit(1)


def _shown(path: str) -> str:
    """A path relative to the current directory when it is below it, else absolute."""
    rel = os.path.relpath(path)
    return path if rel == os.pardir or rel.startswith(os.pardir + os.sep) else rel


@main.command()
@click.argument("app", type=click.Path(dir_okay=False))
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=None,
              help="Directory for the generated modules (default: the Dash app's assets folder).")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if a generated module is missing or stale.")
@click.option("--readable-runtime", is_flag=True,
              help="Ship the runtime helpers as written (comments, indentation, names) instead of compacted, "
                   "for debugging; the same as PY2CS_READABLE_RUNTIME=1.")
def build(app, out_dir, check, readable_runtime):
    """Transpile every @py2cs.clientside callback of APP.py and write its namespace modules."""
    from . import build as b
    from .runtime import READABLE_ENV
    if readable_runtime:
        os.environ[READABLE_ENV] = "1"      # the app's own decorated callbacks, imported below, see it too
    try:
        results = b.build_all(app, out_dir, check=check)
    except TranspileError as e:
        _fail(e.render())
    except b.BuildError as e:
        _fail(f"py2cs build: error: {e}")
    except OSError as e:
        _fail(f"py2cs build: error: {b.os_error_text(e)}")
    if check:
        stale = False
        for p, _ in results:
            rel = _shown(p.out_dir)
            for n in p.write:
                click.echo(f"stale or missing: {os.path.join(rel, n)}", err=True)
            for n in p.remove:
                click.echo(f"obsolete: {os.path.join(rel, n)}", err=True)
            stale = stale or bool(p.write or p.remove)
        if stale:
            _fail("py2cs build --check: generated modules are out of date; run `py2cs build " + app +
                  (f" --out {out_dir}" if out_dir else "") + (" --readable-runtime" if readable_runtime else "") + "`")
        for p, _ in results:
            click.echo(f"py2cs: {len(p.unchanged)} module(s) up to date in {_shown(p.out_dir)}")
        return
    for p, result in results:
        rel = _shown(p.out_dir)
        for n in result.written:
            click.echo(f"wrote {os.path.join(rel, n)}")
        for n in result.removed:
            click.echo(f"removed {os.path.join(rel, n)}")
        if not result.written and not result.removed:
            click.echo(f"py2cs: {len(result.unchanged)} module(s) up to date in {rel}")


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
def transpile(file):
    """Print the JS namespace module of every top-level function in FILE.py."""
    from .capture import read_file
    from .compiler import transpile_source
    try:
        js = transpile_source(read_file(file), file)
    except TranspileError as e:
        _fail(e.render())
    click.echo(js, nl=not js.endswith("\n"))


@main.command()
@click.option("--out", "out", type=click.Path(dir_okay=False), default="docs/subset.md", show_default=True,
              help="Where to write the reference.")
@click.option("--readme", type=click.Path(dir_okay=False), default="README.md", show_default=True,
              help="README whose generated summary section (between py2cs markers) is refreshed too, if it exists.")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if a generated file is missing or stale.")
def docs(out, readme, check):
    """Generate the supported-subset reference (docs/subset.md) from the transpiler's tables."""
    from . import docgen
    has_readme = os.path.isfile(readme)
    if check:
        stale = [] if docgen.is_fresh(out) else [out]
        if has_readme and not docgen.readme_is_fresh(readme):
            stale.append(readme)
        if stale:
            _fail(f"py2cs docs --check: {' and '.join(stale)} stale or missing; run `py2cs docs --out {out}`")
        click.echo(f"py2cs: {out} is up to date")
        return
    changed = docgen.write(out)
    click.echo(f"wrote {out}" if changed else f"py2cs: {out} is up to date")
    if has_readme and docgen.write_readme(readme):
        click.echo(f"wrote the summary section of {readme}")


@main.command()
@click.argument("app", type=click.Path(dir_okay=False))
@click.option("--max-examples", type=click.IntRange(min=0), default=200, show_default=True,
              help="Generated calls per callback (after the decorator's examples=).")
@click.option("--seed", type=int, default=None, help="Seed for the generated inputs (printed in the summary).")
@click.option("--only", default=None, help="Check only the callback with this name (or namespace.name).")
@click.option("--json", "json_path", type=click.Path(dir_okay=False), default=None,
              help="Write a machine-readable report to this file.")
@click.option("--timeout", type=click.FloatRange(min=0.01), default=2.0, show_default=True,
              help="Time limit in seconds for one JavaScript call.")
@click.option("--memory-mb", type=click.IntRange(min=8), default=256, show_default=True,
              help="Memory limit of the QuickJS context in MB.")
def check(app, max_examples, seed, only, json_path, timeout, memory_mb):
    """Run every clientside callback of APP.py in CPython and, as shipped, in QuickJS; compare."""
    import json as _json

    from .equiv import CheckError, check_app
    from .equiv.report import ProgressBar, app_text, callback_text

    bar = ProgressBar()

    def on_result(r):
        bar.clear()
        click.echo(callback_text(r))

    try:
        report = check_app(app, max_examples=max_examples, seed=seed, only=only, timeout=timeout,
                           memory_mb=memory_mb, progress=bar, on_result=on_result)
    except CheckError as e:
        bar.clear()
        _fail(f"py2cs check: error: {e}")
    except KeyboardInterrupt:
        bar.clear()
        _fail("py2cs check: interrupted")
    except Exception as e:  # noqa: BLE001 - never a traceback to the user
        bar.clear()
        _fail(f"py2cs check: internal error: {type(e).__name__}: {e} (please report this)")
    bar.clear()
    for err in report.errors:
        click.echo(err, err=True)
    summary = app_text(report).rsplit("\n", 1)[-1]
    click.echo(summary)
    if json_path:
        try:
            with open(json_path, "w", encoding="utf-8") as f:
                _json.dump(report.to_dict(), f, indent=2, ensure_ascii=False, default=repr)
                f.write("\n")
        except OSError as e:
            _fail(f"py2cs check: cannot write {json_path}: {e}")
    if not report.ok:
        sys.exit(1)


def run(prog_name: str = "py2cs") -> None:
    """The console entry point: run the command, then leave without the interpreter's teardown.

    Every file is written (atomically) before the command returns; what remains at exit is the
    teardown of the modules the app imported, which takes 0.2-0.4 s once Dash is loaded.
    """
    try:
        main(prog_name=prog_name)
        code = 0
    except SystemExit as e:
        if e.code is None or isinstance(e.code, int):
            code = e.code or 0
        else:
            click.echo(e.code, err=True)
            code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
