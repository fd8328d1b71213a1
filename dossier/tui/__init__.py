"""The browser: the only package that imports Textual.

`dossier.commands.browse` imports `dossier.tui.app` only when the browser opens, so the
headless commands never pay for Textual.
"""
