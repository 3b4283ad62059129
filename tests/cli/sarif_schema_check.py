#!/usr/bin/env python3
"""Validates SARIF files against the SARIF 2.1.0 JSON schema and GitHub code scanning's needs.

Usage: sarif_schema_check.py [--schema SCHEMA] FILE...
Exit status: 0 when every file is valid, 1 when any is not (or cannot be read),
77 when the jsonschema module is missing (CTest's usual "skipped" code).
"""

import argparse
import json
import os
import sys

DEFAULT_SCHEMA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..",
                              "shared", "schemas", "sarif-schema-2.1.0.json")
SKIPPED = 77


def github_problems(log):
    """What GitHub code scanning needs beyond the schema, as a list of messages."""
    problems = []
    for run_index, run in enumerate(log.get("runs", [])):
        where = f"runs[{run_index}]"
        if not run.get("tool", {}).get("driver", {}).get("name"):
            problems.append(f"{where}.tool.driver.name is missing")
        for result_index, result in enumerate(run.get("results", [])):
            at = f"{where}.results[{result_index}]"
            if not result.get("ruleId"):
                problems.append(f"{at}.ruleId is missing")
            if not result.get("message", {}).get("text"):
                problems.append(f"{at}.message.text is missing")
            for location in result.get("locations", []):
                physical = location.get("physicalLocation", {})
                uri = physical.get("artifactLocation", {}).get("uri", "")
                if not uri or uri.startswith("/") or "\\" in uri:
                    problems.append(f"{at}: artifactLocation.uri {uri!r} is not a relative path")
                if "startLine" not in physical.get("region", {}):
                    problems.append(f"{at}: region.startLine is missing")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schema", default=DEFAULT_SCHEMA)
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()

    try:
        import jsonschema
    except ImportError:
        print("jsonschema is not installed (apt install python3-jsonschema); not validated",
              file=sys.stderr)
        return SKIPPED

    try:
        with open(args.schema, encoding="utf-8") as f:
            validator = jsonschema.Draft4Validator(json.load(f))
    except (OSError, ValueError) as error:
        print(f"{args.schema}: cannot load the schema: {error}", file=sys.stderr)
        return 1

    status = 0
    for path in args.files:
        try:
            with open(path, encoding="utf-8") as f:
                log = json.load(f)
        except (OSError, ValueError) as error:
            print(f"{path}: not readable as JSON: {error}", file=sys.stderr)
            status = 1
            continue
        errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
        for error in errors:
            pointer = "/".join(str(part) for part in error.absolute_path)
            print(f"{path}: /{pointer}: {error.message}", file=sys.stderr)
        problems = github_problems(log)
        for problem in problems:
            print(f"{path}: {problem}", file=sys.stderr)
        if errors or problems:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
