"""A small YAML emitter for front matter and organisations.yaml (the standard library has none).

Strings are double-quoted unless they are plain identifiers, so that French text, phone numbers ("+33…"),
postal codes and times ("13:30") are never read as numbers or sexagesimals. Dates are written bare.
"""
import re

PLAIN = re.compile(r"^[a-z][A-Za-z0-9-]*(/[a-z0-9-]+)?$")
YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


class Bare(str):
    """A scalar written as it is: dates (2026-11-30), date-times (2026-03-12T09:30), territory codes."""


class Block(str):
    """A multi-line Markdown text, written as a literal block (|)."""


def scalar(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, Bare):
        return str(value)
    if PLAIN.match(value) and value.lower() not in YAML_WORDS:
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def is_scalar(value) -> bool:
    return not isinstance(value, (dict, list))


def emit(mapping: dict, indent: int = 0) -> str:
    """A block mapping; lists of scalars in flow style ([a, b]), lists of mappings as `- key: value` blocks."""
    pad = " " * indent
    lines = []
    for key, value in mapping.items():
        if value is None:
            continue
        if isinstance(value, Block):
            body = "\n".join((pad + "  " + line) if line else "" for line in value.rstrip("\n").split("\n"))
            lines.append(f"{pad}{key}: |\n{body}")
        elif isinstance(value, dict):
            lines.append(f"{pad}{key}:\n{emit(value, indent + 2)}")
        elif isinstance(value, list) and all(is_scalar(v) for v in value):
            lines.append(f"{pad}{key}: [{', '.join(scalar(v) for v in value)}]")
        elif isinstance(value, list):
            lines.append(f"{pad}{key}:")
            for item in value:
                inner = emit(item, indent + 4).split("\n")
                lines.append(f"{pad}  - {inner[0].lstrip()}")
                lines.extend(inner[1:])
        else:
            lines.append(f"{pad}{key}: {scalar(value)}")
    return "\n".join(lines)


def front_matter(mapping: dict, body: str) -> str:
    return f"---\n{emit(mapping)}\n---\n\n{body}"
