// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// alertdeskctl proxy: the workspace's proxy for reaching DingTalk (workspace_settings "proxy"), used by every sender
// of this workspace instead of the system's proxy configuration.
#include "clicontext.h"

#include "dingtalk/dingtalkclient.h"
#include "storage/settingsrepository.h"
#include "workspace.h"

#include <QJsonObject>

namespace alertdesk {

namespace {

const QString proxyKey = QStringLiteral("proxy");

int show(CliContext& cli, const QCommandLineParser&)
{
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    auto setting = workspace->settings().value(proxyKey);
    if (!setting)
        return cli.fail(setting.error());
    const QString value = setting.value().value_or(QString());
    if (cli.json()) {
        cli.printJson(QJsonObject{{QStringLiteral("proxy"), value.isEmpty() ? QJsonValue() : QJsonValue(value)}});
        return ExitOk;
    }
    if (value.isEmpty())
        cli.out() << Cli::tr("No proxy is set in this workspace: DingTalk is reached through the system's proxy "
                             "configuration (http_proxy, https_proxy and no_proxy on Linux).")
                  << Qt::endl;
    else if (value == QLatin1String("direct"))
        cli.out() << Cli::tr("direct: DingTalk is reached without any proxy.") << Qt::endl;
    else
        cli.out() << value << Qt::endl;
    return ExitOk;
}

int set(CliContext& cli, const QCommandLineParser& parser)
{
    const QString value = parser.positionalArguments().constFirst().trimmed();
    auto parsed = DingTalkClient::parseProxySetting(value);
    if (!parsed)
        return cli.fail(parsed.error());
    // A proxy password would be a secret in the workspace file; secrets live only in the keychain.
    if (!QUrl(value).userInfo().isEmpty())
        return cli.fail(Error::invalid(proxyKey, Cli::tr("AlertDesk does not keep proxy passwords in the workspace "
                                                         "file. Give the proxy without user and password, or use "
                                                         "the system's proxy configuration (https_proxy).")));
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    if (auto stored = workspace->settings().setValue(proxyKey, value); !stored)
        return cli.fail(stored.error());
    cli.out() << Cli::tr("DingTalk is now reached through %1 from this workspace.").arg(value) << Qt::endl;
    return ExitOk;
}

int clear(CliContext& cli, const QCommandLineParser&)
{
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    if (auto stored = workspace->settings().setValue(proxyKey, std::nullopt); !stored)
        return cli.fail(stored.error());
    cli.out() << Cli::tr("The workspace's proxy is cleared: the system's proxy configuration applies again.")
              << Qt::endl;
    return ExitOk;
}

} // namespace

CliEntity proxyCommands()
{
    const auto none = [](QCommandLineParser&) {};
    return {
        QStringLiteral("proxy"),
        Cli::tr("The proxy this workspace reaches DingTalk through (default: the system's proxy configuration)."),
        {
            {QStringLiteral("show"), Cli::tr("Show the workspace's proxy."), {}, none, show},
            {QStringLiteral("set"),
             Cli::tr("Set it: http://HOST:PORT, socks5://HOST:PORT, or direct (no proxy at all)."), Cli::tr("URL"),
             none, set},
            {QStringLiteral("clear"), Cli::tr("Go back to the system's proxy configuration."), {}, none, clear},
        },
    };
}

} // namespace alertdesk
