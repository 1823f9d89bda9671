"""The ``diplograph`` command line: thin commands over the library.

Each command parses options and calls one library function; errors a user
can cause print one line on standard error and exit non-zero (a traceback
only with ``--debug``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from .errors import DiplographError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Build and explore a knowledge graph of leaders, meetings and "
                       "agreements from news articles.")
_STATE = {"debug": False}

StoreOption = typer.Option(None, "--store", "-s", metavar="STORE",
                           help="Store folder or http(s):// SPARQL endpoint "
                                "[default: $DIPLOGRAPH_STORE or ./diplograph-store]")


@app.callback()
def _main(debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors.")):
    _STATE["debug"] = debug


def _err(message: str) -> None:
    typer.echo(f"diplograph: {message}", err=True)


def _progress(quiet: bool):
    def progress(path: str, outcome: str) -> None:
        if outcome in ("added", "unchanged"):
            if not quiet:
                typer.echo(f"{outcome:9} {path}")
        elif outcome == "added-undated":
            if not quiet:
                typer.echo(f"{'added':9} {path} (no date line: publication date unknown, "
                           "relative dates left unresolved)")
        else:
            _err(f"skipped {outcome}")
    return progress


@app.command()
def build(paths: list[Path] = typer.Argument(..., metavar="PATH...",
                                             help="Article files or folders."),
          store: str | None = StoreOption,
          quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only problems."),
          skip_bad: bool = typer.Option(False, "--skip-bad",
                                        help="Exit 0 even when some files were skipped."),
          force: bool = typer.Option(False, "--force",
                                     help="Re-extract articles already in the store.")):
    """Read articles, extract their facts and add them to the store."""
    from .ingest import build as run_build

    report = run_build(paths, store, progress=_progress(quiet), force=force)
    if not quiet:
        typer.echo(report.summary())
    if report.skipped and not skip_bad:
        raise typer.Exit(2)


@app.command()
def run(paths: list[Path] = typer.Argument(..., metavar="PATH...",
                                           help="Article files or folders."),
        out: Path = typer.Option(Path("out"), "--out", "-o", help="Folder for the outputs."),
        store: str | None = StoreOption):
    """The main job: build, write HTML + Turtle + JSON-LD, print who met whom."""
    from .queries import format_result
    from .workflow import run_all

    result = run_all(paths, out, store, progress=_progress(quiet=False))
    typer.echo(result.report.summary())
    for kind, path in result.files.items():
        typer.echo(f"wrote {path} ({kind})")
    typer.echo(format_result(result.meetings, "table"))
    if result.report.skipped:
        raise typer.Exit(2)


@app.command()
def query(query_: str = typer.Argument(..., metavar="QUERY",
                                       help="A name from queries/, a .rq file or SPARQL text."),
          param: list[str] = typer.Option([], "--param", "-p", metavar="NAME=VALUE",
                                          help="Bind ?NAME to VALUE (repeatable)."),
          fmt: str = typer.Option("table", "--format", "-f",
                                  help="table, csv or json (turtle for CONSTRUCT)."),
          store: str | None = StoreOption):
    """Run a SPARQL query over all graphs and print the result."""
    from .queries import format_result, parse_param, run_query
    from .stores import open_store

    params = dict(parse_param(p) for p in param)
    target = open_store(store)
    try:
        result = run_query(target, query_, params)
    finally:
        target.close()
    typer.echo(format_result(result, fmt))


@app.command("queries")
def list_queries_command():
    """List the bundled queries with their descriptions."""
    from .queries import list_queries

    for info in list_queries():
        typer.echo(f"{info.name:24} {info.description}")


@app.command()
def export(fmt: str = typer.Option(..., "--format", "-f",
                                   help="turtle, jsonld, trig, nquads, ntriples or graphml."),
           output: Path | None = typer.Option(None, "--output", "-o",
                                                 help="File to write [default: stdout]."),
           store: str | None = StoreOption):
    """Export the whole graph in an RDF format or as GraphML."""
    from .export import export as run_export
    from .stores import open_store

    target = open_store(store)
    try:
        if output is None:
            run_export(target, fmt, sys.stdout.buffer)
        else:
            run_export(target, fmt, output)
            typer.echo(f"wrote {output}", err=True)
    finally:
        target.close()


@app.command()
def render(output: Path = typer.Option(Path("diplograph.html"), "--output", "-o",
                                       help="HTML file to write."),
           store: str | None = StoreOption,
           query_: str | None = typer.Option(None, "--query", metavar="FILE.rq",
                                             help="Draw only the triples a CONSTRUCT "
                                                  "query returns (a file, name or text)."),
           person: str | None = typer.Option(None, "--person", metavar="NAME",
                                             help="Only this person (part of a name) "
                                                  "and whom they met."),
           hops: int = typer.Option(1, "--hops", help="With --person: meetings away."),
           state: str | None = typer.Option(None, "--state", metavar="NAME",
                                            help="Only this state (name or ISO code), its "
                                                 "people and their events."),
           date_from: str | None = typer.Option(None, "--from", metavar="YYYY-MM-DD",
                                                help="Only events on or after this day."),
           date_to: str | None = typer.Option(None, "--to", metavar="YYYY-MM-DD",
                                              help="Only events on or before this day."),
           title: str = typer.Option("diplograph", "--title", help="The page's heading.")):
    """Write the interactive explorer (who met whom) as one self-contained HTML file."""
    from .explorer import construct_quads
    from .render import render_html
    from .stores import open_store

    target = open_store(store)
    try:
        quads = construct_quads(target, query_) if query_ else target.quads()
        render_html(quads, output, title=title, person=person, hops=hops, state=state,
                    date_from=date_from, date_to=date_to)
    finally:
        target.close()
    typer.echo(f"wrote {output}")


def main(argv: list[str] | None = None) -> int:
    """Console-script entry point: run the app, turning user errors into one line."""
    try:
        # Without standalone mode click returns a command's exit code instead of exiting.
        code = app(args=argv, standalone_mode=False)
        if isinstance(code, int):
            return code
    except DiplographError as exc:
        if _STATE["debug"]:
            raise
        _err(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return exc.exit_code
    except typer.Exit as exc:
        return exc.exit_code
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except Exception as exc:
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):
            # typer's bundled click raises its own usage errors (missing argument,
            # unknown option); they get one line too, or the help when nothing was given.
            if type(exc).__name__ == "NoArgsIsHelpError":
                exc.show()
            else:
                _err(f"{exc.format_message()} (see 'diplograph --help')")
            return exc.exit_code
        if _STATE["debug"]:
            raise
        _err(f"internal error: {type(exc).__name__}: {exc} (run with --debug for details)")
        return 70
    return 0


if __name__ == "__main__":
    sys.exit(main())
