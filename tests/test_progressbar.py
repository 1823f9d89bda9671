"""The build's progress bar: count, rate and time left on a terminal, nothing elsewhere."""

from __future__ import annotations

import io
import os
import pty
import re
import subprocess
import sys
import time
from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

from diplograph.cli import app
from diplograph.progressbar import BuildProgress, estimate_articles

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"
FRENCH = Path(__file__).resolve().parent / "data" / "corpus" / "texts" / "communique-fr.txt"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


def test_estimate_counts_files_and_the_lines_of_dumps(tmp_path):
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<p>two</p>")
    (tmp_path / "dump.jsonl").write_text('{"text": "x"}\n{"text": "y"}\n{"text": "z"}')
    (tmp_path / "table.csv").write_text("title,text\nA,x\nB,y\n")
    (tmp_path / "notes.pdf").write_text("not an article")
    assert estimate_articles([tmp_path]) == 1 + 1 + 3 + 2
    assert estimate_articles([tmp_path / "missing"]) is None


def _terminal() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, force_terminal=True, width=120), out


def test_bar_shows_count_rate_and_time_left():
    console, out = _terminal()
    with BuildProgress(4, console=console) as bar:
        assert bar.active
        for _ in range(2):
            time.sleep(0.05)
            bar.advance()
        bar.print("diplograph: skipped bad.txt: empty file")
    text = ANSI.sub("", out.getvalue())
    assert "2/4" in text
    assert re.search(r"\d+\.\d\d articles/s", text)
    assert re.search(r"ETA \d+:\d\d:\d\d", text)
    assert "diplograph: skipped bad.txt: empty file" in text


def test_bar_grows_when_more_articles_come_than_expected():
    console, out = _terminal()
    with BuildProgress(1, console=console) as bar:
        for _ in range(3):
            bar.advance()
    assert "3/3" in ANSI.sub("", out.getvalue())


def test_no_bar_when_not_a_terminal_or_quiet(capsys):
    quiet_console, quiet_out = _terminal()
    with BuildProgress(2, enabled=False, console=quiet_console) as bar:
        bar.advance()
        assert not bar.active
    assert quiet_out.getvalue() == ""
    pipe = io.StringIO()
    with BuildProgress(2, console=Console(file=pipe)) as bar:
        bar.advance()
        bar.print("diplograph: skipped x")
        assert not bar.active
    assert pipe.getvalue() == ""
    assert capsys.readouterr().err == "diplograph: skipped x\n"


def test_cli_build_without_a_terminal_prints_lines_and_no_bar(tmp_path):
    result = CliRunner().invoke(app, ["build", str(ARTICLES), str(FRENCH),
                                      "--store", str(tmp_path / "store"), "--jobs", "1"])
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert sum(line.startswith("added ") for line in lines) == 2
    assert any("skipped" in line and "communique-fr.txt" in line for line in lines)
    assert "articles/s" not in result.output and "ETA" not in result.output


def _on_a_terminal(args: list[str]) -> tuple[int, str]:
    """Run the real command line with its standard output and error on a pseudo-terminal;
    its exit status and everything it wrote, control sequences removed."""
    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items()
           if k not in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")}
    env.update(TERM="xterm-256color", COLUMNS="120", LINES="40")
    process = subprocess.Popen([sys.executable, "-m", "diplograph.cli", *args],
                               stdin=follower, stdout=follower, stderr=follower, env=env,
                               close_fds=True)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # EIO: the command has exited and closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    code = process.wait(timeout=600)
    return code, ANSI.sub("", b"".join(chunks).decode("utf-8", "replace"))


def test_cli_build_on_a_terminal_shows_the_bar_and_skips_above_it(tmp_path):
    code, text = _on_a_terminal(["build", str(ARTICLES), str(FRENCH), "--store",
                                 str(tmp_path / "store"), "--jobs", "1"])
    assert code == 2
    assert "3/3" in text
    assert re.search(r"\d+\.\d\d articles/s", text)
    assert re.search(r"ETA \d+:\d\d:\d\d", text)
    assert re.search(r"diplograph: skipped \S*communique-fr\.txt: written in French", text)
    assert "3 read, 2 added, 0 unchanged, 1 skipped" in text
    # The bar counts the articles instead of a line for each.
    assert not re.search(r"^added ", text, re.MULTILINE)


def test_cli_build_quiet_on_a_terminal_shows_no_bar(tmp_path):
    code, text = _on_a_terminal(["build", str(FRENCH), "--store", str(tmp_path / "store"),
                                 "--quiet", "--skip-bad"])
    assert code == 0
    assert "articles/s" not in text and "ETA" not in text
    assert "skipped" in text and "communique-fr.txt" in text
