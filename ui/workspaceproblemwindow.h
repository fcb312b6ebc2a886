// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QWidget>

class QLabel;

namespace alertdesk {

/// Shown instead of the main window when the workspace AlertDesk was started on cannot be opened (corrupt, newer,
/// read-only, locked, an unreachable folder): the file, the reason in a sentence, and the ways on — open another
/// workspace, start a new one, try this one again (after fixing what the sentence names), or quit. AlertDesk keeps
/// running; the file is left as it was.
class WorkspaceProblemWindow : public QWidget {
    Q_OBJECT
public:
    explicit WorkspaceProblemWindow(QWidget* parent = nullptr);

    /// Shows `path` and why it could not be opened (replacing what was shown before).
    void showProblem(const QString& path, const QString& reason);
    QString path() const { return m_path; }
    QString reason() const;

signals:
    /// The operator wants AlertDesk on this workspace file (another one, a new one, or the same one again).
    void openRequested(const QString& path);

private:
    void openAnother();
    void createNew();

    QString m_path;
    QLabel* m_file = nullptr;
    QLabel* m_reason = nullptr;
};

} // namespace alertdesk
