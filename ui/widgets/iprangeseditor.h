// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/validation.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace alertdesk {

/// A robot's IP ranges (DingTalk security setting): IPv4 addresses or CIDR blocks, at most limits::ipRanges. Each entry
/// is checked as typed with the domain's checkIpRange, so an IPv6 address is refused with the domain's reason
/// (DingTalk cannot whitelist IPv6) before it reaches the list.
///
/// objectNames of the parts: ipRangeInput, addIpRangeButton, ipRangeList, removeIpRangeButton, ipRangesProblem.
class IpRangesEditor : public QWidget {
    Q_OBJECT
public:
    explicit IpRangesEditor(QWidget* parent = nullptr);

    void setValue(const QStringList& ranges);
    QStringList value() const;
    /// What is wrong with the list (field "ipRanges"), or with the entry being typed; empty = valid.
    Problems problems() const;
    bool isValid() const { return problems().isEmpty(); }

    /// Adds a range as if typed and added; false (and the reason shown) when it is refused.
    bool addRange(const QString& range);

signals:
    void valueChanged(const QStringList& ranges);
    void validityChanged(bool valid);

private:
    void addTyped();
    void removeSelected();
    void refresh();
    QLineEdit* m_input = nullptr;
    QPushButton* m_add = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_problem = nullptr;
    bool m_valid = true;
};

} // namespace alertdesk
