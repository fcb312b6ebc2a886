// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QIcon>
#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace alertdesk {

class DetailsPanel;
class EntityFilterProxy;
class EntityTableView;
class EntityTableModel;

/// What sets one entity page apart from the others: its words and which extra actions it has.
struct EntityPageSpec {
    QString key; ///< "robots", "contacts", "groups", "policies": objectNames and settings keys
    QIcon icon;
    QString title;
    QString explanation;
    QString addText;                       ///< "Add robot…"
    QString searchPlaceholder;             ///< "Search robots"
    QString emptyTitle;                    ///< "No robots yet"
    QString emptyHint;                     ///< what to do about it
    QString selectHint;                    ///< "Select a robot to see its details."
    QString countName;                     ///< objectName of the count label, e.g. "robotCount"
    std::function<QString(int)> countText; ///< "%n robot(s)"
    std::function<int()> recordCount;      ///< a cheap count for the page before its table is built (optional)
    bool copyWebhook = false;
    bool sendTest = false;
    QString sendTestKind; ///< "robot" or "policy", passed with sendTestRequested()
};

/// One page of the main window for one kind of record: a toolbar (Add, Edit, Duplicate, Delete, and Copy webhook /
/// Send test alert where they apply), a search field that filters as you type (Ctrl+F focuses it, Esc clears it), a
/// sortable table over an EntityTableModel and a details panel for the selected row. Double-click edits, Delete
/// deletes. With no records at all, an empty state says what to do. The page only asks (the signals); the main
/// window decides who answers, and hides the actions nobody answers (setActionAvailable).
class EntityPage : public QWidget {
    Q_OBJECT
public:
    enum class Action { Add, Edit, Duplicate, Delete, CopyWebhook, SendTest };

    /// Builds the table model (and takes ownership of it).
    using ModelFactory = std::function<EntityTableModel*()>;

    /// Takes ownership of `model`.
    EntityPage(EntityPageSpec spec, EntityTableModel* model, QWidget* parent = nullptr);
    /// Builds the model with `makeModel` only when the page is first shown (or its table or model is asked for):
    /// reading 100,000 contacts is not what start-up should wait for.
    EntityPage(EntityPageSpec spec, ModelFactory makeModel, QWidget* parent = nullptr);
    ~EntityPage() override;

    QString key() const { return m_spec.key; }
    QAction* action(Action action) const;
    /// The actions for the Edit menu, in order (Add, Edit, Duplicate, Delete, then the page's extra ones).
    QList<QAction*> pageActions() const;
    /// Ctrl+F: focuses the search field.
    QAction* findAction() const { return m_find; }
    /// Hides an action nobody handles (and its empty-state button); visible ones are enabled when they make sense.
    void setActionAvailable(Action action, bool available);

    QString currentUuid() const; ///< empty when nothing is selected
    bool selectUuid(const QString& uuid);
    void focusSearch();
    bool isEmptyStateShown() const;

    /// These three build the model first when it is not built yet.
    QTableView* table() const;
    EntityFilterProxy* proxy() const;
    EntityTableModel* model() const;
    bool isModelBuilt() const { return m_model != nullptr; }
    QLineEdit* searchField() const { return m_search; }

    /// Splitter position and the table's header (column widths, sort column and order), under "pages/<key>/".
    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);
    /// Updates the count shown before the table is built (afterwards the table counts itself).
    void recount();

signals:
    void addRequested();
    void editRequested(const QString& uuid);
    void duplicateRequested(const QString& uuid);
    void deleteRequested(const QString& uuid);
    void copyWebhookRequested(const QString& uuid);
    void sendTestRequested(const QString& kind, const QString& uuid);
    /// The model could not read the workspace (forwarded from EntityTableModel::readFailed).
    void readFailed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void buildModel() const;
    void attachModel();
    QWidget* createEmptyState();
    void createActions();
    void createTable();
    void updateState();
    void updateDetails(bool force = false);
    void updateCount();
    void triggerIfEnabled(Action action);
    QAction* makeAction(Action action, const QString& name, const QString& text, const QString& iconName);

    EntityPageSpec m_spec;
    ModelFactory m_makeModel;
    mutable EntityTableModel* m_model = nullptr; ///< built on demand (buildModel)
    EntityFilterProxy* m_proxy = nullptr;
    QList<QAction*> m_actions; ///< indexed by Action
    QToolBar* m_toolBar = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QStackedWidget* m_stack = nullptr;
    QSplitter* m_splitter = nullptr;
    EntityTableView* m_table = nullptr;
    DetailsPanel* m_details = nullptr;
    QWidget* m_emptyAdd = nullptr;
    QString m_detailsUuid;
    bool m_detailsShown = false;
    bool m_buildQueued = false;
    QAction* m_find = nullptr;
};

} // namespace alertdesk
