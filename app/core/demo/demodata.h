// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "result.h"

#include <QCoreApplication>

namespace alertdesk {

class Workspace;

/// How much demo data to make. The defaults are what a newcomer explores; the benchmarks ask for 10,000 contacts,
/// 1,000 robots and 2,000 policies, and up to 100,000 contacts.
struct DemoSizes {
    int robots = 4;
    int contacts = 24;
    int policies = 8;
    static constexpr int maxContacts = 100000;
    static constexpr int maxRobots = 10000;
    static constexpr int maxPolicies = 20000;
};

/// What fillDemoWorkspace() added.
struct DemoCounts {
    int robots = 0;
    int contacts = 0;
    int groups = 0;
    int policies = 0;
};

/// Fills a workspace with realistic demo data: robots named after teams and environments (ARMS keywords, some with
/// IP ranges), contacts with Chinese and English names, phones, e-mails and DingTalk user ids, contact groups of
/// on-call rotations, and notification policies with matching rules on severity/service/env, timing and some
/// notification windows. The data is the same for the same sizes (no randomness), and names never collide with
/// each other; a name already in the workspace is an error (Conflict) and nothing is added (one transaction).
///
/// Demo robots get no access token: the keychain stays untouched, and a test send says the webhook must be pasted
/// first. Each record goes through its repository (validated like anything an operator enters).
class DemoData {
    Q_DECLARE_TR_FUNCTIONS(alertdesk::DemoData)
public:
    static Result<DemoCounts> fill(Workspace& workspace, const DemoSizes& sizes);
    /// Invalid when a size is negative or over its maximum; field "contacts", "robots" or "policies".
    static Result<void> check(const DemoSizes& sizes);
};

} // namespace alertdesk
