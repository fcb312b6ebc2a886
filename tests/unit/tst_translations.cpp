// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// One pair of .ts files covers core, alertdeskctl and the GUI; both binaries load it through installTranslations().
// This test loads zh_CN the way they do and checks sentences of each part, and it checks the zh_CN .ts file itself:
// every message translated, and every translation keeps the placeholders (%1..%9, %n) of its source.
#include "dingtalk/webhookurl.h"
#include "domain/validation.h"
#include "translations.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace alertdesk;

namespace {

bool hasChinese(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

QString tsPath(const char* language)
{
    return QDir(QStringLiteral(ALERTDESK_TRANSLATIONS_DIR))
        .filePath(QStringLiteral("alertdesk_%1.ts").arg(QLatin1String(language)));
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("%([1-9]|n)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    return found;
}

/// One <message> of a .ts file.
struct TsMessage {
    QString context;
    QString source;
    QString type; ///< of <translation>: "", "unfinished", "vanished", "obsolete"
    QString translation;
    QStringList numerusForms;
    bool numerus = false;
};

QList<TsMessage> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.numerusForms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translation = xml.readElementText();
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void cleanup()
    {
        removeTranslations(m_translators);
        m_translators.clear();
    }

    void chineseCoversCoreCliAndGui()
    {
        m_translators = installTranslations(QLocale(QStringLiteral("zh_CN")));
        QVERIFY(!m_translators.isEmpty());

        // core: a validation sentence and a webhook error, through the code that makes them
        const auto phone = checkPhone(QStringLiteral("138 0013"));
        QVERIFY(phone);
        QVERIFY2(hasChinese(phone->message), qPrintable(phone->message));
        QVERIFY2(phone->message.contains(QStringLiteral("138 0013")), qPrintable(phone->message));
        const auto webhook = WebhookUrl::parse(QString());
        QVERIFY(!webhook.ok());
        QVERIFY2(hasChinese(webhook.error().message), qPrintable(webhook.error().message));
        QVERIFY(hasChinese(QCoreApplication::translate("alertdesk::KeychainSecretStore", "Nothing was saved.")));
        QVERIFY(hasChinese(QCoreApplication::translate("alertdesk::Database", "roll back")));

        // alertdeskctl
        QCOMPARE(QCoreApplication::translate("alertdesk::Cli", "error: "), QStringLiteral("错误："));
        QVERIFY(hasChinese(QCoreApplication::translate("alertdesk::Cli", "List robots.")));
        const QString bytes = QCoreApplication::translate("alertdesk::Cli", "%n bytes", nullptr, 2048);
        QVERIFY2(hasChinese(bytes) && bytes.contains(QStringLiteral("2048")), qPrintable(bytes));

        // the GUI
        QCOMPARE(QCoreApplication::translate("alertdesk::PageCatalog", "Robots"), QStringLiteral("机器人"));
        QCOMPARE(QCoreApplication::translate("alertdesk::EntityPages", "%n robot(s)", nullptr, 3),
                 QStringLiteral("3 个机器人"));

        // Qt's own strings, when Qt's translations are installed (qt6-translations-l10n)
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm")))
            QVERIFY(hasChinese(QCoreApplication::translate("QCommandLineParser", "Usage: %1")));
    }

    void englishHasPluralsAndIsTheFallback()
    {
        m_translators = installTranslations(QLocale(QLocale::German, QLocale::Germany)); // no AlertDesk translation
        QVERIFY(!m_translators.isEmpty());
        QCOMPARE(QCoreApplication::translate("alertdesk::Cli", "%n bytes", nullptr, 1), QStringLiteral("1 byte"));
        QCOMPARE(QCoreApplication::translate("alertdesk::Cli", "%n bytes", nullptr, 2), QStringLiteral("2 bytes"));
        QCOMPARE(QCoreApplication::translate("alertdesk::EntityPages", "%n robot(s)", nullptr, 1),
                 QStringLiteral("1 robot"));
        QCOMPARE(checkPhone(QStringLiteral("138 0013"))->message.left(13), QStringLiteral("Phone number "));
    }

    void systemLocaleIsTheDefault()
    {
        // alertdeskctl calls installTranslations() with the system locale; under ctest that is C.UTF-8: English.
        m_translators = installTranslations();
        QVERIFY(!m_translators.isEmpty());
        if (!QLocale::system().name().startsWith(QLatin1String("zh")))
            QCOMPARE(QCoreApplication::translate("alertdesk::Cli", "error: "), QStringLiteral("error: "));
    }

    void onePairOfTsFilesCoversEveryPart()
    {
        QString error;
        const QList<TsMessage> messages = readTs(tsPath("zh_CN"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> contexts;
        for (const TsMessage& message : messages)
            contexts.insert(message.context);
        for (const char* context : {"alertdesk::Validation", "alertdesk::PolicyText", "alertdesk::WebhookUrl",
                                    "alertdesk::KeychainSecretStore", "alertdesk::Database", "alertdesk::Cli",
                                    "alertdesk::MainWindow", "alertdesk::PageCatalog"})
            QVERIFY2(contexts.contains(QLatin1String(context)), context);
    }

    void chineseTsIsComplete()
    {
        QString error;
        const QList<TsMessage> messages = readTs(tsPath("zh_CN"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (const TsMessage& message : messages) {
            if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
                continue;
            const QString where = message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
            if (message.type == QLatin1String("unfinished"))
                problems.append(QStringLiteral("unfinished: ") + where);
            const QStringList translations = message.numerus ? message.numerusForms : QStringList{message.translation};
            if (translations.isEmpty())
                problems.append(QStringLiteral("no translation: ") + where);
            for (const QString& translation : translations) {
                if (translation.trimmed().isEmpty())
                    problems.append(QStringLiteral("empty translation: ") + where);
                else if (placeholders(translation) != placeholders(message.source))
                    problems.append(QStringLiteral("placeholders %1 instead of %2: ")
                                        .arg(placeholders(translation).join(QLatin1Char(' ')),
                                             placeholders(message.source).join(QLatin1Char(' '))) +
                                    where);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void englishTsHasEveryPlural()
    {
        QString error;
        const QList<TsMessage> messages = readTs(tsPath("en"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const TsMessage& message : messages) {
            if (!message.numerus || message.type == QLatin1String("vanished") ||
                message.type == QLatin1String("obsolete"))
                continue;
            const QString where = message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
            if (message.type == QLatin1String("unfinished") || message.numerusForms.size() != 2)
                problems.append(QStringLiteral("singular and plural needed: ") + where);
            for (const QString& form : message.numerusForms) {
                if (form.trimmed().isEmpty() || placeholders(form) != placeholders(message.source))
                    problems.append(QStringLiteral("bad form \"%1\": ").arg(form) + where);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private:
    QList<QTranslator*> m_translators;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
