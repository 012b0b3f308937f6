"""Independent figures for tst_cli, computed with networkx from a Threadline
JSON file: degree (multigraph), betweenness and closeness (simple graph),
shortest path lengths, ego graphs (edge direction ignored). Prints JSON.
Usage: nx_check.py GRAPH.json [A B | --ego NODE RADIUS]"""
import json
import sys

from nxsupport import networkx

nx = networkx()

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
if len(sys.argv) > 4 and sys.argv[2] == "--ego":
    out["ego"] = sorted(nx.ego_graph(simple, sys.argv[3], radius=int(sys.argv[4])).nodes())
elif len(sys.argv) > 3:
    view = simple.subgraph(n for n, k in multi.nodes(data="kind") if k != "document")
    out["path_length"] = nx.shortest_path_length(view, sys.argv[2], sys.argv[3])
print(json.dumps(out))
