#pragma once

#include "graphio.h"

namespace threadline {

class KnowledgeGraph;

// The five articles shipped in the binary and their curated graph.
inline constexpr char bundledGraphPath[] = ":/corpus/graph.json";

ReadResult loadBundledCorpus(KnowledgeGraph &out);

} // namespace threadline
