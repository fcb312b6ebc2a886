// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "pages/detailspanel.h"

namespace alertdesk {

DetailsPanel::DetailsPanel(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(fontMetrics().averageCharWidth() * 28);
}

void DetailsPanel::showDetails(const QString& heading, const QList<EntityTableModel::Detail>& details)
{
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='3'>").arg(heading.toHtmlEscaped());
    for (const EntityTableModel::Detail& detail : details) {
        html += QStringLiteral("<tr><td valign='top' width='1%' style='padding-right:10px; "
                               "white-space:pre'><b>%1</b></td><td>%2</td></tr>")
                    .arg(detail.label.toHtmlEscaped(),
                         detail.value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    html += QStringLiteral("</table>");
    setHtml(html);
}

void DetailsPanel::showHint(const QString& hint)
{
    setHtml(QStringLiteral("<p><i>%1</i></p>").arg(hint.toHtmlEscaped()));
}

} // namespace alertdesk
