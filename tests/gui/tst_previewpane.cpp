// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// The "Send test alert" pane, offscreen, on a real workspace with FakeDingTalkServer: the preview follows every edit,
// template and JSON errors show where they are, the sample form and the JSON follow each other, sends are
// asynchronous and their outcomes explained, the history grows; screenshots in English and Chinese.
#include "fakedingtalkserver.h"
#include "guitest.h"
#include "preview/previewpane.h"
#include "preview/templateeditor.h"
#include "storage/policyrepository.h"
#include "storage/robotrepository.h"
#include "storage/testsendrepository.h"
#include "templating/defaulttemplates.h"
#include "templating/gotemplate.h"
#include "tempworkspace.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <memory>
#include <optional>

using namespace alertdesk;

namespace {

const QString kToken = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
const QString kSecret = QStringLiteral("SECpreviewpanetestsecret0123456789abcdef0123456789abcdef012345");

template <typename T> T child(QWidget& parent, const char* name)
{
    T found = parent.findChild<T>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child named %s", name);
    return found;
}

} // namespace

class TestPreviewPane : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempWorkspace> m_ws;
    std::unique_ptr<test::FakeDingTalkServer> m_server;
    std::unique_ptr<PreviewPane> m_pane;
    Robot m_robot;

    Robot addRobot(const QString& name, const QStringList& keywords, const QUrl& endpoint, const QString& token)
    {
        Robot robot;
        robot.name = name;
        robot.endpoint = endpoint;
        robot.keywords = keywords;
        robot.signing = true;
        robot.termsAcceptedAt = QDateTime::currentDateTimeUtc();
        std::optional<Result<Robot>> added;
        m_ws->workspace().addRobot(robot, {token, kSecret}, this, [&](Result<Robot> result) { added = result; });
        if (!QTest::qWaitFor([&] { return added.has_value(); }, 10000) || !added->ok())
            qFatal("could not add the robot");
        return added->value();
    }

    /// The pane under test, built in the language installed now (widgets take their words when they are built).
    void makePane()
    {
        m_pane = std::make_unique<PreviewPane>(m_ws->workspace());
        m_pane->resize(1280, 860);
        m_pane->setSendTimeoutMs(3000);
        m_pane->show();
        if (!QTest::qWaitForWindowExposed(m_pane.get()))
            qWarning("the preview pane was not exposed");
        m_pane->showRobot(m_robot.uuid);
    }

    QString text(const char* name) { return child<QLabel*>(*m_pane, name)->text(); }
    QPlainTextEdit* edit(const char* name) { return child<QPlainTextEdit*>(*m_pane, name); }
    QString markdown() { return edit("rawMarkdown")->toPlainText(); }
    TemplateEditor* textTemplate() { return child<TemplateEditor*>(*m_pane, "textTemplate"); }
    QPushButton* sendButton() { return child<QPushButton*>(*m_pane, "sendButton"); }

    void typeTemplate(const QString& typed)
    {
        QPlainTextEdit* editor = edit("textTemplateEdit");
        editor->setFocus();
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Delete);
        QTest::keyClicks(editor, typed);
    }

private slots:
    void initTestCase() { QVERIFY(QDir().mkpath(QStringLiteral(ALERTDESK_SCREENSHOT_DIR))); }

    void init()
    {
        m_ws = std::make_unique<test::TempWorkspace>();
        m_server = std::make_unique<test::FakeDingTalkServer>();
        QVERIFY(m_server->listen());
        m_server->addRobot({kToken, armsKeywords(), kSecret, {}, true});
        m_robot = addRobot(QStringLiteral("ops-robot"), armsKeywords(), m_server->endpoint(), kToken);
        makePane();
        QTRY_VERIFY(m_pane->lastResult().ok());
    }

    void cleanup()
    {
        m_pane.reset();
        m_server.reset();
        m_ws.reset();
    }

    void robotPreviewShowsTheDefaults()
    {
        QTRY_VERIFY(markdown().startsWith(QStringLiteral("### [Alarm 告警] FIRING: AlertDeskTest")));
        QCOMPARE(textTemplate()->text(), defaultTextTemplate(MessageType::Markdown));
        QVERIFY(text("checkKeyword").contains(QStringLiteral("Alarm")));
        const QString request = edit("requestBody")->toPlainText();
        QVERIFY2(request.contains(QStringLiteral("access_token=<redacted>")), qPrintable(request));
        QVERIFY(request.contains(QStringLiteral("sign=<redacted>")));
        QVERIFY(!request.contains(kToken) && !request.contains(kSecret));
        QVERIFY(child<QTextBrowser*>(*m_pane, "bubbleText")->toPlainText().contains(QStringLiteral("AlertDeskTest")));
        QCOMPARE(text("bubbleRobotName"), QStringLiteral("ops-robot"));
        QVERIFY(text("checkSendsLeft").contains(QStringLiteral("20 of 20")));
        QVERIFY(child<QProgressBar*>(*m_pane, "checkSize")->value() > 0);
    }

    void previewFollowsTyping()
    {
        // A robot whose only keyword the default title lacks: the text decides.
        QVERIFY(m_ws->workspace()
                    .robots()
                    .update([this] {
                        Robot robot = m_robot;
                        robot.keywords = {QStringLiteral("Deploy")};
                        return robot;
                    }())
                    .ok());
        typeTemplate(QStringLiteral("Disk {{ .Status }}"));
        QTRY_COMPARE(markdown(), QStringLiteral("Disk firing"));
        QTRY_VERIFY(text("checkKeyword").contains(QStringLiteral("Deploy")));
        QVERIFY(text("checkKeyword").startsWith(QStringLiteral("✘")));
        QVERIFY(edit("requestBody")->toPlainText().contains(QStringLiteral("\"text\": \"Disk firing\"")));
        QVERIFY(child<QTextBrowser*>(*m_pane, "bubbleText")->toPlainText().contains(QStringLiteral("Disk firing")));
        QTest::keyClicks(edit("textTemplateEdit"), QStringLiteral(" Deploy"));
        QTRY_COMPARE(markdown(), QStringLiteral("Disk firing Deploy"));
        QTRY_VERIFY(text("checkKeyword").startsWith(QStringLiteral("✔")));
        QVERIFY(sendButton()->isEnabled());
    }

    void templateErrorUnderlinedWhereGoSays()
    {
        typeTemplate(QStringLiteral("Alarm {{ .Status }}"));
        QTRY_COMPARE(markdown(), QStringLiteral("Alarm firing"));
        QTest::keyClick(edit("textTemplateEdit"), Qt::Key_Return);
        QTest::keyClicks(edit("textTemplateEdit"), QStringLiteral("  {{ .Alerts.Nope }}"));
        QTRY_VERIFY(textTemplate()->hasError());
        // Underlined where Go's message says (line 2, at ".Alerts.Nope").
        int line = 0;
        int column = 0;
        QVERIFY(templateErrorPosition(text("textTemplateError"), &line, &column));
        QCOMPARE(line, 2);
        QCOMPARE(textTemplate()->errorBlock(), line - 1);
        QCOMPARE(textTemplate()->errorColumn(), column - 1);
        QVERIFY2(text("textTemplateError").contains(QStringLiteral("can't evaluate field Nope")),
                 qPrintable(text("textTemplateError")));
        QVERIFY(edit("textTemplateEdit")->extraSelections().size() == 1);
        QCOMPARE(markdown(), QStringLiteral("Alarm firing")); // the last good render stays
        QVERIFY(text("bubbleNote").contains(QStringLiteral("last message that rendered")));
        QVERIFY(!sendButton()->isEnabled());
        QTest::keyClick(edit("textTemplateEdit"), Qt::Key_Backspace); // "}"
        QTest::keyClicks(edit("textTemplateEdit"), QStringLiteral("}"));
        QTest::keyClick(edit("textTemplateEdit"), Qt::Key_Home);
        edit("textTemplateEdit")->selectAll();
        QTest::keyClicks(edit("textTemplateEdit"), QStringLiteral("Alarm fixed"));
        QTRY_COMPARE(markdown(), QStringLiteral("Alarm fixed"));
        QVERIFY(!textTemplate()->hasError());
        QVERIFY(!child<QLabel*>(*m_pane, "bubbleNote")->isVisible());
    }

    void jsonErrorsShowWhere()
    {
        edit("sampleJson")->setPlainText(QStringLiteral("{\n  \"alerts\": [\n    {\"status\": \"firing\",}\n]}"));
        QTRY_VERIFY(!child<QLabel*>(*m_pane, "sampleJsonError")->isHidden());
        QVERIFY2(text("sampleJsonError").contains(QStringLiteral("line 3")), qPrintable(text("sampleJsonError")));
        QTRY_VERIFY(text("bubbleNote").contains(QStringLiteral("not valid JSON")));
        QVERIFY(markdown().contains(QStringLiteral("AlertDeskTest"))); // the last good render stays
        QVERIFY(!sendButton()->isEnabled());
    }

    void presetsSwitch()
    {
        auto* presets = child<QComboBox*>(*m_pane, "samplePreset");
        QCOMPARE(presets->count(), 7);
        presets->setCurrentIndex(4); // Chinese text
        QTRY_VERIFY(markdown().contains(QStringLiteral("接口响应超时")));
        presets->setCurrentIndex(6); // twenty alerts
        QTRY_VERIFY(markdown().contains(QStringLiteral("#### 20. ")));
        presets->setCurrentIndex(3); // all resolved
        QTRY_VERIFY(markdown().startsWith(QStringLiteral("### [Alarm 告警] RESOLVED")));
    }

    void labelsFormAndJsonFollowEachOther()
    {
        child<QComboBox*>(*m_pane, "samplePreset")->setCurrentIndex(1); // one firing alert
        auto* labels = child<QTableWidget*>(*m_pane, "sampleLabels");
        QTRY_COMPARE(labels->item(0, 0)->text(), QStringLiteral("alertname"));
        labels->item(0, 1)->setText(QStringLiteral("DiskFull"));
        QTRY_VERIFY(edit("sampleJson")->toPlainText().contains(QStringLiteral("\"alertname\": \"DiskFull\"")));
        QTRY_VERIFY(markdown().startsWith(QStringLiteral("### [Alarm 告警] FIRING: DiskFull"))); // commonLabels too
        // A new label in the empty last row.
        const int last = labels->rowCount() - 1;
        labels->item(last, 0)->setText(QStringLiteral("zone"));
        labels->item(last, 1)->setText(QStringLiteral("cn-hangzhou-b"));
        QTRY_VERIFY(markdown().contains(QStringLiteral("zone=cn-hangzhou-b")));
        // And back: the JSON edited, the form follows.
        QString json = edit("sampleJson")->toPlainText();
        json.replace(QStringLiteral("DiskFull"), QStringLiteral("MemoryFull"));
        edit("sampleJson")->setPlainText(json);
        QTRY_COMPARE(labels->item(0, 1)->text(), QStringLiteral("MemoryFull"));
    }

    void sendDeliversAndRecords()
    {
        QSignalSpy reported(m_pane.get(), &PreviewPane::resultReported);
        auto* history = child<QTableWidget*>(*m_pane, "sendHistory");
        QCOMPARE(history->rowCount(), 0);
        QTest::mouseClick(sendButton(), Qt::LeftButton);
        QVERIFY(!sendButton()->isEnabled()); // sending
        QTRY_VERIFY_WITH_TIMEOUT(text("sendResult").contains(QStringLiteral("Delivered")), 10000);
        QCOMPARE(reported.count(), 1);
        QVERIFY(sendButton()->isEnabled());
        QCOMPARE(m_server->errcodes(), QList<int>{0});
        QTRY_COMPARE(history->rowCount(), 1);
        QCOMPARE(history->item(0, 1)->text(), QStringLiteral("ops-robot"));
        QCOMPARE(history->item(0, 3)->text(), QStringLiteral("Delivered"));
        QTRY_VERIFY(text("checkSendsLeft").contains(QStringLiteral("19 of 20")));
    }

    void dingTalkErrorsExplained_data()
    {
        QTest::addColumn<int>("errcode");
        QTest::addColumn<QString>("errmsg");
        QTest::addRow("keyword") << 310000 << QStringLiteral("keywords not in content");
        QTest::addRow("throttled") << 130101 << QStringLiteral("send too fast, exceed 20 times per minute");
    }

    void dingTalkErrorsExplained()
    {
        QFETCH(int, errcode);
        QFETCH(QString, errmsg);
        m_server->forceAnswer(QPair<int, QString>(errcode, errmsg));
        QTest::mouseClick(sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(text("sendResult").contains(QString::number(errcode)), 10000);
        QVERIFY(text("sendResult").contains(errmsg));
        QVERIFY(text("sendResult").size() > errmsg.size() + 40); // with the sentence on what to do
        QTRY_COMPARE(child<QTableWidget*>(*m_pane, "sendHistory")->rowCount(), 1);
        if (errcode == 130101) {
            QTRY_VERIFY(text("checkSendsLeft").contains(QStringLiteral("10 minutes")) ||
                        text("checkSendsLeft").contains(QStringLiteral("throttled")));
        }
    }

    void networkFailureShown()
    {
        QTcpServer closed; // a port nobody answers on
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const Robot unreachable = addRobot(QStringLiteral("unreachable"), armsKeywords(),
                                           QUrl(QStringLiteral("http://127.0.0.1:%1/robot/send").arg(port)), kToken);
        m_pane->showRobot(unreachable.uuid);
        QTRY_COMPARE(text("bubbleRobotName"), QStringLiteral("unreachable"));
        QTRY_VERIFY(sendButton()->isEnabled());
        QTest::mouseClick(sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(text("sendResult").contains(QStringLiteral("did not reach DingTalk")), 10000);
    }

    void hangingServerNeverBlocksTheWindow()
    {
        m_server->setMode(test::FakeDingTalkServer::Mode::Hang);
        QTest::mouseClick(sendButton(), Qt::LeftButton);
        QVERIFY(!sendButton()->isEnabled());
        QVERIFY(text("sendResult").contains(QStringLiteral("Sending")));
        // While DingTalk says nothing, the preview goes on following edits.
        typeTemplate(QStringLiteral("Alarm still typing"));
        QTRY_COMPARE(markdown(), QStringLiteral("Alarm still typing"));
        QVERIFY(!sendButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(text("sendResult").contains(QStringLiteral("No complete answer")), 15000);
        QVERIFY(sendButton()->isEnabled());
    }

    void keychainUnavailableShown()
    {
        m_ws->secrets().setUnavailable(true);
        QVERIFY(m_ws->workspace().robots().update(m_robot).ok()); // makes the pane look the robot up again
        QTRY_VERIFY(!text("checkRobot").startsWith(QStringLiteral("✔")));
        QTest::mouseClick(sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(text("sendResult").startsWith(QStringLiteral("Not sent")), 10000);
    }

    void policyTemplatesSaved()
    {
        NotificationPolicy policy;
        policy.name = QStringLiteral("critical");
        policy.recipients = {Recipient{Recipient::Kind::Robot, m_robot.uuid}};
        const auto added = m_ws->workspace().policies().add(policy);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        m_pane->showPolicy(added->uuid);
        QTRY_VERIFY(text("templatesState").contains(QStringLiteral("AlertDesk's defaults")));
        QVERIFY(child<QPushButton*>(*m_pane, "saveTemplates")->isVisible());
        QVERIFY(!child<QPushButton*>(*m_pane, "saveTemplates")->isEnabled());
        QVERIFY(test::saveScreenshot(*m_pane, QStringLiteral("preview-policy-en")));
        typeTemplate(QStringLiteral("Alarm {{ len .Alerts }} alert(s)"));
        QTRY_VERIFY(text("templatesState").contains(QStringLiteral("not saved")));
        QTest::mouseClick(child<QPushButton*>(*m_pane, "saveTemplates"), Qt::LeftButton);
        QTRY_VERIFY(text("templatesState").startsWith(QStringLiteral("Saved")));
        const auto stored = m_ws->workspace().policies().find(added->uuid);
        QCOMPARE(stored->message.textTemplate, QStringLiteral("Alarm {{ len .Alerts }} alert(s)"));
        QVERIFY(stored->message.titleTemplate.isEmpty()); // still the default title
        // The send is recorded for the policy.
        QTest::mouseClick(sendButton(), Qt::LeftButton);
        auto* history = child<QTableWidget*>(*m_pane, "sendHistory");
        QTRY_VERIFY_WITH_TIMEOUT(history->rowCount() == 1, 10000);
        QCOMPARE(history->item(0, 2)->text(), QStringLiteral("critical"));
        QCOMPARE(m_server->requests()
                     .first()
                     .json()
                     .value(QStringLiteral("markdown"))
                     .toObject()
                     .value(QStringLiteral("text")),
                 QJsonValue(QStringLiteral("Alarm 1 alert(s)")));
    }

    void deletedRobotFallsBack()
    {
        std::optional<Result<void>> removed;
        m_ws->workspace().removeRobot(m_robot.uuid, this, [&](Result<void> result) { removed = result; });
        QTRY_VERIFY(removed.has_value());
        QTRY_VERIFY(text("sendResult").contains(QStringLiteral("deleted")));
        QTRY_VERIFY(!sendButton()->isEnabled()); // no robot left
        QVERIFY(sendButton()->toolTip().contains(QStringLiteral("Add a robot")));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : test::screenshotLanguages())
            QTest::addRow("%s", qPrintable(language)) << language;
    }

    /// The pane in each language, built after the language is installed: a sample, the Chinese payload, a template
    /// error, a delivered send, DingTalk's refusal and the history.
    void screenshots()
    {
        QFETCH(QString, language);
        const test::LanguageScope scope(language);
        makePane();
        QTRY_VERIFY(m_pane->lastResult().ok());
        auto* presets = child<QComboBox*>(*m_pane, "samplePreset");
        presets->setCurrentIndex(2);
        QTRY_VERIFY(markdown().contains(QStringLiteral("KubePodCrashLooping")));
        QVERIFY(test::saveScreenshot(*m_pane, QStringLiteral("preview-robot-") + language));
        presets->setCurrentIndex(4);
        QTRY_VERIFY(markdown().contains(QStringLiteral("接口响应超时")));
        QVERIFY(test::saveScreenshot(*m_pane, QStringLiteral("preview-chinese-payload-") + language));

        QTest::mouseClick(sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->errcodes(), QList<int>{0}, 10000);
        QTRY_VERIFY(!text("sendResult").isEmpty());
        QVERIFY(test::saveScreenshot(*m_pane, QStringLiteral("preview-send-ok-") + language));
        m_server->forceAnswer(QPair<int, QString>(310000, QStringLiteral("keywords not in content")));
        QTest::mouseClick(sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(text("sendResult").contains(QStringLiteral("310000")), 10000);
        QVERIFY(test::saveScreenshot(*m_pane, QStringLiteral("preview-dingtalk-error-") + language));
        QVERIFY(test::saveScreenshot(*child<QTableWidget*>(*m_pane, "sendHistory"),
                                     QStringLiteral("preview-history-") + language, false));

        typeTemplate(QStringLiteral("Alarm {{ .Alerts.Nope }"));
        QTRY_VERIFY(textTemplate()->hasError());
        QVERIFY(test::saveScreenshot(*m_pane, QStringLiteral("preview-template-error-") + language));
    }
};

QTEST_MAIN(TestPreviewPane)
#include "tst_previewpane.moc"
