"""The hostile-input suite: what a user sees when sources, files, disks and processes misbehave.

Sources are untrusted, analysts edit YAML while the app runs, and processes get killed. Each
case here feeds the real code (the CLI in a subprocess, the browser in tmux or under Pilot, a
real Whoosh index, real files, real SIGKILLs) and asserts the exact text a user sees, that no
traceback appears, that nothing is lost, and that nothing is written outside the workspace and
the cache.

1. Terminal and markup: `test_terminal.py` (the sanitiser, `dossier check` and arguments),
   `test_terminal_tui.py` (the browser's raw terminal bytes, title and clipboard, in tmux),
   `test_tui_markup.py` (markup-like names in Textual's markup-only places).
2. YAML: `test_yaml.py`.
3. Markdown export: `test_markdown.py`.
4. Filesystem: `test_filesystem.py`, and `test_ingest.py` for hostile input files and killed ingests.
5. Index: `test_index.py`.
6. Unicode: `test_unicode.py`.
"""
