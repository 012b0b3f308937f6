// Importing many articles in the real window (File → Import Articles does
// the same): 1,000 article files by default, written from the bundled
// corpus and the test articles with a number added to each so that every
// one is new. Two runs, one JSON line each:
//
//   {"bench": "import_window", "articles", "ms", "longest_gui_stall_ms",
//    "progress_updates", "proposals", "nodes", "edges", "max_rss_kib"}
//     the whole import, from the call to the review panel filled, and the
//     longest time the window's event loop did not turn meanwhile;
//   {"bench": "import_accept_all", ...}, {"bench": "import_accept_undo", ...}
//     Accept All in the review panel, then Ctrl+Z: the graph the articles
//     make, as one step, and back;
//   {"bench": "import_cancel", "articles", "cancel_after_ms", "ms", ...}
//     Cancel clicked in the progress dialog after cancel_after_ms: "ms" is
//     from the click until the window says nothing was added.
//
//   QT_QPA_PLATFORM=offscreen build/release/tests/bench_import [ARTICLES]
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "articlereader.h"
#include "benchreport.h"
#include "benchtexts.h"
#include "bundledcorpus.h"
#include "mainwindow.h"
#include "reviewpanel.h"

using namespace threadline;

namespace {

// Writes `count` article files into `dir`, each a source article with its
// own number in the title and a closing line, so each has its own id.
QStringList writeArticles(const QString &dir, int count)
{
    const QList<Document> sources = bench::benchArticles();
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const Document &d = sources.at(i % sources.size());
        const QString path = QStringLiteral("%1/article-%2.md").arg(dir).arg(i, 4, 10, QLatin1Char('0'));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("bench_import: cannot write %s", qPrintable(path));
        const QString text = QStringLiteral("---\ntitle: %1 (%2)\noutlet: %3\ndate: %4\n---\n%5\n\nUpdate %2.\n")
                                 .arg(d.title, QString::number(i), d.outlet.isEmpty() ? QStringLiteral("Wire") : d.outlet,
                                      d.date, d.text);
        file.write(text.toUtf8());
        paths.append(path);
    }
    return paths;
}

// The longest time between two turns of the event loop while it runs.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_tick.setInterval(5);
        connect(&m_tick, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_last = 0;
        m_tick.start();
    }
    double longestMs() const { return m_longest / 1e6; }

private:
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

} // namespace

// The window's progress dialog for imports, once it exists.
QProgressDialog *importDialog(const MainWindow &window)
{
    for (QProgressDialog *d : window.findChildren<QProgressDialog *>()) {
        if (d->windowTitle() == QLatin1String("Importing"))
            return d;
    }
    return nullptr;
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, QString::fromLatin1(argv[1]).toInt()) : 1000;
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    QStandardPaths::setTestModeEnabled(true);
    QDir(home.path()).mkpath(QStringLiteral("articles"));
    const QStringList files = writeArticles(home.filePath(QStringLiteral("articles")), count);

    // The whole import, then Accept All in the review panel.
    {
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        window.newProject();
        int progressUpdates = 0;
        int added = -1;
        QObject::connect(&window, &MainWindow::articlesImported, &window, [&](int n) { added = n; });
        QElapsedTimer timer;
        auto stalls = std::make_unique<StallMeter>();
        timer.start();
        window.importArticles(files);
        if (QProgressDialog *dialog = importDialog(window))
            QObject::connect(dialog->findChild<QProgressBar *>(), &QProgressBar::valueChanged, &window,
                             [&] { ++progressUpdates; });
        while (added < 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        const double ms = timer.nsecsElapsed() / 1e6;
        auto *review = window.findChild<ReviewPanel *>();
        if (!review)
            qFatal("bench_import: no review panel");
        bench::report("import_window", window.graph(), ms,
                      {{QStringLiteral("articles"), added},
                       {QStringLiteral("longest_gui_stall_ms"), stalls->longestMs()},
                       {QStringLiteral("progress_updates"), progressUpdates},
                       {QStringLiteral("articles_in_review"), review->pendingArticles()}});
        stalls = std::make_unique<StallMeter>();
        timer.start();
        QTest::mouseClick(review->acceptAllButton(), Qt::LeftButton);
        // And what the window catches up on once the changes are in.
        for (int turn = 0; turn < 3; ++turn)
            QCoreApplication::processEvents();
        bench::report("import_accept_all", window.graph(), timer.nsecsElapsed() / 1e6,
                      {{QStringLiteral("articles"), added},
                       {QStringLiteral("longest_gui_stall_ms"), stalls->longestMs()},
                       {QStringLiteral("articles_in_review"), review->pendingArticles()}});
        // Undo (what Ctrl+Z does): all of it goes, in one step.
        const int steps = window.undoStack()->index();
        stalls = std::make_unique<StallMeter>();
        timer.start();
        window.undoStack()->undo();
        for (int turn = 0; turn < 3; ++turn)
            QCoreApplication::processEvents();
        bench::report("import_accept_undo", window.graph(), timer.nsecsElapsed() / 1e6,
                      {{QStringLiteral("articles"), added},
                       {QStringLiteral("longest_gui_stall_ms"), stalls->longestMs()},
                       {QStringLiteral("undo_steps"), steps - window.undoStack()->index()}});
    }

    // Cancel, clicked as a user does, part of the way through.
    {
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        window.newProject();
        int added = -1;
        QObject::connect(&window, &MainWindow::articlesImported, &window, [&](int n) { added = n; });
        QElapsedTimer sinceStart;
        sinceStart.start();
        window.importArticles(files);
        // A quarter of the way through, as the dialog counts.
        QProgressDialog *dialog = importDialog(window);
        while (dialog && added < 0 && dialog->value() < int(files.size()) / 4)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        QPushButton *cancel = dialog ? dialog->findChild<QPushButton *>() : nullptr;
        if (!cancel || added >= 0)
            qFatal("bench_import: the import was over before Cancel could be clicked");
        const qint64 cancelAfter = sinceStart.elapsed();
        const int doneAtCancel = dialog->value();
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(cancel, Qt::LeftButton);
        while (added < 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        bench::report("import_cancel", window.graph(), timer.nsecsElapsed() / 1e6,
                      {{QStringLiteral("articles"), qint64(files.size())},
                       {QStringLiteral("cancel_after_ms"), cancelAfter},
                       {QStringLiteral("read_when_cancelled"), doneAtCancel},
                       {QStringLiteral("added"), added}});
    }
    return 0;
}
