// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "domain/policytext.h"

#include <QTest>
#include <QTimeZone>

using namespace alertdesk;

namespace {

MatchCondition condition(const QString& label, MatchOperator op, const QStringList& values)
{
    return MatchCondition{label, op, values};
}

QString describe(const MatchRule& rule)
{
    QStringList parts;
    for (const MatchCondition& c : rule.conditions)
        parts.append(c.label + u' ' + operatorName(c.op) + u' ' + u'[' + c.values.join(QStringLiteral("][")) + u']');
    return parts.join(QStringLiteral("; "));
}

} // namespace

Q_DECLARE_METATYPE(alertdesk::MatchRule)

class TestPolicyText : public QObject {
    Q_OBJECT

private slots:
    void parseDuration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // 0 = must fail
        QTest::addRow("30s") << QStringLiteral("30s") << qint64(30);
        QTest::addRow("5m") << QStringLiteral("5m") << qint64(300);
        QTest::addRow("4h") << QStringLiteral("4h") << qint64(14400);
        QTest::addRow("1h30m") << QStringLiteral("1h30m") << qint64(5400);
        QTest::addRow("2d") << QStringLiteral("2d") << qint64(172800);
        QTest::addRow("1w") << QStringLiteral("1w") << qint64(604800);
        QTest::addRow("1w2d3h4m5s") << QStringLiteral("1w2d3h4m5s") << qint64(604800 + 172800 + 10800 + 240 + 5);
        QTest::addRow("90m (not normalised)") << QStringLiteral("90m") << qint64(5400);
        QTest::addRow("1h0m") << QStringLiteral("1h0m") << qint64(3600);
        QTest::addRow("surrounding space") << QStringLiteral(" 5m ") << qint64(300);
        QTest::addRow("empty") << QString() << qint64(0);
        QTest::addRow("blank") << QStringLiteral("  ") << qint64(0);
        QTest::addRow("0s") << QStringLiteral("0s") << qint64(0);
        QTest::addRow("0h0m") << QStringLiteral("0h0m") << qint64(0);
        QTest::addRow("-5m") << QStringLiteral("-5m") << qint64(0);
        QTest::addRow("no unit") << QStringLiteral("5") << qint64(0);
        QTest::addRow("unit missing at the end") << QStringLiteral("1h30") << qint64(0);
        QTest::addRow("unknown unit") << QStringLiteral("5x") << qint64(0);
        QTest::addRow("upper case unit") << QStringLiteral("5M") << qint64(0);
        QTest::addRow("milliseconds") << QStringLiteral("500ms") << qint64(0);
        QTest::addRow("years") << QStringLiteral("1y") << qint64(0);
        QTest::addRow("fraction") << QStringLiteral("1.5h") << qint64(0);
        QTest::addRow("out of order") << QStringLiteral("30m1h") << qint64(0);
        QTest::addRow("unit twice") << QStringLiteral("1h1h") << qint64(0);
        QTest::addRow("space inside") << QStringLiteral("1h 30m") << qint64(0);
        QTest::addRow("unit only") << QStringLiteral("h") << qint64(0);
        QTest::addRow("Go style with ms") << QStringLiteral("1m30.5s") << qint64(0);
        QTest::addRow("overflow") << QStringLiteral("99999999999999999999s") << qint64(0);
        QTest::addRow("over ten years") << QStringLiteral("600w") << qint64(0);
    }

    void parseDuration()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const Result<std::chrono::seconds> parsed = alertdesk::parseDuration(text);
        if (seconds == 0) {
            QVERIFY2(!parsed.ok(), qPrintable(QString::number(parsed.ok() ? parsed->count() : 0)));
            QVERIFY(!parsed.error().message.isEmpty());
            if (!text.trimmed().isEmpty() && text.size() < 20)
                QVERIFY2(parsed.error().message.contains(text.trimmed()), qPrintable(parsed.error().message));
            return;
        }
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->count(), seconds);
    }

    void formatDuration_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::addRow("30s") << qint64(30) << QStringLiteral("30s");
        QTest::addRow("5m") << qint64(300) << QStringLiteral("5m");
        QTest::addRow("4h") << qint64(14400) << QStringLiteral("4h");
        QTest::addRow("1h30m") << qint64(5400) << QStringLiteral("1h30m");
        QTest::addRow("1h0m5s") << qint64(3605) << QStringLiteral("1h5s");
        QTest::addRow("1d") << qint64(86400) << QStringLiteral("1d");
        QTest::addRow("1w2d") << qint64(9 * 86400) << QStringLiteral("1w2d");
        QTest::addRow("zero") << qint64(0) << QStringLiteral("0s");
    }

    void formatDuration()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(alertdesk::formatDuration(std::chrono::seconds(seconds)), text);
        if (seconds > 0) {
            const Result<std::chrono::seconds> parsed = alertdesk::parseDuration(text);
            QVERIFY(parsed.ok());
            QCOMPARE(parsed->count(), seconds);
        }
    }

    void parseMatchRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<MatchRule>("expected");
        const QString severity = QStringLiteral("severity");
        const QString critical = QStringLiteral("critical");
        QTest::addRow("eq") << QStringLiteral("severity=critical")
                            << MatchRule{{condition(severity, MatchOperator::Eq, {critical})}};
        QTest::addRow("spaces around") << QStringLiteral("  severity = critical ,team!= db ")
                                       << MatchRule{{condition(severity, MatchOperator::Eq, {critical}),
                                                     condition(QStringLiteral("team"), MatchOperator::Neq,
                                                               {QStringLiteral("db")})}};
        QTest::addRow("all six operators")
            << QStringLiteral("a=1, b!=2, c=~x.*, d!~y|z, e in p|q, f notin r")
            << MatchRule{{condition(QStringLiteral("a"), MatchOperator::Eq, {QStringLiteral("1")}),
                          condition(QStringLiteral("b"), MatchOperator::Neq, {QStringLiteral("2")}),
                          condition(QStringLiteral("c"), MatchOperator::Re, {QStringLiteral("x.*")}),
                          condition(QStringLiteral("d"), MatchOperator::Nre, {QStringLiteral("y|z")}),
                          condition(QStringLiteral("e"), MatchOperator::In, {QStringLiteral("p"), QStringLiteral("q")}),
                          condition(QStringLiteral("f"), MatchOperator::Nin, {QStringLiteral("r")})}};
        QTest::addRow("in with spaces") << QStringLiteral("severity in critical | warning")
                                        << MatchRule{{condition(severity, MatchOperator::In,
                                                                {critical, QStringLiteral("warning")})}};
        QTest::addRow("word operators ignore case")
            << QStringLiteral("severity IN critical, env NotIn dev")
            << MatchRule{{condition(severity, MatchOperator::In, {critical}),
                          condition(QStringLiteral("env"), MatchOperator::Nin, {QStringLiteral("dev")})}};
        QTest::addRow("empty value (label absent)")
            << QStringLiteral("team=")
            << MatchRule{{condition(QStringLiteral("team"), MatchOperator::Eq, {QString()})}};
        QTest::addRow("quoted empty value")
            << QStringLiteral("team=\"\"")
            << MatchRule{{condition(QStringLiteral("team"), MatchOperator::Eq, {QString()})}};
        QTest::addRow("quoted comma and space")
            << QStringLiteral("summary=\"disk full, 95%\", job=node")
            << MatchRule{{condition(QStringLiteral("summary"), MatchOperator::Eq, {QStringLiteral("disk full, 95%")}),
                          condition(QStringLiteral("job"), MatchOperator::Eq, {QStringLiteral("node")})}};
        QTest::addRow("quoted pipe in list")
            << QStringLiteral("x in \"a|b\"|c")
            << MatchRule{
                   {condition(QStringLiteral("x"), MatchOperator::In, {QStringLiteral("a|b"), QStringLiteral("c")})}};
        QTest::addRow("escapes") << QStringLiteral("msg=\"say \\\"hi\\\" \\\\ bye\"")
                                 << MatchRule{{condition(QStringLiteral("msg"), MatchOperator::Eq,
                                                         {QStringLiteral("say \"hi\" \\ bye")})}};
        QTest::addRow("backslash in bare regex")
            << QStringLiteral("instance=~db\\d+")
            << MatchRule{{condition(QStringLiteral("instance"), MatchOperator::Re, {QStringLiteral("db\\d+")})}};
        QTest::addRow("regex with comma, quoted")
            << QStringLiteral("id=~\"a{1,3}\"")
            << MatchRule{{condition(QStringLiteral("id"), MatchOperator::Re, {QStringLiteral("a{1,3}")})}};
        QTest::addRow("Alertmanager braces")
            << QStringLiteral("{severity=\"critical\", team=~\"db.*\"}")
            << MatchRule{{condition(severity, MatchOperator::Eq, {critical}),
                          condition(QStringLiteral("team"), MatchOperator::Re, {QStringLiteral("db.*")})}};
        QTest::addRow("unicode value") << QStringLiteral("summary=磁盘已满")
                                       << MatchRule{{condition(QStringLiteral("summary"), MatchOperator::Eq,
                                                               {QStringLiteral("磁盘已满")})}};
    }

    void parseMatchRule()
    {
        QFETCH(QString, text);
        QFETCH(MatchRule, expected);
        const Result<MatchRule> parsed = alertdesk::parseMatchRule(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QVERIFY2(*parsed == expected, qPrintable(describe(*parsed) + QStringLiteral(" != ") + describe(expected)));
        // Whatever was accepted prints as canonical text that parses back to the same rule.
        const Result<MatchRule> again = alertdesk::parseMatchRule(formatMatchRule(*parsed));
        QVERIFY2(again.ok(), qPrintable(formatMatchRule(*parsed)));
        QCOMPARE(*again, expected);
    }

    void badMatchRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quoted"); // the condition the message must name
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("blank") << QStringLiteral("   ") << QString();
        QTest::addRow("empty braces") << QStringLiteral("{}") << QString();
        QTest::addRow("no operator") << QStringLiteral("severity") << QStringLiteral("\"severity\"");
        QTest::addRow("no label") << QStringLiteral("=critical") << QStringLiteral("\"=critical\"");
        QTest::addRow("double equals") << QStringLiteral("severity==critical")
                                       << QStringLiteral("\"severity==critical\"");
        QTest::addRow("unknown word") << QStringLiteral("severity is critical")
                                      << QStringLiteral("\"severity is critical\"");
        QTest::addRow("bad label") << QStringLiteral("9x=1") << QStringLiteral("\"9x=1\"");
        QTest::addRow("label with dash") << QStringLiteral("team=db, app-name=x") << QStringLiteral("\"app-name=x\"");
        QTest::addRow("in without values") << QStringLiteral("severity in") << QStringLiteral("\"severity in\"");
        QTest::addRow("in with blank values") << QStringLiteral("severity in  ") << QStringLiteral("\"severity in\"");
        QTest::addRow("in with empty value")
            << QStringLiteral("severity in a||b") << QStringLiteral("\"severity in a||b\"");
        QTest::addRow("in with duplicate")
            << QStringLiteral("severity in a|a") << QStringLiteral("\"severity in a|a\"");
        QTest::addRow("notin without values") << QStringLiteral("env notin \"\"") << QStringLiteral("env notin");
        QTest::addRow("bad regex") << QStringLiteral("job=~(node") << QStringLiteral("\"job=~(node\"");
        QTest::addRow("bad negated regex") << QStringLiteral("a=1, job!~[x") << QStringLiteral("\"job!~[x\"");
        QTest::addRow("unclosed quote") << QStringLiteral("summary=\"disk full") << QStringLiteral("summary");
        QTest::addRow("text after quote") << QStringLiteral("summary=\"disk\" full") << QStringLiteral("summary");
        QTest::addRow("stray quote in bare value")
            << QStringLiteral("summary=disk\"full\"") << QStringLiteral("summary");
        QTest::addRow("double comma") << QStringLiteral("a=1,,b=2") << QString();
        QTest::addRow("trailing comma") << QStringLiteral("a=1,") << QString();
        QTest::addRow("leading comma") << QStringLiteral(",a=1") << QString();
    }

    void badMatchRule()
    {
        QFETCH(QString, text);
        QFETCH(QString, quoted);
        const Result<MatchRule> parsed = alertdesk::parseMatchRule(text);
        QVERIFY2(!parsed.ok(), qPrintable(parsed.ok() ? describe(*parsed) : QString()));
        QCOMPARE(parsed.error().field, QStringLiteral("rules"));
        QVERIFY(!parsed.error().message.isEmpty());
        QVERIFY2(parsed.error().message.contains(quoted), qPrintable(parsed.error().message));
    }

    void canonicalMatchRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("eq") << QStringLiteral("severity=critical");
        QTest::addRow("several") << QStringLiteral("severity!=info, team=~db.*, env notin dev|test");
        QTest::addRow("in") << QStringLiteral("severity in critical|warning");
        QTest::addRow("empty value") << QStringLiteral("team=\"\"");
        QTest::addRow("spaces") << QStringLiteral("summary=\"disk full\"");
        QTest::addRow("comma") << QStringLiteral("id=~\"a{1,3}\"");
        QTest::addRow("pipe in eq stays bare") << QStringLiteral("severity=~critical|warning");
        QTest::addRow("pipe in list is quoted") << QStringLiteral("x in \"a|b\"|c");
        QTest::addRow("quote and backslash") << QStringLiteral("msg=\"say \\\"hi\\\" \\\\ bye\"");
        QTest::addRow("bare backslash") << QStringLiteral("instance=~db\\d+");
        QTest::addRow("value starting with tilde") << QStringLiteral("path=\"~root\"");
        QTest::addRow("value starting with equals") << QStringLiteral("expr=\"=1\"");
    }

    void canonicalMatchRule()
    {
        QFETCH(QString, text);
        const Result<MatchRule> parsed = alertdesk::parseMatchRule(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(formatMatchRule(*parsed), text);
    }

    void formatQuotesWhatNeedsIt()
    {
        // Values no canonical text above covers: each must come back unchanged.
        const QStringList samples{QStringLiteral(" padded "),    QStringLiteral("tab\there"), QStringLiteral("a,b"),
                                  QStringLiteral("\"quoted\""),  QStringLiteral("\\"),        QStringLiteral("~"),
                                  QStringLiteral("line\nbreak"), QStringLiteral("{}"),        QStringLiteral("a in b")};
        for (const QString& value : samples) {
            for (const MatchOperator op : {MatchOperator::Eq, MatchOperator::Neq, MatchOperator::In}) {
                const QStringList values =
                    op == MatchOperator::In ? QStringList{value, QStringLiteral("tail")} : QStringList{value};
                const MatchRule rule{{condition(QStringLiteral("label"), op, values)}};
                const QString text = formatMatchRule(rule);
                const Result<MatchRule> parsed = alertdesk::parseMatchRule(text);
                QVERIFY2(parsed.ok(),
                         qPrintable(text + QStringLiteral(": ") + (parsed.ok() ? QString() : parsed.error().message)));
                QVERIFY2(*parsed == rule, qPrintable(text));
            }
        }
    }

    void parseWindow_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("days");
        QTest::addColumn<QTime>("start");
        QTest::addColumn<QTime>("end");
        QTest::addColumn<QString>("timeZone"); // empty = the system's
        QTest::addRow("office hours") << QStringLiteral("mon-fri 09:00-18:00 Asia/Shanghai")
                                      << QList<int>{1, 2, 3, 4, 5} << QTime(9, 0) << QTime(18, 0)
                                      << QStringLiteral("Asia/Shanghai");
        QTest::addRow("list") << QStringLiteral("mon,wed,fri 08:30-17:45 Europe/Berlin") << QList<int>{1, 3, 5}
                              << QTime(8, 30) << QTime(17, 45) << QStringLiteral("Europe/Berlin");
        QTest::addRow("weekend, overnight") << QStringLiteral("sat-sun 22:00-06:00 UTC") << QList<int>{6, 7}
                                            << QTime(22, 0) << QTime(6, 0) << QStringLiteral("UTC");
        QTest::addRow("daily") << QStringLiteral("daily 00:00-08:00 Asia/Tokyo") << QList<int>{1, 2, 3, 4, 5, 6, 7}
                               << QTime(0, 0) << QTime(8, 0) << QStringLiteral("Asia/Tokyo");
        QTest::addRow("range and day") << QStringLiteral("mon-fri,sun 09:00-18:00 UTC") << QList<int>{1, 2, 3, 4, 5, 7}
                                       << QTime(9, 0) << QTime(18, 0) << QStringLiteral("UTC");
        QTest::addRow("unordered list is sorted") << QStringLiteral("fri,mon 09:00-18:00 UTC") << QList<int>{1, 5}
                                                  << QTime(9, 0) << QTime(18, 0) << QStringLiteral("UTC");
        QTest::addRow("any case, full names, one-digit hour")
            << QStringLiteral("  MON-Friday   9:00-18:00  UTC ") << QList<int>{1, 2, 3, 4, 5} << QTime(9, 0)
            << QTime(18, 0) << QStringLiteral("UTC");
        QTest::addRow("ending at midnight") << QStringLiteral("sat 18:00-00:00 UTC") << QList<int>{6} << QTime(18, 0)
                                            << QTime(0, 0) << QStringLiteral("UTC");
        QTest::addRow("system time zone") << QStringLiteral("mon-fri 09:00-18:00") << QList<int>{1, 2, 3, 4, 5}
                                          << QTime(9, 0) << QTime(18, 0) << QString();
    }

    void parseWindow()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, days);
        QFETCH(QTime, start);
        QFETCH(QTime, end);
        QFETCH(QString, timeZone);
        const Result<NotificationWindow> parsed = parseNotificationWindow(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QList<int> parsedDays;
        for (const Qt::DayOfWeek day : parsed->days)
            parsedDays.append(int(day));
        QCOMPARE(parsedDays, days);
        QCOMPARE(parsed->start, start);
        QCOMPARE(parsed->end, end);
        if (timeZone.isEmpty()) {
            QVERIFY(!parsed->timeZone.isEmpty());
            QVERIFY(QTimeZone::isTimeZoneIdAvailable(parsed->timeZone.toUtf8()));
        } else {
            QCOMPARE(parsed->timeZone, timeZone);
        }
        const Result<NotificationWindow> again = parseNotificationWindow(formatNotificationWindow(*parsed));
        QVERIFY2(again.ok(), qPrintable(formatNotificationWindow(*parsed)));
        QCOMPARE(*again, *parsed);
    }

    void badWindow_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("days only") << QStringLiteral("mon-fri") << QStringLiteral("mon-fri");
        QTest::addRow("too many parts") << QStringLiteral("mon-fri 09:00-18:00 Asia/Shanghai extra")
                                        << QStringLiteral("extra");
        QTest::addRow("unknown day") << QStringLiteral("mon-fry 09:00-18:00 UTC") << QStringLiteral("fry");
        QTest::addRow("chinese day") << QStringLiteral("周一 09:00-18:00 UTC") << QStringLiteral("周一");
        QTest::addRow("backwards range") << QStringLiteral("fri-mon 09:00-18:00 UTC") << QStringLiteral("fri-sun,mon");
        QTest::addRow("repeated day") << QStringLiteral("mon-fri,wed 09:00-18:00 UTC") << QStringLiteral("wed");
        QTest::addRow("empty day") << QStringLiteral("mon,,fri 09:00-18:00 UTC") << QStringLiteral("mon,,fri");
        QTest::addRow("24:00") << QStringLiteral("mon-fri 18:00-24:00 UTC") << QStringLiteral("00:00");
        QTest::addRow("25:00") << QStringLiteral("mon-fri 09:00-25:00 UTC") << QStringLiteral("25:00");
        QTest::addRow("minutes 60") << QStringLiteral("mon-fri 09:60-18:00 UTC") << QStringLiteral("09:60");
        QTest::addRow("no minutes") << QStringLiteral("mon-fri 9-18 UTC") << QString();
        QTest::addRow("one time") << QStringLiteral("mon-fri 09:00 UTC") << QStringLiteral("09:00");
        QTest::addRow("start equals end") << QStringLiteral("mon-fri 09:00-09:00 UTC") << QStringLiteral("09:00");
        QTest::addRow("unknown time zone")
            << QStringLiteral("mon-fri 09:00-18:00 Mars/Olympus_Mons") << QStringLiteral("Mars/Olympus_Mons");
        QTest::addRow("offset is not a zone id")
            << QStringLiteral("mon-fri 09:00-18:00 +08:00") << QStringLiteral("+08:00");
    }

    void badWindow()
    {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        const Result<NotificationWindow> parsed = parseNotificationWindow(text);
        QVERIFY2(!parsed.ok(), qPrintable(text));
        QCOMPARE(parsed.error().field, QStringLiteral("window"));
        QVERIFY(!parsed.error().message.isEmpty());
        QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
    }

    void canonicalWindow_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("office hours") << QStringLiteral("mon-fri 09:00-18:00 Asia/Shanghai");
        QTest::addRow("daily") << QStringLiteral("daily 00:00-08:00 UTC");
        QTest::addRow("list") << QStringLiteral("mon,wed,fri 08:30-17:45 Europe/Berlin");
        QTest::addRow("two days") << QStringLiteral("sat,sun 10:00-16:00 Asia/Hong_Kong");
        QTest::addRow("range and day") << QStringLiteral("mon-fri,sun 09:00-18:00 UTC");
        QTest::addRow("two ranges") << QStringLiteral("mon-wed,fri-sun 22:00-06:00 America/New_York");
    }

    void canonicalWindow()
    {
        QFETCH(QString, text);
        const Result<NotificationWindow> parsed = parseNotificationWindow(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(formatNotificationWindow(*parsed), text);
    }

    void windowWithoutTimeZoneUsesTheSystems()
    {
        const Result<NotificationWindow> parsed = parseNotificationWindow(QStringLiteral("daily 09:00-18:00"));
        QVERIFY(parsed.ok());
        const QString system = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        if (QTimeZone::isTimeZoneIdAvailable(system.toUtf8()))
            QCOMPARE(parsed->timeZone, system);
    }

    void enumNames()
    {
        for (const MatchOperator op : {MatchOperator::Eq, MatchOperator::Neq, MatchOperator::Re, MatchOperator::Nre,
                                       MatchOperator::In, MatchOperator::Nin})
            QCOMPARE(operatorFromName(operatorName(op)), op);
        QCOMPARE(operatorName(MatchOperator::Nin), QStringLiteral("nin"));
        QCOMPARE(operatorName(MatchOperator::Nre), QStringLiteral("nre"));
        QVERIFY(!operatorFromName(QStringLiteral("=")));

        for (const MessageType type : {MessageType::Markdown, MessageType::Text, MessageType::ActionCard})
            QCOMPARE(messageTypeFromName(messageTypeName(type)), type);
        QCOMPARE(messageTypeName(MessageType::ActionCard), QStringLiteral("actionCard"));
        QVERIFY(!messageTypeFromName(QStringLiteral("feedCard")));

        for (const TemplateDialect dialect : {TemplateDialect::DingTalkBridge, TemplateDialect::Alertmanager})
            QCOMPARE(dialectFromName(dialectName(dialect)), dialect);
        QCOMPARE(dialectName(TemplateDialect::DingTalkBridge), QStringLiteral("dingtalk-bridge"));
        QVERIFY(!dialectFromName(QStringLiteral("go")));

        for (const Mention mention : {Mention::None, Mention::All, Mention::Recipients})
            QCOMPARE(mentionFromName(mentionName(mention)), mention);
        QCOMPARE(mentionName(Mention::Recipients), QStringLiteral("recipients"));
        QVERIFY(!mentionFromName(QString()));

        for (const Recipient::Kind kind : {Recipient::Kind::Contact, Recipient::Kind::Group, Recipient::Kind::Robot})
            QCOMPARE(recipientKindFromName(recipientKindName(kind)), kind);
        QCOMPARE(recipientKindName(Recipient::Kind::Group), QStringLiteral("group"));
        QVERIFY(!recipientKindFromName(QStringLiteral("user")));
    }
};

QTEST_GUILESS_MAIN(TestPolicyText)
#include "tst_policytext.moc"
