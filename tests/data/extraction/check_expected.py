#!/usr/bin/python3
"""Checks the hand-made expected graphs of the extraction test articles.

Each NAME.md (Markdown with front matter: title, outlet, date, url) has a
NAME.expected.json beside it.  This script checks that the expected file is
well formed and that every quotation, reported clause and event phrase in
it is an exact slice of the article body, so that the extractor is held to
the text and not to a paraphrase.

    /usr/bin/python3 tests/data/extraction/check_expected.py [FILES...]

Standard library only; exit 1 with a message naming the file and field on
the first problem of each file.
"""

import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# SPEC.md's event types: "strike" is a labour strike; a missile or air
# strike is a "military_action".
EVENT_TYPES = {"meeting", "phone_call", "summit", "ministerial", "talks", "interview", "visit",
               "strike", "military_action", "other"}
DATE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?)?$")
NAME_LISTS = ("people", "organizations", "countries", "places")


def body_of(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4)
        front = text[4:end]
        return front, text[end + 5:]
    return "", text


def check(expected_path):
    problems = []
    with open(expected_path, encoding="utf-8") as f:
        data = json.load(f)
    article = os.path.join(os.path.dirname(expected_path), data.get("article", ""))
    if not os.path.isfile(article):
        return ["article %r not found" % data.get("article")]
    front, body = body_of(article)
    if not re.search(r"^date: \d{4}-\d{2}-\d{2}$", front, re.M):
        problems.append("front matter has no date: YYYY-MM-DD")
    names = set()
    for key in NAME_LISTS:
        values = data.get(key)
        if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
            problems.append("%s: a list of names" % key)
            continue
        names.update(values)
    people = set(data.get("people", []))
    actors = people | set(data.get("organizations", [])) | set(data.get("countries", []))
    for i, q in enumerate(data.get("quotes", [])):
        if q.get("text", "") not in body or not q.get("text"):
            problems.append("quotes[%d].text is not in the article: %r" % (i, q.get("text")))
        if q.get("speaker") not in actors:
            problems.append("quotes[%d].speaker %r is not among people/organizations/countries" % (i, q.get("speaker")))
    for i, r in enumerate(data.get("reported", [])):
        if r.get("text", "") not in body or not r.get("text"):
            problems.append("reported[%d].text is not in the article: %r" % (i, r.get("text")))
        if r.get("speaker") not in actors:
            problems.append("reported[%d].speaker %r is unknown" % (i, r.get("speaker")))
    for i, e in enumerate(data.get("events", [])):
        if e.get("type") not in EVENT_TYPES:
            problems.append("events[%d].type %r" % (i, e.get("type")))
        if not DATE_RE.match(e.get("date", "")):
            problems.append("events[%d].date %r is not ISO 8601" % (i, e.get("date")))
        if e.get("evidence", "") not in body or not e.get("evidence"):
            problems.append("events[%d].evidence is not in the article: %r" % (i, e.get("evidence")))
        for p in e.get("participants", []):
            if p not in actors:
                problems.append("events[%d] participant %r is unknown" % (i, p))
        if e.get("place") and e["place"] not in names:
            problems.append("events[%d].place %r is not among the names" % (i, e["place"]))
        if not isinstance(e.get("planned", False), bool):
            problems.append("events[%d].planned is not true/false" % i)
    for i, s in enumerate(data.get("not_statements", [])):
        if s not in body:
            problems.append("not_statements[%d] is not in the article: %r" % (i, s))
    return problems


def main(argv):
    files = argv[1:] or sorted(glob.glob(os.path.join(HERE, "*.expected.json")))
    bad = 0
    for path in files:
        for problem in check(path):
            print("%s: %s" % (os.path.relpath(path), problem))
            bad += 1
    if not files:
        print("no expected files")
        return 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
