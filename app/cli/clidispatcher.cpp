// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "clidispatcher.h"

#include "clicontext.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QTextStream>

namespace alertdesk {

namespace {

QList<CliEntity> entities()
{
    return {robotCommands(), contactCommands(), groupCommands(), policyCommands(), proxyCommands(), settingsCommands()};
}

QList<CliCommand> commands()
{
    return {renderCommand(), sendTestCommand(), demoCommand(), exportCommand(), importCommand()};
}

QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption(
            QStringLiteral("db"),
            Cli::tr("Workspace file to use (default: $ALERTDESK_DB, else %1).").arg(Workspace::defaultDatabasePath()),
            Cli::tr("PATH")),
        QCommandLineOption(QStringLiteral("json"), Cli::tr("Print list and show output as JSON.")),
    };
}

QString mainHelp()
{
    QString text =
        Cli::tr("Usage: alertdeskctl [--db PATH] [--json] COMMAND VERB [OPTIONS]\n\n"
                "Sets up DingTalk group robots, contacts, contact groups and notification policies in an "
                "AlertDesk workspace.\nRobot access tokens and signing secrets are kept in the system keychain "
                "and read from standard input only.\n\nCommands:\n");
    for (const CliEntity& entity : entities()) {
        QStringList verbs;
        for (const CliVerb& verb : entity.verbs)
            verbs.append(verb.name);
        text += QStringLiteral("  %1  %2\n      %3\n")
                    .arg(entity.name.leftJustified(8), verbs.join(QLatin1Char('|')), entity.summary);
    }
    for (const CliCommand& command : commands())
        text += QStringLiteral("  %1\n      %2\n").arg(command.name, command.summary);
    text += Cli::tr("\nGlobal options:\n"
                    "  --db PATH    workspace file (default: $ALERTDESK_DB, else %1)\n"
                    "  --json       JSON output for list and show\n"
                    "  --help       help; also after any command: alertdeskctl robot add --help\n"
                    "  --version    print the version\n\n"
                    "Exit status: 0 ok, 1 usage or validation error, 2 workspace/storage error, 3 keychain error;\n"
                    "send-test also 4 refused before sending, 5 DingTalk answered with an error, 6 network, HTTP or\n"
                    "timeout failure.\n")
                .arg(Workspace::defaultDatabasePath());
    return text;
}

QString entityHelp(const CliEntity& entity)
{
    QString text = Cli::tr("Usage: alertdeskctl %1 VERB [OPTIONS]\n\n%2\n\nVerbs:\n").arg(entity.name, entity.summary);
    for (const CliVerb& verb : entity.verbs)
        text += QStringLiteral("  %1  %2\n").arg(verb.name.leftJustified(13), verb.summary);
    text += Cli::tr("\nRun 'alertdeskctl %1 VERB --help' for the options of a verb.\n").arg(entity.name);
    return text;
}

bool isHelp(const QString& argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h") || argument == QLatin1String("help");
}

int runVerb(const CliEntity& entity, const CliVerb& verb, const QStringList& rest, QTextStream& out, QTextStream& err);

// A verb-less command runs as a verb with an empty name: same option handling, same help.
int runCommand(const CliCommand& command, const QStringList& rest, QTextStream& out, QTextStream& err)
{
    const CliEntity entity{command.name, command.summary, {}};
    const CliVerb verb{QString(), command.summary, QString(), command.addOptions, command.run};
    return runVerb(entity, verb, rest, out, err);
}

int runVerb(const CliEntity& entity, const CliVerb& verb, const QStringList& rest, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(verb.summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help."));
    parser.addOption(help);
    if (!verb.arguments.isEmpty())
        parser.addPositionalArgument(verb.arguments, Cli::tr("The %1 to act on.").arg(entity.name), verb.arguments);
    verb.addOptions(parser);

    const QString command = verb.name.isEmpty() ? QStringLiteral("alertdeskctl %1").arg(entity.name)
                                                : QStringLiteral("alertdeskctl %1 %2").arg(entity.name, verb.name);
    if (!parser.parse(QStringList{command} + rest)) {
        err << Cli::tr("error: ") << parser.errorText() << Qt::endl
            << Cli::tr("Run '%1 --help' for its options.").arg(command) << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // Qt names the binary by its full path; name the command as the operator typed it. Only the path is
        // replaced: Qt's "Usage: %1" is translated (qtbase), and may have no space after its colon.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program); at >= 0)
            text.replace(at, program.size(), command);
        out << text;
        return ExitOk;
    }
    // One positional argument per word of the verb's argument names ("KEY VALUE" takes two).
    const qsizetype expected = verb.arguments.isEmpty() ? 0 : verb.arguments.split(QLatin1Char(' ')).size();
    if (parser.positionalArguments().size() != expected) {
        if (expected > 1)
            err << Cli::tr("error: %1 needs %2.").arg(command, verb.arguments) << Qt::endl;
        else
            err << (expected ? Cli::tr("error: %1 needs exactly one %2.").arg(command, verb.arguments)
                             : Cli::tr("error: %1 takes no arguments besides its options.").arg(command))
                << Qt::endl;
        return ExitUsage;
    }
    const QString db = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : QString();
    CliContext context(db.isEmpty() ? Workspace::defaultDatabasePath() : db, parser.isSet(QStringLiteral("json")), out,
                       err);
    return verb.run(context, parser);
}

} // namespace

int runCli(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = arguments.mid(1);
    // Global options may come before the command; they are handed on to the verb's parser.
    QStringList globals;
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--version") || option == QLatin1String("-v")) {
            out << QStringLiteral("alertdeskctl %1\n").arg(QCoreApplication::applicationVersion());
            return ExitOk;
        }
        if (isHelp(option)) {
            out << mainHelp();
            return ExitOk;
        }
        globals.append(option);
        if (option == QLatin1String("--db") && !args.isEmpty())
            globals.append(args.takeFirst());
    }
    if (args.isEmpty()) {
        err << mainHelp();
        return ExitUsage;
    }
    const QString entityName = args.takeFirst();
    for (const CliCommand& command : commands()) {
        if (command.name == entityName)
            return runCommand(command, globals + args, out, err);
    }
    for (const CliEntity& entity : entities()) {
        if (entity.name != entityName)
            continue;
        if (args.isEmpty() || isHelp(args.first())) {
            (args.isEmpty() ? err : out) << entityHelp(entity);
            return args.isEmpty() ? ExitUsage : ExitOk;
        }
        const QString verbName = args.takeFirst();
        for (const CliVerb& verb : entity.verbs) {
            if (verb.name == verbName)
                return runVerb(entity, verb, globals + args, out, err);
        }
        err << Cli::tr("error: '%1' is not a verb of '%2'.").arg(verbName, entity.name) << Qt::endl
            << entityHelp(entity);
        return ExitUsage;
    }
    err << Cli::tr("error: unknown command '%1'.").arg(entityName) << Qt::endl << mainHelp();
    return ExitUsage;
}

} // namespace alertdesk
