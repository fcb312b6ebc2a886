// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QUrl>

namespace alertdesk {

/// Where Help → User guide leads: the guide installed beside the binary (<prefix>/share/doc/alertdesk/docs/
/// user-guide.md, as the Debian package puts it), else the guide of the source tree AlertDesk was built from, else
/// the project's page online.
QUrl userGuideUrl();

} // namespace alertdesk
