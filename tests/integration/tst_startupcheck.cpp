// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// `alertdesk --startup-check` as the start-up benchmark and a smoke test run it: the real binary opens a demo
// workspace, shows its window offscreen and exits 0 after the first paint with nothing on stdout; a damaged
// workspace makes it exit non-zero with the reason on stderr (never a message box nobody can close).
#include "clirun.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace alertdesk::test;

class TestStartupCheck : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// alertdesk --db DB --startup-check, offscreen, with its settings in the temporary folder.
    CliRun startupCheck(const QString& db, const QStringList& more = {}) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ALERTDESK_PATH),
                      QStringList{QStringLiteral("--db"), db, QStringLiteral("--startup-check")} + more);
        CliRun run;
        if (!process.waitForStarted())
            return run;
        run.finished = QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000) &&
                       process.exitStatus() == QProcess::NormalExit;
        if (!run.finished)
            process.kill();
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private slots:
    void demoWorkspaceExitsZeroAfterFirstPaint()
    {
        const QString db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(runCtl(db, {QStringLiteral("demo"), QStringLiteral("--contacts"), QStringLiteral("200"),
                            QStringLiteral("--robots"), QStringLiteral("20"), QStringLiteral("--policies"),
                            QStringLiteral("40")})
                    .ok());
        const CliRun run = startupCheck(db);
        QVERIFY2(run.finished, qPrintable(run.err));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QString());
    }

    void startsOnTheRequestedPage()
    {
        const QString db = m_dir.filePath(QStringLiteral("pages.sqlite"));
        QVERIFY(runCtl(db, {QStringLiteral("demo"), QStringLiteral("--contacts"), QStringLiteral("300")}).ok());
        for (const QString& page : {QStringLiteral("contacts"), QStringLiteral("send-test")}) {
            const CliRun run = startupCheck(db, {QStringLiteral("--page"), page});
            QVERIFY2(run.finished, qPrintable(run.err));
            QCOMPARE(run.exitCode, 0);
        }
        const CliRun unknown = startupCheck(db, {QStringLiteral("--page"), QStringLiteral("nowhere")});
        QVERIFY(unknown.finished);
        QVERIFY(unknown.exitCode != 0);
        QVERIFY2(unknown.err.contains(QStringLiteral("\"nowhere\"")) &&
                     unknown.err.contains(QStringLiteral("contacts")),
                 qPrintable(unknown.err));
    }

    void emptyWorkspaceExitsZero()
    {
        const CliRun run = startupCheck(m_dir.filePath(QStringLiteral("new.sqlite")));
        QVERIFY2(run.finished, qPrintable(run.err));
        QCOMPARE(run.exitCode, 0);
    }

    void corruptFileFailsWithTheReason()
    {
        const QString db = m_dir.filePath(QStringLiteral("corrupt.sqlite"));
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("this is not an AlertDesk workspace, just some text\n").repeated(200));
        file.close();
        const CliRun run = startupCheck(db);
        QVERIFY(run.finished);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("alertdesk: ")) && run.err.contains(QStringLiteral("corrupt.sqlite")),
                 qPrintable(run.err));
        QCOMPARE(run.out, QString());
    }
};

QTEST_GUILESS_MAIN(TestStartupCheck)
#include "tst_startupcheck.moc"
