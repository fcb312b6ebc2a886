// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// alertdeskctl render's options around the servers (issue 15): the default dialect is the bridge's, --time-zone is
// the servers' Local (never the machine's TZ), --mention-mobiles is appended to .AtMobiles. Expected text from the
// oracle (tests/oracle, same options). Go's rendering itself is proven by tst_template_oracle.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliRender : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Run render(const QByteArray& text, const QStringList& options, const QString& tz = QStringLiteral("UTC"))
    {
        QFile file(m_dir.filePath(QStringLiteral("t.tmpl")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(text);
        file.close();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), tz);
        env.insert(QStringLiteral("ALERTDESK_DB"), m_dir.filePath(QStringLiteral("workspace.sqlite")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ALERTDESKCTL_PATH),
                      QStringList{QStringLiteral("render"), QStringLiteral("--template"), file.fileName(),
                                  QStringLiteral("--alerts"),
                                  QStringLiteral(ALERTDESK_TEST_DATA_DIR "/payloads/zones.json")} +
                          options);
        if (!process.waitForStarted() || !process.waitForFinished(60000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The bridge's dialect, in the servers' time zone: the workspace's servers-time-zone, which defaults to this
    // machine's zone (and is that when there is no workspace file yet; render does not make one).
    void defaultsToTheBridgeInTheServersZone()
    {
        const QString db = m_dir.filePath(QStringLiteral("workspace.sqlite"));
        QFile::remove(db);
        Run run = render("{{ printf \"%T\" . }} {{ (index .Alerts 6).StartsAt }} {{ .AtMobiles }}", {},
                         QStringLiteral("Asia/Shanghai"));
        QCOMPARE(run.err, QByteArray());
        QCOMPARE(run.out, QByteArray("*models.WebhookMessage 2024-03-18 14:30:00 +0800 CST [13800138000]"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!QFile::exists(db));

        QCOMPARE(QProcess::execute(QStringLiteral(ALERTDESKCTL_PATH),
                                   {QStringLiteral("--db"), db, QStringLiteral("settings"), QStringLiteral("set"),
                                    QStringLiteral("servers-time-zone"), QStringLiteral("UTC")}),
                 0);
        run = render("{{ (index .Alerts 6).StartsAt }}", {}, QStringLiteral("Asia/Shanghai"));
        QCOMPARE(run.out, QByteArray("2024-03-18 14:30:00 +0800 +0800"));
        QFile::remove(db);
    }

    void timeZoneAndMentionMobiles()
    {
        const Run run =
            render("{{ (index .Alerts 6).StartsAt }} {{ (index .Alerts 0).StartsAt.Local }} {{ .AtMobiles }}",
                   {QStringLiteral("--time-zone"), QStringLiteral("Asia/Shanghai"), QStringLiteral("--mention-mobiles"),
                    QStringLiteral("13900139000,18612345678")});
        QCOMPARE(run.err, QByteArray());
        QCOMPARE(run.out, QByteArray("2024-03-18 14:30:00 +0800 CST 2024-03-10 14:59:59 +0800 CST "
                                     "[13800138000 13900139000 18612345678]"));
        const Run alertmanager = render("{{ (index .Alerts 0).StartsAt }}",
                                        {QStringLiteral("--dialect"), QStringLiteral("alertmanager"),
                                         QStringLiteral("--time-zone"), QStringLiteral("America/New_York")});
        QCOMPARE(alertmanager.out, QByteArray("2024-03-10 01:59:59 -0500 EST"));
    }

    void unknownTimeZoneIsAnError()
    {
        const Run run = render("x", {QStringLiteral("--time-zone"), QStringLiteral("Asia/Atlantis")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QByteArray());
        QVERIFY2(run.err.startsWith("error: Unknown time zone 'Asia/Atlantis'"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliRender)
#include "tst_clirender.moc"
