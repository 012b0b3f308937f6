"""Writes graphs with networkx (Debian's python3-networkx), for tst_interop
to read with Threadline: GraphML and GEXF as networkx writes them, with
string, integer, float and boolean attributes, parallel edges and an
undirected graph. Prints what was written as JSON, the expected values:
  {"files": {name: {"directed": bool, "nodes": {id: {attr: value}},
                    "edges": [[source, target, {attr: value}]]}}}
Usage: nx_write.py OUTDIR"""
import json
import os
import sys

from nxsupport import networkx

nx = networkx()

out = sys.argv[1]

# A directed multigraph: who met whom, twice in one case, with typed attributes.
talks = nx.MultiDiGraph()
talks.add_node("rutte", label="Mark Rutte", kind="person", born=1967, height=1.9, active=True)
talks.add_node("trump", label="Donald Trump", kind="person", born=1946, height=1.9, active=False)
talks.add_node("palm-beach", label="Palm Beach", kind="place", note='quotes " and <tags> & ampersands')
talks.add_node("plain")
talks.add_edge("rutte", "trump", relation="met", weight=2.5, date="2024-11-22")
talks.add_edge("rutte", "trump", relation="called", weight=1.0, date="2025-01-23")
talks.add_edge("trump", "palm-beach", relation="located_in")

# An undirected simple graph, as networkx's own examples are.
karate = nx.karate_club_graph()

written = {}
for name, graph in (("talks", talks), ("karate", karate)):
    for fmt in ("graphml", "gexf"):
        path = os.path.join(out, f"networkx_{name}.{fmt}")
        if fmt == "graphml":
            nx.write_graphml(graph, path)
        else:
            nx.write_gexf(graph, path)
        written[os.path.basename(path)] = {
            "directed": graph.is_directed(),
            "nodes": {str(n): d for n, d in graph.nodes(data=True)},
            "edges": [[str(s), str(t), d] for s, t, d in graph.edges(data=True)],
        }
print(json.dumps({"files": written}))
