#pragma once

#include <QHash>
#include <QObject>
#include <QPoint>
#include <QTransform>

#include "actorlinks.h"
#include "knowledgegraph.h"

class QAction;
class QLabel;

namespace threadline {

class DerivationPanel;
class GraphScene;
class MainWindow;

// View → Actors Only: the canvas shows the actors alone, linked where they
// share events or statements (actorlinks.h), one line per pair with its
// weight on it. The picture is derived and read-only: it is a second scene
// built from a copy (actorGraph) and swapped into the window's view; the
// document, its scene, selection and filter are left alone, and turning the
// view off puts that scene back as it was, zoom and scroll included. A click
// on a line lists what it rests on in the Links tab (DerivationPanel); a
// click on an event or statement there leaves Actors Only and selects it.
class ActorsView : public QObject
{
    Q_OBJECT

public:
    explicit ActorsView(MainWindow *window);

    QAction *action() const { return m_action; } // checkable, Ctrl+Shift+O
    bool isActive() const { return m_active; }
    void setActive(bool on);

    GraphScene *scene() const { return m_scene; }
    const KnowledgeGraph &graph() const { return m_graph; } // the derived actor graph
    const QList<ActorLink> &links() const { return m_links; }
    // The link a derived edge stands for; nullptr for an unknown edge.
    const ActorLink *link(EdgeId derivedEdge) const;
    DerivationPanel *panel() const { return m_panel; }

Q_SIGNALS:
    void activeChanged(bool on);

private:
    void rebuild();
    void onSelectionChanged();
    void onNodeActivated(NodeId id);

    MainWindow *m_window;
    QAction *m_action;
    GraphScene *m_scene;
    DerivationPanel *m_panel;
    QLabel *m_note;
    KnowledgeGraph m_graph;
    QList<ActorLink> m_links;
    QHash<EdgeId, qsizetype> m_linkOfEdge;
    bool m_active = false;
    bool m_stale = true; // the document changed since the links were derived
    // The normal canvas as it was left.
    QTransform m_savedTransform;
    QPoint m_savedScroll;
    bool m_savedFitted = false;
};

} // namespace threadline
