// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "launchoptions.h"

#include "translations.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace alertdesk {

namespace {

struct Options {
    QCommandLineOption db{QStringList{QStringLiteral("db")},
                          LaunchOptions::tr("Open the workspace file PATH (default: $ALERTDESK_DB, else %1).")
                              .arg(QDir::toNativeSeparators(Workspace::defaultDatabasePath())),
                          LaunchOptions::tr("PATH")};
    QCommandLineOption screenshot{
        QStringList{QStringLiteral("screenshot")},
        LaunchOptions::tr("Save a PNG of the main window to FILE once it is shown, then quit."),
        LaunchOptions::tr("FILE")};
    QCommandLineOption lang{QStringList{QStringLiteral("lang")},
                            LaunchOptions::tr("Use LANGUAGE (%1) instead of the system's language.")
                                .arg(availableLanguages().join(QStringLiteral(", "))),
                            LaunchOptions::tr("LANGUAGE")};

    QCommandLineOption page{QStringList{QStringLiteral("page")},
                            LaunchOptions::tr("Open on PAGE (%1) instead of the page shown last.")
                                .arg(LaunchOptions::pageKeys().join(QStringLiteral(", "))),
                            LaunchOptions::tr("PAGE")};

    QCommandLineOption startupCheck{
        QStringList{QStringLiteral("startup-check")},
        LaunchOptions::tr("Open the workspace, show the window and quit right after it is first drawn.")};

    void addTo(QCommandLineParser& parser) const { parser.addOptions({db, screenshot, lang, page, startupCheck}); }
};

} // namespace

QStringList LaunchOptions::pageKeys()
{
    return {QStringLiteral("robots"),   QStringLiteral("contacts"),  QStringLiteral("groups"),
            QStringLiteral("policies"), QStringLiteral("send-test"), QStringLiteral("export")};
}

QString LaunchOptions::requestedLanguage(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("LANGUAGE"));
    parser.addOption(lang);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    // Everything but --lang is unknown here; the full parse below reports real errors.
    parser.parse(arguments);
    const QString language = parser.value(lang);
    return availableLanguages().contains(language) ? language : QString();
}

Result<LaunchOptions> LaunchOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Set up DingTalk group-robot alert notifications."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options options;
    options.addTo(parser);
    if (!parser.parse(arguments)) {
        return Error::invalid(QString(), parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion();
    }
    if (!parser.positionalArguments().isEmpty()) {
        return Error::invalid(QString(), tr("Unexpected argument \"%1\"; use --db PATH to open a workspace file.")
                                             .arg(parser.positionalArguments().constFirst()));
    }

    LaunchOptions result;
    result.language = parser.value(options.lang);
    if (!result.language.isEmpty() && !availableLanguages().contains(result.language)) {
        return Error::invalid(QStringLiteral("lang"),
                              tr("AlertDesk has no translation \"%1\"; use one of: %2.")
                                  .arg(result.language, availableLanguages().join(QStringLiteral(", "))));
    }
    result.databasePath = parser.isSet(options.db) ? QFileInfo(parser.value(options.db)).absoluteFilePath()
                                                   : Workspace::defaultDatabasePath();
    if (parser.isSet(options.screenshot)) {
        result.screenshotPath = QFileInfo(parser.value(options.screenshot)).absoluteFilePath();
    }
    result.page = parser.value(options.page);
    if (!result.page.isEmpty() && !pageKeys().contains(result.page)) {
        return Error::invalid(QStringLiteral("page"), tr("AlertDesk has no page \"%1\"; use one of: %2.")
                                                          .arg(result.page, pageKeys().join(QStringLiteral(", "))));
    }
    result.startupCheck = parser.isSet(options.startupCheck);
    return result;
}

} // namespace alertdesk
