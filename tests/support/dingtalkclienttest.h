// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "dingtalk/dingtalkclient.h"
#include "fakedingtalkserver.h"

#include <QObject>
#include <memory>
#include <optional>

namespace alertdesk::test {

/// What the DingTalkClient tests share: a FakeDingTalkServer on 127.0.0.1 with one keyword robot
/// ("kw-token-1a2b": Alarm, 告警) and a client that connects directly, whatever proxy this machine has.
/// Test classes derive from it and call start() in their init().
class DingTalkClientTest : public QObject {
    Q_OBJECT

protected:
    bool start();
    /// A request to the fake server with a short (500 ms) timeout.
    SendRequest request(const QString& token, const DingTalkMessage& message, const QString& signSecret = {}) const;
    std::optional<SendOutcome> send(const SendRequest& request);

    std::unique_ptr<FakeDingTalkServer> m_server;
    std::unique_ptr<DingTalkClient> m_client;
};

} // namespace alertdesk::test
