// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// MessageLint: robot keywords, DingTalk's 20000 bytes, mentions, the robot's own setup.
#include "dingtalk/testalert.h"
#include "lint/messagelint.h"

#include <QTest>

using namespace alertdesk;

Q_DECLARE_METATYPE(alertdesk::LintFinding::Kind)
Q_DECLARE_METATYPE(alertdesk::LintFinding::Severity)
Q_DECLARE_METATYPE(alertdesk::DingTalkMessage)
Q_DECLARE_METATYPE(alertdesk::Robot)

namespace {

QList<LintFinding::Kind> kinds(const QList<LintFinding>& findings)
{
    QList<LintFinding::Kind> result;
    for (const LintFinding& finding : findings)
        result.append(finding.kind);
    return result;
}

Robot robotWith(const QStringList& keywords, bool signing = false, const QStringList& ipRanges = {})
{
    Robot robot;
    robot.name = QStringLiteral("ops");
    robot.keywords = keywords;
    robot.signing = signing;
    robot.ipRanges = ipRanges;
    return robot;
}

// A markdown message whose request body is exactly `bytes` long.
DingTalkMessage markdownOfSize(qint64 bytes)
{
    const qint64 overhead = DingTalkMessage::markdown(QStringLiteral("Alarm"), QString()).toJson().size();
    return DingTalkMessage::markdown(QStringLiteral("Alarm"), QString(bytes - overhead, QLatin1Char('x')));
}

} // namespace

class TestLint : public QObject {
    Q_OBJECT

private slots:
    void keywords_data()
    {
        QTest::addColumn<DingTalkMessage>("message");
        QTest::addColumn<QStringList>("keywords");
        QTest::addColumn<int>("found"); // -1: no finding; else the kind
        QTest::addColumn<QStringList>("subjects");
        QTest::addColumn<QString>("sentence");
        const QStringList arms = {QStringLiteral("Alarm"), QStringLiteral("Dispatch")};
        QTest::addRow("in the markdown title")
            << DingTalkMessage::markdown(QStringLiteral("[Alarm] disk"), QStringLiteral("full")) << arms
            << int(LintFinding::Kind::KeywordPresent) << QStringList{QStringLiteral("Alarm")} << "\"Alarm\"";
        QTest::addRow("in the markdown text, the second keyword")
            << DingTalkMessage::markdown(QStringLiteral("disk"), QStringLiteral("Dispatch: db1")) << arms
            << int(LintFinding::Kind::KeywordPresent) << QStringList{QStringLiteral("Dispatch")} << "\"Dispatch\"";
        QTest::addRow("text content, Chinese keyword")
            << DingTalkMessage::text(QStringLiteral("磁盘告警: db1")) << QStringList{QStringLiteral("告警")}
            << int(LintFinding::Kind::KeywordPresent) << QStringList{QStringLiteral("告警")} << "告警";
        QTest::addRow("actionCard button title")
            << DingTalkMessage::actionCard(QStringLiteral("disk"), QStringLiteral("full"),
                                           QList<DingTalkMessage::Button>{
                                               {QStringLiteral("alert view"), QStringLiteral("https://example.com")}})
            << QStringList{QStringLiteral("alert")} << int(LintFinding::Kind::KeywordPresent)
            << QStringList{QStringLiteral("alert")} << "\"alert\"";
        QTest::addRow("missing: lists the expected ones")
            << DingTalkMessage::markdown(QStringLiteral("disk"), QStringLiteral("full")) << arms
            << int(LintFinding::Kind::KeywordMissing) << arms
            << "none of the robot's keywords (\"Alarm\", \"Dispatch\")";
        QTest::addRow("case-sensitive, and says so")
            << DingTalkMessage::markdown(QStringLiteral("ALARM disk"), QStringLiteral("dispatch")) << arms
            << int(LintFinding::Kind::KeywordMissing) << arms << "case-sensitive";
        QTest::addRow("a link's URL does not count")
            << DingTalkMessage::link(QStringLiteral("disk"), QStringLiteral("full"),
                                     QStringLiteral("https://example.com/Alarm"))
            << arms << int(LintFinding::Kind::KeywordMissing) << arms << "310000";
        QTest::addRow("robot without keywords: nothing to check")
            << DingTalkMessage::text(QStringLiteral("hello")) << QStringList() << -1 << QStringList() << "";
    }

    void keywords()
    {
        QFETCH(DingTalkMessage, message);
        QFETCH(QStringList, keywords);
        QFETCH(int, found);
        QFETCH(QStringList, subjects);
        QFETCH(QString, sentence);
        const QList<LintFinding> findings = MessageLint::checkKeywords(message, keywords);
        if (found < 0) {
            QVERIFY(findings.isEmpty());
            return;
        }
        QCOMPARE(findings.size(), 1);
        QCOMPARE(int(findings.first().kind), found);
        QCOMPARE(findings.first().severity, found == int(LintFinding::Kind::KeywordMissing)
                                                ? LintFinding::Severity::Error
                                                : LintFinding::Severity::Info);
        QCOMPARE(findings.first().subjects, subjects);
        QVERIFY2(findings.first().message.contains(sentence), qPrintable(findings.first().message));
    }

    void size_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<LintFinding::Kind>("kind");
        QTest::addColumn<LintFinding::Severity>("severity");
        QTest::addRow("small") << qint64(500) << LintFinding::Kind::BodySize << LintFinding::Severity::Info;
        QTest::addRow("exactly 90%%") << qint64(18000) << LintFinding::Kind::BodySize << LintFinding::Severity::Info;
        QTest::addRow("just over 90%%") << qint64(18001) << LintFinding::Kind::BodyNearLimit
                                        << LintFinding::Severity::Warning;
        QTest::addRow("exactly 20000") << qint64(20000) << LintFinding::Kind::BodyNearLimit
                                       << LintFinding::Severity::Warning;
        QTest::addRow("20001") << qint64(20001) << LintFinding::Kind::BodyTooLong << LintFinding::Severity::Error;
    }

    void size()
    {
        QFETCH(qint64, bytes);
        QFETCH(LintFinding::Kind, kind);
        QFETCH(LintFinding::Severity, severity);
        const DingTalkMessage message = markdownOfSize(bytes);
        QCOMPARE(message.toJson().size(), bytes);
        const QList<LintFinding> findings = MessageLint::checkSize(message);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().kind, kind);
        QCOMPARE(findings.first().severity, severity);
        QCOMPARE(findings.first().value, bytes);
        QVERIFY2(findings.first().message.contains(QString::number(bytes)), qPrintable(findings.first().message));
    }

    void sizeCountsUtf8Bytes()
    {
        // 6000 Chinese characters are 18000 bytes of UTF-8 (and 6000 QChars): over 90% with the JSON around them.
        const DingTalkMessage message = DingTalkMessage::text(QString(6000, QChar(0x544A)));
        const QList<LintFinding> findings = MessageLint::checkSize(message);
        QCOMPARE(findings.first().kind, LintFinding::Kind::BodyNearLimit);
        QVERIFY(findings.first().value > 18000);
    }

    void mentions_data()
    {
        QTest::addColumn<DingTalkMessage>("message");
        QTest::addColumn<QList<LintFinding::Kind>>("expected");
        QTest::addColumn<QStringList>("subjects");
        DingTalkMessage::At two;
        two.atMobiles = {QStringLiteral("13800000000"), QStringLiteral("+852-12345678")};
        DingTalkMessage::At user;
        user.atUserIds = {QStringLiteral("zhangsan")};
        DingTalkMessage::At all;
        all.isAtAll = true;
        QTest::addRow("no mentions") << DingTalkMessage::text(QStringLiteral("Alarm")) << QList<LintFinding::Kind>()
                                     << QStringList();
        QTest::addRow("already in the text")
            << DingTalkMessage::text(QStringLiteral("Alarm @13800000000 @+852-12345678"), two)
            << QList<LintFinding::Kind>() << QStringList();
        QTest::addRow("appended by the builder")
            << DingTalkMessage::markdown(QStringLiteral("Alarm"), QStringLiteral("disk @13800000000"), two)
            << QList<LintFinding::Kind>{LintFinding::Kind::MentionsAppended}
            << QStringList{QStringLiteral("@+852-12345678")};
        QTest::addRow("user ids too") << DingTalkMessage::text(QStringLiteral("Alarm"), user)
                                      << QList<LintFinding::Kind>{LintFinding::Kind::MentionsAppended}
                                      << QStringList{QStringLiteral("@zhangsan")};
        QTest::addRow("@all needs nothing in the text")
            << DingTalkMessage::text(QStringLiteral("Alarm"), all) << QList<LintFinding::Kind>() << QStringList();
    }

    void mentions()
    {
        QFETCH(DingTalkMessage, message);
        QFETCH(QList<LintFinding::Kind>, expected);
        QFETCH(QStringList, subjects);
        const QList<LintFinding> findings = MessageLint::checkMentions(message);
        QCOMPARE(kinds(findings), expected);
        if (!findings.isEmpty()) {
            QCOMPARE(findings.first().subjects, subjects);
            QCOMPARE(findings.first().severity, LintFinding::Severity::Info);
            for (const QString& mention : subjects)
                QVERIFY2(findings.first().message.contains(mention), qPrintable(findings.first().message));
        }
    }

    void robotSetup_data()
    {
        QTest::addColumn<Robot>("robot");
        QTest::addColumn<int>("secret"); // MessageLint::SecretState
        QTest::addColumn<QList<LintFinding::Kind>>("expected");
        Robot disabled = robotWith({QStringLiteral("Alarm")});
        disabled.enabled = false;
        QTest::addRow("keywords only: fine") << robotWith({QStringLiteral("Alarm")}) << 0 << QList<LintFinding::Kind>();
        QTest::addRow("IP ranges only: fine")
            << robotWith({}, false, {QStringLiteral("10.0.0.0/8")}) << 0 << QList<LintFinding::Kind>();
        QTest::addRow("signing with its secret")
            << robotWith({}, true) << int(MessageLint::SecretState::Stored) << QList<LintFinding::Kind>();
        QTest::addRow("signing, secret not looked up")
            << robotWith({}, true) << int(MessageLint::SecretState::Unknown) << QList<LintFinding::Kind>();
        QTest::addRow("signing without a secret") << robotWith({}, true) << int(MessageLint::SecretState::Missing)
                                                  << QList<LintFinding::Kind>{LintFinding::Kind::SigningSecretMissing};
        QTest::addRow("no security option")
            << robotWith({}) << 0 << QList<LintFinding::Kind>{LintFinding::Kind::NoSecurityOption};
        QTest::addRow("disabled") << disabled << 0 << QList<LintFinding::Kind>{LintFinding::Kind::RobotDisabled};
    }

    void robotSetup()
    {
        QFETCH(Robot, robot);
        QFETCH(int, secret);
        QFETCH(QList<LintFinding::Kind>, expected);
        const QList<LintFinding> findings = MessageLint::checkRobot(robot, MessageLint::SecretState(secret));
        QCOMPARE(kinds(findings), expected);
        for (const LintFinding& finding : findings)
            QVERIFY2(finding.message.contains(QStringLiteral("\"ops\"")), qPrintable(finding.message));
    }

    void errorsBlockSending()
    {
        const Robot robot = robotWith({QStringLiteral("Zebra")});
        const QList<LintFinding> missing =
            MessageLint::check(DingTalkMessage::markdown(QStringLiteral("disk"), QStringLiteral("full")), robot);
        QVERIFY(MessageLint::hasErrors(missing));
        const QList<LintFinding> fine =
            MessageLint::check(DingTalkMessage::markdown(QStringLiteral("Zebra"), QStringLiteral("full")), robot);
        QVERIFY(!MessageLint::hasErrors(fine));
        QCOMPARE(kinds(fine),
                 (QList<LintFinding::Kind>{LintFinding::Kind::KeywordPresent, LintFinding::Kind::BodySize}));
    }

    // The built-in test alert passes the keyword check of a robot set up with any of the usual keywords, in every
    // message type, and has nothing DingTalk would show badly.
    void builtInTestAlertPassesTheUsualKeywords_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("keyword");
        for (const MessageType type : {MessageType::Markdown, MessageType::Text, MessageType::ActionCard}) {
            for (const char* keyword : {"Alarm", "Dispatch", "告警", "alert"})
                QTest::addRow("%d %s", int(type), keyword) << int(type) << QString::fromUtf8(keyword);
        }
    }

    void builtInTestAlertPassesTheUsualKeywords()
    {
        QFETCH(int, type);
        QFETCH(QString, keyword);
        const QList<SampleAlert> alerts = {{QStringLiteral("firing"),
                                            {{QStringLiteral("alertname"), QStringLiteral("DiskFull")},
                                             {QStringLiteral("severity"), QStringLiteral("critical")}},
                                            {{QStringLiteral("summary"), QStringLiteral("Disk 95% full")}},
                                            QDateTime(QDate(2026, 11, 24), QTime(7, 0), Qt::UTC)}};
        for (const QList<SampleAlert>& sample : {QList<SampleAlert>(), alerts}) {
            const DingTalkMessage message =
                TestAlert::build(MessageType(type), QStringLiteral("ops"), QString(), sample, {},
                                 QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC));
            const QList<LintFinding> findings = MessageLint::check(message, robotWith({keyword}));
            QCOMPARE(kinds(findings),
                     (QList<LintFinding::Kind>{LintFinding::Kind::KeywordPresent, LintFinding::Kind::BodySize}));
            QCOMPARE(findings.first().subjects, QStringList{keyword});
        }
    }

    void namesAreStable()
    {
        QCOMPARE(LintFinding::kindName(LintFinding::Kind::KeywordMissing), QStringLiteral("keyword-missing"));
        QCOMPARE(LintFinding::severityName(LintFinding::Severity::Warning), QStringLiteral("warning"));
    }
};

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
