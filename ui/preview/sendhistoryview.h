// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QTableWidget>

namespace alertdesk {

class TestSendRepository;
struct TestSend;

/// The workspace's test-send history, newest first: time, robot, policy, result. Follows the repository's recorded()
/// signal, so sends from anywhere in this program appear at once.
class SendHistoryView : public QTableWidget {
    Q_OBJECT
public:
    explicit SendHistoryView(TestSendRepository& history, QWidget* parent = nullptr);
    void reload();

private:
    void addRow(int row, const TestSend& send);
    TestSendRepository& m_history;
};

} // namespace alertdesk
