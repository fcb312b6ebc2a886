// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "result.h"

#include <QLineEdit>
#include <chrono>

namespace alertdesk {

/// A line edit for an Alertmanager duration as operators write it: "30s", "5m", "4h", "1h30m", "2d".
class DurationField : public QLineEdit {
    Q_OBJECT
public:
    explicit DurationField(QWidget* parent = nullptr);

    void setDuration(std::chrono::seconds duration);
    /// The typed duration, or why it is not one (the Error's field is left to the caller).
    Result<std::chrono::seconds> duration() const;
};

} // namespace alertdesk
