#pragma once

#include "knowledgegraph.h"

#include <utility>
#include <vector>

namespace threadline::bench {

// A news-like graph: a quarter actors, a quarter events with 2–4
// participants, half statements said by an actor at an event; every node
// and edge with one evidence span. Same nodes and seed, same graph.
KnowledgeGraph syntheticNewsGraph(int nodes, quint32 seed);

using Edges = std::vector<std::pair<int, int>>;
// Preferential attachment: each new node links to `perNode` distinct
// earlier nodes, chosen with probability proportional to their degree.
// Starts from a clique of perNode + 1. Same arguments, same edges.
Edges barabasiAlbert(int nodes, int perNode, quint64 seed);
// Those edges as a graph: nodes "n0" … of kind Other, undirected edges
// "linked".
KnowledgeGraph barabasiAlbertGraph(int nodes, int perNode, quint64 seed);

} // namespace threadline::bench
