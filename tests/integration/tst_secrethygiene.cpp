// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// Secret hygiene, end to end: a scripted full workflow through alertdeskctl with debug logging on (a signed robot
// and a keyword robot, contacts, a group, a policy, test sends that succeed and fail, render, a dry run, the default
// export), then every byte it left behind is searched for the tokens and the signing secret in the forms they could
// leak in (plain, percent-encoded, base64): the SQLite file with its -wal and -shm, everything under the test's HOME
// and XDG folders (QSettings), the exported files, and everything the runs printed. Also: without a keychain, a
// robot's secret is refused with a sentence and written nowhere, and the rest of the CLI works.
// Needs the real keychain: run inside ./packaging/dev.sh test's throwaway keyring session.
#include "clirun.h"
#include "fakedingtalkserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace alertdesk::test;

namespace {

const QString signedToken = QStringLiteral("a1f0c4e8b2d6f9a3c7e1b5d9f3a7c1e5b9d3f7a1c5e9b3d7f1a5c9e3b7d1f5a9");
const QString signSecret = QStringLiteral("SEC7e3b9d1f5a9c3e7b1d5f9a3c7e1b5d9f3a7c1e5b9d3f7a1c5e9b3d7f1a5c9e3b");
const QString keywordToken = QStringLiteral("kw_Token-9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b");
const QString brokenToken = QStringLiteral("0b5e1e7ea11ed70ce2c0ffee0ddba11c0ffee0ddba11c0ffee0ddba11c0ffee0");

/// The forms a secret could leak in: as is, percent-encoded (URLs, both case conventions), base64 and base64url.
QList<QByteArray> leakForms(const QString& secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QList<QByteArray> forms{utf8, QUrl::toPercentEncoding(secret), QUrl::toPercentEncoding(secret).toLower(),
                            utf8.toBase64(),
                            utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
    // Without the last characters too: base64 of a prefix aligned differently is not caught, a prefix is.
    forms.append(utf8.toBase64().left(utf8.toBase64().size() - 4));
    QList<QByteArray> distinct;
    for (const QByteArray& form : std::as_const(forms)) {
        if (!distinct.contains(form))
            distinct.append(form);
    }
    return distinct;
}

/// Where any form of any secret occurs in `bytes` ("<secret index>:<form index>"), empty when nowhere.
QStringList leaksIn(const QByteArray& bytes, const QStringList& secrets)
{
    QStringList found;
    for (qsizetype s = 0; s < secrets.size(); ++s) {
        const QList<QByteArray> forms = leakForms(secrets.at(s));
        for (qsizetype f = 0; f < forms.size(); ++f) {
            if (bytes.contains(forms.at(f)))
                found.append(QStringLiteral("secret %1 form %2").arg(s).arg(f));
        }
    }
    return found;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSecretHygiene : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_base;
    QDir m_root; // HOME, XDG folders, workspace, exports, inputs: everything one test's workflow may write
    QString m_db;
    QProcessEnvironment m_environment;
    QByteArray m_printed; // every run's stdout and stderr
    int m_runs = 0;

    CliRun ctl(const QStringList& arguments, const QByteArray& input = {}, int expectedExit = 0)
    {
        const CliRun run = runCtl(m_db, arguments, input, m_environment);
        ++m_runs;
        m_printed += run.out.toUtf8() + run.err.toUtf8();
        if (run.exitCode != expectedExit)
            qWarning().noquote() << arguments.join(u' ') << "exited with" << run.exitCode << run.err;
        return run;
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_root.filePath(QStringLiteral("input/") + name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

private slots:
    void init()
    {
        static int counter = 0;
        QVERIFY(m_base.isValid());
        m_root.setPath(m_base.filePath(QStringLiteral("test%1").arg(++counter)));
        QVERIFY(QDir().mkpath(m_root.path()));
        m_db = m_root.filePath(QStringLiteral("data/workspace.sqlite"));
        m_printed.clear();
        m_runs = 0;
        m_environment = QProcessEnvironment::systemEnvironment();
        // Everything a Qt program may write by itself goes under m_root; the keychain stays on the session bus.
        for (const char* name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
            const QString path = m_root.filePath(QString::fromLatin1(name).toLower());
            QVERIFY(QDir().mkpath(path));
            m_environment.insert(QString::fromLatin1(name), path);
        }
        m_environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        m_environment.remove(QStringLiteral("http_proxy"));
        m_environment.remove(QStringLiteral("https_proxy"));
    }

    void fullWorkflowLeavesNoSecretBehind()
    {
        FakeDingTalkServer server;
        QVERIFY(server.listen());
        server.addRobot({signedToken, {}, signSecret, {}});
        server.addRobot({keywordToken, {QStringLiteral("Alarm")}, {}, {}});
        const auto webhook = [&server](const QString& token) -> QString {
            return server.endpoint().toString() + QStringLiteral("?access_token=") +
                   QString::fromLatin1(QUrl::toPercentEncoding(token));
        };

        // Robots: the webhook and the secret on standard input only.
        QCOMPARE(
            ctl({QStringLiteral("robot"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("signed"),
                 QStringLiteral("--webhook-stdin"), QStringLiteral("--secret-stdin"), QStringLiteral("--accept-terms")},
                (webhook(signedToken) + u'\n' + signSecret + u'\n').toUtf8())
                .exitCode,
            0);
        // Keep a connection open from here on, so the -wal and -shm files stay to be searched (SQLite removes them
        // when the last connection closes).
        const QString keeper = QUuid::createUuid().toString();
        QSqlDatabase keep = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), keeper);
        keep.setDatabaseName(m_db);
        QVERIFY(keep.open());
        QVERIFY(QSqlQuery(keep).exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"))); // joins the WAL
        QCOMPARE(ctl({QStringLiteral("robot"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("keyword"), QStringLiteral("--webhook-stdin"), QStringLiteral("--keyword"),
                      QStringLiteral("Alarm"), QStringLiteral("--accept-terms")},
                     (webhook(keywordToken) + u'\n').toUtf8())
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("robot"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("broken"), QStringLiteral("--webhook-stdin"), QStringLiteral("--keyword"),
                      QStringLiteral("Alarm"), QStringLiteral("--accept-terms")},
                     (webhook(brokenToken) + u'\n').toUtf8())
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("robot"), QStringLiteral("edit"), QStringLiteral("keyword"),
                      QStringLiteral("--notes"), QStringLiteral("edited")})
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("robot"), QStringLiteral("list")}).exitCode, 0);
        QCOMPARE(
            ctl({QStringLiteral("--json"), QStringLiteral("robot"), QStringLiteral("show"), QStringLiteral("signed")})
                .exitCode,
            0);

        // Contacts, a group, a policy.
        QCOMPARE(ctl({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Zhang San"), QStringLiteral("--phone"), QStringLiteral("+86-13800138000"),
                      QStringLiteral("--robot"), QStringLiteral("signed")})
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Li Si"), QStringLiteral("--webhook"), webhook(keywordToken)})
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("oncall"), QStringLiteral("--member"), QStringLiteral("Zhang San"),
                      QStringLiteral("--member"), QStringLiteral("Li Si")})
                     .exitCode,
                 0);
        QCOMPARE(
            ctl({QStringLiteral("policy"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("critical"),
                 QStringLiteral("--recipient"), QStringLiteral("group:oncall"), QStringLiteral("--recipient"),
                 QStringLiteral("robot:keyword"), QStringLiteral("--match"), QStringLiteral("severity=critical")})
                .exitCode,
            0);
        QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("contact"), QStringLiteral("list")}).exitCode, 0);

        // Test sends: delivered (signed, keyword, as the policy), refused by DingTalk (unknown token), dry runs.
        const QString alerts = write(QStringLiteral("alerts.json"),
                                     R"({"version":"4","status":"firing","alerts":[{"status":"firing",
            "labels":{"alertname":"Disk","severity":"critical"},"annotations":{"summary":"Alarm: disk 95%"},
            "startsAt":"2026-11-24T07:00:00Z"}]})");
        QCOMPARE(ctl({QStringLiteral("send-test"), QStringLiteral("--robot"), QStringLiteral("signed")}).exitCode, 0);
        QCOMPARE(ctl({QStringLiteral("send-test"), QStringLiteral("--robot"), QStringLiteral("keyword"),
                      QStringLiteral("--alerts"), alerts})
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("send-test"), QStringLiteral("--robot"),
                      QStringLiteral("keyword"), QStringLiteral("--policy"), QStringLiteral("critical")})
                     .exitCode,
                 0);
        QCOMPARE(
            ctl({QStringLiteral("send-test"), QStringLiteral("--robot"), QStringLiteral("broken")}, {}, 5).exitCode, 5);
        QCOMPARE(ctl({QStringLiteral("send-test"), QStringLiteral("--robot"), QStringLiteral("signed"),
                      QStringLiteral("--dry-run")})
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("send-test"), QStringLiteral("--robot"),
                      QStringLiteral("keyword"), QStringLiteral("--dry-run")})
                     .exitCode,
                 0);
        QVERIFY(server.errcodes().contains(300001));
        QVERIFY(server.errcodes().count(0) >= 3);

        // Render, and the default export (placeholders for the secrets).
        const QString tmpl =
            write(QStringLiteral("text.tmpl"),
                  "{{ range .Alerts }}Alarm {{ .Labels.alertname }}: {{ .Annotations.summary }}{{ end }}");
        QCOMPARE(ctl({QStringLiteral("render"), QStringLiteral("--template"), tmpl, QStringLiteral("--alerts"), alerts})
                     .exitCode,
                 0);
        const QString exported = m_root.filePath(QStringLiteral("export"));
        const CliRun exportRun = ctl({QStringLiteral("export"), QStringLiteral("--out"), exported});
        QCOMPARE(exportRun.exitCode, 0);
        QVERIFY(!QDir(exported).isEmpty());

        // The search. The workspace's -wal/-shm are still there (the keeper connection is open).
        const QStringList secrets{signedToken, signSecret, keywordToken, brokenToken};
        QStringList searched;
        QStringList leaks;
        QDirIterator files(m_root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            if (path.startsWith(m_root.filePath(QStringLiteral("input"))))
                continue;
            searched.append(m_root.relativeFilePath(path));
            for (const QString& leak : leaksIn(readAll(path), secrets))
                leaks.append(searched.constLast() + QStringLiteral(": ") + leak);
        }
        for (const QString& leak : leaksIn(m_printed, secrets))
            leaks.append(QStringLiteral("printed output: ") + leak);
        keep.close();
        keep = QSqlDatabase();
        QSqlDatabase::removeDatabase(keeper);

        qInfo("secret hygiene: %d alertdeskctl runs with debug logging, %lld bytes printed, %lld files searched: %s",
              m_runs, qlonglong(m_printed.size()), qlonglong(searched.size()), qPrintable(searched.join(u' ')));
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        for (const QString& expected :
             {QStringLiteral("data/workspace.sqlite"), QStringLiteral("data/workspace.sqlite-wal"),
              QStringLiteral("data/workspace.sqlite-shm")})
            QVERIFY2(searched.contains(expected), qPrintable(expected));
        QVERIFY(m_printed.contains("<redacted>")); // the dry runs printed their (redacted) requests
        QVERIFY(m_printed.contains("qt.core."));   // debug logging was on

        // The search finds what is there: the export that carries the secrets on purpose holds all four.
        const QString inlineDir = m_root.filePath(QStringLiteral("export-inline"));
        QCOMPARE(ctl({QStringLiteral("export"), QStringLiteral("--out"), inlineDir, QStringLiteral("--secrets"),
                      QStringLiteral("inline"), QStringLiteral("--only"), QStringLiteral("bridge")})
                     .exitCode,
                 0);
        QByteArray inlineBytes;
        QDirIterator inlineFiles(inlineDir, QDir::Files, QDirIterator::Subdirectories);
        while (inlineFiles.hasNext())
            inlineBytes += readAll(inlineFiles.next());
        QCOMPARE(leaksIn(inlineBytes, {signedToken, signSecret, keywordToken}).size() >= 3, true);
    }

    void withoutAKeychainSecretsGoNowhere()
    {
        FakeDingTalkServer server;
        QVERIFY(server.listen());
        const QString webhook = server.endpoint().toString() + QStringLiteral("?access_token=") + signedToken;
        // One robot saved while the keychain was there...
        QCOMPARE(ctl({QStringLiteral("robot"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("ops"),
                      QStringLiteral("--webhook-stdin"), QStringLiteral("--keyword"), QStringLiteral("Alarm"),
                      QStringLiteral("--accept-terms")},
                     (webhook + u'\n').toUtf8())
                     .exitCode,
                 0);
        // ...then no session bus at all (an SSH login, a container).
        m_environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                             QStringLiteral("unix:path=/nonexistent/alertdesk-test/bus"));
        const CliRun add =
            ctl({QStringLiteral("robot"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("signed"),
                 QStringLiteral("--webhook-stdin"), QStringLiteral("--secret-stdin"), QStringLiteral("--accept-terms")},
                (webhook + u'\n' + signSecret + u'\n').toUtf8(), 3);
        QCOMPARE(add.exitCode, 3);
        QVERIFY2(add.err.contains(QStringLiteral("No keychain is available")), qPrintable(add.err));
        QVERIFY2(add.err.contains(QStringLiteral("Nothing was saved")), qPrintable(add.err));
        // Sending needs the token: a sentence, exit 3, nothing sent.
        const CliRun send = ctl({QStringLiteral("send-test"), QStringLiteral("--robot"), QStringLiteral("ops")}, {}, 3);
        QCOMPARE(send.exitCode, 3);
        QVERIFY2(send.err.contains(QStringLiteral("keychain")), qPrintable(send.err));
        QVERIFY(server.requests().isEmpty());
        // The rest works.
        const CliRun robots = ctl({QStringLiteral("--json"), QStringLiteral("robot"), QStringLiteral("list")});
        QCOMPARE(robots.exitCode, 0);
        QCOMPARE(robots.json().toArray().size(), 1); // "signed" was not half-saved
        QCOMPARE(ctl({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Wang Wu"), QStringLiteral("--robot"), QStringLiteral("ops")})
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("night"),
                      QStringLiteral("--member"), QStringLiteral("Wang Wu")})
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("policy"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("all"),
                      QStringLiteral("--recipient"), QStringLiteral("group:night")})
                     .exitCode,
                 0);
        QCOMPARE(
            ctl({QStringLiteral("--json"), QStringLiteral("policy"), QStringLiteral("list")}).json().toArray().size(),
            1);
        // And the secret that had nowhere to go was written nowhere.
        QDirIterator files(m_root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            const QStringList leaks = leaksIn(readAll(path), {signSecret});
            QVERIFY2(leaks.isEmpty(), qPrintable(path + QStringLiteral(": ") + leaks.join(u' ')));
        }
        QVERIFY(leaksIn(m_printed, {signSecret, signedToken}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"
