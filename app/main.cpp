#include <QApplication>

#include "cli.h"

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
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Threadline"));
    QApplication::setOrganizationName(QStringLiteral("Threadline"));
    QApplication::setApplicationVersion(QStringLiteral(THREADLINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("threadline"));
    return headless ? threadline::cli::runHeadless(arguments) : threadline::cli::runGui(arguments);
}
