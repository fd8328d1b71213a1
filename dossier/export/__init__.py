"""Export dossiers as citation-ready Markdown (no terminal UI here: the browser calls `service`)."""
