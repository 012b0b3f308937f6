#pragma once

// For suites that drive the real window: a MainWindow on the bundled corpus,
// with settings of this run only.

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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

// Answers the next modal message box called `name` by clicking the button
// whose text (without '&') is `button`, once it shows (it runs its own
// event loop); `context` owns the watch.
inline void answerMessageBox(QObject *context, const QString &name, const QString &button)
{
    auto *timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, name, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != name || !box->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().remove(QLatin1Char('&')) == button) {
                QTest::mouseClick(b, Qt::LeftButton);
                return;
            }
        }
        qWarning() << "no button" << button << "in" << name;
    });
    timer->start();
}

// A second window at 1500×950 opened on `path`, shown and loaded; null
// when it did not load.
inline std::unique_ptr<MainWindow> openInNewWindow(const QString &path)
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1500, 950);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QSignalSpy loaded(window.get(), &MainWindow::graphLoaded);
    window->openFile(path);
    if (!QTest::qWaitFor([&] { return loaded.count() >= 1; }, kSlowWorkMs))
        return nullptr;
    return window;
}

} // namespace threadline::test
