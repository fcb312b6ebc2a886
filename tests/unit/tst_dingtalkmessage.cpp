// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/dingtalkmessage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace alertdesk;
using At = DingTalkMessage::At;

class TestDingTalkMessage : public QObject {
    Q_OBJECT

private slots:
    void json_data()
    {
        QTest::addColumn<DingTalkMessage>("message");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("msgtype");

        QTest::addRow("text") << DingTalkMessage::text(QStringLiteral("Alarm: disk full"))
                              << QByteArray(R"({"msgtype":"text","text":{"content":"Alarm: disk full"}})")
                              << QStringLiteral("text");
        QTest::addRow("text, @all") << DingTalkMessage::text(QStringLiteral("Alarm"), At{{}, {}, true})
                                    << QByteArray(R"({"at":{"atMobiles":[],"atUserIds":[],"isAtAll":true},)"
                                                  R"("msgtype":"text","text":{"content":"Alarm"}})")
                                    << QStringLiteral("text");
        QTest::addRow("text, mobile appended")
            << DingTalkMessage::text(QStringLiteral("Alarm"), At{{QStringLiteral("13800000000")}, {}, false})
            << QByteArray(R"({"at":{"atMobiles":["13800000000"],"atUserIds":[],"isAtAll":false},)"
                          R"("msgtype":"text","text":{"content":"Alarm\n@13800000000"}})")
            << QStringLiteral("text");
        QTest::addRow("markdown, UTF-8 and quotes")
            << DingTalkMessage::markdown(QStringLiteral("告警 \"CPU\""), QStringLiteral("### 告警\n\n**high** load"))
            << QByteArray(R"({"markdown":{"text":"### 告警\n\n**high** load","title":"告警 \"CPU\""},)"
                          R"("msgtype":"markdown"})")
            << QStringLiteral("markdown");
        QTest::addRow("markdown, user id and mobile appended as a paragraph")
            << DingTalkMessage::markdown(QStringLiteral("Alarm"), QStringLiteral("text"),
                                         At{{QStringLiteral("13800000000")}, {QStringLiteral("user01")}, false})
            << QByteArray(R"({"at":{"atMobiles":["13800000000"],"atUserIds":["user01"],"isAtAll":false},)"
                          R"("markdown":{"text":"text\n\n@13800000000 @user01","title":"Alarm"},)"
                          R"("msgtype":"markdown"})")
            << QStringLiteral("markdown");
        QTest::addRow("link") << DingTalkMessage::link(QStringLiteral("Alarm"), QStringLiteral("disk full"),
                                                       QStringLiteral("https://grafana.example.com/d/1?a=b&c=d"),
                                                       QStringLiteral("https://example.com/p.png"))
                              << QByteArray(R"({"link":{"messageUrl":"https://grafana.example.com/d/1?a=b&c=d",)"
                                            R"("picUrl":"https://example.com/p.png","text":"disk full",)"
                                            R"("title":"Alarm"},"msgtype":"link"})")
                              << QStringLiteral("link");
        QTest::addRow("actionCard, one button")
            << DingTalkMessage::actionCard(QStringLiteral("Alarm"), QStringLiteral("### disk"), QStringLiteral("Open"),
                                           QStringLiteral("https://example.com/a"))
            << QByteArray(R"({"actionCard":{"btnOrientation":"0","singleTitle":"Open",)"
                          R"("singleURL":"https://example.com/a","text":"### disk","title":"Alarm"},)"
                          R"("msgtype":"actionCard"})")
            << QStringLiteral("actionCard");
        QTest::addRow("actionCard, two buttons side by side")
            << DingTalkMessage::actionCard(QStringLiteral("Alarm"), QStringLiteral("disk"),
                                           {{QStringLiteral("Ack"), QStringLiteral("https://example.com/ack")},
                                            {QStringLiteral("Silence"), QStringLiteral("https://example.com/s")}},
                                           DingTalkMessage::Orientation::Horizontal)
            << QByteArray(R"({"actionCard":{"btnOrientation":"1","btns":[)"
                          R"({"actionURL":"https://example.com/ack","title":"Ack"},)"
                          R"({"actionURL":"https://example.com/s","title":"Silence"}],)"
                          R"("text":"disk","title":"Alarm"},"msgtype":"actionCard"})")
            << QStringLiteral("actionCard");
        QTest::addRow("feedCard")
            << DingTalkMessage::feedCard(
                   {{QStringLiteral("Alarm 1"), QStringLiteral("https://example.com/1"), QStringLiteral("https://p/1")},
                    {QStringLiteral("Alarm 2"), QStringLiteral("https://example.com/2"), QString()}})
            << QByteArray(R"({"feedCard":{"links":[)"
                          R"({"messageURL":"https://example.com/1","picURL":"https://p/1","title":"Alarm 1"},)"
                          R"({"messageURL":"https://example.com/2","picURL":"","title":"Alarm 2"}]},)"
                          R"("msgtype":"feedCard"})")
            << QStringLiteral("feedCard");
    }

    void json()
    {
        QFETCH(DingTalkMessage, message);
        QFETCH(QByteArray, json);
        QFETCH(QString, msgtype);
        QCOMPARE(message.toJson(), json);
        QCOMPARE(message.msgtype(), msgtype);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(message.toJson(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.object().value(QStringLiteral("msgtype")).toString(), msgtype);
    }

    void mentions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("mobiles");
        QTest::addColumn<QStringList>("userIds");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("appended");
        const QStringList none;
        const QString mobile = QStringLiteral("13800000000");
        QTest::addRow("missing") << QStringLiteral("Alarm") << QStringList{mobile} << none
                                 << QStringLiteral("Alarm\n@13800000000")
                                 << QStringList{QStringLiteral("@13800000000")};
        QTest::addRow("already there") << QStringLiteral("Alarm @13800000000 look") << QStringList{mobile} << none
                                       << QStringLiteral("Alarm @13800000000 look") << none;
        QTest::addRow("already there at the end") << QStringLiteral("Alarm @13800000000") << QStringList{mobile} << none
                                                  << QStringLiteral("Alarm @13800000000") << none;
        QTest::addRow("a longer number is not the mention")
            << QStringLiteral("Alarm @138000000001") << QStringList{mobile} << none
            << QStringLiteral("Alarm @138000000001\n@13800000000") << QStringList{QStringLiteral("@13800000000")};
        QTest::addRow("without @ is not a mention")
            << QStringLiteral("call 13800000000") << QStringList{mobile} << none
            << QStringLiteral("call 13800000000\n@13800000000") << QStringList{QStringLiteral("@13800000000")};
        QTest::addRow("one of two present, duplicates listed once")
            << QStringLiteral("@13800000000 Alarm") << QStringList{mobile, QStringLiteral("13900000000"), mobile}
            << QStringList{QStringLiteral("u1")} << QStringLiteral("@13800000000 Alarm\n@13900000000 @u1")
            << QStringList{QStringLiteral("@13900000000"), QStringLiteral("@u1")};
        QTest::addRow("international mobile")
            << QStringLiteral("Alarm") << QStringList{QStringLiteral("+852-12345678")} << none
            << QStringLiteral("Alarm\n@+852-12345678") << QStringList{QStringLiteral("@+852-12345678")};
        QTest::addRow("empty text") << QString() << QStringList{mobile} << none << QStringLiteral("@13800000000")
                                    << QStringList{QStringLiteral("@13800000000")};
        QTest::addRow("blank entries ignored")
            << QStringLiteral("Alarm") << QStringList{QStringLiteral(" ")} << none << QStringLiteral("Alarm") << none;
    }

    void mentions()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, mobiles);
        QFETCH(QStringList, userIds);
        QFETCH(QString, expected);
        QFETCH(QStringList, appended);
        const At at{mobiles, userIds, false};
        const DingTalkMessage message = DingTalkMessage::text(text, at);
        QCOMPARE(message.text(), expected);
        QCOMPARE(message.appendedMentions(), appended);
        QCOMPARE(message.at(), at); // the at block itself is sent as given
        // Building again from the result appends nothing more.
        QCOMPARE(DingTalkMessage::text(message.text(), at).text(), expected);
        QVERIFY(DingTalkMessage::text(message.text(), at).appendedMentions().isEmpty());
    }

    void atAllAppendsNothing()
    {
        const DingTalkMessage message =
            DingTalkMessage::markdown(QStringLiteral("t"), QStringLiteral("x"), At{{}, {}, true});
        QCOMPARE(message.text(), QStringLiteral("x"));
    }

    void linkCardsCarryNoAtBlock()
    {
        QVERIFY(!DingTalkMessage::link(QStringLiteral("t"), QStringLiteral("x"), QStringLiteral("https://e/"))
                     .toJson()
                     .contains("\"at\""));
    }

    void keywordText_data()
    {
        QTest::addColumn<DingTalkMessage>("message");
        QTest::addColumn<QString>("expected");
        QTest::addRow("text") << DingTalkMessage::text(QStringLiteral("Alarm x")) << QStringLiteral("Alarm x");
        QTest::addRow("markdown title and text")
            << DingTalkMessage::markdown(QStringLiteral("T"), QStringLiteral("B")) << QStringLiteral("T\nB");
        QTest::addRow("link") << DingTalkMessage::link(QStringLiteral("T"), QStringLiteral("B"), QStringLiteral("u"))
                              << QStringLiteral("T\nB");
        QTest::addRow("actionCard single") << DingTalkMessage::actionCard(QStringLiteral("T"), QStringLiteral("B"),
                                                                          QStringLiteral("S"), QStringLiteral("u"))
                                           << QStringLiteral("T\nB\nS");
        QTest::addRow("actionCard buttons")
            << DingTalkMessage::actionCard(
                   QStringLiteral("T"), QStringLiteral("B"),
                   {{QStringLiteral("b1"), QStringLiteral("u")}, {QStringLiteral("b2"), QStringLiteral("u")}})
            << QStringLiteral("T\nB\nb1\nb2");
        QTest::addRow("feedCard") << DingTalkMessage::feedCard({{QStringLiteral("f1"), QStringLiteral("u"), {}},
                                                                {QStringLiteral("f2"), QStringLiteral("u"), {}}})
                                  << QStringLiteral("f1\nf2");
    }

    void keywordText()
    {
        QFETCH(DingTalkMessage, message);
        QFETCH(QString, expected);
        QCOMPARE(message.textForKeywordCheck(), expected);
    }

    void sizeIsUtf8Bytes()
    {
        // 告 is three bytes in UTF-8: DingTalk's 20000-byte limit counts bytes, not characters.
        const DingTalkMessage message = DingTalkMessage::text(QString(100, QChar(0x544A)));
        QCOMPARE(message.toJson().size(), QByteArray(R"({"msgtype":"text","text":{"content":""}})").size() + 300);
    }
};

QTEST_GUILESS_MAIN(TestDingTalkMessage)
#include "tst_dingtalkmessage.moc"
