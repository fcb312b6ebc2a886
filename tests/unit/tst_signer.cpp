// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/signer.h"

#include <QTest>
#include <QUrlQuery>

using namespace alertdesk;

namespace {

const QString longSecret = QStringLiteral("SEC3f6c1b1a2d0e4b8c9a7f5e3d1c2b4a6978e5f3d1c0b9a8f7e6d5c4b3a2918070");
const QUrl endpoint(QStringLiteral("https://oapi.dingtalk.com/robot/send"));

} // namespace

/// The expected signatures were computed when this test was written, independently of Signer, with
///   printf '%s\n%s' "$TIMESTAMP" "$SECRET" | openssl dgst -sha256 -hmac "$SECRET" -binary | base64
/// and Python's hmac/base64/urllib.parse.quote(sig, safe=''), and pasted here as constants.
class TestSigner : public QObject {
    Q_OBJECT

private slots:
    void sign_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<qint64>("timestampMs");
        QTest::addColumn<QString>("sign");
        QTest::addColumn<QByteArray>("encodedSign");
        QTest::addRow("no + or /") << longSecret << Q_INT64_C(1700000000002)
                                   << QStringLiteral("E3CmG0WcYTYIfCa5mzZxXyMaPCTbrwjiUTP7Jk3XWXM=")
                                   << QByteArray("E3CmG0WcYTYIfCa5mzZxXyMaPCTbrwjiUTP7Jk3XWXM%3D");
        QTest::addRow("+ and /") << longSecret << Q_INT64_C(1700000000001)
                                 << QStringLiteral("T3KfJzDxkC+nBZtnVjjF7/i2/ldamSgxfojeIIMTL3o=")
                                 << QByteArray("T3KfJzDxkC%2BnBZtnVjjF7%2Fi2%2FldamSgxfojeIIMTL3o%3D");
        QTest::addRow("++ and several /")
            << longSecret << Q_INT64_C(1700000000006) << QStringLiteral("WFrkz4k++4YHGY/LZWaA/t/uRMqf4MbHklKW0uEG2tY=")
            << QByteArray("WFrkz4k%2B%2B4YHGY%2FLZWaA%2Ft%2FuRMqf4MbHklKW0uEG2tY%3D");
        QTest::addRow("/+ next to each other") << QStringLiteral("SECabc") << Q_INT64_C(1700000000011)
                                               << QStringLiteral("xExLZuBAxaIrop0wGL20/+du634TRY5oq4uQ3Y9B5rw=")
                                               << QByteArray("xExLZuBAxaIrop0wGL20%2F%2Bdu634TRY5oq4uQ3Y9B5rw%3D");
        QTest::addRow("// and + near the end")
            << QStringLiteral("SECabc") << Q_INT64_C(1700000000019)
            << QStringLiteral("OxVRuB5DWnshm+gWrd8l/IjJyu1Z//fhe1bayqjp+h0=")
            << QByteArray("OxVRuB5DWnshm%2BgWrd8l%2FIjJyu1Z%2F%2Ffhe1bayqjp%2Bh0%3D");
        QTest::addRow("non-ASCII secret is used as UTF-8")
            << QStringLiteral("SEC中文秘密") << Q_INT64_C(1700000000004)
            << QStringLiteral("Ms+EWCxW4CCzfb/4ncoS7euZgbjYW96HOnwg+nho/Tw=")
            << QByteArray("Ms%2BEWCxW4CCzfb%2F4ncoS7euZgbjYW96HOnwg%2Bnho%2FTw%3D");
        QTest::addRow("short secret, openssl") << QStringLiteral("SECabc") << Q_INT64_C(1700000000000)
                                               << QStringLiteral("jcUpW0QmtKduN03n4JqQ0PBosVjqnM8gU7fIIvsDmCM=")
                                               << QByteArray("jcUpW0QmtKduN03n4JqQ0PBosVjqnM8gU7fIIvsDmCM%3D");
    }

    void sign()
    {
        QFETCH(QString, secret);
        QFETCH(qint64, timestampMs);
        QFETCH(QString, sign);
        QFETCH(QByteArray, encodedSign);
        const SignedQuery signedQuery = Signer::sign(secret, timestampMs);
        QCOMPARE(signedQuery.timestampMs, timestampMs);
        QCOMPARE(signedQuery.sign, sign);
        QCOMPARE(signedQuery.encodedSign(), encodedSign);
        QCOMPARE(signedQuery.query(), "timestamp=" + QByteArray::number(timestampMs) + "&sign=" + encodedSign);
    }

    void encodedSignNeverHoldsRawReservedCharacters_data() { sign_data(); }
    void encodedSignNeverHoldsRawReservedCharacters()
    {
        QFETCH(QString, secret);
        QFETCH(qint64, timestampMs);
        QFETCH(QString, sign);
        const QByteArray encoded = Signer::sign(secret, timestampMs).encodedSign();
        QVERIFY(!encoded.contains('+'));
        QVERIFY(!encoded.contains('/'));
        QVERIFY(!encoded.contains('='));
        QCOMPARE(encoded.count("%2B"), sign.count(QLatin1Char('+')));
        QCOMPARE(encoded.count("%2F"), sign.count(QLatin1Char('/')));
        QVERIFY(encoded.endsWith("%3D"));
    }

    void signedUrlCarriesTokenTimestampAndSign()
    {
        const QUrl url = Signer::signedUrl(endpoint, QStringLiteral("tok_EN-1"), longSecret, 1700000000001);
        QCOMPARE(url.toString(QUrl::FullyEncoded),
                 QStringLiteral("https://oapi.dingtalk.com/robot/send?access_token=tok_EN-1&timestamp=1700000000001"
                                "&sign=T3KfJzDxkC%2BnBZtnVjjF7%2Fi2%2FldamSgxfojeIIMTL3o%3D"));
        // What the wire carries survives a server that decodes the query: '+' stays '+', not a space.
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("sign"), QUrl::FullyDecoded),
                 QStringLiteral("T3KfJzDxkC+nBZtnVjjF7/i2/ldamSgxfojeIIMTL3o="));
        QCOMPARE(QUrl::fromEncoded(url.toEncoded()).toEncoded(), url.toEncoded());
    }

    void signedUrlWithoutSecretHasTokenOnly()
    {
        const QUrl url = Signer::signedUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/robot/send#x")),
                                           QStringLiteral("abc"), QString(), 1700000000001);
        QCOMPARE(url.toString(QUrl::FullyEncoded), QStringLiteral("http://127.0.0.1:8080/robot/send?access_token=abc"));
    }

    void signedUrlReplacesAnExistingQuery()
    {
        const QUrl url =
            Signer::signedUrl(QUrl(QStringLiteral("https://oapi.dingtalk.com/robot/send?access_token=old")),
                              QStringLiteral("new"), QString(), 1);
        QCOMPARE(url.query(QUrl::FullyEncoded), QStringLiteral("access_token=new"));
    }

    void signatureChangesWithTimestampAndSecret()
    {
        QVERIFY(Signer::sign(longSecret, 1).sign != Signer::sign(longSecret, 2).sign);
        QVERIFY(Signer::sign(longSecret, 1).sign != Signer::sign(QStringLiteral("SECabc"), 1).sign);
    }

    void systemClockIsNow()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const qint64 now = systemMsClock()();
        QVERIFY(now >= before);
        QVERIFY(now <= QDateTime::currentMSecsSinceEpoch());
    }
};

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
