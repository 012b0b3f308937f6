#pragma once

// For suites that drive the real window: a MainWindow on the bundled corpus,
// with settings of this run only.

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "mainwindow.h"
#include "testsupport.h"

namespace threadline::test {

// Opens the window on the bundled corpus at 1500×950, HOME in `home` (no
// run reads another's settings), shown and exposed; false when it did not
// load or show.
inline bool openCorpusWindow(std::unique_ptr<MainWindow> &window, const QTemporaryDir &home)
{
    if (!home.isValid())
        return false;
    qputenv("HOME", QFile::encodeName(home.path()));
    QStandardPaths::setTestModeEnabled(true);
    window = std::make_unique<MainWindow>();
    QSignalSpy loaded(window.get(), &MainWindow::graphLoaded);
    window->resize(1500, 950);
    window->show();
    window->openBundledCorpus();
    return QTest::qWaitFor([&] { return loaded.count() >= 1; }, kSlowWorkMs)
        && QTest::qWaitForWindowExposed(window.get());
}

} // namespace threadline::test
