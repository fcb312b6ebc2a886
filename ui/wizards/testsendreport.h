// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "dingtalk/testsender.h"

#include <QCoreApplication>
#include <QString>

namespace alertdesk {

/// What the wizards say after a test send, for the result line under their Send button: delivered (with the
/// latency), held back by the rate budget, not sent (why), or DingTalk's / the network's answer with what to do.
class TestSendReport {
    Q_DECLARE_TR_FUNCTIONS(alertdesk::TestSendReport)
public:
    static QString describe(const TestSendResult& result, const QString& robotName);
};

} // namespace alertdesk
