#include <QApplication>

#include "cli.h"

namespace {

QtMessageHandler defaultHandler = nullptr;

// Headless commands speak to scripts: stderr carries their own messages, not
// Qt's note that a display-less session has no XDG_RUNTIME_DIR.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const bool headless = threadline::cli::isHeadless(arguments);
    if (!headless) {
        if (const int code = threadline::cli::checkGuiArguments(arguments); code >= 0)
            return code;
    }
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // no display needed, none asked for
    if (headless)
        defaultHandler = qInstallMessageHandler(quietHandler);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Threadline"));
    QApplication::setOrganizationName(QStringLiteral("Threadline"));
    QApplication::setApplicationVersion(QStringLiteral(THREADLINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("threadline"));
    return headless ? threadline::cli::runHeadless(arguments) : threadline::cli::runGui(arguments);
}
