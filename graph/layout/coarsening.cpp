#include "coarsening.h"

#include <algorithm>
#include <numeric>

namespace threadline {

namespace {

// A group that a leftover node may still join has fewer members than this.
constexpr int groupLimit = 4;

// Sums repeated neighbours of each node in place (first occurrence kept, in
// order), so every level has one edge per neighbour pair.
void mergeRepeats(Level &level)
{
    std::vector<int> seenAt(size_t(level.n), -1);
    std::vector<int> offsets(size_t(level.n) + 1, 0);
    size_t out = 0;
    for (int u = 0; u < level.n; ++u) {
        const size_t begin = out;
        for (int e = level.offsets[size_t(u)]; e < level.offsets[size_t(u) + 1]; ++e) {
            const int v = level.adj[size_t(e)];
            const int at = seenAt[size_t(v)];
            if (at >= int(begin)) {
                level.weight[size_t(at)] += level.weight[size_t(e)];
            } else {
                seenAt[size_t(v)] = int(out);
                level.adj[out] = v;
                level.weight[out] = level.weight[size_t(e)];
                ++out;
            }
        }
        offsets[size_t(u) + 1] = int(out);
    }
    level.offsets = std::move(offsets);
    level.adj.resize(out);
    level.weight.resize(out);
}

} // namespace

Level levelFromEdges(int nodes, const std::vector<std::pair<int, int>> &edges, const std::vector<double> &weights)
{
    Level level;
    level.n = nodes;
    level.offsets.assign(size_t(nodes) + 1, 0);
    const bool weighted = weights.size() == edges.size();
    const auto valid = [&](const std::pair<int, int> &e) {
        return e.first != e.second && e.first >= 0 && e.second >= 0 && e.first < nodes && e.second < nodes;
    };
    for (const auto &e : edges) {
        if (valid(e)) {
            ++level.offsets[size_t(e.first) + 1];
            ++level.offsets[size_t(e.second) + 1];
        }
    }
    std::partial_sum(level.offsets.begin(), level.offsets.end(), level.offsets.begin());
    level.adj.resize(size_t(level.offsets.back()));
    level.weight.resize(level.adj.size());
    std::vector<int> fill(level.offsets.begin(), level.offsets.end() - 1);
    for (size_t i = 0; i < edges.size(); ++i) {
        const auto &e = edges[i];
        if (!valid(e))
            continue;
        const double w = weighted && weights[i] > 0 ? weights[i] : 1.0;
        level.adj[size_t(fill[size_t(e.first)])] = e.second;
        level.weight[size_t(fill[size_t(e.first)]++)] = w;
        level.adj[size_t(fill[size_t(e.second)])] = e.first;
        level.weight[size_t(fill[size_t(e.second)]++)] = w;
    }
    mergeRepeats(level);
    level.mass.assign(size_t(nodes), 1.0);
    level.pinned.assign(size_t(nodes), 0);
    return level;
}

Level subLevel(const Level &whole, const std::vector<int> &members, std::vector<int> &local)
{
    Level part;
    part.n = int(members.size());
    for (size_t i = 0; i < members.size(); ++i)
        local[size_t(members[i])] = int(i);
    part.offsets.reserve(members.size() + 1);
    part.offsets.push_back(0);
    for (int u : members) {
        for (int e = whole.offsets[size_t(u)]; e < whole.offsets[size_t(u) + 1]; ++e) {
            const int v = local[size_t(whole.adj[size_t(e)])];
            if (v >= 0) {
                part.adj.push_back(v);
                part.weight.push_back(whole.weight[size_t(e)]);
            }
        }
        part.offsets.push_back(int(part.adj.size()));
    }
    part.mass.reserve(members.size());
    part.pinned.reserve(members.size());
    for (int u : members) {
        part.mass.push_back(whole.mass[size_t(u)]);
        part.pinned.push_back(whole.pinned[size_t(u)]);
        if (!whole.pinX.empty()) {
            part.pinX.push_back(whole.pinX[size_t(u)]);
            part.pinY.push_back(whole.pinY[size_t(u)]);
        }
    }
    for (int u : members)
        local[size_t(u)] = -1;
    return part;
}

Level coarsen(Level &fine, Random &random)
{
    const int n = fine.n;
    std::vector<int> &group = fine.coarse;
    group.assign(size_t(n), -1);
    std::vector<double> groupMass;
    std::vector<int> groupSize;
    const auto open = [&](int u) {
        group[size_t(u)] = int(groupMass.size());
        groupMass.push_back(fine.mass[size_t(u)]);
        groupSize.push_back(1);
    };
    const auto join = [&](int u, int g) {
        group[size_t(u)] = g;
        groupMass[size_t(g)] += fine.mass[size_t(u)];
        ++groupSize[size_t(g)];
    };
    const auto unmerged = [&](int u) { return group[size_t(u)] < 0 && !fine.pinned[size_t(u)]; };

    // Nodes visited in a random order, so no part of the graph is favoured.
    std::vector<int> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    for (int i = n - 1; i > 0; --i)
        std::swap(order[size_t(i)], order[random.next() % uint64_t(i + 1)]);

    // Matching: each node with its free neighbour of the heaviest edge
    // relative to the two masses.
    for (int u : order) {
        if (!unmerged(u))
            continue;
        int best = -1;
        double bestScore = 0;
        for (int e = fine.offsets[size_t(u)]; e < fine.offsets[size_t(u) + 1]; ++e) {
            const int v = fine.adj[size_t(e)];
            if (!unmerged(v))
                continue;
            const double score = fine.weight[size_t(e)] / (fine.mass[size_t(u)] * fine.mass[size_t(v)]);
            if (score > bestScore) {
                bestScore = score;
                best = v;
            }
        }
        if (best >= 0) {
            open(u);
            join(best, group[size_t(u)]);
        }
    }
    // Two-hop: leftovers pair up with another leftover of the same heaviest
    // neighbour.
    std::vector<int> waiting(size_t(n), -1);
    for (int u : order) {
        if (!unmerged(u) || fine.offsets[size_t(u)] == fine.offsets[size_t(u) + 1])
            continue;
        int hub = -1;
        double heaviest = 0;
        for (int e = fine.offsets[size_t(u)]; e < fine.offsets[size_t(u) + 1]; ++e) {
            if (fine.weight[size_t(e)] > heaviest) {
                heaviest = fine.weight[size_t(e)];
                hub = fine.adj[size_t(e)];
            }
        }
        const int other = waiting[size_t(hub)];
        if (other >= 0 && unmerged(other)) {
            open(u);
            join(other, group[size_t(u)]);
            waiting[size_t(hub)] = -1;
        } else {
            waiting[size_t(hub)] = u;
        }
    }
    // The rest: join the lightest small group next door, or stay alone.
    for (int u : order) {
        if (!unmerged(u))
            continue;
        int best = -1;
        for (int e = fine.offsets[size_t(u)]; e < fine.offsets[size_t(u) + 1]; ++e) {
            const int v = fine.adj[size_t(e)];
            const int g = group[size_t(v)];
            if (g < 0 || fine.pinned[size_t(v)] || groupSize[size_t(g)] >= groupLimit)
                continue;
            if (best < 0 || groupMass[size_t(g)] < groupMass[size_t(best)])
                best = g;
        }
        if (best >= 0)
            join(u, best);
        else
            open(u);
    }
    for (int u = 0; u < n; ++u) {
        if (group[size_t(u)] < 0)
            open(u); // pinned: a group of its own
    }

    Level coarse;
    coarse.n = int(groupMass.size());
    coarse.mass = groupMass;
    coarse.pinned.assign(size_t(coarse.n), 0);
    if (!fine.pinX.empty()) {
        coarse.pinX.assign(size_t(coarse.n), 0);
        coarse.pinY.assign(size_t(coarse.n), 0);
    }
    for (int u = 0; u < n; ++u) {
        if (fine.pinned[size_t(u)]) {
            const int g = group[size_t(u)];
            coarse.pinned[size_t(g)] = 1;
            coarse.pinX[size_t(g)] = fine.pinX[size_t(u)];
            coarse.pinY[size_t(g)] = fine.pinY[size_t(u)];
        }
    }
    // Members of each group, then the group's edges through its members.
    std::vector<int> memberStart(size_t(coarse.n) + 1, 0);
    for (int u = 0; u < n; ++u)
        ++memberStart[size_t(group[size_t(u)]) + 1];
    std::partial_sum(memberStart.begin(), memberStart.end(), memberStart.begin());
    std::vector<int> members(static_cast<size_t>(n));
    {
        std::vector<int> fill(memberStart.begin(), memberStart.end() - 1);
        for (int u = 0; u < n; ++u)
            members[size_t(fill[size_t(group[size_t(u)])]++)] = u;
    }
    coarse.offsets.reserve(size_t(coarse.n) + 1);
    coarse.offsets.push_back(0);
    coarse.adj.reserve(fine.adj.size() / 2);
    coarse.weight.reserve(fine.adj.size() / 2);
    std::vector<int> seenAt(size_t(coarse.n), -1);
    for (int g = 0; g < coarse.n; ++g) {
        const int begin = int(coarse.adj.size());
        for (int m = memberStart[size_t(g)]; m < memberStart[size_t(g) + 1]; ++m) {
            const int u = members[size_t(m)];
            for (int e = fine.offsets[size_t(u)]; e < fine.offsets[size_t(u) + 1]; ++e) {
                const int h = group[size_t(fine.adj[size_t(e)])];
                if (h == g)
                    continue;
                const int at = seenAt[size_t(h)];
                if (at >= begin) {
                    coarse.weight[size_t(at)] += fine.weight[size_t(e)];
                } else {
                    seenAt[size_t(h)] = int(coarse.adj.size());
                    coarse.adj.push_back(h);
                    coarse.weight.push_back(fine.weight[size_t(e)]);
                }
            }
        }
        coarse.offsets.push_back(int(coarse.adj.size()));
    }
    return coarse;
}

} // namespace threadline
