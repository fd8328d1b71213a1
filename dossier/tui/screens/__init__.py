"""Screens: they compose panes and own navigation within them."""
