#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks docs/ordo-plan.schema.json against the plans Ordo ships and tests with.

- The schema is a valid draft 2020-12 schema.
- Every built-in plan (resources/plans) and every valid fixture (tests/data) validates.
- Every invalid fixture (a file or folder under tests/data whose name starts with
  "invalid") is rejected; when the file names the place of its mistake in the key
  "x-ordo-test-expect", the schema must report an error at that JSON Pointer, as the
  reader does (core_tst_planio checks the reader side).
- The schema's settings agree with core/settingstable.cpp, its rule ids with the rule table
  core/rules/ruletable.cpp, and its defaults and ranges with the settings tables of
  docs/plan-format.md.

Usage: check_plan_schema.py REPOSITORY_ROOT. Exits 77 (skipped) without python3-jsonschema.
"""

import json
import math
import re
import sys
from pathlib import Path

try:
    from jsonschema import Draft202012Validator
except ImportError:
    print("python3-jsonschema is not installed (scripts/deps.sh installs it)")
    sys.exit(77)

EXPECT_KEY = "x-ordo-test-expect"
RETIRED_NOTE = "Retired with rules revision 2"
REVISION_2_NOTE = "Rules revision 2."
REVISION_2_RULE_IDS = {"upper-day-cardio", "beginner-hiit", "legs-long-easy", "explosive-after-cardio"}

failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def load_plan(path):
    """Parses like Ordo's reader: UTF-8 with an optional byte-order mark, no NaN or Infinity."""

    def refuse_constant(name):
        raise ValueError(f"{name} is not JSON")

    text = path.read_bytes().decode("utf-8-sig")
    return json.loads(text, parse_constant=refuse_constant)


def pointer(parts):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def error_pointers(error):
    """The JSON Pointers an error (and the errors inside oneOf/anyOf) points at. A missing
    required key or a forbidden extra key is placed at the key itself, as Ordo reports it."""
    base = list(error.absolute_path)
    places = {pointer(base)}
    if error.validator == "required":
        m = re.match(r"^'(.+)' is a required property$", error.message)
        if m:
            places.add(pointer(base + [m.group(1)]))
    if error.validator == "additionalProperties":
        for name in re.findall(r"'([^']+)'", error.message.split("(", 1)[-1]):
            places.add(pointer(base + [name]))
    for sub in error.context or []:
        places |= error_pointers(sub)
    return places


def check_files(root, validator):
    builtin = sorted((root / "resources" / "plans").glob("*.ordo"))
    data = root / "tests" / "data"
    fixtures = sorted(data.rglob("*.ordo"))

    def is_invalid(path):
        return any(part.startswith("invalid") for part in path.relative_to(data).parts)

    valid = builtin + [p for p in fixtures if not is_invalid(p)]
    invalid = [p for p in fixtures if is_invalid(p)]
    # Guard against a glob that silently finds nothing.
    if len(builtin) < 6 or len(valid) < 10 or len(invalid) < 10:
        fail(f"too few plans found: {len(builtin)} built-in, {len(valid)} valid, {len(invalid)} invalid")

    for path in valid:
        name = path.relative_to(root)
        try:
            plan = load_plan(path)
        except ValueError as e:
            fail(f"{name}: not readable JSON: {e}")
            continue
        errors = list(validator.iter_errors(plan))
        for e in errors:
            fail(f"{name}: {pointer(e.absolute_path) or '/'}: {e.message}")
        if not errors:
            print(f"ok   valid    {name}")

    for path in invalid:
        name = path.relative_to(root)
        try:
            plan = load_plan(path)
        except ValueError:
            print(f"ok   invalid  {name} (not JSON)")
            continue
        errors = list(validator.iter_errors(plan))
        if not errors:
            fail(f"{name}: the schema accepts a plan Ordo refuses")
            continue
        expected = plan.get(EXPECT_KEY) if isinstance(plan, dict) else None
        if expected is not None:
            places = set().union(*(error_pointers(e) for e in errors))
            if expected not in places:
                fail(f"{name}: expected an error at {expected}, the schema reports {sorted(places)}")
                continue
        print(f"ok   invalid  {name}" + (f" at {expected}" if expected else ""))


def core_settings(root):
    src = (root / "core" / "settingstable.cpp").read_text(encoding="utf-8")
    number = r"(-?[\d.]+)"
    rows = re.findall(r'\{u"([^"]+)"_s,\s*' + number + r",\s*" + number + r",\s*" + number + ",", src)
    table = (root / "core" / "rules" / "ruletable.cpp").read_text(encoding="utf-8")
    rules = re.findall(r'\{\s*\d+,\s*u"([a-z-]+)"_s', table)
    return {name: (float(d), float(lo), float(hi)) for name, d, lo, hi in rows}, set(rules)


def check_against_core(root, schema):
    settings, rules = core_settings(root)
    if len(settings) < 50 or len(rules) < 40:
        fail(f"could not read core/settingstable.cpp ({len(settings)} settings) "
             f"or core/rules/ruletable.cpp ({len(rules)} rules)")
    thresholds = schema["$defs"]["analysis"]["properties"]["thresholds"]["properties"]
    for name, (_, lo, hi) in settings.items():
        entry = thresholds.get(name)
        if entry is None:
            fail(f"setting {name} of core/settingstable.cpp is missing from the schema")
            continue
        note = entry.get("description", "")
        if RETIRED_NOTE in note or REVISION_2_NOTE in note:
            continue  # retired, or normative from rules revision 2 on (docs/rules.md 3.10.7)
        if (entry.get("minimum"), entry.get("maximum")) != (lo, hi):
            fail(f"setting {name}: core range {lo}–{hi}, schema {entry.get('minimum')}–{entry.get('maximum')}")
    for name, entry in thresholds.items():
        note = entry.get("description", "")
        if name not in settings and REVISION_2_NOTE not in note and RETIRED_NOTE not in note:
            fail(f"setting {name} is in the schema but not in core/settingstable.cpp")
    schema_rules = set(schema["$defs"]["ruleId"]["enum"])
    for rule in sorted(rules - schema_rules):
        fail(f"rule id {rule} of core/rules/ruletable.cpp is missing from the schema")
    for rule in sorted(schema_rules - rules - REVISION_2_RULE_IDS):
        fail(f"rule id {rule} is in the schema but not in core/rules/ruletable.cpp")


def doc_number(text):
    text = text.strip().replace("−", "-").replace(",", "")
    return float(text)


def check_against_plan_format(root, schema):
    doc = (root / "docs" / "plan-format.md").read_text(encoding="utf-8")
    section = doc.split("### Settings", 1)[-1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `([A-Za-z0-9.]+)` \| ([^|]+) \| [^|]+ \| ([^|]+) \| ([^|]+) \|", section, re.M)
    thresholds = schema["$defs"]["analysis"]["properties"]["thresholds"]["properties"]
    documented = set()
    for name, default, lo, hi in rows:
        documented.add(name)
        entry = thresholds.get(name)
        if entry is None:
            fail(f"docs/plan-format.md lists setting {name}, the schema does not")
            continue
        doc_values = (doc_number(default), doc_number(lo), doc_number(hi))
        schema_values = (entry.get("default"), entry.get("minimum"), entry.get("maximum"))
        if doc_values != schema_values:
            fail(f"setting {name}: docs/plan-format.md says {doc_values}, the schema {schema_values}")
    for name, entry in thresholds.items():
        if name not in documented and RETIRED_NOTE not in entry.get("description", ""):
            fail(f"setting {name} of the schema is missing from docs/plan-format.md")


def main():
    root = Path(sys.argv[1]).resolve()
    schema = json.loads((root / "docs" / "ordo-plan.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    check_files(root, validator)
    check_against_core(root, schema)
    check_against_plan_format(root, schema)
    if failures:
        print(f"{len(failures)} problem(s)")
        return 1
    print("the plan schema agrees with the plans, core/ and docs/plan-format.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
