#pragma once

#include <QWidget>

#include "actorlinks.h"
#include "ids.h"

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace threadline {

class KnowledgeGraph;

// The Links tab of the Actors Only view: what a derived actor-to-actor link
// rests on. For a link, its shared events (date, name, type) and its shared
// statements (the quote, who said it, when), one row each; clicking one asks
// for that event or statement in the full graph (nodeActivated). For an
// actor, its links, heaviest first; clicking one asks for that link
// (linkActivated, a derived edge id).
class DerivationPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int NodeRole = Qt::UserRole + 1; // an event or statement of the full graph
    static constexpr int LinkRole = Qt::UserRole + 2; // a derived edge

    explicit DerivationPanel(QWidget *parent = nullptr);

    void showLink(const KnowledgeGraph &graph, const ActorLink &link);
    // `derived` is the actor graph (actorGraph) the actor is a node of.
    void showActor(const KnowledgeGraph &derived, NodeId actor);
    // No link chosen: the heading says how to choose one.
    void clear();

    QLabel *heading() const { return m_heading; }
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void nodeActivated(threadline::NodeId id);
    void linkActivated(threadline::EdgeId id);

private:
    void onItemClicked(QListWidgetItem *item);
    QListWidgetItem *addSection(const QString &title);

    QLabel *m_heading;
    QListWidget *m_list;
};

} // namespace threadline
