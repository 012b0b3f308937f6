#pragma once

#include <QList>
#include <QString>

#include "ids.h"
#include "knowledgegraph.h"

namespace threadline {

// Actor-to-actor links, derived from the graph and never stored in it
// (SPEC.md: derived views are computed). Actors are the nodes of kind
// person, organization and country. Two actors are linked when they share
//  - an event: both have a participated_in edge to it; or
//  - a statement: one of them said it (a said edge) and the other either
//    said it too or is what it is about (an about edge to the actor).
// Two actors merely named together in one statement's about edges are not
// linked by it: nobody in the pair said anything.
struct ActorLink
{
    NodeId a; // a < b
    NodeId b;
    QList<NodeId> events;     // by date, then key
    QList<NodeId> statements; // by date, then key
    // The participated_in, said and about edges the link rests on, in id
    // order: the sources of the derived relationship's evidence.
    QList<EdgeId> basis;

    int weight() const { return int(events.size() + statements.size()); }
};

bool isActor(const KnowledgeGraph &graph, NodeId id);

// Every linked pair of actors, heaviest first, then by a and b: the same
// graph always gives the same list. Costs the sum over events of their
// participants squared, and likewise over statements.
QList<ActorLink> deriveActorLinks(const KnowledgeGraph &graph);

// The relation of a derived actor link, and its key prefix.
inline const QString actorLinkRelation = QStringLiteral("linked_with");

// A graph of the actors alone, for the "Actors Only" view: every actor node
// of `graph` under the same id, key, kind, label, aliases and properties,
// and one undirected edge (relation actorLinkRelation) per link, in the
// order of `links`, with properties "weight", "events", "statements",
// "directed": false and "derived": true, and as evidence the spans of the
// link's basis edges. The documents come along, so the spans still resolve.
KnowledgeGraph actorGraph(const KnowledgeGraph &graph, const QList<ActorLink> &links);

} // namespace threadline
