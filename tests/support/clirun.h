// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>

namespace alertdesk::test {

/// What one alertdeskctl run did.
struct CliRun {
    int exitCode = -1;
    bool finished = false; ///< it exited by itself (not killed, not timed out)
    QString out;
    QString err;

    bool ok() const { return finished && exitCode == 0; }
    QJsonValue json() const ///< stdout as JSON (for --json runs)
    {
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8());
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
};

/// Runs alertdeskctl (ALERTDESKCTL_PATH of the test executable including this) on the workspace `db` with
/// `arguments`, `input` on its standard input, in `environment` (empty: this process's), and waits for it (up to a
/// minute).
inline CliRun runCtl(const QString& db, const QStringList& arguments, const QByteArray& input = {},
                     const QProcessEnvironment& environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ALERTDESKCTL_PATH), QStringList{QStringLiteral("--db"), db} + arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    CliRun run;
    // Waits with the event loop running, so servers of the test (FakeDingTalkServer) can answer meanwhile.
    run.finished = QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000) &&
                   process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace alertdesk::test
