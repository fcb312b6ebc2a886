// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// The servers' time zone as Go's Local (issue 15), and the exact data of both servers. Every expected output below was
// produced by real Go through tests/oracle (`oracle --time-zone ZONE ...`, Go 1.19.8, tzdata 2025b) on the payload in
// this file, not written by hand.
#include "templating/gotemplate.h"
#include "templating/gozone.h"

#include <QTest>

using namespace alertdesk;

namespace {

// +08:00 (Shanghai's CST), New York's EST just before its 2024 spring transition, EDT in the repeated hour of the fall
// transition, EST's offset in July (EDT then: a fixed zone there), +00:00, and the zero time. "atmobiles": Go's
// encoding/json matches the bridge's untagged AtMobiles in any case.
const char* const kPayload =
    R"({"receiver":"ops","status":"firing","atmobiles":["138"],"groupKey":"{}:{}","alerts":[
{"status":"firing","labels":{"alertname":"Disk"},"startsAt":"2024-03-18T14:30:05.123456789+08:00","endsAt":"0001-01-01T00:00:00Z"},
{"status":"resolved","labels":{"alertname":"Disk"},"startsAt":"2024-03-10T01:59:59-05:00","endsAt":"2024-11-03T01:30:00-04:00"},
{"status":"resolved","labels":{"alertname":"Disk"},"startsAt":"2024-07-04T09:00:00-05:00","endsAt":"2024-03-18T06:30:00+00:00"}]})";

const char* const kTimes = "{{ range .Alerts }}{{ .StartsAt }}|{{ .EndsAt }}\n{{ end }}";

QByteArray render(const QByteArray& text, const QString& zone,
                  TemplateDialect dialect = TemplateDialect::DingTalkBridge, const QStringList& mentions = {},
                  const QByteArray& payload = kPayload)
{
    TemplateContext context;
    context.dialect = dialect;
    context.timeZone = zone;
    context.mentionMobiles = mentions;
    const auto data = TemplateData::fromWebhookJson(payload, context);
    if (!data)
        return "payload error: " + data.error().message.toUtf8();
    const auto compiled = CompiledTemplate::compileUtf8("u.tmpl", text.toStdString(), dialect);
    if (!compiled)
        return compiled.error().message.toUtf8();
    const auto out = compiled.value()->renderUtf8(data.value());
    return out ? QByteArray::fromStdString(out.value()) : out.error().message.toUtf8();
}

} // namespace

class TstGoTimeZone : public QObject {
    Q_OBJECT

private slots:
    void offsetsParseAsLocalWhenTheyMatch()
    {
        // Shanghai: +08:00 is Local (CST); -05:00 and +00:00 are fixed zones without a name; Z stays UTC.
        QCOMPARE(render(kTimes, QStringLiteral("Asia/Shanghai")),
                 QByteArray("2024-03-18 14:30:05.123456789 +0800 CST|0001-01-01 00:00:00 +0000 UTC\n"
                            "2024-03-10 01:59:59 -0500 -0500|2024-11-03 01:30:00 -0400 -0400\n"
                            "2024-07-04 09:00:00 -0500 -0500|2024-03-18 06:30:00 +0000 +0000\n"));
        // New York: -05:00 is EST only where New York is on EST; -04:00 on the repeated hour is still EDT.
        QCOMPARE(render(kTimes, QStringLiteral("America/New_York")),
                 QByteArray("2024-03-18 14:30:05.123456789 +0800 +0800|0001-01-01 00:00:00 +0000 UTC\n"
                            "2024-03-10 01:59:59 -0500 EST|2024-11-03 01:30:00 -0400 EDT\n"
                            "2024-07-04 09:00:00 -0500 -0500|2024-03-18 06:30:00 +0000 +0000\n"));
        // UTC (and no zone at all): +00:00 is UTC.
        QCOMPARE(render("{{ (index .Alerts 2).EndsAt }}", QStringLiteral("UTC")),
                 QByteArray("2024-03-18 06:30:00 +0000 UTC"));
        QCOMPARE(render("{{ (index .Alerts 2).EndsAt }}", QString()), QByteArray("2024-03-18 06:30:00 +0000 UTC"));
    }

    void localDateAndTheZeroTime()
    {
        const QByteArray text =
            "{{ range .Alerts }}{{ .StartsAt.Local }}|{{ .EndsAt.Local }}|{{ date \"2006-01-02 "
            "15:04 MST\" .StartsAt }}|{{ dateInZone \"15:04 MST\" .StartsAt \"Local\" }}\n{{ end }}";
        // Before Shanghai's first transition Go uses its local mean time, +08:05:43.
        QCOMPARE(
            render(text, QStringLiteral("Asia/Shanghai")),
            QByteArray("2024-03-18 14:30:05.123456789 +0800 CST|0001-01-01 08:05:43 +0805 LMT|2024-03-18 14:30 "
                       "CST|14:30 CST\n"
                       "2024-03-10 14:59:59 +0800 CST|2024-11-03 13:30:00 +0800 CST|2024-03-10 14:59 CST|14:59 CST\n"
                       "2024-07-04 22:00:00 +0800 CST|2024-03-18 14:30:00 +0800 CST|2024-07-04 22:00 CST|22:00 "
                       "CST\n"));
        QCOMPARE(render("{{ (index .Alerts 0).EndsAt.Local }}", QStringLiteral("America/New_York")),
                 QByteArray("0000-12-31 19:03:58 -0456 LMT"));
        QCOMPARE(render("{{ date \"2006-01-02 15:04:05 MST\" 0 }} {{ date \"15:04 MST\" (int64 1720000000) }}",
                        QStringLiteral("America/New_York")),
                 QByteArray("1969-12-31 19:00:00 EST 05:46 EDT"));
    }

    void daylightSavingTransitions()
    {
        // Adding to a time in Local gives Local's zone at the new instant; fixed zones keep their offset.
        const QByteArray text = "{{ range .Alerts }}{{ .StartsAt.Add 1e9 }}|{{ .EndsAt.Add 3600e9 }}\n{{ end }}";
        QCOMPARE(render(text, QStringLiteral("America/New_York")),
                 QByteArray("2024-03-18 14:30:06.123456789 +0800 +0800|0001-01-01 01:00:00 +0000 UTC\n"
                            "2024-03-10 03:00:00 -0400 EDT|2024-11-03 01:30:00 -0500 EST\n"
                            "2024-07-04 09:00:01 -0500 -0500|2024-03-18 07:30:00 +0000 +0000\n"));
    }

    void posixRuleAfterTheLastTransition()
    {
        gotmpl::ZoneAt z;
        QVERIFY(gotmpl::zoneFromTzString("EST5EDT,M3.2.0,M11.1.0", 2215062000, &z)); // 2040-03-11T07:00:00Z
        QCOMPARE(QByteArray::fromStdString(z.name), QByteArray("EDT"));
        QCOMPARE(z.offset, -4 * 3600);
        QVERIFY(gotmpl::zoneFromTzString("EST5EDT,M3.2.0,M11.1.0", 2215061999, &z));
        QCOMPARE(QByteArray::fromStdString(z.name), QByteArray("EST"));
        QVERIFY(gotmpl::zoneFromTzString("AEST-10AEDT,M10.1.0,M4.1.0/3", 2215062000, &z)); // March: southern summer
        QCOMPARE(QByteArray::fromStdString(z.name), QByteArray("AEDT"));
        QCOMPARE(z.offset, 11 * 3600);
        QVERIFY(gotmpl::zoneFromTzString("<+0545>-5:45", 0, &z));
        QCOMPARE(QByteArray::fromStdString(z.name), QByteArray("+0545"));
        QCOMPARE(z.offset, 5 * 3600 + 45 * 60);
        QVERIFY(!gotmpl::zoneFromTzString("E5", 0, &z));
        // And through a zone file: 2040 is past New York's last transition (2037 in fat files): the TZ rule decides.
        QCOMPARE(render("{{ ((index .Alerts 0).StartsAt.Add 504921600e9).Local }}", QStringLiteral("America/New_York"),
                        TemplateDialect::DingTalkBridge, {}, R"({"alerts":[{"startsAt":"2024-07-01T12:00:00Z"}]})"),
                 QByteArray("2040-07-01 08:00:00 -0400 EDT"));
    }

    void groupKeyIsNoFieldOfEitherServer()
    {
        QCOMPARE(render("{{ .GroupKey }}", QStringLiteral("UTC"), TemplateDialect::Alertmanager),
                 QByteArray("template: u.tmpl:1:3: executing \"u.tmpl\" at <.GroupKey>: can't evaluate field GroupKey "
                            "in type *template.Data"));
        QCOMPARE(render("{{ .GroupKey }}", QStringLiteral("UTC"), TemplateDialect::DingTalkBridge),
                 QByteArray("template: u.tmpl:1:3: executing \"u.tmpl\" at <.GroupKey>: can't evaluate field GroupKey "
                            "in type *models.WebhookMessage"));
    }

    void atMobilesWithMentionMobiles()
    {
        QCOMPARE(render("{{ .AtMobiles }}", QStringLiteral("UTC"), TemplateDialect::DingTalkBridge,
                        {QStringLiteral("1"), QStringLiteral("2")}),
                 QByteArray("[138 1 2]"));
        QCOMPARE(render("{{ .AtMobiles }}|{{ if .AtMobiles }}set{{ end }}", QStringLiteral("UTC"),
                        TemplateDialect::DingTalkBridge, {QStringLiteral("9")}, R"({"status":"firing"})"),
                 QByteArray("[9]|set"));
        QCOMPARE(render("{{ .AtMobiles }}", QStringLiteral("UTC"), TemplateDialect::Alertmanager),
                 QByteArray("template: u.tmpl:1:3: executing \"u.tmpl\" at <.AtMobiles>: can't evaluate field "
                            "AtMobiles in type *template.Data"));
    }

    void bridgeDecodesTimesAsGoJson()
    {
        // time.Time's UnmarshalJSON: "" is no RFC 3339 time (the bridge answers 400); null is the zero time.
        const QByteArray empty = R"({"alerts":[{"startsAt":"2024-03-18T06:30:00Z","endsAt":""}]})";
        QVERIFY(render("{{ .Status }}", QStringLiteral("UTC"), TemplateDialect::DingTalkBridge, {}, empty)
                    .startsWith("payload error: "));
        QCOMPARE(
            render("{{ (index .Alerts 0).EndsAt }}", QStringLiteral("UTC"), TemplateDialect::Alertmanager, {}, empty),
            QByteArray("0001-01-01 00:00:00 +0000 UTC"));
        QCOMPARE(render("{{ (index .Alerts 0).EndsAt }}", QStringLiteral("UTC"), TemplateDialect::DingTalkBridge, {},
                        R"({"alerts":[{"endsAt":null}]})"),
                 QByteArray("0001-01-01 00:00:00 +0000 UTC"));
    }

    void zoneNames()
    {
        QVERIFY(isKnownTimeZone(QString()));
        QVERIFY(isKnownTimeZone(QStringLiteral("UTC")));
        QVERIFY(isKnownTimeZone(QStringLiteral("Asia/Shanghai")));
        QVERIFY(!isKnownTimeZone(QStringLiteral("Local")));
        QVERIFY(!isKnownTimeZone(QStringLiteral("Mars/Olympus")));
        QVERIFY(!isKnownTimeZone(QStringLiteral("../zoneinfo/UTC")));
        QVERIFY(isKnownTimeZone(systemTimeZoneName()));
        TemplateContext context;
        context.timeZone = QStringLiteral("Mars/Olympus");
        const auto data = TemplateData::fromWebhookJson(QByteArray("{}"), context);
        QVERIFY(!data.ok());
        QCOMPARE(data.error().field, QStringLiteral("timeZone"));
    }
};

QTEST_GUILESS_MAIN(TstGoTimeZone)
#include "tst_gotimezone.moc"
