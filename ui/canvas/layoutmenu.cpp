#include "layoutmenu.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>

#include "graphscene.h"
#include "layout.h"
#include "layoutrunner.h"
#include "mainwindow.h"

namespace threadline {

QMenu *addLayoutMenu(MainWindow *window, QToolBar *toolbar)
{
    QMenu *menu = window->menuBar()->addMenu(MainWindow::tr("&Layout"));
    menu->setObjectName(QStringLiteral("layoutMenu"));
    QAction *again = menu->addAction(MainWindow::tr("Lay Out &Again"), window, &MainWindow::relayout);
    again->setObjectName(QStringLiteral("layout_again"));
    again->setShortcut(Qt::CTRL | Qt::Key_L);
    again->setToolTip(
        MainWindow::tr("Lay out what the canvas shows: force-directed, multilevel above %1 nodes (Ctrl+L)")
            .arg(multilevelThreshold));
    menu->addSeparator();
    struct Entry
    {
        LayoutKind kind;
        const char *name;
        QString text;
        QString tip;
    };
    const Entry entries[] = {
        {LayoutKind::ForceDirected, "fr", MainWindow::tr("&Force-Directed (Fruchterman–Reingold)"),
         MainWindow::tr("Related nodes close, unrelated apart; the multilevel engine above %1 nodes")
             .arg(multilevelThreshold)},
        {LayoutKind::KamadaKawai, "kk", MainWindow::tr("&Kamada–Kawai"),
         MainWindow::tr("Distances on the page follow distances in the graph; up to %1 nodes")
             .arg(LayoutRunner::kamadaKawaiLimit)},
        {LayoutKind::Circle, "circle", MainWindow::tr("&Circle"),
         MainWindow::tr("One ring, grouped by kind, then by name")},
        {LayoutKind::Radial, "radial", MainWindow::tr("&Radial around the Selection"),
         MainWindow::tr(
             "Rings of increasing distance around the selected node (the most connected when none is)")},
        {LayoutKind::Multilevel, "multilevel", MainWindow::tr("&Multilevel (Large Graphs)"),
         MainWindow::tr("Multilevel force-directed layout, streamed in as it refines; pause and cancel in "
                        "the status bar")},
        {LayoutKind::Groups, "groups", MainWindow::tr("&Groups Apart (LinLog)"),
         MainWindow::tr("Multilevel, with edges pulling by the logarithm of their length (LinLog, as in "
                        "ForceAtlas2): groups of closely tied nodes stand apart, at any size")},
    };
    QAction *kamadaKawai = nullptr;
    for (const Entry &entry : entries) {
        QAction *action =
            menu->addAction(entry.text, window, [window, kind = entry.kind] { window->layOut(kind); });
        action->setObjectName(QStringLiteral("layout_") + QLatin1String(entry.name));
        action->setStatusTip(entry.tip);
        action->setToolTip(entry.tip);
        if (entry.kind == LayoutKind::KamadaKawai)
            kamadaKawai = action;
    }
    menu->addSeparator();
    LayoutRunner *runner = window->layoutRunner();
    QAction *pause = menu->addAction(MainWindow::tr("&Pause Layout"), runner,
                                     [runner] { runner->setPaused(!runner->isPaused()); });
    pause->setObjectName(QStringLiteral("layout_pause"));
    QAction *cancel = menu->addAction(MainWindow::tr("Ca&ncel Layout"), runner, &LayoutRunner::cancel);
    cancel->setObjectName(QStringLiteral("layout_cancel"));
    QObject::connect(menu, &QMenu::aboutToShow, window, [window, runner, kamadaKawai, pause, cancel] {
        kamadaKawai->setEnabled(window->scene()->visibleNodeCount() <= LayoutRunner::kamadaKawaiLimit);
        pause->setEnabled(runner->hasProgress());
        pause->setText(runner->isPaused() ? MainWindow::tr("Res&ume Layout")
                                          : MainWindow::tr("&Pause Layout"));
        cancel->setEnabled(runner->isRunning());
    });

    // On the toolbar: a click lays out again, the arrow offers every layout.
    auto *button = new QToolButton(toolbar);
    button->setObjectName(QStringLiteral("layoutButton"));
    button->setDefaultAction(again);
    button->setText(MainWindow::tr("Lay Out"));
    button->setMenu(menu);
    button->setPopupMode(QToolButton::MenuButtonPopup);
    toolbar->addWidget(button);
    return menu;
}

} // namespace threadline
