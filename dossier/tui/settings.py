"""The browser's settings: read once from `config.toml`, and the little state it remembers.

Folders come from platformdirs; `DOSSIER_CONFIG_DIR` points all of them (config, state and
user themes) at one folder, which is how tests keep away from the user's own. The config
file is TOML and optional:

    theme = "dossier-light"          # the theme to start with, unless one was chosen since
    [keymap]
    "search.focus" = "slash,ctrl+f"  # a command id (see `?` in the app) = comma-separated keys

The theme chosen in the app is remembered in `state.json` beside it (never in the user's
config, which we do not rewrite). A broken file is reported, never fatal.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

CONFIG_ENV = "DOSSIER_CONFIG_DIR"


def _override() -> Path | None:
    chosen = os.environ.get(CONFIG_ENV)
    return Path(chosen) if chosen else None


def config_dir() -> Path:
    from platformdirs import user_config_dir

    return _override() or Path(user_config_dir("dossier", appauthor=False))


def state_dir() -> Path:
    from platformdirs import user_state_dir

    return _override() or Path(user_state_dir("dossier", appauthor=False))


def user_themes_dir() -> Path:
    from platformdirs import user_data_dir

    override = _override()
    return (override if override else Path(user_data_dir("dossier", appauthor=False))) / "themes"


@dataclass
class Settings:
    theme: str | None = None
    keymap: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # what was wrong with the files, for a notification


def load_settings(folder: Path | None = None) -> Settings:
    """The config file's settings plus the remembered theme; problems are collected, not raised."""
    settings = Settings()
    path = (folder or config_dir()) / "config.toml"
    data: dict[str, object] = {}
    if path.is_file():
        import tomllib  # only when there is a file: ~2 ms of the first frame otherwise

        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            settings.problems.append(f"{path}: {exc}; using the defaults")
    theme = data.get("theme")
    if isinstance(theme, str):
        settings.theme = theme
    elif theme is not None:
        settings.problems.append(f'{path}: theme must be a name in quotes, such as theme = "dossier-light"')
    keymap = data.get("keymap", {})
    if isinstance(keymap, dict):
        for key, value in keymap.items():
            if isinstance(value, str) and value.strip():
                settings.keymap[str(key)] = value
            else:
                settings.problems.append(f'{path}: [keymap] {key} must be keys in quotes, such as "ctrl+f"')
    else:
        settings.problems.append(f"{path}: keymap must be a table: [keymap]")
    unknown = sorted(set(data) - {"theme", "keymap"})
    if unknown:
        settings.problems.append(f"{path}: unknown setting {', '.join(unknown)} (known: theme, [keymap])")
    remembered = load_state(folder).get("theme")
    if isinstance(remembered, str):
        settings.theme = remembered
    return settings


def _state_path(folder: Path | None) -> Path:
    return (folder or state_dir()) / "state.json"


def load_state(folder: Path | None = None) -> dict[str, object]:
    try:
        data = json.loads(_state_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def remember(key: str, value: object, folder: Path | None = None) -> None:
    """Store one piece of state (the chosen theme); failing to save it is not worth an error."""
    from dossier.atomic import WriteError, write_atomic

    state = load_state(folder)
    state[key] = value
    path = _state_path(folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, (json.dumps(state, indent=2, sort_keys=True) + "\n").encode("utf-8"))
    except (OSError, WriteError):
        pass
