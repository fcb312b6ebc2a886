// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "widgets/iprangeseditor.h"

#include "domain/robot.h"
#include "widgets/warningpalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace alertdesk {

namespace {

Problems rangeProblems(const QStringList& ranges)
{
    Robot robot;
    robot.ipRanges = ranges;
    Problems problems;
    for (const Error& problem : validateRobot(robot)) {
        if (problem.field == QStringLiteral("ipRanges"))
            problems.append(problem);
    }
    return problems;
}

} // namespace

IpRangesEditor::IpRangesEditor(QWidget* parent)
    : QWidget(parent)
    , m_input(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add &range"), this))
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("ipRangesEditor"));
    m_input->setObjectName(QStringLiteral("ipRangeInput"));
    m_input->setAccessibleName(tr("New IP address or range"));
    m_input->setPlaceholderText(tr("IPv4 address or CIDR block, e.g. 203.0.113.7 or 10.0.0.0/8"));
    m_add->setObjectName(QStringLiteral("addIpRangeButton"));
    m_add->setAccessibleName(tr("Add IP range"));
    m_list->setObjectName(QStringLiteral("ipRangeList"));
    m_list->setAccessibleName(tr("IP addresses and ranges"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 5);
    m_remove->setObjectName(QStringLiteral("removeIpRangeButton"));
    m_remove->setAccessibleName(tr("Remove the selected IP ranges"));
    m_problem->setObjectName(QStringLiteral("ipRangesProblem"));
    m_problem->setWordWrap(true);
    m_problem->setPalette(withWarningText(m_problem->palette()));

    auto* entry = new QHBoxLayout;
    entry->addWidget(m_input, 1);
    entry->addWidget(m_add);
    auto* side = new QVBoxLayout;
    side->addWidget(m_remove);
    side->addStretch(1);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(side);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(entry);
    layout->addLayout(listRow);
    layout->addWidget(m_problem);

    connect(m_input, &QLineEdit::textChanged, this, &IpRangesEditor::refresh);
    connect(m_input, &QLineEdit::returnPressed, this, &IpRangesEditor::addTyped);
    connect(m_add, &QPushButton::clicked, this, &IpRangesEditor::addTyped);
    connect(m_remove, &QPushButton::clicked, this, &IpRangesEditor::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &IpRangesEditor::refresh);
    refresh();
}

void IpRangesEditor::setValue(const QStringList& ranges)
{
    m_list->clear();
    m_list->addItems(ranges);
    refresh();
    emit valueChanged(value());
}

QStringList IpRangesEditor::value() const
{
    QStringList ranges;
    for (int row = 0; row < m_list->count(); ++row)
        ranges.append(m_list->item(row)->text());
    return ranges;
}

Problems IpRangesEditor::problems() const
{
    Problems problems = rangeProblems(value());
    const QString typed = m_input->text().trimmed();
    if (!typed.isEmpty()) {
        if (std::optional<Error> problem = checkIpRange(typed))
            problems.append(*problem);
    }
    return problems;
}

bool IpRangesEditor::addRange(const QString& range)
{
    m_input->setText(range);
    if (!m_add->isEnabled())
        return false;
    addTyped();
    return true;
}

void IpRangesEditor::addTyped()
{
    const QString range = m_input->text().trimmed();
    if (range.isEmpty() || !m_add->isEnabled())
        return;
    m_list->addItem(range);
    m_input->clear();
    refresh();
    emit valueChanged(value());
}

void IpRangesEditor::removeSelected()
{
    const QList<QListWidgetItem*> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    qDeleteAll(selected);
    refresh();
    emit valueChanged(value());
}

void IpRangesEditor::refresh()
{
    const QStringList ranges = value();
    const QString typed = m_input->text().trimmed();
    QString typedProblem;
    if (!typed.isEmpty()) {
        if (const std::optional<Error> problem = checkIpRange(typed))
            typedProblem = problem->message;
        else if (ranges.contains(typed))
            typedProblem = tr("%1 is already in the list.").arg(typed);
        else if (ranges.size() >= limits::ipRanges)
            typedProblem = tr("A robot has at most %1 IP addresses or ranges; remove one first.").arg(limits::ipRanges);
    }
    m_add->setEnabled(!typed.isEmpty() && typedProblem.isEmpty());
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());

    QStringList messages;
    if (!typedProblem.isEmpty())
        messages.append(typedProblem);
    for (const Error& problem : rangeProblems(ranges))
        messages.append(problem.message);
    m_problem->setText(messages.join(QLatin1Char('\n')));
    m_problem->setVisible(!messages.isEmpty());

    const bool valid = problems().isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

} // namespace alertdesk
