// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must not be used inside a namespace.
static void initAlertDeskResource()
{
    Q_INIT_RESOURCE(alertdesk);
}

namespace alertdesk {

void initResources()
{
    initAlertDeskResource();
}

} // namespace alertdesk
