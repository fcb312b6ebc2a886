// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// Export of a large workspace (1,000 robots, 2,000 policies, filled through the repositories in one transaction):
// the time to read the snapshot, to make the files and to write them (goal: under 1 s in all), next to the time
// `amtool check-config` takes on the result. Figures, not assertions: run it by hand, in a Release build. Prints
// "FIGURE export.ms <ms> ms" and "FIGURE export.amtool <ms> ms" (medians of 3 runs) for ./packaging/dev.sh bench.
#include "export/alertmanagerwriter.h"
#include "export/bridgewriter.h"
#include "export/bundlewriter.h"
#include "export/exportdirectory.h"
#include "export/exporter.h"
#include "export/exportplan.h"
#include "export/workspacesnapshot.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "tempworkspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace alertdesk;

namespace {

constexpr int runs = 3;

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

class BenchExport : public QObject {
    Q_OBJECT

private slots:
    void largeWorkspace()
    {
        test::TempWorkspace ws;
        QElapsedTimer fill;
        fill.start();
        QList<Robot> robots;
        const Result<void> filled = ws->database().transaction([&]() -> Result<void> {
            for (int i = 0; i < 1000; ++i) {
                Robot robot;
                robot.name = QStringLiteral("robot %1 机器人").arg(i);
                robot.keywords = {QStringLiteral("Alarm"), QStringLiteral("Dispatch")};
                robot.signing = i % 2 == 0;
                robot.termsAcceptedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
                auto added = ws->robots().add(robot);
                if (!added)
                    return added.error();
                robots.append(added.value());
            }
            QStringList contacts;
            for (int i = 0; i < 1000; ++i) {
                Contact contact;
                contact.name = QStringLiteral("contact %1").arg(i);
                contact.phone = QStringLiteral("1380000%1").arg(i, 4, 10, QLatin1Char('0'));
                contact.robotUuid = robots[i].uuid;
                auto added = ws->contacts().add(contact);
                if (!added)
                    return added.error();
                contacts.append(added->uuid);
            }
            for (int i = 0; i < 2000; ++i) {
                NotificationPolicy policy;
                policy.name = i % 3 == 0 ? QStringLiteral("策略 %1").arg(i) : QStringLiteral("policy %1").arg(i);
                policy.rules = {
                    MatchRule{{{QStringLiteral("service"), MatchOperator::Eq, {QStringLiteral("svc-%1").arg(i)}},
                               {QStringLiteral("severity"),
                                MatchOperator::In,
                                {QStringLiteral("critical"), QStringLiteral("warning")}}}},
                    MatchRule{
                        {{QStringLiteral("team"), MatchOperator::Re, {QStringLiteral("team-%1.*").arg(i % 50)}}}}};
                policy.recipients = {{Recipient::Kind::Robot, robots[i % 1000].uuid},
                                     {Recipient::Kind::Robot, robots[(i * 7 + 3) % 1000].uuid},
                                     {Recipient::Kind::Contact, contacts[(i * 13) % 1000]}};
                policy.mention = i % 2 ? Mention::Recipients : Mention::None;
                if (i % 4 == 0)
                    policy.window = NotificationWindow{
                        {Qt::Monday, Qt::Friday}, QTime(22, 0), QTime(6, 0), QStringLiteral("Asia/Shanghai")};
                if (auto added = ws->policies().add(policy); !added)
                    return added.error();
            }
            return {};
        });
        QVERIFY2(filled.ok(), filled.ok() ? "" : qPrintable(filled.error().message));
        qInfo("filled 1000 robots, 1000 contacts, 2000 policies in %lld ms", fill.elapsed());

        // The export as Exporter::run does it (snapshot, files, writing), a few times: the figure is the median.
        QList<qint64> exportMs;
        QTemporaryDir dir;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer total;
            total.start();
            auto snapshot = WorkspaceSnapshot::read(ws.workspace());
            QVERIFY(snapshot.ok());
            const qint64 readMs = total.elapsed();
            const auto result = Exporter::make(snapshot.value(), ExportOptions());
            QVERIFY(result.ok());
            const qint64 makeMs = total.elapsed() - readMs;
            QVERIFY(ExportDirectory(dir.path()).write(result->files).ok());
            const qint64 writeMs = total.elapsed() - readMs - makeMs;
            exportMs.append(total.elapsed());
            qint64 bytes = 0;
            for (const ExportFile& file : result->files)
                bytes += file.bytes.size();
            qInfo("export: %lld ms in all (read snapshot %lld ms, make files %lld ms, write %lld ms); %d policies, "
                  "%d targets, %lld bytes",
                  exportMs.last(), readMs, makeMs, writeMs, result->policies, result->targets, bytes);
        }

        // Where the time goes, writer by writer.
        auto snapshot = WorkspaceSnapshot::read(ws.workspace());
        QVERIFY(snapshot.ok());
        QElapsedTimer part;
        part.start();
        const ExportPlan plan = ExportPlan::make(snapshot.value());
        const qint64 planMs = part.restart();
        const auto alertmanager = AlertmanagerWriter::write(plan, ExportOptions());
        const qint64 alertmanagerMs = part.restart();
        const auto bridge = BridgeWriter::write(plan, ExportOptions(), {});
        const qint64 bridgeMs = part.restart();
        const auto bundle = BundleWriter::write(snapshot.value(), false);
        qInfo("of which: plan %lld ms, alertmanager.yml %lld ms, bridge files %lld ms, bundle %lld ms", planMs,
              alertmanagerMs, bridgeMs, part.elapsed());

        QList<qint64> amtoolMs;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer amtool;
            amtool.start();
            QProcess process;
            process.start(QStringLiteral("amtool"),
                          {QStringLiteral("check-config"), dir.filePath(QStringLiteral("alertmanager.yml"))});
            QVERIFY(process.waitForFinished(300000));
            QCOMPARE(process.exitCode(), 0);
            amtoolMs.append(amtool.elapsed());
            qInfo("amtool check-config on the result: %lld ms", amtoolMs.last());
        }
        // For ./packaging/dev.sh bench (packaging/bench.sh reads these lines).
        std::printf("FIGURE export.ms %lld ms\nFIGURE export.amtool %lld ms\n", median(exportMs), median(amtoolMs));
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(BenchExport)
#include "bench_export.moc"
