"""dossier: structured, quote-backed intelligence dossiers from raw sources.

Layers: `model`, `workspace`, `anchor`, `checks` (and later `search`, `export`, `ingest`)
know nothing of the terminal UI; only `dossier.tui` imports Textual.
"""

__version__ = "0.1.0"
