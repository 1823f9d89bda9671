"""The ``diplograph`` command line: thin commands over the library.

Each command parses options and calls one library function; errors a user
can cause print one line on standard error and exit non-zero (a traceback
only with ``--debug``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from .errors import DiplographError, InputError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Build and explore a knowledge graph of leaders, meetings and "
                       "agreements from news articles.")
_STATE = {"debug": False}

StoreOption = typer.Option(None, "--store", "-s", metavar="STORE",
                           help="Store folder, http(s):// SPARQL endpoint or .toml server "
                                "config "
                                "[default: $DIPLOGRAPH_STORE or ./diplograph-store]")


# Which fields of JSON Lines / JSON / CSV records hold what (defaults: news-please, trafilatura).
TextField = typer.Option(None, "--text-field", metavar="NAME",
                         help="Field of JSON/CSV records holding the article text "
                              "[default: text, maintext, content, body, …]")
DateField = typer.Option(None, "--date-field", metavar="NAME",
                         help="Field holding the publication date [default: date, "
                              "date_publish, published, …]")
UrlField = typer.Option(None, "--url-field", metavar="NAME",
                        help="Field holding the article's URL [default: url, source, link, …]")
TitleField = typer.Option(None, "--title-field", metavar="NAME",
                          help="Field holding the headline [default: title, headline, …]")
SourceField = typer.Option(None, "--source-field", metavar="NAME",
                           help="Field naming the outlet (publisher) [default: publisher, "
                                "sitename, source-hostname, source_domain, …]")


def _fields(text, date, url, title, source):
    from .readers import FieldNames

    return FieldNames.with_overrides(text=text, date=date, url=url, title=title, source=source)


@app.callback()
def _main(debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors.")):
    _STATE["debug"] = debug


def _err(message: str) -> None:
    typer.echo(f"diplograph: {message}", err=True)


def _jobs(jobs: int | None) -> int:
    """``--jobs``, all cores when not given."""
    from .parallel import default_jobs

    return default_jobs() if jobs is None else jobs


def _progress(quiet: bool, err: bool = False, bar=None):
    """The build's ``progress`` callback: a line per article (unless ``quiet``), and every
    skip.  While a ``bar`` is shown and the lines would go to that same terminal, the bar
    counts the articles instead of them, and skips print above it."""
    lines = not quiet and not (bar is not None and bar.active
                               and (sys.stderr if err else sys.stdout).isatty())

    def progress(path: str, outcome: str) -> None:
        if bar is not None:
            bar.advance()
        if outcome in ("added", "unchanged"):
            if lines:
                typer.echo(f"{outcome:9} {path}", err=err)
        elif outcome == "added-undated":
            if lines:
                typer.echo(f"{'added':9} {path} (no date line: publication date unknown, "
                           "relative dates left unresolved)", err=err)
        elif bar is not None and bar.active:
            bar.print(f"diplograph: skipped {outcome}")
        else:
            _err(f"skipped {outcome}")
    return progress


def _bar(paths=None, quiet: bool = False, total: int | None = None):
    """The progress bar of a build of ``paths`` (or of ``total`` articles): shown only
    when standard error is a terminal and not ``quiet``."""
    from .progressbar import BuildProgress, estimate_articles

    bar = BuildProgress(enabled=False if quiet else None)
    if bar.enabled and total is None and paths is not None:
        total = estimate_articles(paths)  # walks the folders once more: only for a bar
    bar.total = total
    return bar


@app.command()
def build(paths: list[Path] = typer.Argument(..., metavar="PATH...",
                                             help="Article files or folders."),
          store: str | None = StoreOption,
          quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only problems."),
          skip_bad: bool = typer.Option(False, "--skip-bad",
                                        help="Exit 0 even when some files were skipped."),
          force: bool = typer.Option(False, "--force",
                                     help="Re-extract articles already in the store."),
          text_field: str | None = TextField, date_field: str | None = DateField,
          url_field: str | None = UrlField, title_field: str | None = TitleField,
          source_field: str | None = SourceField,
          emit: str | None = typer.Option(
              None, "--emit", metavar="FORMAT",
              help="Write the extracted quads to standard output (nquads) instead of a store."),
          no_background: bool = typer.Option(
              False, "--no-background",
              help="With --emit: leave out the ontology and gazetteer graphs."),
          reason: bool | None = typer.Option(
              None, "--reason/--no-reason",
              help="Rebuild the inferred graph after the build [default: when the store "
                   "has one and articles were added]."),
          jobs: int | None = typer.Option(
              None, "--jobs", "-j", metavar="N",
              help="Worker processes for extraction (default: all cores).")):
    """Read articles (text, HTML, JSON Lines, JSON, CSV/TSV), extract their facts and add
    them to the store."""
    fields = _fields(text_field, date_field, url_field, title_field, source_field)
    if emit is not None:
        from .bulk import EMIT_FORMATS, emit_nquads
        from .errors import InputError

        if emit.strip().lower() not in EMIT_FORMATS:
            raise InputError(f"unknown --emit format {emit!r}; choose one of: "
                             f"{', '.join(EMIT_FORMATS)}")
        if store is not None:
            raise InputError("--emit writes to standard output, not a store; "
                             "give --emit or --store, not both")
        with _bar(paths, quiet) as bar:
            report = emit_nquads(paths, sys.stdout.buffer,
                                 progress=_progress(quiet, err=True, bar=bar),
                                 background=not no_background, fields=fields,
                                 jobs=_jobs(jobs))
    else:
        from .ingest import build as run_build

        with _bar(paths, quiet) as bar:
            report = run_build(paths, store, progress=_progress(quiet, bar=bar), force=force,
                               fields=fields, reason=reason, jobs=_jobs(jobs))
    if not quiet:
        typer.echo(report.summary(), err=emit is not None)
    if report.skipped and not skip_bad:
        raise typer.Exit(2)


@app.command()
def run(paths: list[Path] = typer.Argument(..., metavar="PATH...",
                                           help="Article files or folders."),
        out: Path = typer.Option(Path("out"), "--out", "-o", help="Folder for the outputs."),
        store: str | None = StoreOption,
        text_field: str | None = TextField, date_field: str | None = DateField,
        url_field: str | None = UrlField, title_field: str | None = TitleField,
        source_field: str | None = SourceField):
    """The main job: build, write HTML + Turtle + JSON-LD, print who met whom."""
    from .queries import format_result
    from .workflow import run_all

    fields = _fields(text_field, date_field, url_field, title_field, source_field)
    with _bar(paths) as bar:
        result = run_all(paths, out, store, progress=_progress(quiet=False, bar=bar),
                         fields=fields)
    typer.echo(result.report.summary())
    for kind, path in result.files.items():
        typer.echo(f"wrote {path} ({kind})")
    typer.echo(format_result(result.meetings, "table"))
    if result.report.skipped:
        raise typer.Exit(2)


#: Rows a table or markdown answer prints unless --limit says otherwise (csv, tsv and json
#: print every row: they are read by programs).
TABLE_ROWS = 1000


@app.command()
def query(query_: str = typer.Argument(..., metavar="QUERY",
                                       help="A name from queries/, a .rq file or SPARQL text."),
          param: list[str] = typer.Option([], "--param", "-p", metavar="NAME=VALUE",
                                          help="Bind ?NAME to VALUE (repeatable)."),
          fmt: str = typer.Option("table", "--format", "-f",
                                  help="table, csv, tsv, json or markdown; turtle or jsonld "
                                       "for CONSTRUCT/DESCRIBE."),
          inferred: bool = typer.Option(True, "--inferred/--no-inferred",
                                        help="Include the inferred graph (dgr:graph/inferred)."),
          limit: int | None = typer.Option(
              None, "--limit", min=0,
              help=f"Print at most this many rows; 0 for all [default: {TABLE_ROWS} for table "
                   "and markdown, all for csv, tsv and json]."),
          offset: int = typer.Option(0, "--offset", min=0,
                                     help="Skip this many rows first (with --limit: a page)."),
          store: str | None = StoreOption):
    """Run a SPARQL query over all graphs and print the result."""
    from .queries import format_result, normalize_result_format, run_query, split_param
    from .stores import open_store
    from .storeversion import check_store

    # Values stay text here: run_query reads each as its parameter's declared type.
    params = dict(split_param(p) for p in param)
    name = normalize_result_format(fmt)  # a bad --format fails before the store is opened
    if limit is None:
        limit = TABLE_ROWS if name in ("table", "markdown") else 0
    target = open_store(store, create=False)
    try:
        check_store(target)
        result = run_query(target, query_, params, inferred=inferred)
    finally:
        target.close()
    more = 0
    if (limit or offset) and result.kind == "select":
        # The page is cut here, not by the engine: saying how many rows follow would
        # otherwise take a second evaluation of the query (run_query's limit= is for
        # callers that need no count).
        end = offset + limit if limit else None
        more = max(0, len(result.rows) - (end or len(result.rows)))
        result.rows = result.rows[offset:end]
    text = format_result(result, fmt)
    typer.echo(text, nl=not text.endswith("\n"))  # every format already ends its last line
    if more:
        typer.echo(f"rows {offset + 1:,}-{offset + limit:,} shown, {more:,} more: --offset "
                   f"{offset + limit} for the next page, --limit 0 for all", err=True)


@app.command("queries")
def list_queries_command(name: str | None = typer.Argument(
        None, metavar="[NAME]", help="Show one query's documentation and parameters.")):
    """List the bundled queries with their descriptions, or document one."""
    from .queries import describe_query, list_queries

    if name is not None:
        typer.echo(describe_query(name))
        return
    for info in list_queries():
        typer.echo(f"{info.name:24} {info.description}")


@app.command()
def export(fmt: str = typer.Option(..., "--format", "-f",
                                   help="turtle, jsonld, trig, nquads, ntriples, rdfxml, "
                                        "graphml, gexf, nodes-csv or edges-csv."),
           output: Path | None = typer.Option(None, "--output", "-o",
                                                 help="File to write [default: stdout]."),
           articles_only: bool = typer.Option(
               False, "--articles-only/--with-background",
               help="Leave out the ontology and gazetteer graphs (only what articles say)."),
           project: str | None = typer.Option(
               None, "--project", metavar="person|state",
               help="Network formats: weighted person-person or state-state edges from "
                    "meetings, visits and agreements."),
           store: str | None = StoreOption):
    """Export the whole graph in an RDF format, or as a network (GraphML, GEXF, CSV)."""
    from .export import export as run_export
    from .export import normalize_format
    from .stores import open_store
    from .storeversion import check_store

    normalize_format(fmt)  # a bad --format fails before the store is opened
    target = open_store(store, create=False)
    try:
        check_store(target)
        if output is None:
            run_export(target, fmt, sys.stdout.buffer, articles_only=articles_only,
                       project=project)
        else:
            run_export(target, fmt, output, articles_only=articles_only, project=project)
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
    from .errors import InputError
    from .explorer import construct_quads
    from .render import render_html
    from .stores import open_store
    from .storeversion import check_store

    if hops != 1 and person is None:
        raise InputError("--hops counts meetings away from a person: give --person NAME too")
    target = open_store(store, create=False)
    try:
        check_store(target)
        quads = construct_quads(target, query_) if query_ else target.quads()
        render_html(quads, output, title=title, person=person, hops=hops, state=state,
                    date_from=date_from, date_to=date_to)
    finally:
        target.close()
    typer.echo(f"wrote {output}")


@app.command("reason")
def reason_command(store: str | None = StoreOption):
    """Infer what the ontology implies into the graph dgr:graph/inferred (rebuilt each time)."""
    from .reason import materialise

    typer.echo(materialise(store).summary())


@app.command("validate")
def validate_command(store: str | None = StoreOption,
                     reasoner: bool = typer.Option(True, "--reasoner/--no-reasoner",
                                                   help="Also run HermiT (needs Java)."),
                     shapes: Path | None = typer.Option(None, "--shapes",
                                                        help="SHACL file [default: the "
                                                             "bundled ontology/shapes.ttl].")):
    """Check every article against the SHACL shapes and the ontology; exit 1 on violations."""
    from .validate import validate

    report = validate(store, reasoner=reasoner, shapes=shapes)
    for violation in report.violations:
        typer.echo(violation.describe())
    typer.echo(report.summary())
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def stats(top: int = typer.Option(10, "--top", "-n", help="How many of each ranking to show."),
          path: tuple[str, str] | None = typer.Option(
              None, "--path", metavar="NAME1 NAME2",
              help="Also the shortest path between two leaders (parts of their names)."),
          status: str = typer.Option(
              "held", "--status",
              help="Events counted: held, planned, postponed, cancelled or all."),
          fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
          store: str | None = StoreOption):
    """Most central leaders and states, communities, busiest relationships, a shortest path."""
    from .stats import format_stats, network_stats

    if fmt.strip().lower() not in ("table", "json"):  # before the store is opened
        raise InputError(f"unknown format {fmt!r}; choose one of: table, json")
    if status not in ("held", "planned", "postponed", "cancelled", "all"):
        raise InputError(f"unknown --status {status!r}; choose one of: held, planned, "
                         "postponed, cancelled, all")
    result = network_stats(store, top=top, path=path, statuses=(status,))
    typer.echo(format_stats(result, fmt), nl=False)


@app.command()
def serve(store: str | None = StoreOption,
          host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
          port: int = typer.Option(7878, "--port", "-p", help="Port to listen on."),
          allow_updates: bool = typer.Option(
              False, "--allow-updates",
              help="Accept SPARQL updates carrying the token in $DIPLOGRAPH_SERVE_TOKEN."),
          timeout: float = typer.Option(30.0, "--timeout",
                                        help="Seconds a query may run before it is stopped."),
          max_results: int = typer.Option(100_000, "--max-results",
                                          help="Most rows (or triples) a query may answer."),
          workers: int = typer.Option(2, "--workers",
                                      help="Queries answered at the same time."),
          cors: bool = typer.Option(False, "--cors",
                                    help="Allow web pages on other sites to query.")):
    """Serve the graph: a SPARQL 1.1 endpoint, a query page and the explorer."""
    from .server import serve as run_server

    def ready(url: str) -> None:
        mode = "read-write (updates need the token)" if allow_updates else "read-only"
        typer.echo(f"serving {store or 'the default store'} ({mode}) at {url}: query page {url}, "
                   f"SPARQL endpoint {url}query, explorer {url}explorer; Ctrl-C stops",
                   err=True)

    run_server(store, host, port, allow_updates=allow_updates, timeout=timeout,
               max_results=max_results, workers=workers, cors=cors, on_ready=ready)


@app.command()
def evaluate(gold: Path = typer.Argument(..., metavar="GOLD_DIR",
                                         help="Folder of gold files ID.json."),
             articles: Path | None = typer.Argument(
                 None, metavar="[ARTICLES_DIR]",
                 help="Folder of the articles ID.txt [default: GOLD_DIR/../articles]."),
             ids: str | None = typer.Option(None, "--ids",
                                            help="Comma-separated ids to score (default: all)."),
             fmt: str = typer.Option("text", "--format", "-f", help="text or json."),
             brief: bool = typer.Option(False, "--brief",
                                        help="Totals only, no per-article details."),
             store: str | None = typer.Option(
                 None, "--store", "-s", metavar="STORE",
                 help="Score what this store holds [default: a temporary store].")):
    """Score extraction against gold facts: precision, recall and F1 per fact type."""
    import json

    from .errors import InputError
    from .evaluate import evaluate as run_evaluate
    from .stores import open_store

    if fmt not in ("text", "json"):
        raise InputError(f"unknown format {fmt!r}; choose one of: text, json")
    wanted = [i.strip() for i in ids.split(",") if i.strip()] if ids else None
    target = open_store(store) if store else None
    try:
        # One article per gold file.
        with _bar(total=len(wanted) if wanted else len(list(gold.glob("*.json")))) as bar:
            result = run_evaluate(gold, articles, store=target, ids=wanted,
                                  progress=lambda _source, _outcome: bar.advance())
    finally:
        if target is not None:
            target.close()
    if fmt == "json":
        typer.echo(json.dumps(result.to_json(), indent=1, ensure_ascii=False))
    else:
        typer.echo(result.report(details=not brief))


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
