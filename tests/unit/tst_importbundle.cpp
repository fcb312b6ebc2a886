// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// Reading workspace bundles: what a bundle becomes (fresh uuids, references followed, secrets kept apart, robots
// without secrets reported), and broken, truncated, foreign and future bundles refused with the file and place.
#include "domain/domainjson.h"
#include "export/bundlereader.h"
#include "export/importer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace alertdesk;

namespace {

QString data(const QString& name)
{
    return QStringLiteral(ALERTDESK_TEST_DATA_DIR "/import/") + name;
}

QByteArray bundle(bool withSecrets)
{
    Robot ops;
    ops.uuid = QStringLiteral("7d1c0b6e-2f4a-4c1e-9d0a-1b2c3d4e5f60");
    ops.name = QStringLiteral("运维机器人");
    ops.keywords = armsKeywords();
    ops.signing = true;
    ops.ipRanges = {QStringLiteral("10.0.0.0/8")};
    ops.termsAcceptedAt = QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
    Contact zhang;
    zhang.uuid = QStringLiteral("c0000000-0000-4000-8000-000000000001");
    zhang.name = QStringLiteral("张三");
    zhang.phone = QStringLiteral("13800138000");
    zhang.robotUuid = ops.uuid;
    ContactGroup oncall;
    oncall.uuid = QStringLiteral("90000000-0000-4000-8000-000000000001");
    oncall.name = QStringLiteral("值班组");
    oncall.memberUuids = {zhang.uuid};
    NotificationPolicy critical;
    critical.uuid = QStringLiteral("p0000000-0000-4000-8000-000000000001");
    critical.name = QStringLiteral("核心服务");
    critical.rules = {MatchRule{{MatchCondition{
        QStringLiteral("severity"), MatchOperator::In, {QStringLiteral("critical"), QStringLiteral("page")}}}}};
    critical.recipients = {{Recipient::Kind::Group, oncall.uuid}, {Recipient::Kind::Robot, ops.uuid}};
    critical.window =
        NotificationWindow{{Qt::Monday, Qt::Friday}, QTime(22, 0), QTime(6, 0), QStringLiteral("Asia/Shanghai")};
    critical.mention = Mention::Recipients;
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("alertdesk-bundle")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("withSecrets"), withSecrets},
                     {QStringLiteral("robots"), QJsonArray{toJson(ops)}},
                     {QStringLiteral("contacts"), QJsonArray{toJson(zhang)}},
                     {QStringLiteral("groups"), QJsonArray{toJson(oncall)}},
                     {QStringLiteral("policies"), QJsonArray{toJson(critical)}}};
    if (withSecrets)
        root.insert(
            QStringLiteral("secrets"),
            QJsonObject{
                {ops.uuid,
                 QJsonObject{{QStringLiteral("accessToken"), QStringLiteral("0123456789abcdef0123456789abcdef")},
                             {QStringLiteral("signSecret"), QString(QStringLiteral("SEC") + QString(64, u'e'))}}}});
    return QJsonDocument(root).toJson();
}

} // namespace

class TestImportBundle : public QObject {
    Q_OBJECT

private slots:
    void recordsGetFreshUuidsAndKeepTheirReferences()
    {
        auto plan = BundleReader::read(QStringLiteral("alertdesk-bundle.json"), bundle(true));
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
        QCOMPARE(plan->robots.size(), 1);
        const auto& robot = plan->robots.first();
        QVERIFY(robot.robot.uuid != QLatin1String("7d1c0b6e-2f4a-4c1e-9d0a-1b2c3d4e5f60"));
        QCOMPARE(robot.robot.name, QStringLiteral("运维机器人"));
        QCOMPARE(robot.robot.ipRanges, QStringList{QStringLiteral("10.0.0.0/8")});
        QCOMPARE(robot.robot.termsAcceptedAt, QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC));
        QVERIFY(robot.secrets);
        QCOMPARE(robot.secrets->accessToken, QStringLiteral("0123456789abcdef0123456789abcdef"));
        QCOMPARE(plan->contacts.first().robotUuid, robot.robot.uuid);
        QCOMPARE(plan->groups.first().memberUuids, QStringList{plan->contacts.first().uuid});
        const NotificationPolicy& policy = plan->policies.first();
        QCOMPARE(policy.recipients.at(0).uuid, plan->groups.first().uuid);
        QCOMPARE(policy.recipients.at(1).uuid, robot.robot.uuid);
        QCOMPARE(policy.rules.first().conditions.first().values,
                 (QStringList{QStringLiteral("critical"), QStringLiteral("page")}));
        QVERIFY(policy.window);
        QCOMPARE(policy.window->start, QTime(22, 0));
        QCOMPARE(policy.mention, Mention::Recipients);
        QVERIFY(plan->report.isEmpty());
        QVERIFY(!plan->needsTermsAcceptance());
    }

    void robotsWithoutSecretsAreReported()
    {
        auto plan = BundleReader::read(QStringLiteral("alertdesk-bundle.json"), bundle(false));
        QVERIFY(plan.ok());
        QVERIFY(!plan->robots.first().secrets);
        QCOMPARE(plan->report.notes().size(), 1);
        QCOMPARE(plan->report.notes().first().text(),
                 QStringLiteral("alertdesk-bundle.json: robots[0]: The bundle holds no access token for robot "
                                "\"运维机器人\"; it is imported without one. Paste its webhook again: alertdeskctl "
                                "robot edit \"运维机器人\" --webhook-stdin --secret-stdin, or Edit in the Robots "
                                "page."));
    }

    void brokenBundlesAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << QStringLiteral("truncated-bundle.json")
                                   << QStringLiteral("truncated-bundle.json:4: This is not valid JSON");
        QTest::newRow("newer version") << QStringLiteral("future-bundle.json")
                                       << QStringLiteral("future-bundle.json: version: The bundle is version 2, made "
                                                         "by a newer AlertDesk");
        QTest::newRow("not a bundle") << QStringLiteral("not-a-bundle.json")
                                      << QStringLiteral("not-a-bundle.json: format: This is not an AlertDesk bundle");
        QTest::newRow("dangling reference")
            << QStringLiteral("dangling-bundle.json")
            << QStringLiteral("dangling-bundle.json: policies[0].recipients[0]: It refers to robot "
                              "00000000-dead-4bee-8000-000000000000, which the bundle does not contain.");
        QTest::newRow("bad field") << QStringLiteral("bad-field-bundle.json")
                                   << QStringLiteral("bad-field-bundle.json: policies[0].rules[0].conditions[0]."
                                                     "operator must be eq, neq, re, nre, in or nin.");
        QTest::newRow("missing file") << QStringLiteral("no-such-bundle.json") << QStringLiteral("Cannot read ");
    }

    void brokenBundlesAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        auto plan = Importer::readBundle(data(QStringLiteral("broken/") + file));
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message.startsWith(expected), qPrintable(plan.error().message));
    }

    void fromJsonIsTheInverseOfToJson()
    {
        const QJsonObject root = QJsonDocument::fromJson(bundle(false)).object();
        const QJsonObject policy = root.value(QStringLiteral("policies")).toArray().first().toObject();
        auto read = policyFromJson(policy, QStringLiteral("policies[0]"));
        QVERIFY(read.ok());
        QCOMPARE(toJson(read.value()), policy);
        const QJsonObject robot = root.value(QStringLiteral("robots")).toArray().first().toObject();
        QCOMPARE(toJson(robotFromJson(robot).value()), robot);
        QJsonObject broken = robot;
        broken.insert(QStringLiteral("keywords"), QStringLiteral("Alarm"));
        auto refused = robotFromJson(broken, QStringLiteral("robots[3]"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("robots[3].keywords"));
        QCOMPARE(refused.error().message, QStringLiteral("robots[3].keywords must be a list of strings."));
    }
};

QTEST_GUILESS_MAIN(TestImportBundle)
#include "tst_importbundle.moc"
