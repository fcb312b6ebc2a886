// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/dingtalkclient.h"
#include "dingtalk/dingtalkerrors.h"
#include "dingtalkclienttest.h"
#include "fakedingtalkserver.h"

#include <QTest>
#include <memory>

using namespace alertdesk;
using namespace alertdesk::test;
using Mode = FakeDingTalkServer::Mode;
using Kind = SendOutcome::Kind;

namespace {

const QString secret = QStringLiteral("SEC3f6c1b1a2d0e4b8c9a7f5e3d1c2b4a6978e5f3d1c0b9a8f7e6d5c4b3a2918070");
const qint64 plusSlashTime = 1700000000001; // its signature holds '+' and '/' (see tst_signer)
constexpr qint64 hourMs = 60 * 60 * 1000;

} // namespace

/// DingTalkClient against FakeDingTalkServer on 127.0.0.1: what reaches the server, and what the client makes of
/// every answer DingTalk gives. tst_dingtalktransport has what lies between: proxies, timeouts, broken answers.
class TestDingTalkClient : public DingTalkClientTest {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(start());
        m_server->addRobot({QStringLiteral("signed"), {}, secret, {}});
        m_server->addRobot({QStringLiteral("ip-listed"), {}, {}, {QStringLiteral("127.0.0.0/8")}});
        m_server->addRobot(
            {QStringLiteral("ip-unlisted"), {}, {}, {QStringLiteral("10.0.0.0/8"), QStringLiteral("192.0.2.7")}});
    }

    void deliversEveryMsgtype_data()
    {
        QTest::addColumn<DingTalkMessage>("message");
        const DingTalkMessage::At at{{QStringLiteral("13800000000")}, {QStringLiteral("u1")}, false};
        QTest::addRow("text") << DingTalkMessage::text(QStringLiteral("Alarm: disk full"), at);
        QTest::addRow("markdown, keyword in the title")
            << DingTalkMessage::markdown(QStringLiteral("告警"), QStringLiteral("**disk** full"), at);
        QTest::addRow("link") << DingTalkMessage::link(QStringLiteral("Alarm"), QStringLiteral("disk"),
                                                       QStringLiteral("https://example.com/a?b=c&d=e"));
        QTest::addRow("actionCard") << DingTalkMessage::actionCard(
            QStringLiteral("Alarm"), QStringLiteral("x"), QStringLiteral("Open"), QStringLiteral("https://e/"));
        QTest::addRow("actionCard, buttons")
            << DingTalkMessage::actionCard(QStringLiteral("Disk"), QStringLiteral("x"),
                                           {{QStringLiteral("Alarm list"), QStringLiteral("https://e/1")},
                                            {QStringLiteral("Silence"), QStringLiteral("https://e/2")}},
                                           DingTalkMessage::Orientation::Horizontal);
        QTest::addRow("feedCard") << DingTalkMessage::feedCard(
            {{QStringLiteral("Alarm 1"), QStringLiteral("https://e/1"), QStringLiteral("https://e/1.png")},
             {QStringLiteral("Alarm 2"), QStringLiteral("https://e/2"), QStringLiteral("https://e/2.png")}});
    }

    void deliversEveryMsgtype()
    {
        QFETCH(DingTalkMessage, message);
        const auto outcome = send(request(QStringLiteral("kw-token-1a2b"), message));
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, Kind::Delivered);
        QCOMPARE(outcome->errcode, 0);
        QCOMPARE(outcome->httpStatus, 200);
        QCOMPARE(m_server->requests().size(), 1);
        const RecordedRequest received = m_server->requests().constFirst();
        QCOMPARE(received.method, QByteArray("POST"));
        QCOMPARE(received.path(), QByteArray("/robot/send"));
        QCOMPARE(received.rawQuery(), QByteArray("access_token=kw-token-1a2b"));
        QCOMPARE(received.header("Content-Type"), QByteArray("application/json;charset=utf-8"));
        QCOMPARE(received.body, message.toJson());
        QCOMPARE(received.json().value(QStringLiteral("msgtype")).toString(), message.msgtype());
    }

    void securityModes_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("signSecret");
        QTest::addColumn<qint64>("serverAheadMs"); // the fake's clock minus the client's
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("errcode");
        QTest::addColumn<QString>("sentencePart");
        const QString none;
        const QString accepted = QStringLiteral("accepted");
        QTest::addRow("keyword present") << QStringLiteral("kw-token-1a2b") << none << 0LL << QStringLiteral("x Alarm")
                                         << 0 << accepted;
        QTest::addRow("keyword in other case")
            << QStringLiteral("kw-token-1a2b") << none << 0LL << QStringLiteral("ALARM") << 310000
            << QStringLiteral("custom keywords");
        QTest::addRow("signature with + and /")
            << QStringLiteral("signed") << secret << 0LL << QStringLiteral("x") << 0 << accepted;
        QTest::addRow("timestamp 59 minutes old")
            << QStringLiteral("signed") << secret << 59 * 60 * 1000LL << QStringLiteral("x") << 0 << accepted;
        QTest::addRow("bad signature") << QStringLiteral("signed") << QStringLiteral("SECwrong") << 0LL
                                       << QStringLiteral("x") << 310000 << QStringLiteral("signing secret");
        QTest::addRow("no signature") << QStringLiteral("signed") << none << 0LL << QStringLiteral("x") << 310000
                                      << QStringLiteral("timestamp");
        QTest::addRow("stale timestamp") << QStringLiteral("signed") << secret << hourMs + 60 * 1000
                                         << QStringLiteral("x") << 310000 << QStringLiteral("about 61 minute");
        QTest::addRow("timestamp from the future")
            << QStringLiteral("signed") << secret << -2 * hourMs << QStringLiteral("x") << 310000
            << QStringLiteral("about 120 minute");
        QTest::addRow("IP listed") << QStringLiteral("ip-listed") << none << 0LL << QStringLiteral("x") << 0
                                   << accepted;
        QTest::addRow("IP not listed") << QStringLiteral("ip-unlisted") << none << 0LL << QStringLiteral("x") << 310000
                                       << QStringLiteral("ip 127.0.0.1 not in whitelist");
        QTest::addRow("unknown token") << QStringLiteral("nobody") << none << 0LL << QStringLiteral("Alarm") << 300001
                                       << QStringLiteral("access token");
    }

    void securityModes()
    {
        QFETCH(QString, token);
        QFETCH(QString, signSecret);
        QFETCH(qint64, serverAheadMs);
        QFETCH(QString, text);
        QFETCH(int, errcode);
        QFETCH(QString, sentencePart);
        m_client->setClock([] { return plusSlashTime; });
        m_server->setClock([serverAheadMs] { return plusSlashTime + serverAheadMs; });
        const auto outcome = send(request(token, DingTalkMessage::text(text), signSecret));
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, errcode == 0 ? Kind::Delivered : Kind::DingTalkError);
        QCOMPARE(outcome->errcode, errcode);
        QVERIFY2(outcome->explanation().contains(sentencePart), qPrintable(outcome->explanation()));
        QVERIFY(!outcome->explanation().contains(secret));
        // The answer's Date header (to the second) against the client's clock.
        QVERIFY(outcome->clockSkewMs);
        QVERIFY2(qAbs(*outcome->clockSkewMs - serverAheadMs) < 1000,
                 qPrintable(QString::number(*outcome->clockSkewMs)));
        const QByteArray query = m_server->requests().constFirst().rawQuery();
        if (!signSecret.isEmpty()) {
            QVERIFY2(query.contains("&timestamp=1700000000001&sign="), query.constData());
            QVERIFY(!query.mid(query.indexOf("sign=")).contains('+'));
        }
        if (signSecret == secret) // '+' and '/' travelled percent-encoded
            QVERIFY(query.contains("%2B") && query.contains("%2F") && query.endsWith("%3D"));
    }

    void fakeReadsARawPlusAsASpace()
    {
        // The trap dingtalk.md warns about, reproduced by the fake: a sign with a raw '+' does not match.
        HttpRequest raw;
        raw.target = "/robot/send?access_token=signed&timestamp=1700000000001&sign=" +
                     FakeDingTalkServer::expectedSign(secret, plusSlashTime).toLatin1();
        raw.headers = {{"Content-Type", "application/json"}};
        raw.body = DingTalkMessage::text(QStringLiteral("x")).toJson();
        m_server->setClock([] { return plusSlashTime; });
        QCOMPARE(m_server->judge(raw, QHostAddress::LocalHost).second, QStringLiteral("sign not match"));
    }

    void everyErrcodeBecomesItsOutcome_data()
    {
        QTest::addColumn<int>("errcode");
        QTest::addColumn<QString>("errmsg");
        for (int errcode : DingTalkErrors::knownCodes()) {
            if (errcode != 0)
                QTest::addRow("%d", errcode) << errcode << QStringLiteral("errmsg of %1").arg(errcode);
        }
        QTest::addRow("310000 keywords") << 310000 << QStringLiteral("keywords not in content");
        QTest::addRow("310000 ip") << 310000 << QStringLiteral("ip 1.2.3.4 not in whitelist");
        QTest::addRow("unknown") << 777777 << QStringLiteral("新错误");
    }

    void everyErrcodeBecomesItsOutcome()
    {
        QFETCH(int, errcode);
        QFETCH(QString, errmsg);
        m_server->forceAnswer(QPair<int, QString>(errcode, errmsg));
        const auto outcome =
            send(request(QStringLiteral("kw-token-1a2b"), DingTalkMessage::text(QStringLiteral("Alarm"))));
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, Kind::DingTalkError);
        QCOMPARE(outcome->httpStatus, 200);
        QCOMPARE(outcome->errcode, errcode);
        QCOMPARE(outcome->errmsg, errmsg);
        QCOMPARE(outcome->explanation(), DingTalkErrors::explain(errcode, errmsg, outcome->clockSkewMs));
        QVERIFY(!outcome->explanation().isEmpty());
        QCOMPARE(outcome->throttled(), DingTalkErrors::isThrottled(errcode));
    }

    void sizeLimitBoundary_data()
    {
        QTest::addColumn<int>("bodySize");
        QTest::addColumn<int>("errcode");
        QTest::addRow("20000 bytes") << 20000 << 0;
        QTest::addRow("20001 bytes") << 20001 << 460101;
    }

    void sizeLimitBoundary()
    {
        QFETCH(int, bodySize);
        QFETCH(int, errcode);
        const qsizetype empty = DingTalkMessage::text(QStringLiteral("Alarm ")).toJson().size();
        // 告 is three UTF-8 bytes: the limit counts bytes.
        const QString content = QStringLiteral("Alarm ") + QString((bodySize - empty) / 3, QChar(0x544A)) +
                                QString((bodySize - empty) % 3, QLatin1Char('x'));
        const DingTalkMessage message = DingTalkMessage::text(content);
        QCOMPARE(message.toJson().size(), bodySize);
        const auto outcome = send(request(QStringLiteral("kw-token-1a2b"), message));
        QVERIFY(outcome);
        QCOMPARE(outcome->errcode, errcode);
    }

    void twentyFirstMessageInAMinuteIsThrottled()
    {
        const SendRequest alarm =
            request(QStringLiteral("kw-token-1a2b"), DingTalkMessage::text(QStringLiteral("Alarm")));
        for (int i = 0; i < 20; ++i)
            QCOMPARE(send(alarm).value_or(SendOutcome()).kind, Kind::Delivered);
        const auto outcome = send(alarm);
        QVERIFY(outcome);
        QCOMPARE(outcome->errcode, 130101);
        QVERIFY(outcome->throttled());
        QVERIFY(outcome->explanation().contains(QStringLiteral("10 minutes")));
    }
};

QTEST_GUILESS_MAIN(TestDingTalkClient)
#include "tst_dingtalkclient.moc"
