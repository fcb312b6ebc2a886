// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonValue>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>

namespace alertdesk {

class Workspace;
struct Usage;

/// The translation context of alertdeskctl's own sentences.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(alertdesk::Cli)
};

/// A QCommandLineOption with a value when `valueName` is given, a switch otherwise.
QCommandLineOption makeOption(const QString& name, const QString& description, const QString& valueName = {});
/// Whether the option was given. Unlike QCommandLineParser::isSet(), fine to ask about options a verb does not
/// define (add and edit share their option handling; only edit has --no-keywords and friends).
inline bool isGiven(const QCommandLineParser& parser, const QString& name)
{
    return parser.optionNames().contains(name);
}
/// "chatbot of contacts a, b; recipient of policies c", for confirmations before a remove.
QString describeUsage(const Usage& usage);

/// Exit statuses of alertdeskctl, as the README documents them.
enum ExitStatus {
    ExitOk = 0,
    ExitUsage = 1,
    ExitStorage = 2,
    ExitKeychain = 3,
    ExitRefused = 4,       ///< send-test: refused before sending (checks, or held back by the rate budget)
    ExitDingTalkError = 5, ///< send-test: DingTalk answered with an error
    ExitNetwork = 6,       ///< send-test: network, HTTP or timeout failure
};

/// What every command gets: the parsed options of its verb, the streams, and the workspace (opened on first use, so
/// `--help` works without one). Commands report failures with fail(), which prints the sentence and picks the exit
/// status from the kind of error.
class CliContext {
public:
    CliContext(QString databasePath, bool json, QTextStream& out, QTextStream& err);
    ~CliContext();

    /// Opens the workspace (with the system keychain) on first call; std::nullopt after printing why it could not.
    Workspace* workspace();
    bool json() const { return m_json; }
    /// The workspace file this command uses (--db, $ALERTDESK_DB or the default), whether or not it exists yet.
    QString databasePath() const { return m_databasePath; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    int fail(const Error& error);
    int usage(const QString& message);
    void warn(const QString& message);
    void printJson(const QJsonValue& value);

    /// Lines read from standard input, in order, for --webhook-stdin / --secret-stdin; never from argv.
    std::optional<QString> readStdinLine();

    /// Runs an asynchronous core call and waits for its answer with a local event loop (the CLI may block).
    template <typename T> T wait(const std::function<void(QObject* context, std::function<void(T)> done)>& start)
    {
        std::optional<T> answer;
        QEventLoop loop;
        QObject context;
        start(&context, [&](T value) {
            answer.emplace(std::move(value));
            loop.quit();
        });
        if (!answer)
            loop.exec();
        return std::move(*answer);
    }

private:
    QString m_databasePath;
    bool m_json = false;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Workspace> m_workspace;
    QStringList m_stdinLines;
    bool m_stdinRead = false;
};

/// One verb of one entity ("robot add"): its options and what it does.
struct CliVerb {
    QString name;
    QString summary;
    QString arguments; ///< positional arguments for the help text, e.g. "NAME"
    std::function<void(QCommandLineParser&)> addOptions;
    std::function<int(CliContext&, const QCommandLineParser&)> run;
};

struct CliEntity {
    QString name;
    QString summary;
    QList<CliVerb> verbs;
};

/// A top-level command without verbs ("alertdeskctl render ..."): its options and what it does.
struct CliCommand {
    QString name;
    QString summary;
    std::function<void(QCommandLineParser&)> addOptions;
    std::function<int(CliContext&, const QCommandLineParser&)> run;
};

CliCommand renderCommand();
CliCommand sendTestCommand();
CliCommand demoCommand();
CliCommand importCommand();
CliCommand exportCommand();

CliEntity robotCommands();
CliEntity contactCommands();
CliEntity groupCommands();
CliEntity policyCommands();
CliEntity proxyCommands();
CliEntity settingsCommands();

/// The exit status for an error: 1 input, 2 storage, 3 keychain.
int exitStatusFor(const Error& error);

} // namespace alertdesk
