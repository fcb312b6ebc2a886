// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/notificationpolicy.h"

#include <QGroupBox>
#include <QList>
#include <optional>

class QCheckBox;
class QComboBox;
class QTimeEdit;

namespace alertdesk {

/// The optional notification window of a policy: days of the week, start and end time and an IANA time zone. The
/// group's own check box turns the window on; off means the policy may speak around the clock.
class NotificationWindowEditor : public QGroupBox {
    Q_OBJECT
public:
    explicit NotificationWindowEditor(QWidget* parent = nullptr);

    void setWindow(const std::optional<NotificationWindow>& window);
    std::optional<NotificationWindow> window() const;

signals:
    void changed();

private:
    QList<QCheckBox*> m_days; ///< Monday..Sunday
    QTimeEdit* m_start;
    QTimeEdit* m_end;
    QComboBox* m_timeZone;
};

} // namespace alertdesk
