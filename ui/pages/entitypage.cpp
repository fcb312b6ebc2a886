// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "pages/entitypage.h"

#include "models/entityfilterproxy.h"
#include "models/entitytablemodel.h"
#include "pages/detailspanel.h"
#include "pages/entitytableview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace alertdesk {

namespace {

constexpr int headingIconSize = 32;

QString settingsKey(const QString& page, const char* what)
{
    return QStringLiteral("pages/%1/%2").arg(page, QLatin1String(what));
}

} // namespace

EntityPage::EntityPage(EntityPageSpec spec, EntityTableModel* model, QWidget* parent)
    : EntityPage(std::move(spec), ModelFactory([model] { return model; }), parent)
{
    model->setParent(this);
    buildModel();
}

EntityPage::EntityPage(EntityPageSpec spec, ModelFactory makeModel, QWidget* parent)
    : QWidget(parent)
    , m_spec(std::move(spec))
    , m_makeModel(std::move(makeModel))
    , m_proxy(new EntityFilterProxy(this))
{
    setObjectName(m_spec.key + QStringLiteral("Page"));

    auto* iconLabel = new QLabel(this);
    iconLabel->setPixmap(m_spec.icon.pixmap(headingIconSize, headingIconSize));
    auto* heading = new QLabel(m_spec.title, this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_count = new QLabel(this);
    m_count->setObjectName(m_spec.countName);
    m_count->setAccessibleName(tr("How many are shown"));
    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(iconLabel);
    headingRow->addWidget(heading);
    headingRow->addSpacing(12);
    headingRow->addWidget(m_count, 1, Qt::AlignBottom);

    auto* explanation = new QLabel(m_spec.explanation, this);
    explanation->setObjectName(QStringLiteral("pageExplanation"));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);

    createActions();
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(m_spec.searchPlaceholder);
    m_search->setPlaceholderText(m_spec.searchPlaceholder);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 32);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &EntityFilterProxy::setSearchText);
    m_find = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find"), this);
    m_find->setObjectName(QStringLiteral("actionFind"));
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, &EntityPage::focusSearch);
    addAction(m_find);

    auto* toolRow = new QHBoxLayout;
    toolRow->addWidget(m_toolBar, 1);
    toolRow->addWidget(m_search);

    createTable();
    m_details = new DetailsPanel(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setAccessibleName(tr("Details"));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(createEmptyState());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(headingRow);
    layout->addWidget(explanation);
    layout->addLayout(toolRow);
    layout->addWidget(m_stack, 1);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &EntityPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EntityPage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EntityPage::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EntityPage::updateState);
    updateState();
}

EntityPage::~EntityPage() = default;

QTableView* EntityPage::table() const
{
    buildModel();
    return m_table;
}

EntityFilterProxy* EntityPage::proxy() const
{
    buildModel();
    return m_proxy;
}

EntityTableModel* EntityPage::model() const
{
    buildModel();
    return m_model;
}

void EntityPage::buildModel() const
{
    if (m_model)
        return;
    m_model = m_makeModel();
    // Building is part of asking for the page's data: the page is the same page before and after.
    const_cast<EntityPage*>(this)->attachModel();
}

void EntityPage::attachModel()
{
    m_model->setParent(this);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &EntityPage::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& first, const QModelIndex& last) {
        const int row = m_model->rowOf(m_detailsUuid);
        if (row >= first.row() && row <= last.row())
            updateDetails(true);
    });
    connect(m_model, &EntityTableModel::readFailed, this, &EntityPage::readFailed);
    if (!m_model->lastError().isEmpty())
        emit readFailed(m_model->lastError());
    m_proxy->setSourceModel(m_model);
    m_table->applyPendingHeader();
    updateState();
}

void EntityPage::recount()
{
    if (m_model || !m_spec.recordCount)
        return;
    const int total = m_spec.recordCount();
    m_count->setText(total == 0 ? m_spec.emptyTitle : m_spec.countText(total));
    m_stack->setCurrentIndex(total == 0 ? 1 : 0);
}

void EntityPage::paintEvent(QPaintEvent* event)
{
    // Right after the page is first drawn, not before: the window (heading, count, toolbar) is on screen at once
    // and the rows follow in the next turn of the event loop, instead of the whole window waiting for them.
    if (!m_model && !m_buildQueued) {
        m_buildQueued = true;
        QMetaObject::invokeMethod(
            this, [this] { buildModel(); }, Qt::QueuedConnection);
    }
    QWidget::paintEvent(event);
}

QAction* EntityPage::makeAction(Action which, const QString& name, const QString& text, const QString& iconName)
{
    auto* action = new QAction(QIcon::fromTheme(iconName), text, this);
    action->setObjectName(name);
    m_actions.insert(int(which), action);
    connect(action, &QAction::triggered, this, [this, which] {
        const QString uuid = currentUuid();
        switch (which) {
        case Action::Add:
            emit addRequested();
            break;
        case Action::Edit:
            emit editRequested(uuid);
            break;
        case Action::Duplicate:
            emit duplicateRequested(uuid);
            break;
        case Action::Delete:
            emit deleteRequested(uuid);
            break;
        case Action::CopyWebhook:
            emit copyWebhookRequested(uuid);
            break;
        case Action::SendTest:
            emit sendTestRequested(m_spec.sendTestKind, uuid);
            break;
        }
    });
    return action;
}

void EntityPage::createActions()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("toolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setAccessibleName(tr("Actions"));

    QAction* add = makeAction(Action::Add, QStringLiteral("actionAdd"), m_spec.addText, QStringLiteral("list-add"));
    add->setShortcut(QKeySequence(tr("Ctrl+Shift+N", "Edit|Add")));
    QAction* edit =
        makeAction(Action::Edit, QStringLiteral("actionEdit"), tr("&Edit…"), QStringLiteral("document-edit"));
    edit->setShortcut(QKeySequence(tr("Ctrl+E", "Edit|Edit")));
    QAction* duplicate = makeAction(Action::Duplicate, QStringLiteral("actionDuplicate"), tr("D&uplicate…"),
                                    QStringLiteral("edit-copy"));
    duplicate->setShortcut(QKeySequence(tr("Ctrl+D", "Edit|Duplicate")));
    QAction* remove =
        makeAction(Action::Delete, QStringLiteral("actionDelete"), tr("&Delete…"), QStringLiteral("edit-delete"));
    remove->setShortcut(QKeySequence::Delete);
    QAction* copy = makeAction(Action::CopyWebhook, QStringLiteral("actionCopyWebhook"), tr("&Copy webhook"),
                               QStringLiteral("edit-paste"));
    copy->setShortcut(QKeySequence(tr("Ctrl+Shift+C", "Edit|Copy webhook")));
    QAction* send = makeAction(Action::SendTest, QStringLiteral("actionSendTest"), tr("Send &test alert…"),
                               QStringLiteral("mail-send"));
    send->setShortcut(QKeySequence(tr("Ctrl+T", "Edit|Send test alert")));
    copy->setVisible(m_spec.copyWebhook);
    send->setVisible(m_spec.sendTest);

    for (QAction* action : {add, edit, duplicate, remove, copy, send}) {
        // Window shortcuts of a hidden page do not fire: only the page on show answers Ctrl+E, Delete...
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    m_toolBar->addActions({add, edit, duplicate, remove});
    if (m_spec.copyWebhook || m_spec.sendTest) {
        m_toolBar->addSeparator();
        m_toolBar->addActions({copy, send});
    }
}

void EntityPage::createTable()
{
    m_table = new EntityTableView(m_proxy, this);
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setAccessibleName(m_spec.title);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, [this] { triggerIfEnabled(Action::Edit); });
}

QWidget* EntityPage::createEmptyState()
{
    auto* empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("emptyState"));
    auto* title = new QLabel(m_spec.emptyTitle, empty);
    title->setObjectName(QStringLiteral("emptyTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto* hint = new QLabel(m_spec.emptyHint, empty);
    hint->setObjectName(QStringLiteral("emptyHint"));
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setFixedWidth(hint->fontMetrics().averageCharWidth() * 60);
    auto* button = new QPushButton(m_spec.addText, empty);
    button->setObjectName(QStringLiteral("emptyAddButton"));
    button->setAccessibleName(m_spec.addText);
    connect(button, &QPushButton::clicked, action(Action::Add), &QAction::trigger);
    m_emptyAdd = button;

    auto* layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    // Centred between stretches, not by alignment: the column then asks the row for the hint's height at the hint's
    // own width (aligned, it got the height for the whole width, and showed a line and a half of three).
    auto* hintRow = new QHBoxLayout;
    hintRow->addStretch(1);
    hintRow->addWidget(hint);
    hintRow->addStretch(1);
    layout->addLayout(hintRow);
    layout->addSpacing(8);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return empty;
}

QAction* EntityPage::action(Action which) const
{
    return m_actions.at(int(which));
}

QList<QAction*> EntityPage::pageActions() const
{
    QList<QAction*> visible;
    for (QAction* action : m_actions) {
        if (action->isVisible())
            visible << action;
    }
    return visible;
}

void EntityPage::setActionAvailable(Action which, bool available)
{
    const bool extra = which == Action::CopyWebhook || which == Action::SendTest;
    const bool applies = which == Action::CopyWebhook ? m_spec.copyWebhook
                         : which == Action::SendTest  ? m_spec.sendTest
                                                      : true;
    action(which)->setVisible(available && (applies || !extra));
    if (which == Action::Add)
        m_emptyAdd->setVisible(available);
}

QString EntityPage::currentUuid() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(EntityTableModel::UuidRole).toString();
}

bool EntityPage::selectUuid(const QString& uuid)
{
    buildModel();
    const int sourceRow = m_model->rowOf(uuid);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void EntityPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool EntityPage::isEmptyStateShown() const
{
    return m_stack->currentIndex() == 1;
}

void EntityPage::triggerIfEnabled(Action which)
{
    QAction* target = action(which);
    if (target->isVisible() && target->isEnabled())
        target->trigger();
}

bool EntityPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_search && key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if (watched == m_table && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            triggerIfEnabled(Action::Edit);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EntityPage::updateState()
{
    const bool selected = !currentUuid().isEmpty();
    for (Action which : {Action::Edit, Action::Duplicate, Action::Delete, Action::CopyWebhook, Action::SendTest})
        action(which)->setEnabled(selected);
    if (!m_model) {
        recount();
        updateDetails(); // the hint to select a row
        return;
    }
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
    m_table->sizeColumnsOnce();
    updateCount();
    updateDetails();
}

void EntityPage::updateCount()
{
    const int total = m_model->rowCount();
    if (m_proxy->searchText().isEmpty() || total == 0) {
        m_count->setText(total == 0 ? m_spec.emptyTitle : m_spec.countText(total));
        return;
    }
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == 0 ? tr("Nothing matches “%1”.").arg(m_search->text().trimmed())
                                : tr("%1 of %2 shown").arg(shown).arg(total));
}

void EntityPage::updateDetails(bool force)
{
    // Details are built for the one selected row only, when it changes: typing in the search field does not pay
    // for them on every keystroke.
    const QString uuid = currentUuid();
    if (!force && m_detailsShown && uuid == m_detailsUuid)
        return;
    m_detailsShown = true;
    m_detailsUuid = uuid;
    if (uuid.isEmpty()) {
        m_details->showHint(m_spec.selectHint);
        return;
    }
    const auto details = m_model->details(uuid);
    m_details->showDetails(details.isEmpty() ? QString() : details.constFirst().value, details);
}

void EntityPage::saveState(QSettings& settings) const
{
    settings.setValue(settingsKey(m_spec.key, "splitter"), m_splitter->saveState());
    if (const QByteArray header = m_table->saveHeader(); !header.isEmpty())
        settings.setValue(settingsKey(m_spec.key, "header"), header);
}

void EntityPage::restoreState(const QSettings& settings)
{
    m_splitter->restoreState(settings.value(settingsKey(m_spec.key, "splitter")).toByteArray());
    m_table->restoreHeader(settings.value(settingsKey(m_spec.key, "header")).toByteArray());
}

} // namespace alertdesk
