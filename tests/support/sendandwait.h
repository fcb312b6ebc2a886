// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "dingtalk/dingtalkclient.h"

#include <optional>

namespace alertdesk::test {

/// Sends with `client` and waits (QTest::qWaitFor, up to `waitMs`) for the outcome; std::nullopt (and a warning)
/// when none came. For tests that send one message at a time.
std::optional<SendOutcome> sendAndWait(DingTalkClient& client, const SendRequest& request, int waitMs = 10000);

} // namespace alertdesk::test
