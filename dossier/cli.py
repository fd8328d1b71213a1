"""The `dossier` command line.

Each subcommand names its handler as "module:function" and the module is imported only
when that command runs, so `dossier check` or
`dossier search` never pay for Textual, and the browser never pays for the checker.
Everything printed from a workspace goes through `sanitize`, since sources are untrusted.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path


def _workspace_arg(parser: argparse.ArgumentParser, *, positional: bool) -> None:
    help_text = "workspace folder (default: $DOSSIER_WORKSPACE, else the bundled seeds)"
    if positional:
        parser.add_argument("workspace", nargs="?", type=Path, help=help_text)
        # The flag the other commands take works here too, so `dossier check -w ws` is no error.
        parser.add_argument("-w", "--workspace", dest="workspace_flag", type=Path, help="the same, as an option")
    else:
        parser.add_argument("-w", "--workspace", type=Path, help=help_text)


def _one_workspace(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Fold `-w DIR` into the positional workspace of the commands that take both."""
    flag = getattr(args, "workspace_flag", None)
    if flag is None:
        return
    if args.workspace is not None and args.workspace != flag:
        parser.error(f"two workspaces given: {args.workspace} and {flag}")
    args.workspace = flag


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dossier",
        description="Turn sources into structured intelligence dossiers and browse them. "
        "With no command, opens the browser on the default workspace.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser(
        "init", help="make a new workspace: folders, a README of what goes where, git attributes and ignores"
    )
    init.add_argument("directory", nargs="?", default=".", metavar="DIR", help="where (default: this folder)")
    init.set_defaults(handler="dossier.commands.init:run")

    check = commands.add_parser("check", help="validate a workspace and its quotes")
    _workspace_arg(check, positional=True)
    check.add_argument("--fix", action="store_true", help="apply the unambiguous quote relocations")
    check.add_argument(
        "--changed",
        action="store_true",
        help="check only what git reports as changed (staged, unstaged or new) in the workspace",
    )
    check.set_defaults(handler="dossier.commands.check:run")

    browse = commands.add_parser("browse", help="open the browser (the default when no command is given)")
    _workspace_arg(browse, positional=True)
    browse.set_defaults(handler="dossier.commands.browse:run")

    ingest = commands.add_parser("ingest", help="add sources (.txt, .md, .html) and draft what they report")
    ingest.add_argument("files", nargs="+", type=Path, metavar="FILE", help="articles to ingest")
    _workspace_arg(ingest, positional=False)
    ingest.set_defaults(handler="dossier.commands.ingest:run")

    review = commands.add_parser("review", help="accept, edit, merge or reject drafts one at a time")
    _workspace_arg(review, positional=False)
    review.add_argument("--undo", action="store_true", help="undo the last merge made in review")
    review.set_defaults(handler="dossier.commands.review:run")

    importer = commands.add_parser(
        "import",
        help="add the people, organisations and places of a FollowTheMoney file as draft actors",
        description="Read FtM entities, one JSON object a line (an OpenSanctions extract, an Aleph or "
        "`dossier export --format ftm` file), and write each person, organisation, body or address as a "
        "draft actor with every name and alias. Bad lines are reported one by one; the rest is imported.",
    )
    importer.add_argument("file", type=Path, metavar="FILE.ftm.json", help="FtM JSON Lines to read")
    _workspace_arg(importer, positional=False)
    importer.set_defaults(handler="dossier.commands.importing:run")

    schemas = commands.add_parser("schemas", help="write (or --check) the JSON Schemas in schemas/")
    schemas.add_argument("--out", type=Path, default=None, help="folder to write to (default: schemas/)")
    schemas.add_argument("--check", action="store_true", help="fail if the files differ from the models")
    schemas.set_defaults(handler="dossier.commands.schemas:run")

    index = commands.add_parser("index", help="build or update the search index (kept in the user's cache)")
    _workspace_arg(index, positional=True)
    index.add_argument("--rebuild", action="store_true", help="build it afresh instead of updating it")
    index.set_defaults(handler="dossier.commands.index:run")

    search = commands.add_parser(
        "search",
        help="search a workspace",
        description='Search actors, events, quotes and sources. Words, "phrases", AND/OR/NOT, term~ '
        "(fuzzy), word*, and filters: kind:event, actor:<id or name>, source:<id>, "
        "date:[2022-02-20 TO 2022-02-28], credibility:<=2, reliability:<=B, stance:denies, status:draft.",
    )
    search.add_argument("query", help="what to look for (quote it for the shell)")
    _workspace_arg(search, positional=False)
    search.add_argument(
        "--kind",
        action="append",
        choices=("actor", "event", "quote", "source"),
        help="only this kind of record (repeatable)",
    )
    search.add_argument("--limit", type=int, default=20, help="at most this many results (default 20)")
    search.add_argument("--json", action="store_true", help="print a JSON list of {id, kind, title, score, snippet}")
    search.set_defaults(handler="dossier.commands.search:run")

    from dossier.export.formats import DEFAULT_FORMAT, FORMATS

    export = commands.add_parser(
        "export",
        help="write a dossier, or the workspace, as Markdown, JSON Lines, CSV, FtM or STIX",
        description="Write an actor's or event's dossier as citation-ready Markdown (to stdout, to -o FILE, or "
        "with --all one file per actor and event plus _index.md into -o DIR), or the workspace in another "
        "--format: the whole workspace, or with an ID that record and its neighbours. "
        "Set SOURCE_DATE_EPOCH for a fixed generated-at.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="formats:\n" + "\n".join(f"  {fmt.name:<9} {fmt.summary}" for fmt in FORMATS.values()),
    )
    export.add_argument("id", nargs="?", help="the id of an actor or event")
    export.add_argument(
        "--format",
        choices=list(FORMATS),
        default=DEFAULT_FORMAT,
        help=f"what to write (default {DEFAULT_FORMAT}; see the list below)",
    )
    export.add_argument("--all", action="store_true", help="export every actor and event (Markdown: needs -o DIR)")
    export.add_argument(
        "-o", "--output", type=Path, help="file (or folder, with --all or --format csv) to write; default stdout"
    )
    export.add_argument("--force", action="store_true", help="replace files that are not earlier exports")
    _workspace_arg(export, positional=False)
    # The analysis views (dossier.commands.export_analysis), instead of an ID:
    export.add_argument("--timeline", action="store_true", help="write the timeline of events as a Markdown table")
    export.add_argument("--actor", metavar="ID", help="with --timeline: only the events of this actor")
    export.add_argument("--contested", action="store_true", help="write the ledger of contested claims as Markdown")
    export.add_argument(
        "--graph", type=Path, metavar="FILE", help="write the network of actors as FILE.graphml or FILE.gexf"
    )
    export.add_argument("--drafts", action="store_true", help="with --timeline, --contested, --graph: include drafts")
    export.set_defaults(handler="dossier.commands.export:run")
    return parser


def folder_means_browse(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """`dossier my-dossier`, a folder where a command goes, is `dossier browse my-dossier`: what a new user
    types first (argparse would answer 'invalid choice')."""
    commands = next(
        (action.choices for action in parser._actions if isinstance(action, argparse._SubParsersAction)), {}
    )
    if argv and argv[0] not in commands and not argv[0].startswith("-") and Path(argv[0]).is_dir():
        return ["browse", *argv]
    return argv


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(folder_means_browse(parser, list(sys.argv[1:] if argv is None else argv)))
    _one_workspace(parser, args)
    handler = getattr(args, "handler", None) or "dossier.commands.browse:run"
    module_name, function_name = handler.split(":")
    try:
        return int(getattr(importlib.import_module(module_name), function_name)(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
