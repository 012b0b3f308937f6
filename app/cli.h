#pragma once

#include <QStringList>

namespace threadline::cli {

// Exit codes fit for scripts.
enum ExitCode { Ok = 0, Failed = 1, UsageError = 2 };

// True when argv asks for work that needs no window (a subcommand, --help,
// --version); main() then starts Qt on the offscreen platform.
bool isHeadless(const QStringList &arguments);

// Runs a headless request; arguments include the program name.
int runHeadless(const QStringList &arguments);
// `threadline import FILES… --into PROJECT.threadline` (importcommand.cpp).
int runImport(const QStringList &arguments);

// Checks `threadline [FILE]` before any window system is touched: returns
// an exit code to stop with (after saying why), or -1 to go on.
int checkGuiArguments(const QStringList &arguments);

// The GUI: `threadline [FILE]`, arguments already checked.
int runGui(const QStringList &arguments);

} // namespace threadline::cli
