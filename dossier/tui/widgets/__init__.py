"""Widgets: they render what screens hand them and post messages; they never open files or the index."""
