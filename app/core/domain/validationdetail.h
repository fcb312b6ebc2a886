// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QString>
#include <optional>
#include <utility>

/// Text helpers shared by validation.cpp and fieldchecks.cpp; not part of the public validation API.
namespace alertdesk::detail {

/// Lengths in characters as a person counts them (code points), so that CJK and emoji names are measured fairly.
qsizetype characters(const QString& text);
/// A value quoted back in a message, cut short when it would swamp the sentence.
QString shown(const QString& text);
bool hasWhitespace(const QString& text);
bool hasControlCharacter(const QString& text);
/// The addresses a strictly written IPv4 address or CIDR block covers, as (network, prefix length); std::nullopt when
/// the text is not one.
std::optional<std::pair<quint32, int>> parseIpRange(const QString& range);

} // namespace alertdesk::detail
