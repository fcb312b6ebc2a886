// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "domain/validation.h"
#include "problems.h"

#include <QTest>

using namespace alertdesk;
using namespace alertdesk::test;
using namespace std::chrono_literals;

namespace {

NotificationPolicy validPolicy()
{
    NotificationPolicy policy;
    policy.uuid = QStringLiteral("5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c");
    policy.name = QStringLiteral("Critical database alerts");
    policy.description = QStringLiteral("Pages the DBAs");
    policy.rules = {
        MatchRule{{MatchCondition{QStringLiteral("severity"), MatchOperator::Eq, {QStringLiteral("critical")}},
                   MatchCondition{
                       QStringLiteral("team"), MatchOperator::In, {QStringLiteral("db"), QStringLiteral("storage")}}}}};
    policy.recipients = {Recipient{Recipient::Kind::Group, QStringLiteral("g1")},
                         Recipient{Recipient::Kind::Robot, QStringLiteral("r1")}};
    return policy;
}

} // namespace

class TestPolicyValidation : public QObject {
    Q_OBJECT

private slots:
    void validPolicyHasNoProblems()
    {
        const Problems problems = validatePolicy(validPolicy());
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void defaultsAreValid()
    {
        NotificationPolicy policy;
        policy.name = QStringLiteral("Everything");
        policy.recipients = {Recipient{Recipient::Kind::Contact, QStringLiteral("c1")}};
        const Problems problems = validatePolicy(policy);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void nameAndDescription_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("descriptionLength");
        QTest::addColumn<QStringList>("expectedFields");
        QTest::addRow("valid") << QStringLiteral("P") << 500 << QStringList();
        QTest::addRow("empty name") << QString() << 0 << QStringList{QStringLiteral("name")};
        QTest::addRow("untrimmed name") << QStringLiteral("P\n") << 0 << QStringList{QStringLiteral("name")};
        QTest::addRow("long name") << QString(65, u'p') << 0 << QStringList{QStringLiteral("name")};
        QTest::addRow("long description") << QStringLiteral("P") << 501 << QStringList{QStringLiteral("description")};
    }

    void nameAndDescription()
    {
        QFETCH(QString, name);
        QFETCH(int, descriptionLength);
        QFETCH(QStringList, expectedFields);
        NotificationPolicy policy = validPolicy();
        policy.name = name;
        policy.description = QString(descriptionLength, u'd');
        QCOMPARE(fields(validatePolicy(policy)), expectedFields);
    }

    void conditions_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("op");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("messagePart"); // empty = valid
        const auto eq = int(MatchOperator::Eq);
        const auto neq = int(MatchOperator::Neq);
        const auto re = int(MatchOperator::Re);
        const auto nre = int(MatchOperator::Nre);
        const auto in = int(MatchOperator::In);
        const auto nin = int(MatchOperator::Nin);
        const QStringList one{QStringLiteral("critical")};
        QTest::addRow("eq") << QStringLiteral("severity") << eq << one << QString();
        QTest::addRow("eq empty value (label absent)")
            << QStringLiteral("team") << eq << QStringList{QString()} << QString();
        QTest::addRow("neq empty value") << QStringLiteral("team") << neq << QStringList{QString()} << QString();
        QTest::addRow("underscore label") << QStringLiteral("__name__") << eq << one << QString();
        QTest::addRow("label with digits") << QStringLiteral("k8s_namespace2") << eq << one << QString();
        QTest::addRow("eq without value") << QStringLiteral("severity") << eq << QStringList() << QStringLiteral("one");
        QTest::addRow("eq with two values")
            << QStringLiteral("severity") << eq << QStringList{QStringLiteral("a"), QStringLiteral("b")}
            << QStringLiteral("one");
        QTest::addRow("neq with two values")
            << QStringLiteral("severity") << neq << QStringList{QStringLiteral("a"), QStringLiteral("b")}
            << QStringLiteral("one");
        QTest::addRow("re") << QStringLiteral("instance") << re << QStringList{QStringLiteral("db-[0-9]+:9100")}
                            << QString();
        QTest::addRow("nre alternatives")
            << QStringLiteral("severity") << nre << QStringList{QStringLiteral("info|debug")} << QString();
        QTest::addRow("re unclosed bracket")
            << QStringLiteral("instance") << re << QStringList{QStringLiteral("db-[0-9+")} << QStringLiteral("offset");
        QTest::addRow("nre unbalanced parenthesis")
            << QStringLiteral("job") << nre << QStringList{QStringLiteral("(node")} << QStringLiteral("(node");
        QTest::addRow("re nothing to repeat")
            << QStringLiteral("job") << re << QStringList{QStringLiteral("*node")} << QStringLiteral("*node");
        QTest::addRow("re without value") << QStringLiteral("job") << re << QStringList() << QStringLiteral("one");
        QTest::addRow("in") << QStringLiteral("team") << in << QStringList{QStringLiteral("db")} << QString();
        QTest::addRow("nin") << QStringLiteral("env") << nin
                             << QStringList{QStringLiteral("dev"), QStringLiteral("test")} << QString();
        QTest::addRow("in with no values")
            << QStringLiteral("team") << in << QStringList() << QStringLiteral("no values");
        QTest::addRow("nin with no values")
            << QStringLiteral("team") << nin << QStringList() << QStringLiteral("no values");
        QTest::addRow("in with empty value")
            << QStringLiteral("team") << in << QStringList{QStringLiteral("db"), QString()} << QStringLiteral("empty");
        QTest::addRow("in with duplicate")
            << QStringLiteral("team") << in << QStringList{QStringLiteral("db"), QStringLiteral("db")}
            << QStringLiteral("\"db\" twice");
        QTest::addRow("empty label") << QString() << eq << one << QStringLiteral("empty");
        QTest::addRow("label starts with digit") << QStringLiteral("9lives") << eq << one << QStringLiteral("9lives");
        QTest::addRow("label with dash") << QStringLiteral("app-name") << eq << one << QStringLiteral("app-name");
        QTest::addRow("label with dot") << QStringLiteral("app.kubernetes.io") << eq << one
                                        << QStringLiteral("app.kubernetes.io");
        QTest::addRow("label with space") << QStringLiteral("alert name") << eq << one << QStringLiteral("alert name");
        QTest::addRow("label with non-ASCII") << QStringLiteral("级别") << eq << one << QStringLiteral("级别");
    }

    void conditions()
    {
        QFETCH(QString, label);
        QFETCH(int, op);
        QFETCH(QStringList, values);
        QFETCH(QString, messagePart);
        NotificationPolicy policy = validPolicy();
        policy.rules.append(MatchRule{{MatchCondition{label, MatchOperator(op), values}}});
        const Problems problems = validatePolicy(policy);
        if (messagePart.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
            return;
        }
        QCOMPARE(fields(problems), QStringList{QStringLiteral("rules")});
        QVERIFY2(problems.constFirst().message.contains(messagePart), qPrintable(describe(problems)));
        QVERIFY2(problems.constFirst().message.contains(QStringLiteral("2")), qPrintable(describe(problems))); // rule 2
    }

    void ruleWithoutConditions()
    {
        NotificationPolicy policy = validPolicy();
        policy.rules.append(MatchRule{});
        QCOMPARE(fields(validatePolicy(policy)), QStringList{QStringLiteral("rules")});
        policy.rules.clear(); // no rules at all = every alert
        QCOMPARE(fields(validatePolicy(policy)), QStringList());
    }

    void recipients_data()
    {
        QTest::addColumn<QStringList>("recipients"); // "kind:uuid"
        QTest::addColumn<int>("problemCount");
        QTest::addRow("one contact") << QStringList{QStringLiteral("contact:c1")} << 0;
        QTest::addRow("a mix") << QStringList{QStringLiteral("contact:c1"), QStringLiteral("group:g1"),
                                              QStringLiteral("robot:r1")}
                               << 0;
        QTest::addRow("same id, different kinds")
            << QStringList{QStringLiteral("contact:x"), QStringLiteral("robot:x")} << 0;
        QTest::addRow("none") << QStringList() << 1;
        QTest::addRow("duplicate") << QStringList{QStringLiteral("group:g1"), QStringLiteral("group:g1")} << 1;
        QTest::addRow("empty id") << QStringList{QStringLiteral("contact:")} << 1;
    }

    void recipients()
    {
        QFETCH(QStringList, recipients);
        QFETCH(int, problemCount);
        NotificationPolicy policy = validPolicy();
        policy.recipients.clear();
        for (const QString& text : recipients) {
            const QString kind = text.section(u':', 0, 0);
            policy.recipients.append(Recipient{kind == QStringLiteral("contact") ? Recipient::Kind::Contact
                                               : kind == QStringLiteral("group") ? Recipient::Kind::Group
                                                                                 : Recipient::Kind::Robot,
                                               text.section(u':', 1)});
        }
        const Problems problems = validatePolicy(policy);
        QCOMPARE(fields(problems), QStringList(problemCount, QStringLiteral("recipients")));
        if (recipients.isEmpty())
            QVERIFY2(problems.constFirst().message.contains(QStringLiteral("nobody")), qPrintable(describe(problems)));
    }

    void groupBy_data()
    {
        QTest::addColumn<QStringList>("groupBy");
        QTest::addColumn<int>("problemCount");
        QTest::addRow("alertname") << QStringList{QStringLiteral("alertname")} << 0;
        QTest::addRow("several") << QStringList{QStringLiteral("alertname"), QStringLiteral("cluster")} << 0;
        QTest::addRow("none (one group)") << QStringList() << 0;
        QTest::addRow("all labels") << QStringList{QStringLiteral("...")} << 0;
        QTest::addRow("all labels and a name") << QStringList{QStringLiteral("..."), QStringLiteral("alertname")} << 1;
        QTest::addRow("bad label") << QStringList{QStringLiteral("alert-name")} << 1;
        QTest::addRow("empty label") << QStringList{QString()} << 1;
        QTest::addRow("duplicate") << QStringList{QStringLiteral("job"), QStringLiteral("job")} << 1;
    }

    void groupBy()
    {
        QFETCH(QStringList, groupBy);
        QFETCH(int, problemCount);
        NotificationPolicy policy = validPolicy();
        policy.groupBy = groupBy;
        QCOMPARE(fields(validatePolicy(policy)), QStringList(problemCount, QStringLiteral("groupBy")));
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("groupWait");
        QTest::addColumn<qint64>("groupInterval");
        QTest::addColumn<qint64>("repeatInterval");
        QTest::addColumn<QStringList>("expectedFields");
        QTest::addRow("defaults") << qint64(30) << qint64(300) << qint64(14400) << QStringList();
        QTest::addRow("repeat equals group interval") << qint64(1) << qint64(300) << qint64(300) << QStringList();
        QTest::addRow("zero group wait") << qint64(0) << qint64(300) << qint64(14400)
                                         << QStringList{QStringLiteral("groupWait")};
        QTest::addRow("zero group interval")
            << qint64(30) << qint64(0) << qint64(14400) << QStringList{QStringLiteral("groupInterval")};
        QTest::addRow("zero repeat interval")
            << qint64(30) << qint64(300) << qint64(0) << QStringList{QStringLiteral("repeatInterval")};
        QTest::addRow("negative group wait")
            << qint64(-30) << qint64(300) << qint64(14400) << QStringList{QStringLiteral("groupWait")};
        QTest::addRow("all zero") << qint64(0) << qint64(0) << qint64(0)
                                  << QStringList{QStringLiteral("groupWait"), QStringLiteral("groupInterval"),
                                                 QStringLiteral("repeatInterval")};
        QTest::addRow("repeat shorter than group interval")
            << qint64(30) << qint64(600) << qint64(300) << QStringList{QStringLiteral("repeatInterval")};
    }

    void durations()
    {
        QFETCH(qint64, groupWait);
        QFETCH(qint64, groupInterval);
        QFETCH(qint64, repeatInterval);
        QFETCH(QStringList, expectedFields);
        NotificationPolicy policy = validPolicy();
        policy.groupWait = std::chrono::seconds(groupWait);
        policy.groupInterval = std::chrono::seconds(groupInterval);
        policy.repeatInterval = std::chrono::seconds(repeatInterval);
        QCOMPARE(fields(validatePolicy(policy)), expectedFields);
    }

    void window_data()
    {
        QTest::addColumn<QList<int>>("days");
        QTest::addColumn<QTime>("start");
        QTest::addColumn<QTime>("end");
        QTest::addColumn<QString>("timeZone");
        QTest::addColumn<int>("problemCount");
        const QList<int> weekdays{1, 2, 3, 4, 5};
        const QTime nine(9, 0);
        const QTime six(18, 0);
        const QString shanghai = QStringLiteral("Asia/Shanghai");
        QTest::addRow("office hours") << weekdays << nine << six << shanghai << 0;
        QTest::addRow("overnight") << QList<int>{6, 7} << QTime(22, 0) << QTime(6, 0) << QStringLiteral("UTC") << 0;
        // A link in the tz database (the system zone of many Linux machines): Go's LoadLocation takes it too.
        QTest::addRow("link zone") << weekdays << nine << six << QStringLiteral("Etc/UTC") << 0;
        QTest::addRow("no days") << QList<int>() << nine << six << shanghai << 1;
        QTest::addRow("repeated day") << QList<int>{1, 2, 1} << nine << six << shanghai << 1;
        QTest::addRow("day out of range") << QList<int>{0} << nine << six << shanghai << 1;
        QTest::addRow("start equals end") << weekdays << nine << nine << shanghai << 1;
        QTest::addRow("no start") << weekdays << QTime() << six << shanghai << 1;
        QTest::addRow("unknown time zone") << weekdays << nine << six << QStringLiteral("Mars/Olympus_Mons") << 1;
        QTest::addRow("abbreviation is not an IANA id") << weekdays << nine << six << QStringLiteral("CST") << 1;
        QTest::addRow("empty time zone") << weekdays << nine << six << QString() << 1;
    }

    void window()
    {
        QFETCH(QList<int>, days);
        QFETCH(QTime, start);
        QFETCH(QTime, end);
        QFETCH(QString, timeZone);
        QFETCH(int, problemCount);
        NotificationPolicy policy = validPolicy();
        NotificationWindow window;
        for (const int day : days)
            window.days.append(Qt::DayOfWeek(day));
        window.start = start;
        window.end = end;
        window.timeZone = timeZone;
        policy.window = window;
        const Problems problems = validatePolicy(policy);
        QCOMPARE(fields(problems), QStringList(problemCount, QStringLiteral("window")));
        if (problemCount > 0 && !timeZone.isEmpty() && timeZone != QStringLiteral("Asia/Shanghai") &&
            timeZone != QStringLiteral("UTC"))
            QVERIFY2(problems.constFirst().message.contains(timeZone), qPrintable(describe(problems)));
        QCOMPARE(checkTimeZone(timeZone).has_value(),
                 timeZone.isEmpty() || timeZone.contains(QStringLiteral("Mars")) || timeZone == QStringLiteral("CST"));
    }

    void message_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("titleLength");
        QTest::addColumn<int>("textLength");
        QTest::addColumn<int>("problemCount");
        QTest::addRow("defaults") << int(MessageType::Markdown) << 0 << 0 << 0;
        QTest::addRow("action card with default title") << int(MessageType::ActionCard) << 0 << 0 << 0;
        QTest::addRow("20000 each") << int(MessageType::Text) << 20000 << 20000 << 0;
        QTest::addRow("title too long") << int(MessageType::Markdown) << 20001 << 10 << 1;
        QTest::addRow("text too long") << int(MessageType::Markdown) << 10 << 20001 << 1;
        QTest::addRow("both too long") << int(MessageType::Markdown) << 20001 << 20001 << 2;
    }

    void message()
    {
        QFETCH(int, type);
        QFETCH(int, titleLength);
        QFETCH(int, textLength);
        QFETCH(int, problemCount);
        NotificationPolicy policy = validPolicy();
        policy.message.type = MessageType(type);
        policy.message.titleTemplate = QString(titleLength, u't');
        policy.message.textTemplate = QString(textLength, u'x');
        QCOMPARE(fields(validatePolicy(policy)), QStringList(problemCount, QStringLiteral("message")));
    }

    void labelNames_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("valid");
        QTest::addRow("alertname") << QStringLiteral("alertname") << true;
        QTest::addRow("_private") << QStringLiteral("_private") << true;
        QTest::addRow("A1_b2") << QStringLiteral("A1_b2") << true;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("1abc") << QStringLiteral("1abc") << false;
        QTest::addRow("a-b") << QStringLiteral("a-b") << false;
        QTest::addRow("a:b") << QStringLiteral("a:b") << false;
        QTest::addRow("trailing space") << QStringLiteral("job ") << false;
    }

    void labelNames()
    {
        QFETCH(QString, label);
        QFETCH(bool, valid);
        const std::optional<Error> problem = checkLabelName(label);
        QCOMPARE(problem.has_value(), !valid);
        if (problem)
            QVERIFY(!problem->message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPolicyValidation)
#include "tst_policyvalidation.moc"
