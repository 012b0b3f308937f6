"""Reads a GraphML or GEXF file with networkx (an independent reader) and
prints what it holds as JSON, for tst_interop and tst_cli to compare with
what Threadline reads or wrote:
  {"directed": bool, "nodes": {id: {attr: value}}, "edges": [[source, target, {attr: value}]]}
Usage: nx_read.py graphml|gexf FILE [--gexf-1.3]

networkx 2.8 (Debian 12) knows GEXF 1.1draft and 1.2draft only; with
--gexf-1.3 its reader is also given the GEXF 1.3 namespaces (the elements
and attributes it reads are the same in 1.3)."""
import json
import sys

from nxsupport import networkx

nx = networkx()
nxgexf = nx.readwrite.gexf


def plain(value):
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


fmt, path = sys.argv[1], sys.argv[2]
if fmt == "graphml":
    graph = nx.read_graphml(path, force_multigraph=True)
elif fmt == "gexf":
    if "--gexf-1.3" in sys.argv[3:]:
        # Both spellings of the 1.3 namespace occur: gexf.net (the
        # specification) and www.gexf.net (Gephi's own files).
        for host in ("gexf.net", "www.gexf.net"):
            v13 = dict(nxgexf.GEXF.versions["1.2draft"])
            v13.update({
                "NS_GEXF": f"http://{host}/1.3",
                "NS_VIZ": f"http://{host}/1.3/viz",
                "SCHEMALOCATION": f"http://{host}/1.3 http://{host}/1.3/gexf.xsd",
                "VERSION": "1.3",
            })
            nxgexf.GEXF.versions["1.3 " + host] = v13
    graph = nx.read_gexf(path)
else:
    sys.exit("usage: nx_read.py graphml|gexf FILE [--gexf-1.3]")

out = {
    "directed": graph.is_directed(),
    "nodes": {str(n): plain(d) for n, d in graph.nodes(data=True)},
    "edges": [[str(s), str(t), plain(d)] for s, t, d in graph.edges(data=True)],
}
print(json.dumps(out))
