"""Reads iCalendar files with icalendar and prints, as JSON, what a calendar application would see.

Usage: read_ics.py FILE...

For each file: whether every line ends with CRLF, the longest line in octets, whether each physical line is
valid UTF-8 on its own (folding never splits a character), the calendar's properties, each VTIMEZONE checked
against the IANA database hour by hour, and each event with its start and end converted to UTC through the
file's own VTIMEZONE (icalendar's to_tz without looking the TZID up) and, for comparison, through zoneinfo.
"""
import json
import sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from icalendar import Calendar


def raw_facts(data):
    lines = data.split(b"\r\n")
    ends_with_crlf = data.endswith(b"\r\n")
    if ends_with_crlf:
        lines = lines[:-1]
    bare = any(b"\r" in line or b"\n" in line for line in lines)
    valid = True
    for line in lines:
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            valid = False
    return {
        "crlfOnly": not bare and ends_with_crlf,
        "maxLineOctets": max((len(line) for line in lines), default=0),
        "linesValidUTF8": valid,
        "lineCount": len(lines),
    }


def check_zone(tz, tzid, years):
    """Every hour of `years`, in UTC: the offset the file's zone gives against the IANA database's."""
    reference = ZoneInfo(tzid)
    checked = mismatches = 0
    examples = []
    for year in years:
        moment = datetime(year, 1, 1, tzinfo=timezone.utc)
        end = datetime(year + 1, 1, 1, tzinfo=timezone.utc)
        while moment < end:
            ours = moment.astimezone(tz).utcoffset()
            theirs = moment.astimezone(reference).utcoffset()
            checked += 1
            if ours != theirs:
                mismatches += 1
                if len(examples) < 3:
                    examples.append(f"{moment.isoformat()} {ours} != {theirs}")
            moment += timedelta(hours=1)
    return {"tzid": tzid, "checked": checked, "mismatches": mismatches, "examples": examples}


def utc(value):
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def read(path, years):
    with open(path, "rb") as handle:
        data = handle.read()
    calendar = Calendar.from_ical(data)
    zones = {}
    zone_reports = []
    for vtimezone in calendar.walk("VTIMEZONE"):
        tzid = str(vtimezone["TZID"])
        # The file's own rules, not the TZID looked up in a database.
        zones[tzid] = vtimezone.to_tz(lookup_tzid=False)
        zone_reports.append(check_zone(zones[tzid], tzid, years))
    events = []
    for event in calendar.walk("VEVENT"):
        start, end = event["DTSTART"], event["DTEND"]
        tzid = start.params.get("TZID")
        local_start = start.dt.replace(tzinfo=None)
        local_end = end.dt.replace(tzinfo=None)
        own = zones.get(tzid)
        events.append({
            "uid": str(event["UID"]),
            "dtstamp": utc(event["DTSTAMP"].dt),
            "summary": str(event["SUMMARY"]),
            "description": str(event.get("DESCRIPTION", "")),
            "location": str(event["LOCATION"]) if "LOCATION" in event else None,
            "url": str(event.get("URL", "")),
            "status": str(event.get("STATUS", "")),
            "tzid": tzid,
            "startLocal": local_start.isoformat(),
            "startUTC": utc(local_start.replace(tzinfo=own)) if own else None,
            "endUTC": utc(local_end.replace(tzinfo=own)) if own else None,
            "startUTCZoneinfo": utc(start.dt),
        })
    return {
        **raw_facts(data),
        "version": str(calendar.get("VERSION", "")),
        "prodid": str(calendar.get("PRODID", "")),
        "name": str(calendar["NAME"]) if "NAME" in calendar else None,
        "timezones": zone_reports,
        "events": events,
    }


def main():
    years = [2022, 2023, 2027]
    print(json.dumps([read(path, years) for path in sys.argv[1:]], ensure_ascii=False))


if __name__ == "__main__":
    main()
