"""Validates content files against Relais's JSON Schemas with the jsonschema package (draft 2020-12).

Usage: validate_schemas.py SCHEMA_DIR SCHEMA_NAME=FILE ...
Prints {FILE: [error messages]} as JSON. A Markdown file is read up to the end of its front matter.
Dates stay text, as Relais reads them (YAML's timestamps are not resolved).
"""
import json
import sys

import jsonschema
import yaml


class TextDatesLoader(yaml.SafeLoader):
    pass


# Keep dates and times as written: the schemas describe them as strings.
TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def front_matter(text):
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
        return "\n".join(lines[1:end])
    return text


def main():
    folder = sys.argv[1]
    results = {}
    for pair in sys.argv[2:]:
        name, path = pair.split("=", 1)
        with open(f"{folder}/{name}", encoding="utf-8") as handle:
            schema = json.load(handle)
        jsonschema.Draft202012Validator.check_schema(schema)
        with open(path, encoding="utf-8") as handle:
            data = yaml.load(front_matter(handle.read()), Loader=TextDatesLoader)
        validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
        results[path] = sorted(f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in validator.iter_errors(data))
    json.dump(results, sys.stdout, ensure_ascii=False)


main()
