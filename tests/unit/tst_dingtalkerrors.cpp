// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/dingtalkclient.h"
#include "dingtalk/dingtalkerrors.h"
#include "translations.h"

#include <QSet>
#include <QTest>

using namespace alertdesk;

namespace {

QString fallback(int errcode, const QString& errmsg)
{
    return QStringLiteral("DingTalk refused the message with errcode %1: \"%2\". Look this code up in DingTalk's "
                          "custom robot documentation.")
        .arg(QString::number(errcode), errmsg);
}

} // namespace

class TestDingTalkErrors : public QObject {
    Q_OBJECT

private slots:
    void everyCodeHasItsSentence_data()
    {
        QTest::addColumn<int>("errcode");
        QTest::addColumn<QString>("errmsg");
        QTest::addColumn<QString>("part"); // a piece of the sentence that shows it is the specific one
        QTest::addRow("0") << 0 << QStringLiteral("ok") << QStringLiteral("accepted");
        QTest::addRow("310000 keywords") << 310000 << QStringLiteral("keywords not in content")
                                         << QStringLiteral("custom keywords");
        QTest::addRow("310000 timestamp") << 310000 << QStringLiteral("invalid timestamp") << QStringLiteral("clock");
        QTest::addRow("310000 sign") << 310000 << QStringLiteral("sign not match") << QStringLiteral("signing secret");
        QTest::addRow("310000 ip") << 310000 << QStringLiteral("ip 1.2.3.4 not in whitelist")
                                   << QStringLiteral("ip 1.2.3.4 not in whitelist");
        QTest::addRow("310000 other") << 310000 << QStringLiteral("something new") << QStringLiteral("security check");
        QTest::addRow("300001") << 300001 << QStringLiteral("token is not exist") << QStringLiteral("access token");
        QTest::addRow("300005") << 300005 << QStringLiteral("token is not exist") << QStringLiteral("access token");
        QTest::addRow("400101") << 400101 << QStringLiteral("access_token不存在") << QStringLiteral("access token");
        QTest::addRow("400102") << 400102 << QStringLiteral("robot disabled") << QStringLiteral("disabled");
        QTest::addRow("400105") << 400105 << QStringLiteral("unsupported msgtype") << QStringLiteral("message type");
        QTest::addRow("400106") << 400106 << QStringLiteral("robot not in group") << QStringLiteral("no longer in");
        QTest::addRow("400013") << 400013 << QStringLiteral("group dissolved") << QStringLiteral("dissolved");
        QTest::addRow("130101") << 130101 << QStringLiteral("send too fast") << QStringLiteral("10 minutes");
        QTest::addRow("410100") << 410100 << QStringLiteral("send too fast") << QStringLiteral("10 minutes");
        QTest::addRow("460101") << 460101 << QStringLiteral("message too long") << QStringLiteral("20000 bytes");
        QTest::addRow("101002") << 101002 << QStringLiteral("message too long") << QStringLiteral("20000 bytes");
        QTest::addRow("430101") << 430101 << QStringLiteral("unsafe link") << QStringLiteral("link");
        QTest::addRow("430102") << 430102 << QStringLiteral("unsafe text") << QStringLiteral("text content");
        QTest::addRow("430103") << 430103 << QStringLiteral("unsafe image") << QStringLiteral("image");
        QTest::addRow("430104") << 430104 << QStringLiteral("unsafe content") << QStringLiteral("unsafe");
        QTest::addRow("40035") << 40035 << QStringLiteral("missing parameter json") << QStringLiteral("bug");
        QTest::addRow("43004") << 43004 << QStringLiteral("Content-Type not supported") << QStringLiteral("bug");
        QTest::addRow("-1") << -1 << QStringLiteral("system busy") << QStringLiteral("try again");
        QTest::addRow("500100") << 500100 << QStringLiteral("system error") << QStringLiteral("try again");
    }

    void everyCodeHasItsSentence()
    {
        QFETCH(int, errcode);
        QFETCH(QString, errmsg);
        QFETCH(QString, part);
        QVERIFY(DingTalkErrors::isKnown(errcode));
        const QString sentence = DingTalkErrors::explain(errcode, errmsg);
        QVERIFY(!sentence.isEmpty());
        QVERIFY2(sentence.contains(part), qPrintable(sentence));
        QVERIFY2(sentence != fallback(errcode, errmsg), qPrintable(sentence));
        QVERIFY2(sentence.endsWith(QLatin1Char('.')), qPrintable(sentence));
        QVERIFY2(!sentence.contains(QStringLiteral("%1")) && !sentence.contains(QStringLiteral("%n")),
                 qPrintable(sentence));
        // As a client outcome, the same sentence.
        SendOutcome outcome;
        outcome.kind = errcode == 0 ? SendOutcome::Kind::Delivered : SendOutcome::Kind::DingTalkError;
        outcome.errcode = errcode;
        outcome.errmsg = errmsg;
        QCOMPARE(outcome.explanation(), sentence);
    }

    void everyKnownCodeIsSpecific()
    {
        const QList<int> known = DingTalkErrors::knownCodes();
        QCOMPARE(known.size(), 21); // dingtalk.md's table, 0 included
        QSet<QString> sentences;
        for (int errcode : known) {
            const QString sentence = DingTalkErrors::explain(errcode, QStringLiteral("x"));
            QVERIFY2(sentence != fallback(errcode, QStringLiteral("x")), qPrintable(QString::number(errcode)));
            sentences.insert(sentence);
        }
        // Codes of different meaning get different sentences; 130101/410100 and 460101/101002 share theirs (the
        // other synonyms quote their code).
        QCOMPARE(sentences.size(), 21 - 2);
    }

    void unknownCodeQuotesErrmsgVerbatim()
    {
        const QString errmsg = QStringLiteral("新的错误 %1 <b>");
        QVERIFY(!DingTalkErrors::isKnown(123456));
        QCOMPARE(DingTalkErrors::explain(123456, errmsg), fallback(123456, errmsg));
    }

    void securityCheckReadsErrmsg_data()
    {
        QTest::addColumn<QString>("errmsg");
        QTest::addColumn<DingTalkErrors::SecurityCheck>("check");
        using C = DingTalkErrors::SecurityCheck;
        QTest::addRow("keywords") << QStringLiteral("keywords not in content") << C::Keywords;
        QTest::addRow("keywords, Chinese prefix")
            << QStringLiteral("错误描述:关键词不匹配;keywords not in content") << C::Keywords;
        QTest::addRow("timestamp") << QStringLiteral("invalid timestamp") << C::Timestamp;
        QTest::addRow("sign") << QStringLiteral("sign not match") << C::Sign;
        QTest::addRow("ip") << QStringLiteral("ip 120.1.2.3 not in whitelist") << C::Ip;
        QTest::addRow("sign, Chinese only") << QStringLiteral("签名不匹配") << C::Sign;
        QTest::addRow("ip, Chinese only") << QStringLiteral("IP不在白名单") << C::Ip;
        QTest::addRow("other") << QStringLiteral("???") << C::Unknown;
    }

    void securityCheckReadsErrmsg()
    {
        QFETCH(QString, errmsg);
        QFETCH(DingTalkErrors::SecurityCheck, check);
        QCOMPARE(DingTalkErrors::securityCheck(errmsg), check);
    }

    void invalidTimestampWarnsOfSkewedClock()
    {
        const QString plain = DingTalkErrors::explain(310000, QStringLiteral("invalid timestamp"));
        QCOMPARE(DingTalkErrors::explain(310000, QStringLiteral("invalid timestamp"), 30 * 1000), plain);
        const QString skewed =
            DingTalkErrors::explain(310000, QStringLiteral("invalid timestamp"), -(2 * 60 + 5) * 60 * 1000);
        QVERIFY2(skewed.contains(QStringLiteral("about 125 minute")), qPrintable(skewed));
    }

    void classifiers()
    {
        QVERIFY(DingTalkErrors::isThrottled(130101) && DingTalkErrors::isThrottled(410100));
        QVERIFY(!DingTalkErrors::isThrottled(460101));
        QVERIFY(DingTalkErrors::isTooLong(460101) && DingTalkErrors::isTooLong(101002));
        QVERIFY(DingTalkErrors::isRetryable(-1) && DingTalkErrors::isRetryable(500100));
        QVERIFY(!DingTalkErrors::isRetryable(310000));
        QVERIFY(DingTalkErrors::isBadToken(300001) && DingTalkErrors::isBadToken(300005) &&
                DingTalkErrors::isBadToken(400101));
        QVERIFY(DingTalkErrors::isSecurity(310000));
        SendOutcome outcome;
        outcome.kind = SendOutcome::Kind::DingTalkError;
        outcome.errcode = 410100;
        QVERIFY(outcome.throttled());
    }

    void sentencesInChinese()
    {
        const QList<QTranslator*> translators = installTranslations(QLocale(QStringLiteral("zh_CN")));
        const QString throttled = DingTalkErrors::explain(130101, QStringLiteral("send too fast"));
        const QString skewed = DingTalkErrors::explain(310000, QStringLiteral("invalid timestamp"), 90 * 60 * 1000);
        SendOutcome timeout;
        timeout.kind = SendOutcome::Kind::Timeout;
        const QString waited = timeout.explanation();
        removeTranslations(translators);
        QVERIFY2(throttled.contains(QStringLiteral("10 分钟")), qPrintable(throttled));
        QVERIFY2(skewed.contains(QStringLiteral("偏差 90 分钟")), qPrintable(skewed));
        QVERIFY2(waited.startsWith(QStringLiteral("10 秒内")), qPrintable(waited));
    }

    void otherOutcomesHaveSentences_data()
    {
        QTest::addColumn<SendOutcome::Kind>("kind");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("part");
        using K = SendOutcome::Kind;
        QTest::addRow("http 404") << K::HttpError << 404 << QStringLiteral("HTTP status 404");
        QTest::addRow("http 502") << K::HttpError << 502 << QStringLiteral("server error");
        QTest::addRow("network") << K::NetworkError << 0 << QStringLiteral("Connection refused");
        QTest::addRow("timeout") << K::Timeout << 0 << QStringLiteral("within 0.5 seconds");
        QTest::addRow("unreadable") << K::UnreadableAnswer << 200 << QStringLiteral("Connection refused");
    }

    void otherOutcomesHaveSentences()
    {
        QFETCH(SendOutcome::Kind, kind);
        QFETCH(int, httpStatus);
        QFETCH(QString, part);
        SendOutcome outcome;
        outcome.kind = kind;
        outcome.httpStatus = httpStatus;
        outcome.detail = QStringLiteral("Connection refused");
        outcome.timeoutMs = 500;
        QVERIFY2(outcome.explanation().contains(part), qPrintable(outcome.explanation()));
        QVERIFY(!SendOutcome::kindName(kind).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDingTalkErrors)
#include "tst_dingtalkerrors.moc"
