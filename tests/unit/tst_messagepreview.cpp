// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// MessagePreview (what the "Send test alert" pane renders on every keystroke) and dingTalkDisplayMarkdown (markdown as
// the DingTalk client shows it): same message as send-test, errors with their line and column, redacted request.
#include "dingtalk/markdowndisplay.h"
#include "dingtalk/messagepreview.h"
#include "dingtalk/policymessage.h"
#include "templating/defaulttemplates.h"

#include <QFile>
#include <QTest>

using namespace alertdesk;

namespace {

QByteArray payload(const char* name)
{
    QFile file(QStringLiteral(ALERTDESK_TEST_DATA_DIR "/../../resources/payloads/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Robot armsRobot(bool signing = false)
{
    Robot robot;
    robot.name = QStringLiteral("ops");
    robot.keywords = armsKeywords();
    robot.signing = signing;
    return robot;
}

QList<LintFinding::Kind> kinds(const QList<LintFinding>& findings)
{
    QList<LintFinding::Kind> result;
    for (const LintFinding& finding : findings)
        result.append(finding.kind);
    return result;
}

} // namespace

class TestMessagePreview : public QObject {
    Q_OBJECT

private slots:
    void rendersWhatSendTestSends()
    {
        MessagePreview preview;
        PreviewInput input;
        input.payloadJson = payload("mixed-several.json");
        input.robot = armsRobot();
        input.at.atMobiles = {QStringLiteral("13800138000")};
        input.bridge = true; // a policy's preview: what the bridge posts
        const PreviewResult result = preview.render(input);
        QVERIFY(result.ok());
        QVERIFY(result.problems.isEmpty());
        NotificationPolicy policy;
        auto sent = renderPolicyMessage(policy, input.payloadJson, input.at, {});
        QVERIFY(sent.ok());
        QCOMPARE(*result.message, sent.value());
        QCOMPARE(result.bodyBytes, sent->toJson().size());
        QVERIFY(kinds(result.findings).contains(LintFinding::Kind::KeywordPresent));
        QVERIFY(kinds(result.findings).contains(LintFinding::Kind::MentionsAppended));
    }

    void requestIsRedacted()
    {
        MessagePreview preview;
        PreviewInput input;
        input.payloadJson = payload("firing-one.json");
        input.robot = armsRobot(true);
        input.nowMs = 1700000000000;
        const PreviewResult result = preview.render(input);
        QVERIFY(result.ok());
        QVERIFY2(result.request.startsWith(QStringLiteral("POST https://oapi.dingtalk.com/robot/send?access_token="
                                                          "<redacted>&timestamp=1700000000000&sign=<redacted>\n")),
                 qPrintable(result.request));
        QVERIFY(result.request.contains(QStringLiteral("\"msgtype\": \"markdown\"")));
        QVERIFY(!result.request.contains(QStringLiteral("preview-access-token")));
        QVERIFY(!result.request.contains(QStringLiteral("SECalertdesk")));
    }

    void templateErrorsSayWhere()
    {
        MessagePreview preview;
        PreviewInput input;
        input.payloadJson = payload("firing-one.json");
        input.robot = armsRobot();
        input.settings.titleTemplate = QStringLiteral("Alarm");
        input.settings.textTemplate = QStringLiteral("line one\n{{ if .Status }}\nx {{ .Status | nope }}");
        PreviewResult result = preview.render(input);
        QVERIFY(!result.ok());
        const auto problem = result.problem(PreviewProblem::Source::Text);
        QVERIFY(problem.has_value());
        QCOMPARE(problem->message, QStringLiteral("template: text:3: function \"nope\" not defined"));
        QCOMPARE(problem->line, 3);
        QVERIFY(!result.problem(PreviewProblem::Source::Title));

        input.settings.textTemplate = QStringLiteral("ok\n  {{ .Alerts.Nope }}");
        result = preview.render(input);
        QVERIFY(!result.ok());
        QCOMPARE(result.problem(PreviewProblem::Source::Text)->line, 2);
        QCOMPARE(result.problem(PreviewProblem::Source::Text)->column, 13); // Go points at ".Nope"
        QVERIFY(result.problem(PreviewProblem::Source::Text)->message.contains(QStringLiteral("can't evaluate")));

        // A bad payload and a bad title are both reported, the text template's own error too.
        input.payloadJson = "{\"alerts\": [";
        input.settings.titleTemplate = QStringLiteral("{{ .Status ");
        result = preview.render(input);
        QVERIFY(result.problem(PreviewProblem::Source::Payload).has_value());
        QVERIFY(result.problem(PreviewProblem::Source::Title).has_value());
        QCOMPARE(result.problem(PreviewProblem::Source::Title)->line, 1);
    }

    void keywordMissingWhenTheTemplateLacksIt()
    {
        MessagePreview preview;
        PreviewInput input;
        input.payloadJson = payload("firing-one.json");
        input.robot = armsRobot();
        input.settings.titleTemplate = QStringLiteral("{{ .Status }}");
        input.settings.textTemplate = QStringLiteral("{{ .CommonLabels.alertname }}");
        PreviewResult result = preview.render(input);
        QVERIFY(kinds(result.findings).contains(LintFinding::Kind::KeywordMissing));
        input.settings.textTemplate += QStringLiteral(" Dispatch");
        result = preview.render(input);
        const LintFinding present =
            result.findings.at(kinds(result.findings).indexOf(LintFinding::Kind::KeywordPresent));
        QCOMPARE(present.subjects, QStringList{QStringLiteral("Dispatch")});
    }

    void typesAndDefaults()
    {
        MessagePreview preview;
        PreviewInput input;
        input.payloadJson = payload("firing-one.json");
        input.settings.type = MessageType::Text;
        PreviewResult result = preview.render(input);
        QVERIFY(result.ok());
        QCOMPARE(result.message->type(), DingTalkMessage::Type::Text);
        QVERIFY(result.message->text().startsWith(QStringLiteral("[Alarm 告警] FIRING: HighCPUUsage\n")));
        input.settings.type = MessageType::ActionCard;
        result = preview.render(input);
        QCOMPARE(result.message->type(), DingTalkMessage::Type::ActionCard);
        QCOMPARE(result.message->singleUrl(), QStringLiteral("http://alertmanager.example.internal:9093"));
    }

    void displayJoinsSingleLineBreaks_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("shown");
        QTest::addRow("joined") << "one\ntwo\n\nthree"
                                << "one two\n\nthree";
        QTest::addRow("hard break") << "one  \ntwo"
                                    << "one  \ntwo";
        QTest::addRow("list items stay") << "- a\n- b\n1. c"
                                         << "- a\n- b\n1. c";
        QTest::addRow("lazy continuation") << "- a\nmore"
                                           << "- a more";
        QTest::addRow("heading not joined") << "### Title\ntext\nmore"
                                            << "### Title\ntext more";
        QTest::addRow("quote starts a block") << "text\n> quote"
                                              << "text\n> quote";
        QTest::addRow("table flagged") << "intro\n| a | b |\n| --- | --- |\n| 1 | 2 |\nafter"
                                       << "intro\n\n> NOTE\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\nafter";
        QTest::addRow("code flagged") << "```\nx\ny\n```\ntext"
                                      << "> NOTE\n\n```\nx\ny\n```\ntext";
        QTest::addRow("chinese") << "告警\n恢复"
                                 << "告警 恢复";
    }

    void displayJoinsSingleLineBreaks()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, shown);
        QCOMPARE(dingTalkDisplayMarkdown(markdown, QStringLiteral("NOTE")), shown);
    }

    void theDefaultShowsUnchanged()
    {
        // The default template already writes what DingTalk shows: nothing to join, nothing to flag.
        MessagePreview preview;
        PreviewInput input;
        input.payloadJson = payload("twenty-alerts.json");
        const PreviewResult result = preview.render(input);
        QVERIFY(result.ok());
        QCOMPARE(dingTalkDisplayMarkdown(result.message->text(), QStringLiteral("NOTE")), result.message->text());
    }
};

QTEST_GUILESS_MAIN(TestMessagePreview)
#include "tst_messagepreview.moc"
