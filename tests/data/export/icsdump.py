# SPDX-License-Identifier: GPL-3.0-or-later
# Parses an .ics file with the third-party icalendar module and prints its events as JSON,
# so the C++ tests check our output against an independent parser.
import json
import sys

import icalendar

with open(sys.argv[1], "rb") as f:
    cal = icalendar.Calendar.from_ical(f.read())
out = {"prodid": str(cal.get("prodid")), "version": str(cal.get("version")), "events": []}
for ev in cal.walk("VEVENT"):
    start = ev.decoded("dtstart")
    e = {
        "uid": str(ev.get("uid")),
        "summary": str(ev.get("summary")),
        "description": str(ev.get("description")),
        "dtstart": start.isoformat(),
        "dtend": ev.decoded("dtend").isoformat(),
        "floating": start.tzinfo is None,
        "dtstamp": ev.decoded("dtstamp").isoformat(),
    }
    if ev.get("rrule") is not None:
        e["rrule"] = ev.get("rrule").to_ical().decode()
    out["events"].append(e)
print(json.dumps(out))
