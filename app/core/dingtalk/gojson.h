// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace alertdesk {

/// Appends `utf8` as a JSON string the way Go's encoding/json (json.Marshal, Go 1.19) writes it, quotes included:
/// '"' and '\\' escaped, '\n' '\r' '\t' as short escapes, other bytes below 0x20 as \u00XX, '<' '>' '&' as \u003c
/// \u003e \u0026 (HTML-safe, Marshal's default), U+2028 and U+2029 as \u2028 \u2029, and each invalid UTF-8 byte as
/// \ufffd. The DingTalk webhook bridge encodes its request with it, so the body's bytes (and size) are these.
void appendGoJsonString(QByteArray& out, QByteArrayView utf8);

} // namespace alertdesk
