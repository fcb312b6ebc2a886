// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dingtalkclienttest.h"

#include "sendandwait.h"

#include <QNetworkProxy>

namespace alertdesk::test {

bool DingTalkClientTest::start()
{
    m_server = std::make_unique<FakeDingTalkServer>();
    if (!m_server->listen())
        return false;
    m_server->addRobot({QStringLiteral("kw-token-1a2b"), {QStringLiteral("Alarm"), QStringLiteral("告警")}, {}, {}});
    m_client = std::make_unique<DingTalkClient>();
    m_client->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    return true;
}

SendRequest DingTalkClientTest::request(const QString& token, const DingTalkMessage& message,
                                        const QString& signSecret) const
{
    SendRequest request;
    request.endpoint = m_server->endpoint();
    request.accessToken = token;
    request.signSecret = signSecret;
    request.message = message;
    request.timeoutMs = 500;
    return request;
}

std::optional<SendOutcome> DingTalkClientTest::send(const SendRequest& request)
{
    return sendAndWait(*m_client, request);
}

} // namespace alertdesk::test
