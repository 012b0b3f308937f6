#pragma once

#include <QByteArray>

#include <optional>
#include <vector>

#include "knowledgegraph.h"

namespace threadline {

// A graph's shape found by skimming a file's bytes, long before its reader
// has built the graph: the nodes in the order the reader adds them (each
// with its key and kind, no data) and each edge's ends and relation, in
// the file's order. A 75 MB GraphML file of 100k nodes with their evidence
// is skimmed in a tenth of the time it takes to read.
struct SkimmedShape
{
    KnowledgeGraph nodes;
    std::vector<EdgeEnds> edges;
};

// The shape of a GraphML file; nothing when the file uses what a skim does
// not follow (an encoding other than UTF-8, declarations in a DOCTYPE, the
// GraphML namespace under another prefix, markup in a <data>, yFiles
// graphics keys, keys declared after the graph) or when its reader would
// refuse it (a node without an id or with one used before, an edge to no
// node, no <graphml> root), and when reading is cancelled.
//
// Not a reader: what it tells is meant for work that starts early and is
// checked against the reader's own shape (ShapeObserver) when that comes.
std::optional<SkimmedShape> skimGraphmlShape(const QByteArray &data);

// The shape of a Threadline or Cytoscape.js JSON file ({"elements":
// {"nodes": […], "edges": […]}}); nothing for the one-list form of
// elements, a name twice in an object where the skim looks, a value of the
// wrong type there, an element without its data, an id used twice, an edge
// to no node, or JSON that does not parse.
std::optional<SkimmedShape> skimJsonShape(const QByteArray &data);

} // namespace threadline
