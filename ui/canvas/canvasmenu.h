#pragma once

#include <QObject>
#include <QPoint>

#include "ids.h"

class QMenu;

namespace threadline {

class MainWindow;

// The canvas's right-click gestures, kept out of the view and the scene:
// on a node (which it selects) Hide, Pin / Unpin, Expand and Collapse
// Neighbours, Focus on This Node (depth 1-3), Path From Here and Path To
// Here; on the background Show All and Fit. Every change of the graph's
// view state is one undo step; focus is a view filter, like a brushed
// period on the timeline, and Show All ends either.
class CanvasMenu : public QObject
{
    Q_OBJECT

public:
    explicit CanvasMenu(MainWindow *window);

    // The menu for what lies under `pos` (canvas viewport coordinates), as
    // a right-click there would open it: a node under it is selected first.
    // The caller owns the menu.
    QMenu *menuAt(QPoint pos);
    // The node Path From Here remembered; invalid when none.
    NodeId pathStart() const { return m_pathStart; }

    void expandNeighbours(NodeId id);
    void collapseNeighbours(NodeId id);
    void focusOn(NodeId id, int depth);
    void setPathStart(NodeId id);
    // The shortest path from the remembered node to `to`, shown in the Path
    // tab and selected on the canvas.
    void showPathTo(NodeId to);

private:
    void onRequested(QPoint pos);
    QMenu *nodeMenu(NodeId id);
    QMenu *backgroundMenu();
    void say(const QString &text, int milliseconds = 8000);

    MainWindow *m_window;
    NodeId m_pathStart;
};

} // namespace threadline
