// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "export/exportfile.h"
#include "export/exportoptions.h"
#include "export/linediff.h"

#include <QDialog>
#include <QTimer>
#include <memory>
#include <optional>

class QProcess;
class QTemporaryDir;

namespace alertdesk {

class Workspace;

namespace Ui {
class ExportDialog;
}

/// File → Export for Servers: the GUI twin of `alertdeskctl export` (docs/export.md). The operator picks the target
/// directory, the Alertmanager version, the bridge URL and the secrets mode; the dialog shows every file it would
/// write, as a coloured line diff against what the directory holds now, validates alertmanager.yml with amtool when
/// it is installed, and writes (all files or none). Secrets never appear on screen: the preview is the placeholder
/// export, and what the directory already holds is shown with its secrets masked. Inline secrets are written only
/// after a confirmation that names the files that will hold them.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~ExportDialog() override;

    void setDirectory(const QString& directory);

signals:
    /// After a successful write: a sentence for the status bar.
    void written(const QString& sentence);
    /// Each time the preview is up to date (tests wait for it).
    void previewReady();

private:
    struct PreviewFile {
        ExportFile file;
        bool existed = false;
        QList<DiffLine> diff;
        int added = 0;
        int removed = 0;
    };

    ExportOptions chosenOptions() const;
    void scheduleRefresh();
    void refresh();
    void showPreview(const ExportResult& result);
    void showFile(int row);
    void updateSecretsNote();
    void validate();
    void startWrite();
    void write();
    void setStatus(const QString& text, bool error);

    std::unique_ptr<Ui::ExportDialog> m_ui;
    Workspace& m_workspace;
    QTimer m_refreshTimer;
    bool m_previewFailed = false; ///< the status line shows why the preview failed
    QList<PreviewFile> m_files;
    QByteArray m_alertmanagerYaml;
    QList<ExportFile> m_urlFiles;
    QProcess* m_amtool = nullptr;
    std::unique_ptr<QTemporaryDir> m_amtoolDir;
};

} // namespace alertdesk
