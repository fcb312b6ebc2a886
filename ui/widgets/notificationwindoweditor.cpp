// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "widgets/notificationwindoweditor.h"

#include "domain/validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>
#include <QTimeZone>

namespace alertdesk {

NotificationWindowEditor::NotificationWindowEditor(QWidget* parent)
    : QGroupBox(parent)
    , m_start(new QTimeEdit(this))
    , m_end(new QTimeEdit(this))
    , m_timeZone(new QComboBox(this))
{
    setTitle(tr("Only notify within a time window"));
    setAccessibleName(tr("Notification window"));
    setCheckable(true);
    setChecked(false);

    auto* days = new QHBoxLayout;
    static const char* const dayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto* box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat), this);
        box->setObjectName(QStringLiteral("windowDay_") + QLatin1String(dayNames[day - 1]));
        box->setAccessibleName(QLocale().dayName(day));
        box->setChecked(day <= Qt::Friday);
        days->addWidget(box);
        m_days.append(box);
        connect(box, &QCheckBox::toggled, this, &NotificationWindowEditor::changed);
    }
    days->addStretch();

    m_start->setObjectName(QStringLiteral("windowStart"));
    m_start->setAccessibleName(tr("Window start"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setTime(QTime(9, 0));
    m_end->setObjectName(QStringLiteral("windowEnd"));
    m_end->setAccessibleName(tr("Window end"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end->setTime(QTime(18, 0));
    auto* times = new QHBoxLayout;
    times->addWidget(m_start);
    times->addWidget(new QLabel(tr("to"), this));
    times->addWidget(m_end);
    times->addStretch();

    m_timeZone->setObjectName(QStringLiteral("windowTimeZone"));
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    // The system's zone by default, unless the domain would refuse its id (some systems report Etc/UTC).
    const QString system = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    m_timeZone->setCurrentText(checkTimeZone(system) ? QStringLiteral("UTC") : system);

    auto* layout = new QFormLayout(this);
    layout->addRow(tr("Days:"), days);
    layout->addRow(tr("From:"), times);
    layout->addRow(tr("Time zone:"), m_timeZone);

    connect(this, &QGroupBox::toggled, this, &NotificationWindowEditor::changed);
    connect(m_start, &QTimeEdit::timeChanged, this, &NotificationWindowEditor::changed);
    connect(m_end, &QTimeEdit::timeChanged, this, &NotificationWindowEditor::changed);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &NotificationWindowEditor::changed);
}

void NotificationWindowEditor::setWindow(const std::optional<NotificationWindow>& window)
{
    setChecked(window.has_value());
    if (!window)
        return;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_days[day - 1]->setChecked(window->days.contains(Qt::DayOfWeek(day)));
    m_start->setTime(window->start);
    m_end->setTime(window->end);
    m_timeZone->setCurrentText(window->timeZone);
}

std::optional<NotificationWindow> NotificationWindowEditor::window() const
{
    if (!isChecked())
        return std::nullopt;
    NotificationWindow window;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (m_days[day - 1]->isChecked())
            window.days.append(Qt::DayOfWeek(day));
    }
    window.start = m_start->time();
    window.end = m_end->time();
    window.timeZone = m_timeZone->currentText().trimmed();
    return window;
}

} // namespace alertdesk
