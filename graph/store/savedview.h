#pragma once

#include <QDate>
#include <QSet>
#include <QString>

#include <optional>
#include <utility>

#include "types.h"

namespace threadline {

class KnowledgeGraph;

// What the canvas was limited to when a project was saved: the Filter
// tab's choices, and a focus on some nodes or a period of the timeline.
// It goes into the project's view state (meta "view_state") beside the
// canvas's own keys ("zoom", "centre", "fitted"), under "filter" and
// "focus".
struct SavedLimits
{
    QSet<NodeKind> hiddenKinds;
    QSet<QString> hiddenRelations;
    QSet<QString> hiddenDocuments;
    std::optional<std::pair<QDate, QDate>> period; // brushed on the timeline
    QSet<NodeId> focus;                            // empty: no focus

    friend bool operator==(const SavedLimits &, const SavedLimits &) = default;
};

namespace project {

// `viewState` (a JSON object; empty for none) with `limits` added; the
// keys already there stay as they are.
QString withLimits(const QString &viewState, const SavedLimits &limits);

// The limits `viewState` keeps, for `graph`: kinds, documents and nodes it
// does not have are left out (a focus on none of its nodes is no focus).
// nullopt for a state without them (saved before they were kept).
std::optional<SavedLimits> readLimits(const QString &viewState, const KnowledgeGraph &graph);

} // namespace project

} // namespace threadline
