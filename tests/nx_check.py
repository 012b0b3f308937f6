"""Independent figures for tst_cli, computed with networkx from a Threadline
JSON file: degree (multigraph), betweenness and closeness (simple graph),
shortest path lengths. Prints JSON. Usage: nx_check.py GRAPH.json [A B]"""
import json
import sys

import networkx as nx

data = json.load(open(sys.argv[1], encoding="utf-8"))
multi = nx.MultiGraph()
for n in data["elements"]["nodes"]:
    multi.add_node(n["data"]["id"], kind=n["data"]["kind"])
for e in data["elements"]["edges"]:
    multi.add_edge(e["data"]["source"], e["data"]["target"], relation=e["data"]["relation"])
simple = nx.Graph(multi)
out = {
    "degree": dict(multi.degree()),
    "betweenness": nx.betweenness_centrality(simple),
    "closeness": nx.closeness_centrality(simple),
}
if len(sys.argv) > 3:
    view = simple.subgraph(n for n, k in multi.nodes(data="kind") if k != "document")
    out["path_length"] = nx.shortest_path_length(view, sys.argv[2], sys.argv[3])
print(json.dumps(out))
