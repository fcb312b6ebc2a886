// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
//
// The hostile answers tst_dingtalktransport does not cover: a server whose certificate is not trusted (directly and
// through a proxy's CONNECT tunnel), and answers far larger than DingTalk's. (Hang, slow drip, reset, HTTP 500, HTML
// and broken JSON are in tst_dingtalktransport.)
#include "dingtalk/dingtalkclient.h"
#include "dingtalkclienttest.h"
#include "fakedingtalkserver.h"
#include "fakehttpproxy.h"
#include "faketlsserver.h"

#include <QTest>

using namespace alertdesk;
using namespace alertdesk::test;
using Mode = FakeDingTalkServer::Mode;
using Kind = SendOutcome::Kind;

namespace {

const QString token = QStringLiteral("kw-token-1a2b");
const QString secret = QStringLiteral("SEC3f6c1b1a2d0e4b8c9a7f5e3d1c2b4a6978e5f3d1c0b9a8f7e6d5c4b3a2918070");

void verifyNoSecretIn(const SendOutcome& outcome)
{
    for (const QString& text : {outcome.detail, outcome.explanation()}) {
        QVERIFY2(!text.contains(token) && !text.contains(secret), qPrintable(text));
    }
}

} // namespace

class TestHostileNetwork : public DingTalkClientTest {
    Q_OBJECT

private slots:
    void init() { QVERIFY(start()); }

    void untrustedCertificateIsATlsError()
    {
        FakeTlsServer tls;
        QVERIFY(tls.listen());
        SendRequest request = this->request(token, DingTalkMessage::text(QStringLiteral("Alarm")), secret);
        request.endpoint = tls.endpoint();
        const auto outcome = send(request);
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, Kind::TlsError);
        QCOMPARE(SendOutcome::kindName(outcome->kind), QStringLiteral("tls-error"));
        QCOMPARE(outcome->httpStatus, 0);
        QVERIFY(tls.handshakes() >= 1); // it did reach the server...
        QCOMPARE(tls.requests(), 0);    // ...and sent nothing (no token) over the untrusted connection
        QVERIFY2(outcome->detail.contains(QStringLiteral("self signed"), Qt::CaseInsensitive) ||
                     outcome->detail.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
                 qPrintable(outcome->detail));
        QVERIFY2(outcome->explanation().contains(QStringLiteral("certificate was not trusted")),
                 qPrintable(outcome->explanation()));
        verifyNoSecretIn(*outcome);
    }

    void httpsGoesThroughTheProxysTunnelAndTheCertificateIsStillChecked()
    {
        // HTTPS through an HTTP proxy: a CONNECT tunnel to the server; the certificate is checked at the tunnel's end.
        FakeTlsServer tls;
        QVERIFY(tls.listen());
        FakeHttpProxy proxy;
        QVERIFY(proxy.listen());
        m_client->setProxy(proxy.proxy());
        SendRequest request = this->request(token, DingTalkMessage::text(QStringLiteral("Alarm")), secret);
        request.endpoint = tls.endpoint();
        const auto outcome = send(request);
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, Kind::TlsError);
        QVERIFY(!proxy.requests().isEmpty());
        QCOMPARE(proxy.requests().constFirst().method, QByteArray("CONNECT"));
        QCOMPARE(proxy.requests().constFirst().target, "127.0.0.1:" + QByteArray::number(tls.serverPort()));
        QVERIFY(tls.handshakes() >= 1);
        QCOMPARE(tls.requests(), 0);
        verifyNoSecretIn(*outcome);
    }

    void hugeAnswerStopsAtTheCap_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addRow("announced with Content-Length") << Mode::HugeBody;
        QTest::addRow("read until the connection closes") << Mode::HugeBodyUnannounced;
    }

    void hugeAnswerStopsAtTheCap()
    {
        QFETCH(Mode, mode);
        QVERIFY(FakeDingTalkServer::hugeBodyBytes > 10 * 1024 * 1024);
        m_server->setMode(mode);
        SendRequest request = this->request(token, DingTalkMessage::text(QStringLiteral("Alarm")));
        request.timeoutMs = 5000; // the cap, not the deadline, must end it
        const auto outcome = send(request);
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, Kind::AnswerTooLarge); // a client reading it all would say "delivered"
        QCOMPARE(SendOutcome::kindName(outcome->kind), QStringLiteral("answer-too-large"));
        QCOMPARE(outcome->httpStatus, 200);
        QVERIFY2(outcome->explanation().contains(QStringLiteral("more than 1 MB")), qPrintable(outcome->explanation()));
        QCOMPARE(m_server->requests().size(), 1);
        verifyNoSecretIn(*outcome);
    }

    void everyOutcomeHasItsOwnSentence()
    {
        QStringList sentences;
        for (Kind kind : {Kind::Delivered, Kind::DingTalkError, Kind::HttpError, Kind::NetworkError, Kind::Timeout,
                          Kind::UnreadableAnswer, Kind::TlsError, Kind::AnswerTooLarge}) {
            SendOutcome outcome;
            outcome.kind = kind;
            outcome.errcode = kind == Kind::DingTalkError ? 310000 : 0;
            outcome.httpStatus = kind == Kind::HttpError ? 502 : 200;
            outcome.detail = QStringLiteral("detail");
            const QString sentence = outcome.explanation();
            QVERIFY2(!sentence.isEmpty(), qPrintable(SendOutcome::kindName(kind)));
            QVERIFY2(!sentences.contains(sentence), qPrintable(sentence));
            sentences.append(sentence);
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileNetwork)
#include "tst_hostilenetwork.moc"
