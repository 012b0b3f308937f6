#!/usr/bin/python3
"""Build graph.json (the Threadline interchange format) from curation.json.

curation.json is the hand-curated source of the bundled corpus graph: its
evidence is written as anchors -- a document id and an exact quotation of the
article text, plus a 0-based occurrence index when the quotation occurs more
than once -- instead of offsets.  This script resolves every anchor against
the article files, computes UTF-16 offsets (QString indices), adds the
document nodes and the document -mentions-> node edges, validates the model
and writes graph.json deterministically.

    /usr/bin/python3 build_graph.py            write graph.json
    /usr/bin/python3 build_graph.py --check    write nothing; exit 1 if graph.json is stale
    /usr/bin/python3 build_graph.py --report   also list every quotation in the articles
                                               and whether a direct statement covers it,
                                               and the counts by kind and relation

Every dated node says where its date comes from: date_source "stated" (the
text names the calendar date; date_evidence is an anchor on that span) or
"inferred" (from relative words, context or outside reporting; date_note gives
the basis, and date_evidence the phrase it rests on when there is one).  Where
accounts of a date differ, date_accounts lists each of them: {date,
date_source, basis, evidence (an anchor, for an account in the corpus) or
cited (the outside source, for one outside it)}.  Anchors in date_evidence
and date_accounts are resolved into spans like any evidence.

Standard library only.  Any unresolvable anchor, dangling edge or model error
stops the build with a message naming the node or edge and the anchor.
"""

import argparse
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CURATION = os.path.join(HERE, "curation.json")
OUTPUT = os.path.join(HERE, "graph.json")

NODE_KINDS = ("person", "organization", "country", "place", "event", "statement", "topic", "document")
ACTOR_KINDS = ("person", "organization", "country")
EVENT_TYPES = ("meeting", "phone_call", "summit", "ministerial", "talks", "interview",
               "military_action", "other")
# relation -> (allowed source kinds, allowed target kinds)
RELATIONS = {
    "participated_in": (ACTOR_KINDS + ("place",), ("event",)),
    "located_in": (("event",), ("place", "country")),
    "said": (ACTOR_KINDS, ("statement",)),
    "made_at": (("statement",), ("event",)),
    "about": (("statement",), ("person", "organization", "country", "place", "event", "topic")),
    "role": (("person",), ("organization", "country")),
    "member_of": (("country", "place", "organization"), ("organization",)),
    "mentions": (("document",), NODE_KINDS[:-1]),
}
RESERVED_NODE_KEYS = ("id", "kind", "label", "aliases", "evidence")
RESERVED_EDGE_KEYS = ("id", "source", "target", "relation", "evidence")
# Node properties that are not plain values: anchors resolved into spans.
DATE_STRUCTURED_KEYS = ("date_evidence", "date_accounts")
DATE_SOURCES = ("stated", "inferred")
ACCOUNT_KEYS = ("date", "date_source", "basis", "evidence", "cited")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")
DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ID_RE = re.compile(r"^[a-z]+:[a-z0-9][a-z0-9.\-]*$")

# The same pattern as tests/tst_corpus.cpp: text between double quotes
# (typographic or straight), or between single quotes not inside a word.
# re.ASCII makes \w ASCII-only, as in QRegularExpression without UCP.
QUOTATION_RE = re.compile(
    "[\u201C\"]([^\u201C\u201D\"\\n]+)[\u201D\"]"
    "|(?<![\\w])[\u2018']([^\u2018\u2019'\\n]+)[\u2019'](?![\\w])",
    re.ASCII)


class BuildError(Exception):
    pass


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


class Corpus:
    """The article texts, with anchor resolution to UTF-16 offsets."""

    def __init__(self, documents):
        self.texts = {}
        self.order = []
        for doc in documents:
            path = os.path.join(HERE, doc["file"])
            try:
                with open(path, encoding="utf-8", newline="") as f:
                    self.texts[doc["id"]] = f.read()
            except (OSError, UnicodeDecodeError) as e:
                raise BuildError("document %s: cannot read %s: %s" % (doc["id"], path, e))
            self.order.append(doc["id"])

    def offset16(self, doc, index):
        return utf16_len(self.texts[doc][:index])

    def occurrences(self, doc, needle):
        text = self.texts[doc]
        found = []
        i = text.find(needle)
        while i >= 0:
            found.append(i)
            i = text.find(needle, i + len(needle))
        return found

    def resolve(self, owner, anchor, errors):
        """Return an evidence span for an anchor, or None after recording an error."""
        where = "%s: anchor %s" % (owner, json.dumps(anchor, ensure_ascii=False))
        if not isinstance(anchor, list) or len(anchor) not in (2, 3) \
                or not isinstance(anchor[0], str) or not isinstance(anchor[1], str) \
                or (len(anchor) == 3 and (not isinstance(anchor[2], int) or isinstance(anchor[2], bool))):
            errors.append("%s: expected [document, text] or [document, text, occurrence]" % where)
            return None
        doc, needle = anchor[0], anchor[1]
        if doc not in self.texts:
            errors.append("%s: unknown document %s" % (where, doc))
            return None
        if not needle:
            errors.append("%s: empty quotation" % where)
            return None
        found = self.occurrences(doc, needle)
        if not found:
            errors.append("%s: not found in %s" % (where, doc))
            return None
        if len(anchor) == 2:
            if len(found) > 1:
                errors.append("%s: occurs %d times in %s; add the 0-based occurrence index"
                              % (where, len(found), doc))
                return None
            index = found[0]
        else:
            n = anchor[2]
            if n < 0 or n >= len(found):
                errors.append("%s: occurrence %d is out of range (%d occurrence%s in %s)"
                              % (where, n, len(found), "" if len(found) == 1 else "s", doc))
                return None
            index = found[n]
        start = self.offset16(doc, index)
        return {"document": doc, "start": start, "end": start + utf16_len(needle), "text": needle}


def sorted_spans(spans, doc_order):
    """Document order, then position; identical spans once."""
    rank = {d: i for i, d in enumerate(doc_order)}
    unique = {}
    for s in spans:
        unique[(s["document"], s["start"], s["end"])] = s
    return [unique[k] for k in sorted(unique, key=lambda k: (rank[k[0]], k[1], k[2]))]


def check_properties(owner, item, reserved, errors):
    props = collections.OrderedDict()
    for key, value in item.items():
        if key in reserved or key in ("source", "target", "relation"):
            continue
        if not isinstance(value, (str, bool, int, float)) or value is None:
            errors.append("%s: property %s must be a string, boolean or number" % (owner, key))
            continue
        props[key] = value
    return props


def nonempty_string(value):
    return isinstance(value, str) and value.strip() != ""


def check_date_provenance(owner, node, date, node_docs, corpus, errors):
    """Validate date_source, date_note, date_evidence and date_accounts of a node.

    Returns {key: resolved value} for the structured keys present."""
    resolved = {}
    source = node.get("date_source")
    note = node.get("date_note")
    anchor = node.get("date_evidence")
    accounts = node.get("date_accounts")
    if not date:
        for key in ("date_source", "date_evidence", "date_accounts"):
            if key in node:
                errors.append("%s: has %s but no date" % (owner, key))
        return resolved
    if source not in DATE_SOURCES:
        errors.append("%s: date %s needs date_source \"stated\" or \"inferred\", not %s"
                      % (owner, date, json.dumps(source, ensure_ascii=False)))
    if source == "inferred" and not nonempty_string(note):
        errors.append("%s: inferred date %s needs a date_note giving its basis" % (owner, date))
    if "date_note" in node and not isinstance(note, str):
        errors.append("%s: date_note must be a string" % owner)
    if source == "stated" and anchor is None:
        errors.append("%s: stated date %s needs date_evidence, the span of the text that states it"
                      % (owner, date))
    if anchor is not None:
        span = corpus.resolve("%s date_evidence" % owner, anchor, errors)
        if span:
            if span["document"] not in node_docs:
                errors.append("%s date_evidence: anchor %s is in %s, where the node has no evidence"
                              % (owner, json.dumps(anchor, ensure_ascii=False), span["document"]))
            resolved["date_evidence"] = span
    if accounts is not None:
        where = "%s date_accounts" % owner
        if not isinstance(accounts, list) or len(accounts) < 2:
            errors.append("%s: must be a list of at least two accounts (they are for dates that differ)" % where)
            return resolved
        out = []
        for i, account in enumerate(accounts):
            at = "%s[%d]" % (where, i)
            if not isinstance(account, dict):
                errors.append("%s: must be an object {date, date_source, basis, evidence or cited}" % at)
                continue
            for key in account:
                if key not in ACCOUNT_KEYS:
                    errors.append("%s: unknown key %s (allowed: %s)" % (at, key, ", ".join(ACCOUNT_KEYS)))
            adate = account.get("date")
            if not isinstance(adate, str) or not DATE_RE.match(adate):
                errors.append("%s: date %s is not ISO 8601" % (at, json.dumps(adate, ensure_ascii=False)))
            if account.get("date_source") not in DATE_SOURCES:
                errors.append("%s: date_source must be \"stated\" or \"inferred\"" % at)
            if not nonempty_string(account.get("basis")):
                errors.append("%s: needs a basis" % at)
            has_evidence, has_cited = "evidence" in account, "cited" in account
            if has_evidence == has_cited:
                errors.append("%s: needs either evidence (an anchor in the corpus) or cited (an outside source), "
                              "not %s" % (at, "both" if has_evidence else "neither"))
            entry = collections.OrderedDict()
            for key, value in account.items():
                if key == "evidence":
                    span = corpus.resolve(at + " evidence", value, errors)
                    if span:
                        entry[key] = span
                else:
                    entry[key] = value
            if has_cited and not nonempty_string(account.get("cited")):
                errors.append("%s: cited must name the outside source" % at)
            out.append(entry)
        dates = [a.get("date") for a in accounts if isinstance(a, dict)]
        if len(set(dates)) < 2:
            errors.append("%s: all accounts give the same date; date_accounts is for dates that differ" % where)
        if date not in dates:
            errors.append("%s: no account gives the node's own date %s (the article's account)" % (where, date))
        resolved["date_accounts"] = out
    return resolved


def build(curation):
    errors = []
    documents = curation.get("documents", [])
    doc_ids = [d["id"] for d in documents]
    if len(set(doc_ids)) != len(doc_ids):
        raise BuildError("duplicate document ids")
    corpus = Corpus(documents)

    out_docs = []
    nodes = []
    kinds = {}
    for d in documents:
        for key in ("id", "title", "outlet", "date", "url", "file", "note"):
            if not isinstance(d.get(key), str):
                errors.append("document %s: %s must be a string" % (d.get("id"), key))
        if not DAY_RE.match(d.get("date", "")):
            errors.append("document %s: date %r is not YYYY-MM-DD" % (d.get("id"), d.get("date")))
        out_docs.append(collections.OrderedDict(
            (k, d.get(k, "")) for k in ("id", "title", "outlet", "date", "url", "file", "note")))
        nodes.append({"data": collections.OrderedDict([
            ("id", d["id"]), ("kind", "document"), ("label", d["title"]), ("aliases", []),
            ("title", d["title"]), ("outlet", d["outlet"]), ("date", d["date"]),
            ("url", d["url"]), ("file", d["file"]), ("evidence", [])])})
        kinds[d["id"]] = "document"

    curated_nodes = curation.get("nodes", [])
    for n in curated_nodes:
        nid = n.get("id")
        owner = "node %s" % nid
        if not isinstance(nid, str) or not ID_RE.match(nid):
            errors.append("%s: id must be a lower-case slug like person:mark-rutte" % owner)
            continue
        if nid in kinds:
            errors.append("%s: duplicate id" % owner)
            continue
        kind = n.get("kind")
        if kind not in NODE_KINDS or kind == "document":
            errors.append("%s: kind %r is not one of %s" % (owner, kind, ", ".join(NODE_KINDS[:-1])))
            continue
        kinds[nid] = kind
        label = n.get("label")
        if not isinstance(label, str) or not label:
            errors.append("%s: needs a label" % owner)
        aliases = n.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            errors.append("%s: aliases must be a list of strings" % owner)
            aliases = []
        props = check_properties(owner, n, RESERVED_NODE_KEYS + DATE_STRUCTURED_KEYS, errors)
        if kind == "event":
            if props.get("type") not in EVENT_TYPES:
                errors.append("%s: event type %r is not one of %s" % (owner, props.get("type"), ", ".join(EVENT_TYPES)))
        if kind == "statement":
            if not isinstance(props.get("text"), str) or not props.get("text"):
                errors.append("%s: a statement needs its text" % owner)
            if not isinstance(props.get("direct"), bool):
                errors.append("%s: a statement needs direct: true or false" % owner)
            if len(label or "") > 60:
                errors.append("%s: label longer than 60 characters" % owner)
        date = props.get("date", "")
        if not isinstance(date, str) or (date and not DATE_RE.match(date)):
            errors.append("%s: date %r is not ISO 8601 (YYYY-MM-DD, YYYY-MM, YYYY or a range of them)" % (owner, date))
            date = ""
        spans = []
        for anchor in n.get("evidence", []):
            span = corpus.resolve(owner, anchor, errors)
            if span:
                spans.append(span)
        if not n.get("evidence"):
            errors.append("%s: has no evidence" % owner)
        spans = sorted_spans(spans, corpus.order)
        structured = check_date_provenance(owner, n, date, {s["document"] for s in spans}, corpus, errors)
        if kind == "statement" and props.get("direct") is True:
            quoted = props.get("text", "")
            if not any(quoted in s["text"] for s in spans):
                errors.append("%s: its text is not the text of any of its evidence spans" % owner)
        data = collections.OrderedDict([("id", nid), ("kind", kind), ("label", label), ("aliases", aliases)])
        for key in n:  # in the curation's order, structured values resolved
            if key in props:
                data[key] = props[key]
            elif key in structured:
                data[key] = structured[key]
        data["evidence"] = spans
        nodes.append({"data": data})

    edges = []
    used_ids = set()

    def edge_id(source, relation, target):
        base = "e:%s|%s|%s" % (source, relation, target)
        eid, k = base, 1
        while eid in used_ids:
            k += 1
            eid = "%s#%d" % (base, k)
        used_ids.add(eid)
        return eid

    for e in curation.get("edges", []):
        source, relation, target = e.get("source"), e.get("relation"), e.get("target")
        owner = "edge %s -%s-> %s" % (source, relation, target)
        if relation not in RELATIONS or relation == "mentions":
            errors.append("%s: relation %r is not a curated relation" % (owner, relation))
            continue
        if source not in kinds or target not in kinds:
            errors.append("%s: %s is not a node" % (owner, source if source not in kinds else target))
            continue
        allowed_sources, allowed_targets = RELATIONS[relation]
        if kinds[source] not in allowed_sources or kinds[target] not in allowed_targets:
            errors.append("%s: %s cannot go from a %s to a %s" % (owner, relation, kinds[source], kinds[target]))
        props = check_properties(owner, e, RESERVED_EDGE_KEYS, errors)
        if relation == "role" and not props.get("title"):
            errors.append("%s: a role needs a title" % owner)
        spans = []
        for anchor in e.get("evidence", []):
            span = corpus.resolve(owner, anchor, errors)
            if span:
                spans.append(span)
        if not e.get("evidence"):
            errors.append("%s: has no evidence" % owner)
        data = collections.OrderedDict([("id", edge_id(source, relation, target)), ("source", source),
                                        ("target", target), ("relation", relation)])
        data.update(props)
        data["evidence"] = sorted_spans(spans, corpus.order)
        edges.append({"data": data})

    # Generated: every document mentions every node with evidence in it.
    for doc in corpus.order:
        for node in nodes:
            data = node["data"]
            if data["kind"] == "document":
                continue
            here = [s for s in data["evidence"] if s["document"] == doc]
            if here:
                edges.append({"data": collections.OrderedDict([
                    ("id", edge_id(doc, "mentions", data["id"])), ("source", doc), ("target", data["id"]),
                    ("relation", "mentions"), ("evidence", here)])})

    # Every node but the documents takes part in at least one curated edge.
    touched = set()
    for e in edges:
        if e["data"]["relation"] != "mentions":
            touched.update((e["data"]["source"], e["data"]["target"]))
    for node in nodes:
        data = node["data"]
        if data["kind"] in ("event", "statement") and data["id"] not in touched:
            errors.append("node %s: no curated edge touches this %s" % (data["id"], data["kind"]))
        if data["kind"] == "statement" and not any(
                e["data"]["relation"] == "said" and e["data"]["target"] == data["id"] for e in edges):
            errors.append("node %s: a statement needs a speaker (a said edge)" % data["id"])

    quotations = check_quotations(corpus, nodes, set(curation.get("quoted_names", [])))
    for q in quotations:
        if q["status"] == "UNCOVERED":
            errors.append("%s [%d,%d): quotation \u201c%s\u201d is not the evidence of any direct statement"
                          % (q["document"], q["start"], q["end"], q["text"]))

    if errors:
        raise BuildError("\n".join(errors))

    graph = collections.OrderedDict([
        ("format", "threadline"), ("version", 1), ("documents", out_docs),
        ("elements", collections.OrderedDict([("nodes", nodes), ("edges", edges)]))])
    return graph, quotations


def check_quotations(corpus, nodes, names):
    """Every quotation-mark-delimited span and the direct statements covering it."""
    direct = [n["data"] for n in nodes
              if n["data"]["kind"] == "statement" and n["data"].get("direct") is True]
    result = []
    for doc in corpus.order:
        text = corpus.texts[doc]
        for m in QUOTATION_RE.finditer(text):
            group = 1 if m.start(1) >= 0 else 2
            inner = m.group(group)
            start = corpus.offset16(doc, m.start(group))
            end = start + utf16_len(inner)
            covering = [d["id"] for d in direct if any(
                s["document"] == doc and s["start"] <= start + 1 and s["end"] >= end - 1
                for s in d["evidence"])]
            if inner in names:
                status = "name"
            else:
                status = "covered" if covering else "UNCOVERED"
            result.append({"document": doc, "start": start, "end": end, "text": inner,
                           "status": status, "statements": covering})
    return result


def render(graph):
    return json.dumps(graph, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def report(graph, quotations, out):
    out.write("Quotations in the articles (pattern of tests/tst_corpus.cpp):\n")
    for q in quotations:
        short = q["text"] if len(q["text"]) <= 70 else q["text"][:67] + "..."
        who = ", ".join(q["statements"]) if q["statements"] else "-"
        out.write("  %-9s %s [%4d,%4d) \u201c%s\u201d -> %s\n"
                  % (q["status"], q["document"], q["start"], q["end"], short, who))
    real = [q for q in quotations if q["status"] != "name"]
    covered = [q for q in real if q["status"] == "covered"]
    out.write("  %d quotations, %d covered, %d quoted names\n\n"
              % (len(real), len(covered), len(quotations) - len(real)))
    nodes = graph["elements"]["nodes"]
    edges = graph["elements"]["edges"]
    kinds = collections.Counter(n["data"]["kind"] for n in nodes)
    relations = collections.Counter(e["data"]["relation"] for e in edges)
    spans = sum(len(x["data"]["evidence"]) for x in nodes + edges)
    out.write("Nodes: %d\n" % len(nodes))
    for k in NODE_KINDS:
        out.write("  %-14s %4d\n" % (k, kinds.get(k, 0)))
    direct = sum(1 for n in nodes if n["data"]["kind"] == "statement" and n["data"]["direct"])
    out.write("  (statements: %d direct, %d reported)\n" % (direct, kinds.get("statement", 0) - direct))
    out.write("Edges: %d\n" % len(edges))
    for r in RELATIONS:
        out.write("  %-16s %4d\n" % (r, relations.get(r, 0)))
    out.write("Evidence spans: %d\n\n" % spans)
    labels = {n["data"]["id"]: n["data"]["label"] for n in nodes}
    out.write("Events:\n")
    for n in nodes:
        d = n["data"]
        if d["kind"] != "event":
            continue
        who = [labels[e["data"]["source"]] for e in edges
               if e["data"]["relation"] == "participated_in" and e["data"]["target"] == d["id"]]
        where = [labels[e["data"]["target"]] for e in edges
                 if e["data"]["relation"] == "located_in" and e["data"]["source"] == d["id"]]
        date = d.get("date") or "(no date)"
        if d.get("date_source"):
            date += " (%s)" % d["date_source"]
        place = ", ".join(where) or ("%s (a property: not in the text)" % d["place"] if d.get("place") else "-")
        out.write("  %-34s %-15s %s\n      participants: %s\n      place: %s\n"
                  % (date, d["type"], d["label"], ", ".join(who) or "-", place))


def main(argv):
    parser = argparse.ArgumentParser(description="Build graph.json from curation.json.")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if graph.json is not what would be written")
    parser.add_argument("--report", action="store_true",
                        help="list quotations and their statements, counts by kind and relation, events")
    args = parser.parse_args(argv)
    try:
        with open(CURATION, encoding="utf-8") as f:
            curation = json.load(f, object_pairs_hook=collections.OrderedDict)
        graph, quotations = build(curation)
    except BuildError as e:
        sys.stderr.write("build_graph.py: curation.json is not valid:\n%s\n" % e)
        return 1
    except (OSError, ValueError) as e:
        sys.stderr.write("build_graph.py: cannot read %s: %s\n" % (CURATION, e))
        return 1
    text = render(graph)
    if args.report:
        report(graph, quotations, sys.stdout)
    if args.check:
        try:
            with open(OUTPUT, encoding="utf-8", newline="") as f:
                current = f.read()
        except OSError:
            current = None
        if current != text:
            sys.stderr.write("build_graph.py: %s is not up to date; run /usr/bin/python3 build_graph.py\n" % OUTPUT)
            return 1
        return 0
    tmp = OUTPUT + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    os.replace(tmp, OUTPUT)
    if not args.report:
        n = graph["elements"]
        sys.stdout.write("wrote %s: %d nodes, %d edges\n" % (OUTPUT, len(n["nodes"]), len(n["edges"])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
