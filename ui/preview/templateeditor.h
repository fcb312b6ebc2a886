// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace alertdesk {

class GoTemplateHighlighter;

/// A Go template in a plain-text editor: syntax highlighting, and the engine's error underlined (wavy red) at the line
/// and column it names, with Go's message under the editor.
class TemplateEditor : public QWidget {
    Q_OBJECT
public:
    /// `name` becomes the objectName prefix ("<name>Edit", "<name>Error") tests drive.
    TemplateEditor(const QString& name, const QString& accessibleName, QWidget* parent = nullptr);

    QString text() const;
    /// Replaces the text without emitting edited().
    void setText(const QString& text);
    void setReadOnly(bool readOnly);
    QPlainTextEdit* editor() const { return m_edit; }

    /// Underlines from line:column (1-based; column 0: the whole line) to the end of that line's word and shows
    /// `message`. A line past the end underlines the last line.
    void showError(int line, int column, const QString& message);
    void clearError();
    bool hasError() const { return m_hasError; }
    /// The underlined range (for tests): block number (0-based) and position in the block.
    int errorBlock() const { return m_errorBlock; }
    int errorColumn() const { return m_errorColumn; }

signals:
    void edited();

private:
    QPlainTextEdit* m_edit = nullptr;
    QLabel* m_error = nullptr;
    GoTemplateHighlighter* m_highlighter = nullptr;
    bool m_settingText = false;
    bool m_hasError = false;
    int m_errorBlock = -1;
    int m_errorColumn = -1;
};

} // namespace alertdesk
