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


def load_themes(*folders: Path) -> ThemeSet:
    """Every `*.yaml` theme in the folders, in order (later folders override earlier ones)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    result = ThemeSet()
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            where = f"{folder.name}/{path.name}"
            try:
                data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
                theme = parse_theme(data, where)
            except (OSError, UnicodeDecodeError) as exc:
                result.problems.append(f"{where}: cannot read the theme: {exc}")
                continue
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                line = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
                result.problems.append(f"{where}{line}: not valid YAML: {getattr(exc, 'problem', exc)}")
                continue
            except ValueError as exc:
                result.problems.append(str(exc))
                continue
            result.themes[theme.name] = theme
    return result
