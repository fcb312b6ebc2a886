// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "sendandwait.h"

#include <QTest>

namespace alertdesk::test {

std::optional<SendOutcome> sendAndWait(DingTalkClient& client, const SendRequest& request, int waitMs)
{
    QObject context;
    std::optional<SendOutcome> outcome;
    client.send(request, &context, [&outcome](SendOutcome result) { outcome = std::move(result); });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, waitMs))
        qWarning("sendAndWait: no outcome within %d ms", waitMs);
    return outcome;
}

} // namespace alertdesk::test
