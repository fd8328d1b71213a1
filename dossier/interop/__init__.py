"""Formats of other tools, out and in: FollowTheMoney (Aleph, OpenSanctions) and STIX 2.1 (OpenCTI, MISP).

Each module imports its library (`followthemoney`, `stix2`) itself, and only the commands
that use these formats import the modules, so start-up and other commands never pay for them.
"""
