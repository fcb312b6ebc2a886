// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "export/importplan.h"

#include <QDialog>
#include <QTimer>
#include <memory>
#include <optional>

class QLineEdit;
class QPushButton;

namespace alertdesk {

class Workspace;

namespace Ui {
class ImportDialog;
}

/// File → Import: the GUI twin of `alertdeskctl import` (docs/export.md, "Import"). The operator picks an existing
/// alertmanager.yml with the DingTalk bridge's config.yml, or an AlertDesk bundle; the dialog reads them (nothing is
/// written) and shows what will be created and, beside it, everything that cannot be imported with its file and
/// line. Errors (a malformed file, a name already taken, a route to a missing bridge target) are shown in the dialog
/// and keep Import disabled. Import writes everything or nothing; tokens and secrets go to the keychain and are never
/// shown.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setAlertmanagerFiles(const QString& alertmanagerPath, const QString& bridgeConfigPath);
    void setBundleFile(const QString& path);

signals:
    /// After a successful import: a sentence for the status bar.
    void imported(const QString& sentence);
    /// Each time the preview (or the error) is up to date (tests wait for it).
    void previewReady();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void showSourcePage(int index);
    void scheduleRefresh();
    void refresh();
    void showPlan(const ImportPlan& plan);
    void updateImportButton();
    void startImport();
    void setStatus(const QString& text, bool error);
    void updateStatusHeight();
    void browse(QLineEdit* edit, const QString& title, const QString& filter);

    std::unique_ptr<Ui::ImportDialog> m_ui;
    Workspace& m_workspace;
    QPushButton* m_importButton = nullptr;
    QTimer m_refreshTimer;
    std::optional<ImportPlan> m_plan; ///< as read from the files, before prepare()
    bool m_importing = false;
};

} // namespace alertdesk
