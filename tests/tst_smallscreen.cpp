// The window on a small screen, as the app sizes it: a 1600 × 1000 screen
// at QT_SCALE_FACTOR=1.5 (1066 × 666 logical pixels), the offscreen
// platform given that screen through its configuration file. The right
// panels were once cut off there.
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <memory>

#include "graphview.h"
#include "inspectorpanel.h"
#include "mainwindow.h"
#include "testsupport.h"

using namespace threadline;

class TestSmallScreen : public QObject
{
    Q_OBJECT

    QTemporaryDir home;

private Q_SLOTS:
    void theWindowAndItsPanelsFitTheScreen()
    {
        QScreen *screen = QGuiApplication::primaryScreen();
        QVERIFY(screen);
        QCOMPARE(screen->devicePixelRatio(), 1.5);
        const QRect available = screen->availableGeometry();
        // 1600 × 1000 / 1.5, rounded one way or the other.
        QVERIFY2(std::abs(available.width() - 1066) <= 1 && std::abs(available.height() - 666) <= 1,
                 qPrintable(QStringLiteral("%1×%2").arg(available.width()).arg(available.height())));
        qputenv("HOME", QFile::encodeName(home.path()));
        QStandardPaths::setTestModeEnabled(true);
        MainWindow window;
        // As runGui sizes it.
        window.resize(fittedWindowSize(window.size(), available));
        QSignalSpy loaded(&window, &MainWindow::graphLoaded);
        window.show();
        window.openBundledCorpus();
        QVERIFY(QTest::qWaitFor([&] { return loaded.count() >= 1; }, test::kSlowWorkMs));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(available.contains(window.frameGeometry()),
                 qPrintable(QStringLiteral("window %1,%2 %3×%4 on %5×%6")
                                .arg(window.frameGeometry().x()).arg(window.frameGeometry().y())
                                .arg(window.frameGeometry().width()).arg(window.frameGeometry().height())
                                .arg(available.width()).arg(available.height())));
        // Every panel a user works with is on screen, inside the window and
        // wide enough to read: the inspector on the right, the canvas, the
        // timeline below.
        const auto inWindow = [&](QWidget *w) { return QRect(w->mapTo(&window, QPoint(0, 0)), w->size()); };
        const QRect inspector = inWindow(window.inspector());
        QVERIFY(window.inspector()->isVisible());
        QVERIFY2(window.rect().contains(inspector) && inspector.width() >= 200,
                 qPrintable(QStringLiteral("the inspector at x %1, %2 wide, in a window %3 wide")
                                .arg(inspector.x()).arg(inspector.width()).arg(window.width())));
        const QRect canvas = inWindow(window.view());
        QVERIFY(window.rect().contains(canvas) && canvas.width() >= 400 && canvas.height() >= 250);
        QVERIFY(window.timelineDock()->isVisible());
        QVERIFY(window.rect().contains(inWindow(window.timelineDock())));
    }
};

int main(int argc, char **argv)
{
    // Before the application: the platform and the scale are read once.
    QTemporaryDir config;
    if (!config.isValid())
        return 2;
    const QString path = config.filePath(QStringLiteral("screens.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(R"({"screens": [{"name": "small", "x": 0, "y": 0, "width": 1600, "height": 1000,
                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(path));
    qputenv("QT_SCALE_FACTOR", "1.5");
    QApplication app(argc, argv);
    TestSmallScreen test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_smallscreen.moc"
