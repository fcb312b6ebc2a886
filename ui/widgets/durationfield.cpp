// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "widgets/durationfield.h"

#include "domain/policytext.h"

namespace alertdesk {

DurationField::DurationField(QWidget* parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("e.g. 30s, 5m, 4h, 1h30m"));
    setToolTip(tr("A duration: a number followed by s (seconds), m (minutes), h (hours), d (days) or w (weeks), "
                  "as in 30s, 5m, 4h or 1h30m."));
    setMaxLength(32);
}

void DurationField::setDuration(std::chrono::seconds duration)
{
    setText(formatDuration(duration));
}

Result<std::chrono::seconds> DurationField::duration() const
{
    return parseDuration(text().trimmed());
}

} // namespace alertdesk
