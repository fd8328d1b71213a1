"""Themes are data: `themes/*.yaml` files become Textual `Theme` objects.

The bundled files (`dossier.paths.bundled_themes()`) load first, then the user's own from
their data folder (`settings.user_themes_dir()`), so a user file with the same name wins.
A file that cannot be read or has a wrong field is skipped and reported (the caller shows a
notification); the app then falls back to the default theme.

A file holds the fields of `textual.theme.Theme`:

    name: dossier-dark
    dark: true
    primary: "#5fa8d3"
    background: "#15191e"
    variables:
      dossier-match: "#f4d35e"
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from textual.color import Color, ColorParseError
from textual.theme import Theme

DEFAULT_THEME = "dossier-dark"

COLOR_FIELDS = (
    "primary",
    "secondary",
    "accent",
    "foreground",
    "background",
    "surface",
    "panel",
    "boost",
    "warning",
    "error",
    "success",
)
OTHER_FIELDS = ("name", "dark", "variables", "luminosity_spread", "text_alpha")

# Our own theme variables, used by app.tcss and by the styles in `text.py`. A theme file may
# set any of them under `variables:`; these defaults follow the theme's own colours.
VARIABLE_DEFAULTS = {
    "dossier-match": "$accent",
    "dossier-quote": "$secondary 35%",
    "dossier-current-quote": "$accent 45%",
    "dossier-uncertain": "$warning",
    "dossier-asserts": "$success",
    "dossier-denies": "$error",
    "dossier-reports": "$text-secondary",
    "dossier-kind": "$text-primary",
}


@dataclass
class ThemeSet:
    themes: dict[str, Theme] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def parse_theme(data: object, where: str) -> Theme:
    """A Theme from a file's data; ValueError says what is wrong, naming the file."""
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected a mapping of theme fields (name:, primary:, ...)")
    unknown = sorted(set(data) - set(COLOR_FIELDS) - set(OTHER_FIELDS))
    if unknown:
        raise ValueError(
            f"{where}: unknown field {', '.join(map(str, unknown))} (allowed: {', '.join(OTHER_FIELDS + COLOR_FIELDS)})"
        )
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{where}: name is required, such as name: my-theme")
    if "primary" not in data:
        raise ValueError(f'{where}: primary is required, such as primary: "#5fa8d3"')
    colors: dict[str, str] = {}
    for key in COLOR_FIELDS:
        if key in data:
            colors[key] = _color(data[key], f"{where}: {key}")
    variables = data.get("variables") or {}
    if not isinstance(variables, dict):
        raise ValueError(f"{where}: variables must be a mapping of name: value")
    clean_variables: dict[str, str] = {}
    for key, value in variables.items():
        if not isinstance(value, str):
            raise ValueError(f"{where}: variables.{key} must be text in quotes")
        if not value.startswith("$"):
            _color(value, f"{where}: variables.{key}")
        clean_variables[str(key)] = value
    dark = data.get("dark", True)
    if not isinstance(dark, bool):
        raise ValueError(f"{where}: dark must be true or false")
    extras: dict[str, float] = {}
    for key in ("luminosity_spread", "text_alpha"):
        if key in data:
            if not isinstance(data[key], (int, float)):
                raise ValueError(f"{where}: {key} must be a number")
            extras[key] = float(data[key])
    return Theme(name=name, dark=dark, variables=clean_variables, **colors, **extras)  # type: ignore[arg-type]


def _color(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f'{where} must be a colour in quotes, such as "#5fa8d3"')
    try:
        Color.parse(value)
    except ColorParseError:
        raise ValueError(f'{where}: {value!r} is not a colour (use "#rrggbb" or a colour name)') from None
    return value


def load_themes(*folders: Path, cache: Path | None = None) -> ThemeSet:
    """Every `*.yaml` theme in the folders, in order (later folders override earlier ones).

    `cache`: a JSON file of theme files already read, by path, size and modification time.
    PyYAML costs ~40 ms to import, which would delay the first frame; with the cache it is
    imported only when a theme file is new or has changed.
    """
    known = _read_cache(cache)
    fresh: dict[str, object] = {}
    result = ThemeSet()
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            where = f"{folder.name}/{path.name}"
            try:
                stat = path.stat()
                stamp = [stat.st_size, stat.st_mtime_ns]
                entry = known.get(str(path))
                if isinstance(entry, dict) and entry.get("stamp") == stamp:
                    data = entry.get("data")
                else:
                    data = _parse_yaml(path.read_text(encoding="utf-8"))
                fresh[str(path)] = {"stamp": stamp, "data": data}
                theme = parse_theme(data, where)
            except (OSError, UnicodeDecodeError) as exc:
                result.problems.append(f"{where}: cannot read the theme: {exc}")
                continue
            except ValueError as exc:
                message = str(exc)
                result.problems.append(message if message.startswith(where) else f"{where}: {message}")
                continue
            result.themes[theme.name] = theme
    if cache is not None and fresh != known:
        _write_cache(cache, fresh)
    return result


def _parse_yaml(text: str) -> object:
    """A theme file's data; ValueError (with line and column) when it is not YAML."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise ValueError(f"not valid YAML: {where}{getattr(exc, 'problem', exc)}") from None


def _read_cache(cache: Path | None) -> dict[str, object]:
    if cache is None:
        return {}
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_cache(cache: Path, entries: dict[str, object]) -> None:
    from dossier.atomic import WriteError, write_atomic

    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(cache, json.dumps(entries).encode("utf-8"))
    except (OSError, WriteError):
        pass  # only a cache
