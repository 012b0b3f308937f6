#pragma once

#include <cstdint>
#include <utility>
#include <vector>

// The graph levels of the multilevel layout (multilevel.h): one level in
// flat arrays, and how a coarser level is made from it.
namespace threadline {

// splitmix64: small, fast, and the same numbers on every platform (the
// standard distributions are not), so a seed gives one picture everywhere.
class Random
{
public:
    explicit Random(uint64_t seed) : m_state(seed) {}
    uint64_t next()
    {
        uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)

private:
    uint64_t m_state;
};

// One level: an undirected graph in compressed rows (each edge stored at
// both ends, no self-loops, no repeats), with per-node data.
struct Level
{
    int n = 0;
    std::vector<int> offsets; // n + 1: node i's edges are offsets[i] .. offsets[i+1]
    std::vector<int> adj;     // the other end of each edge
    std::vector<double> weight; // of each edge: the finer edges it stands for
    std::vector<double> mass;   // of each node: the finest nodes it stands for
    std::vector<char> pinned;   // 1: the node keeps its position (it never merges)
    std::vector<double> pinX, pinY; // where pinned nodes are; empty when none is
    std::vector<int> coarse;    // each node's node on the next coarser level, once there is one
};

// The finest level from an edge list (weights empty or one per edge).
Level levelFromEdges(int nodes, const std::vector<std::pair<int, int>> &edges, const std::vector<double> &weights);

// The subgraph of `members` (sorted node numbers of `whole`); `local` is
// scratch of whole.n entries, left as it was found (-1 everywhere).
Level subLevel(const Level &whole, const std::vector<int> &members, std::vector<int> &local);

// A coarser level: matched neighbours merge (heavy edges first, relative to
// the masses, so merged nodes stay light), then leftover nodes that share a
// neighbour merge (the leaves of a star), then the rest join a small
// neighbouring group. Pinned nodes stay as they are. Sets fine.coarse. O(m).
Level coarsen(Level &fine, Random &random);

} // namespace threadline
