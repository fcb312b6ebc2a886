// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/httpanswer.h"

#include <QTest>

using namespace alertdesk;
using State = HttpAnswer::State;

/// The HTTP/1.1 answer reader under DingTalkClient: every way a body can be framed, arriving in any pieces, and the
/// caps that keep a misbehaving server from filling the memory.
class TestHttpAnswer : public QObject {
    Q_OBJECT

private slots:
    void framings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("keeps");
        QTest::addRow("length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 27\r\n\r\n"
                                              R"({"errcode":0,"errmsg":"ok"})")
                                << 200 << QByteArray(R"({"errcode":0,"errmsg":"ok"})") << true;
        QTest::addRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                               "5;ext=1\r\nhello\r\n7\r\n, world\r\n0\r\nX-Trailer: y\r\n\r\n")
                                 << 200 << QByteArray("hello, world") << true;
        QTest::addRow("connection close") << QByteArray("HTTP/1.1 500 Internal\r\nConnection: close\r\n"
                                                        "Content-Length: 4\r\n\r\noops")
                                          << 500 << QByteArray("oops") << false;
        QTest::addRow("interim 100") << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 404 Not Found\r\n"
                                                   "Content-Length: 0\r\n\r\n")
                                     << 404 << QByteArray() << true;
        QTest::addRow("HTTP/1.0") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok") << 200
                                  << QByteArray("ok") << false;
        QTest::addRow("no content") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << 204 << QByteArray() << true;
        QTest::addRow("bare newlines") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\nok") << 200
                                       << QByteArray("ok") << true;
    }

    void framings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, keeps);
        // All at once, and byte by byte: the result is the same.
        for (const qsizetype piece : {bytes.size(), qsizetype(1)}) {
            HttpAnswer answer(1024);
            for (qsizetype at = 0; at < bytes.size(); at += piece)
                answer.feed(QByteArrayView(bytes).sliced(at, qMin(piece, bytes.size() - at)));
            QCOMPARE(answer.state(), State::Done);
            QCOMPARE(answer.status(), status);
            QCOMPARE(answer.body(), body);
            QCOMPARE(answer.keepsConnection(), keeps);
        }
    }

    void bodyUntilTheConnectionCloses()
    {
        HttpAnswer answer(1024);
        QCOMPARE(answer.feed("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>"), State::Body);
        QCOMPARE(answer.feed("</html>"), State::Body);
        QCOMPARE(answer.connectionClosed(), State::Done);
        QCOMPARE(answer.body(), QByteArray("<html></html>"));
        QCOMPARE(answer.header("CONTENT-TYPE"), QByteArray("text/html"));
        QVERIFY(!answer.keepsConnection());
    }

    void closedEarlyIsNotDone()
    {
        HttpAnswer answer(8192);
        answer.feed("HTTP/1.1 200 OK\r\nContent-Length: 4000\r\n\r\n{");
        QCOMPARE(answer.connectionClosed(), State::Body);
        QVERIFY(answer.started());
        QCOMPARE(answer.status(), 200);
    }

    void capsStopReading_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("announced length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2000\r\n\r\n");
        QTest::addRow("chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n800\r\n");
        QTest::addRow("until close") << QByteArray("HTTP/1.1 200 OK\r\n\r\n") + QByteArray(1025, 'x');
        QTest::addRow("endless headers") << QByteArray("HTTP/1.1 200 OK\r\nX: ") + QByteArray(70000, 'y');
    }

    void capsStopReading()
    {
        QFETCH(QByteArray, bytes);
        HttpAnswer answer(1024);
        QCOMPARE(answer.feed(bytes), State::TooLarge);
        QCOMPARE(answer.feed("more"), State::TooLarge);
        QVERIFY(!answer.keepsConnection());
    }

    void notHttp_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("html") << QByteArray("<html><body>captive portal</body></html>\r\n\r\n");
        QTest::addRow("status word") << QByteArray("HTTP/1.1 OK\r\n\r\n");
        QTest::addRow("header without colon") << QByteArray("HTTP/1.1 200 OK\r\nbroken\r\n\r\n");
        QTest::addRow("chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
        QTest::addRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n");
    }

    void notHttp()
    {
        QFETCH(QByteArray, bytes);
        HttpAnswer answer(1024);
        QCOMPARE(answer.feed(bytes), State::Malformed);
    }

    void bytesPastTheAnswerEndTheConnection()
    {
        HttpAnswer answer(1024);
        QCOMPARE(answer.feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1"), State::Done);
        QCOMPARE(answer.body(), QByteArray("ok"));
        QVERIFY(!answer.keepsConnection());
    }
};

QTEST_GUILESS_MAIN(TestHttpAnswer)
#include "tst_httpanswer.moc"
