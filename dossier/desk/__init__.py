"""The analyst's desk: headless services behind the browser's review, capture and edit screens.

Nothing here imports Textual or prints: the command line and the browser are two front ends
of the same services. Every write is a step of `transaction` (atomic across files, finished
after a crash) recorded in the session's `journal` (undone byte for byte).
"""
