// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// Demo data (`alertdeskctl demo`): realistic, valid, the same every time, all or nothing.
#include "demo/demodata.h"
#include "storage/contactgrouprepository.h"
#include "storage/contactrepository.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "tempworkspace.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace alertdesk;

namespace {

template <typename Repository> QStringList names(const Repository& repository)
{
    QStringList list;
    const auto all = repository.all();
    if (all) {
        for (const auto& record : *all)
            list.append(record.name);
    }
    return list;
}

} // namespace

class TestDemoData : public QObject {
    Q_OBJECT

private slots:
    void fillsTheSizesAsked()
    {
        test::TempWorkspace workspace;
        const auto added = DemoData::fill(workspace.workspace(), DemoSizes{30, 500, 120});
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        QCOMPARE(added->robots, 30);
        QCOMPARE(added->contacts, 500);
        QCOMPARE(added->policies, 120);
        QVERIFY(added->groups > 0);
        QCOMPARE(names(workspace->robots()).size(), 30);
        QCOMPARE(names(workspace->contacts()).size(), 500);
        QCOMPARE(names(workspace->groups()).size(), added->groups);
        QCOMPARE(names(workspace->policies()).size(), 120);
        // Realistic: Chinese and English names, every policy reaches someone, some have windows.
        const QStringList contacts = names(workspace->contacts());
        QVERIFY(contacts.contains(QStringLiteral("王伟")));
        QVERIFY(contacts.contains(QStringLiteral("Alex Chen")));
        const auto policies = workspace->policies().all();
        QVERIFY(policies.ok());
        bool someWindow = false;
        for (const NotificationPolicy& policy : *policies) {
            QVERIFY2(!policy.recipients.isEmpty(), qPrintable(policy.name));
            QVERIFY2(!policy.rules.isEmpty(), qPrintable(policy.name));
            someWindow = someWindow || policy.window.has_value();
        }
        QVERIFY(someWindow);
        // Demo robots have no token: the keychain stays untouched.
        QVERIFY(workspace.secrets().contents().isEmpty());
    }

    void sameDataEveryTime()
    {
        test::TempWorkspace first;
        test::TempWorkspace second;
        QVERIFY(DemoData::fill(first.workspace(), DemoSizes{}).ok());
        QVERIFY(DemoData::fill(second.workspace(), DemoSizes{}).ok());
        QCOMPARE(names(first->contacts()), names(second->contacts()));
        QCOMPARE(names(first->policies()), names(second->policies()));
    }

    void allOrNothing()
    {
        test::TempWorkspace workspace;
        QVERIFY(DemoData::fill(workspace.workspace(), DemoSizes{2, 0, 0}).ok());
        // The second fill makes the same first robot name again: a conflict, and nothing of it is kept.
        const auto again = DemoData::fill(workspace.workspace(), DemoSizes{3, 10, 2});
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QCOMPARE(names(workspace->robots()).size(), 2);
        QVERIFY(names(workspace->contacts()).isEmpty());
        QVERIFY(names(workspace->policies()).isEmpty());
    }

    void sizesAreChecked_data()
    {
        QTest::addColumn<int>("robots");
        QTest::addColumn<int>("contacts");
        QTest::addColumn<int>("policies");
        QTest::addColumn<QString>("field");
        QTest::addRow("negative robots") << -1 << 0 << 0 << QStringLiteral("robots");
        QTest::addRow("too many contacts") << 0 << DemoSizes::maxContacts + 1 << 0 << QStringLiteral("contacts");
        QTest::addRow("too many policies") << 0 << 0 << DemoSizes::maxPolicies + 1 << QStringLiteral("policies");
    }

    void sizesAreChecked()
    {
        QFETCH(int, robots);
        QFETCH(int, contacts);
        QFETCH(int, policies);
        QFETCH(QString, field);
        const auto checked = DemoData::check(DemoSizes{robots, contacts, policies});
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().field, field);
    }

    void commandLine()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
        QProcess process;
        process.start(QStringLiteral(ALERTDESKCTL_PATH),
                      {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("demo"),
                       QStringLiteral("--contacts"), QStringLiteral("200"), QStringLiteral("--robots"),
                       QStringLiteral("12"), QStringLiteral("--policies"), QStringLiteral("40")});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject counts = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(counts.value(QStringLiteral("contacts")).toInt(), 200);
        QCOMPARE(counts.value(QStringLiteral("robots")).toInt(), 12);
        QCOMPARE(counts.value(QStringLiteral("policies")).toInt(), 40);

        process.start(QStringLiteral(ALERTDESKCTL_PATH), {QStringLiteral("--db"), db, QStringLiteral("demo"),
                                                          QStringLiteral("--contacts"), QStringLiteral("lots")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("--contacts")));
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
