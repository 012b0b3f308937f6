#pragma once

class QMenu;
class QToolBar;

namespace threadline {

class MainWindow;

// The Layout menu, added to the window's menu bar: Lay Out Again (Ctrl+L,
// the automatic choice), every layout (Force-Directed, Kamada–Kawai up to
// LayoutRunner::kamadaKawaiLimit shown nodes, Circle, Radial around the
// selection, Multilevel), Pause/Resume and Cancel. On `toolbar`, a Lay Out
// button that lays out again, its arrow offering the menu.
QMenu *addLayoutMenu(MainWindow *window, QToolBar *toolbar);

} // namespace threadline
