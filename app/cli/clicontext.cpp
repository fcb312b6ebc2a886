// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "clicontext.h"

#include "secrets/keychainsecretstore.h"
#include "storage/database.h"
#include "storage/usage.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace alertdesk {

QCommandLineOption makeOption(const QString& name, const QString& description, const QString& valueName)
{
    return valueName.isEmpty() ? QCommandLineOption(name, description)
                               : QCommandLineOption(name, description, valueName);
}

QString describeUsage(const Usage& usage)
{
    QStringList parts;
    if (!usage.contacts.isEmpty())
        parts.append(Cli::tr("chatbot of contacts %1").arg(usage.contacts.join(QStringLiteral(", "))));
    if (!usage.groups.isEmpty())
        parts.append(Cli::tr("member of groups %1").arg(usage.groups.join(QStringLiteral(", "))));
    if (!usage.policies.isEmpty())
        parts.append(Cli::tr("recipient of policies %1").arg(usage.policies.join(QStringLiteral(", "))));
    return parts.join(QStringLiteral("; "));
}

int exitStatusFor(const Error& error)
{
    switch (error.kind) {
    case Error::Kind::Storage:
        return ExitStorage;
    case Error::Kind::Keychain:
        return ExitKeychain;
    case Error::Kind::Invalid:
    case Error::Kind::Conflict:
    case Error::Kind::NotFound:
        break;
    }
    return ExitUsage;
}

CliContext::CliContext(QString databasePath, bool json, QTextStream& out, QTextStream& err)
    : m_databasePath(std::move(databasePath))
    , m_json(json)
    , m_out(out)
    , m_err(err)
{}

CliContext::~CliContext() = default;

Workspace* CliContext::workspace()
{
    if (!m_workspace) {
        auto opened =
            Workspace::open(m_databasePath, std::make_unique<KeychainSecretStore>(), Database::scriptLockWait);
        if (!opened.ok()) {
            fail(opened.error());
            return nullptr;
        }
        m_workspace = std::move(opened).value();
    }
    return m_workspace.get();
}

namespace {

// Errors name the domain field at fault; the operator typed an option, so name that.
QString optionForField(const QString& field)
{
    static const QHash<QString, QString> options{
        {QStringLiteral("name"), QStringLiteral("--name")},
        {QStringLiteral("keywords"), QStringLiteral("--keyword")},
        {QStringLiteral("ipRanges"), QStringLiteral("--ip")},
        {QStringLiteral("endpoint"), QStringLiteral("--webhook")},
        {QStringLiteral("webhook"), QStringLiteral("--webhook")},
        {QStringLiteral("accessToken"), QStringLiteral("--webhook")},
        {QStringLiteral("terms"), QStringLiteral("--accept-terms")},
        {QStringLiteral("avatar"), QStringLiteral("--avatar")},
        {QStringLiteral("secret"), QStringLiteral("--secret-stdin")},
        {QStringLiteral("notes"), QStringLiteral("--notes")},
        {QStringLiteral("phone"), QStringLiteral("--phone")},
        {QStringLiteral("email"), QStringLiteral("--email")},
        {QStringLiteral("userId"), QStringLiteral("--user-id")},
        {QStringLiteral("robotUuid"), QStringLiteral("--robot")},
        {QStringLiteral("robot"), QStringLiteral("--robot")},
        {QStringLiteral("description"), QStringLiteral("--description")},
        {QStringLiteral("members"), QStringLiteral("--member")},
        {QStringLiteral("rules"), QStringLiteral("--match")},
        {QStringLiteral("recipients"), QStringLiteral("--recipient")},
        {QStringLiteral("groupBy"), QStringLiteral("--group-by")},
        {QStringLiteral("groupWait"), QStringLiteral("--group-wait")},
        {QStringLiteral("groupInterval"), QStringLiteral("--group-interval")},
        {QStringLiteral("repeatInterval"), QStringLiteral("--repeat-interval")},
        {QStringLiteral("window"), QStringLiteral("--window")},
    };
    return options.value(field); // e.g. "security": a rule across options, the sentence says which
}

} // namespace

int CliContext::fail(const Error& error)
{
    const QString option = optionForField(error.field);
    const QString prefix = option.isEmpty() ? QString() : option + QStringLiteral(": ");
    m_err << Cli::tr("error: ") << prefix << error.message << Qt::endl;
    return exitStatusFor(error);
}

int CliContext::usage(const QString& message)
{
    m_err << Cli::tr("error: ") << message << Qt::endl;
    return ExitUsage;
}

void CliContext::warn(const QString& message)
{
    m_err << Cli::tr("warning: ") << message << Qt::endl;
}

void CliContext::printJson(const QJsonValue& value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

std::optional<QString> CliContext::readStdinLine()
{
    if (!m_stdinRead) {
        m_stdinRead = true;
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly)) {
            const QString all = QString::fromUtf8(in.readAll());
            m_stdinLines = all.split(QLatin1Char('\n'));
            if (!m_stdinLines.isEmpty() && m_stdinLines.last().isEmpty())
                m_stdinLines.removeLast();
        }
    }
    if (m_stdinLines.isEmpty())
        return std::nullopt;
    QString line = m_stdinLines.takeFirst();
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

} // namespace alertdesk
