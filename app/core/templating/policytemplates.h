// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/notificationpolicy.h"
#include "domain/validation.h"

namespace alertdesk {

/// What saving a policy (window, alertdeskctl, import) refuses about its templates, so that a policy never holds what
/// its servers cannot run: a title or text that does not parse in its dialect (Go's own message, with
/// NAME:LINE:COL), and {{ define }} / {{ block }} of its own — the bridge keeps one set of template names for every
/// policy, so a policy's defines would clash with each other's (and nested in the exported define, the bridge would
/// refuse to start). Field "message", as the other message problems.
Problems checkPolicyTemplates(const MessageSettings& message);

/// validatePolicy plus checkPolicyTemplates: what PolicyRepository and Importer run before they store a policy.
Problems validatePolicyToSave(const NotificationPolicy& policy);

} // namespace alertdesk
