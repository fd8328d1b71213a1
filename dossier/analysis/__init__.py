"""Analysis of a whole workspace, without Textual: the timeline, the contested-claims ledger and
the network of ties between actors. The browser's analysis screens, `dossier export --timeline /
--contested / --graph` and `dossier check` all read these services."""
