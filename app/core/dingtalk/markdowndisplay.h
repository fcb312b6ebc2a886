// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QString>

namespace alertdesk {

/// DingTalk markdown rewritten the way the DingTalk client shows it, for a preview that renders standard markdown
/// (QTextDocument::setMarkdown): lines that a single line break separates are joined into one paragraph (DingTalk
/// breaks only at a blank line or two trailing spaces), and every table and code block, which only the desktop client
/// shows, gets `desktopOnlyNote` as a quote of its own just before it. Headings, quotes, lists, links, emphasis and
/// images pass unchanged. Pure text: the GUI does the layout.
QString dingTalkDisplayMarkdown(const QString& markdown, const QString& desktopOnlyNote);

} // namespace alertdesk
