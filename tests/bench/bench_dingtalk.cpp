// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalk/dingtalkclient.h"
#include "dingtalk/dingtalkmessage.h"
#include "dingtalk/signer.h"
#include "lint/messagelint.h"

#include <QTest>

using namespace alertdesk;

namespace {

const QString secret = QStringLiteral("SEC3f6c1b1a2d0e4b8c9a7f5e3d1c2b4a6978e5f3d1c0b9a8f7e6d5c4b3a2918070");
const QString token = QStringLiteral("3c1d7b2a9f0e4d6c8b5a1f2e3d4c5b6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e1d2c");

/// A typical alert notification: five firing alerts with labels and annotations, about 1.5 KB of JSON.
QString typicalMarkdown()
{
    QString text = QStringLiteral("### 告警 Alarm: 5 firing\n\n");
    for (int i = 0; i < 5; ++i) {
        text += QStringLiteral("**HighCPU on node-%1** (severity: critical)  \n"
                               "> CPU usage above 90% for 5 minutes on node-%1.example.com:9100  \n"
                               "- cluster: prod-cn-hangzhou  \n- namespace: payments  \n"
                               "- started: 2024-05-01 10:0%1:00 CST  \n"
                               "[Grafana](https://grafana.example.com/d/node?var-instance=node-%1)\n\n")
                    .arg(i);
    }
    return text;
}

} // namespace

/// Building and signing one DingTalk message, per message. Figures, not assertions: run it by hand.
class BenchDingTalk : public QObject {
    Q_OBJECT

private slots:
    void buildMarkdown()
    {
        const QString text = typicalMarkdown();
        const DingTalkMessage::At at{{QStringLiteral("13800000000"), QStringLiteral("13900000000")}, {}, false};
        QBENCHMARK
        {
            const QByteArray body = DingTalkMessage::markdown(QStringLiteral("告警 Alarm"), text, at).toJson();
            Q_UNUSED(body);
        }
    }

    void sign()
    {
        qint64 timestamp = 1700000000000;
        QBENCHMARK
        {
            const QByteArray query = Signer::sign(secret, ++timestamp).query();
            Q_UNUSED(query);
        }
    }

    void buildAndSignMarkdown() // what DingTalkClient::send does before the network
    {
        const QString text = typicalMarkdown();
        const DingTalkMessage::At at{{QStringLiteral("13800000000"), QStringLiteral("13900000000")}, {}, false};
        SendRequest request;
        request.accessToken = token;
        request.signSecret = secret;
        qint64 timestamp = 1700000000000;
        QBENCHMARK
        {
            request.message = DingTalkMessage::markdown(QStringLiteral("告警 Alarm"), text, at);
            const PreparedRequest prepared = PreparedRequest::prepare(request, ++timestamp);
            Q_UNUSED(prepared);
        }
    }

    void buildSignAndLintMarkdown() // the whole pre-network path of a send: build, sign, run every pre-send check
    {
        const QString text = typicalMarkdown();
        const DingTalkMessage::At at{{QStringLiteral("13800000000"), QStringLiteral("13900000000")}, {}, false};
        Robot robot;
        robot.name = QStringLiteral("ops");
        robot.keywords = armsKeywords();
        robot.signing = true;
        SendRequest request;
        request.accessToken = token;
        request.signSecret = secret;
        qint64 timestamp = 1700000000000;
        QBENCHMARK
        {
            request.message = DingTalkMessage::markdown(QStringLiteral("告警 Alarm"), text, at);
            const QList<LintFinding> findings =
                MessageLint::check(request.message, robot, MessageLint::SecretState::Stored);
            const PreparedRequest prepared = PreparedRequest::prepare(request, ++timestamp);
            Q_UNUSED(findings);
            Q_UNUSED(prepared);
        }
    }

    void typicalBodySize() // not a benchmark: what the figures above are for
    {
        qInfo("typical markdown body: %lld bytes",
              qlonglong(DingTalkMessage::markdown(QStringLiteral("告警 Alarm"), typicalMarkdown()).toJson().size()));
    }
};

QTEST_GUILESS_MAIN(BenchDingTalk)
#include "bench_dingtalk.moc"
