"""Ingest: register new sources and propose draft actors, events and quotes for review.

Nothing here imports Textual or Rich. `service.ingest_files` is the entry point; each
module does one step (text extraction, sentences, mentions, dates, actors, events, quotes,
writing drafts) so each can be tested and replaced on its own.
"""
