// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/webhookurl.h"

#include <QTest>
#include <QUrlQuery>

using namespace alertdesk;

namespace {

const QString token = QStringLiteral("3c1d7b2a9f0e4d6c8b5a1f2e3d4c5b6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e1d2c");
const QString dingTalk = QStringLiteral("https://oapi.dingtalk.com/robot/send");

QString webhook(const QString& rest = QString())
{
    return dingTalk + QStringLiteral("?access_token=") + token + rest;
}

} // namespace

class TestWebhookUrl : public QObject {
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("accessToken");
        QTest::addColumn<QStringList>("warningParts"); // one entry per expected warning, a piece of its text
        const QStringList none;
        QTest::addRow("as DingTalk shows it") << webhook() << dingTalk << token << none;
        QTest::addRow("surrounding spaces and line breaks")
            << QStringLiteral("  \n") + webhook() + QStringLiteral(" \r\n\t") << dingTalk << token << none;
        QTest::addRow("line break inside the token")
            << dingTalk + QStringLiteral("?access_token=") + token.left(30) + QStringLiteral("\r\n") + token.mid(30)
            << dingTalk << token << none;
        QTest::addRow("wrapped across lines with indentation")
            << QStringLiteral("https://oapi.dingtalk.com/robot/\n    send?access_token=") + token << dingTalk << token
            << none;
        QTest::addRow("spaces inside") << QStringLiteral("https://oapi.dingtalk.com/robot/send ?access_token = ") +
                                              token
                                       << dingTalk << token << none;
        QTest::addRow("zero-width space and BOM")
            << QChar(0xFEFF) + webhook().insert(20, QChar(0x200B)) << dingTalk << token << none;
        QTest::addRow("leftover timestamp and sign")
            << webhook(QStringLiteral("&timestamp=1700000000000&sign=abc%2Bdef%2F%3D")) << dingTalk << token << none;
        QTest::addRow("timestamp and sign first")
            << dingTalk + QStringLiteral("?timestamp=1700000000000&sign=x&access_token=") + token << dingTalk << token
            << none;
        QTest::addRow("unknown parameter")
            << webhook(QStringLiteral("&foo=bar")) << dingTalk << token << QStringList{QStringLiteral("\"foo\"")};
        QTest::addRow("fragment") << webhook(QStringLiteral("#top")) << dingTalk << token
                                  << QStringList{QStringLiteral("#")};
        QTest::addRow("upper-case scheme and host")
            << QStringLiteral("HTTPS://OAPI.DINGTALK.COM/robot/send?access_token=") + token << dingTalk << token
            << none;
        QTest::addRow("default port dropped")
            << QStringLiteral("https://oapi.dingtalk.com:443/robot/send?access_token=") + token << dingTalk << token
            << none;
        QTest::addRow("other path on DingTalk")
            << QStringLiteral("https://oapi.dingtalk.com/robot/sendx?access_token=") + token
            << QStringLiteral("https://oapi.dingtalk.com/robot/sendx") << token
            << QStringList{QStringLiteral("/robot/sendx")};
        QTest::addRow("proxy host") << QStringLiteral(
                                           "https://dingtalk-proxy.example.com:8443/robot/send?access_token=") +
                                           token
                                    << QStringLiteral("https://dingtalk-proxy.example.com:8443/robot/send") << token
                                    << QStringList{QStringLiteral("dingtalk-proxy.example.com")};
        QTest::addRow("http to 127.0.0.1")
            << QStringLiteral("http://127.0.0.1:8080/robot/send?access_token=") + token
            << QStringLiteral("http://127.0.0.1:8080/robot/send") << token << QStringList{QStringLiteral("127.0.0.1")};
        QTest::addRow("http to localhost")
            << QStringLiteral("http://localhost:8080/robot/send?access_token=") + token
            << QStringLiteral("http://localhost:8080/robot/send") << token << QStringList{QStringLiteral("localhost")};
        QTest::addRow("http to [::1]") << QStringLiteral("http://[::1]:8080/robot/send?access_token=") + token
                                       << QStringLiteral("http://[::1]:8080/robot/send") << token
                                       << QStringList{QStringLiteral("::1")};
        QTest::addRow("short token") << dingTalk + QStringLiteral("?access_token=abcDEF_-12") << dingTalk
                                     << QStringLiteral("abcDEF_-12") << none;
        // Real pastes: what comes along when the URL is copied from a chat, an e-mail, a config file or a web page.
        QTest::addRow("angle brackets from an e-mail")
            << QLatin1Char('<') + webhook() + QLatin1Char('>') << dingTalk << token << none;
        QTest::addRow("double quotes from JSON")
            << QLatin1Char('"') + webhook() + QStringLiteral("\",") << dingTalk << token << none;
        QTest::addRow("YAML line with single quotes")
            << QStringLiteral("    url: '") + webhook() + QStringLiteral("'\n") << dingTalk << token << none;
        QTest::addRow("label before it") << QStringLiteral("Webhook: ") + webhook() << dingTalk << token << none;
        QTest::addRow("Chinese sentence around it")
            << QStringLiteral("机器人的Webhook地址：") + webhook() + QStringLiteral("。") << dingTalk << token << none;
        QTest::addRow("markdown link") << QStringLiteral("[robot](") + webhook() + QLatin1Char(')') << dingTalk << token
                                       << none;
        QTest::addRow("HTML-escaped ampersands")
            << webhook(QStringLiteral("&amp;timestamp=1700000000000&amp;sign=abc%2Bdef%3D")) << dingTalk << token
            << none;
        QTest::addRow("same token twice")
            << webhook(QStringLiteral("&access_token=") + token) << dingTalk << token << none;
    }

    void parse()
    {
        QFETCH(QString, pasted);
        QFETCH(QString, endpoint);
        QFETCH(QString, accessToken);
        QFETCH(QStringList, warningParts);
        const Result<WebhookUrl> parsed = WebhookUrl::parse(pasted);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->endpoint.toString(), endpoint);
        QVERIFY(!parsed->endpoint.hasQuery());
        QVERIFY(!parsed->endpoint.hasFragment());
        QCOMPARE(parsed->accessToken, accessToken);
        QCOMPARE(parsed->warnings.size(), warningParts.size());
        for (qsizetype i = 0; i < warningParts.size(); ++i) {
            QVERIFY2(parsed->warnings.at(i).contains(warningParts.at(i)), qPrintable(parsed->warnings.at(i)));
            QVERIFY2(!parsed->warnings.at(i).contains(accessToken), qPrintable(parsed->warnings.at(i)));
        }
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("empty") << QString() << QStringLiteral("empty");
        QTest::addRow("only white space") << QStringLiteral(" \n\t ") << QStringLiteral("empty");
        QTest::addRow("no token") << dingTalk << QStringLiteral("has no access_token");
        QTest::addRow("no token, only timestamp and sign")
            << dingTalk + QStringLiteral("?timestamp=1&sign=x") << QStringLiteral("has no access_token");
        QTest::addRow("empty token") << dingTalk + QStringLiteral("?access_token=")
                                     << QStringLiteral("has no access_token");
        QTest::addRow("empty token before timestamp")
            << dingTalk + QStringLiteral("?access_token=&timestamp=1") << QStringLiteral("has no access_token");
        QTest::addRow("misspelt token parameter")
            << dingTalk + QStringLiteral("?accesstoken=") + token << QStringLiteral("has no access_token");
        QTest::addRow("two different tokens")
            << webhook(QStringLiteral("&access_token=0123456789abcdef")) << QStringLiteral("two");
        QTest::addRow("token with invalid characters")
            << dingTalk + QStringLiteral("?access_token=3c1d7b2a%2B9f0e4d6c") << QStringLiteral("access token");
        QTest::addRow("token too short") << dingTalk + QStringLiteral("?access_token=3c1d7") << QStringLiteral("8");
        QTest::addRow("http to DingTalk")
            << QStringLiteral("http://oapi.dingtalk.com/robot/send?access_token=") + token << QStringLiteral("http");
        QTest::addRow("http to a LAN address")
            << QStringLiteral("http://192.168.1.10/robot/send?access_token=") + token << QStringLiteral("http");
        QTest::addRow("http to localhost look-alike")
            << QStringLiteral("http://localhost.evil.example/robot/send?access_token=") + token
            << QStringLiteral("http");
        QTest::addRow("ftp") << QStringLiteral("ftp://oapi.dingtalk.com/robot/send?access_token=") + token
                             << QStringLiteral("https://");
        QTest::addRow("no scheme") << QStringLiteral("oapi.dingtalk.com/robot/send?access_token=") + token
                                   << QStringLiteral("https://");
        QTest::addRow("only the token") << token << QStringLiteral("https://");
        QTest::addRow("no host") << QStringLiteral("https:///robot/send?access_token=") + token
                                 << QStringLiteral("host");
        QTest::addRow("user info") << QStringLiteral("https://me:pw@oapi.dingtalk.com/robot/send?access_token=") + token
                                   << QStringLiteral("user name");
        QTest::addRow("not a URL") << QStringLiteral("https://exa mple.com:99999/x?access_token=") + token << QString();
    }

    void rejects()
    {
        QFETCH(QString, pasted);
        QFETCH(QString, messagePart);
        const Result<WebhookUrl> parsed = WebhookUrl::parse(pasted);
        QVERIFY2(!parsed.ok(), qPrintable(pasted));
        QCOMPARE(parsed.error().kind, Error::Kind::Invalid);
        QCOMPARE(parsed.error().field, QStringLiteral("webhook"));
        QVERIFY(!parsed.error().message.isEmpty());
        QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
        // The token is a secret: it is never quoted back.
        QVERIFY2(!parsed.error().message.contains(token.left(10)), qPrintable(parsed.error().message));
        QVERIFY2(!parsed.error().message.contains(QStringLiteral("3c1d7")), qPrintable(parsed.error().message));
    }

    void missingTokenSaysWhereToFindIt()
    {
        const Result<WebhookUrl> parsed = WebhookUrl::parse(dingTalk);
        QVERIFY(!parsed.ok());
        QCOMPARE(
            parsed.error().message,
            QStringLiteral("This webhook URL has no access_token. Copy the whole URL DingTalk shows under Webhook."));
    }

    void compose_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("accessToken");
        QTest::addColumn<QString>("expected");
        QTest::addRow("DingTalk") << dingTalk << token << webhook();
        QTest::addRow("proxy with port") << QStringLiteral("https://proxy.example.com:8443/dt")
                                         << QStringLiteral("abc_DEF-123")
                                         << QStringLiteral(
                                                "https://proxy.example.com:8443/dt?access_token=abc_DEF-123");
        // Tokens are URL-safe in practice, but compose must not corrupt one that is not: '+' must not become a space.
        QTest::addRow("reserved characters") << dingTalk << QStringLiteral("a+b/c=d&e f")
                                             << dingTalk + QStringLiteral("?access_token=a%2Bb%2Fc%3Dd%26e%20f");
    }

    void compose()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, accessToken);
        QFETCH(QString, expected);
        const QUrl composed = WebhookUrl::compose(QUrl(endpoint), accessToken);
        QCOMPARE(composed.toString(QUrl::FullyEncoded), expected);
        QCOMPARE(QUrlQuery(composed).queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded), accessToken);
    }

    void composeThenParseRoundTrips_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("accessToken");
        QTest::addRow("DingTalk") << dingTalk << token;
        QTest::addRow("loopback") << QStringLiteral("http://127.0.0.1:18080/robot/send")
                                  << QStringLiteral("test_token-1");
        QTest::addRow("proxy") << QStringLiteral("https://proxy.example.com/a/b") << token;
    }

    void composeThenParseRoundTrips()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, accessToken);
        const Result<WebhookUrl> parsed =
            WebhookUrl::parse(WebhookUrl::compose(QUrl(endpoint), accessToken).toString());
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->endpoint, QUrl(endpoint));
        QCOMPARE(parsed->accessToken, accessToken);
    }
};

QTEST_GUILESS_MAIN(TestWebhookUrl)
#include "tst_webhookurl.moc"
