#pragma once

#include "knowledgegraph.h"

namespace threadline::bench {

// A news-like graph: a quarter actors, a quarter events with 2–4
// participants, half statements said by an actor at an event; every node
// and edge with one evidence span. Same nodes and seed, same graph.
KnowledgeGraph syntheticNewsGraph(int nodes, quint32 seed);

} // namespace threadline::bench
