// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "preview/sendhistoryview.h"

#include "storage/testsendrepository.h"

#include <QHeaderView>
#include <QLocale>

namespace alertdesk {

namespace {

constexpr int shownSends = 50;

QString resultText(const TestSend& send)
{
    switch (send.outcome) {
    case TestSend::Outcome::Delivered:
        return SendHistoryView::tr("Delivered");
    case TestSend::Outcome::DingTalkError:
        return SendHistoryView::tr("DingTalk error %1: %2").arg(send.errcode.value_or(0)).arg(send.errmsg);
    case TestSend::Outcome::HttpError:
        return SendHistoryView::tr("HTTP status %1").arg(send.httpStatus);
    case TestSend::Outcome::NetworkError:
        return SendHistoryView::tr("Network error: %1").arg(send.errmsg);
    case TestSend::Outcome::Timeout:
        return SendHistoryView::tr("No answer in time");
    case TestSend::Outcome::UnreadableAnswer:
        return SendHistoryView::tr("Unreadable answer");
    case TestSend::Outcome::HeldBack:
        return SendHistoryView::tr("Held back (20 a minute)");
    }
    return send.errmsg;
}

} // namespace

SendHistoryView::SendHistoryView(TestSendRepository& history, QWidget* parent)
    : QTableWidget(0, 4, parent)
    , m_history(history)
{
    setObjectName(QStringLiteral("sendHistory"));
    setAccessibleName(tr("Test send history"));
    setHorizontalHeaderLabels({tr("Time"), tr("Robot"), tr("Policy"), tr("Result")});
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->setVisible(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(false);
    connect(&m_history, &TestSendRepository::recorded, this, [this](const TestSend& send) {
        insertRow(0);
        addRow(0, send);
        if (rowCount() > shownSends)
            setRowCount(shownSends);
    });
    reload();
}

void SendHistoryView::reload()
{
    setRowCount(0);
    const auto recent = m_history.recent(shownSends);
    if (!recent) {
        insertRow(0);
        setSpan(0, 0, 1, columnCount());
        setItem(0, 0, new QTableWidgetItem(recent.error().message));
        return;
    }
    for (const TestSend& send : recent.value()) {
        const int row = rowCount();
        insertRow(row);
        addRow(row, send);
    }
}

void SendHistoryView::addRow(int row, const TestSend& send)
{
    const QString time = QLocale().toString(send.sentAt.toLocalTime(), QLocale::ShortFormat);
    const QStringList cells{time, send.robotName, send.policyName, resultText(send)};
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(cells.at(column));
        setItem(row, column, item);
    }
}

} // namespace alertdesk
