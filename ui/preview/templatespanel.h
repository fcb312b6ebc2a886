// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/notificationpolicy.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace alertdesk {

class TemplateEditor;

/// The message type and the title and text templates being previewed. For a policy they start as its stored templates
/// (AlertDesk's defaults where it has none) and "Save templates to policy" stores them; for a robot they are the
/// defaults, to try things out. Says which templates these are and whether they differ from what is stored.
class TemplatesPanel : public QWidget {
    Q_OBJECT
public:
    explicit TemplatesPanel(QWidget* parent = nullptr);

    /// Shows `stored` (a policy's settings when `policy`, else a robot's defaults).
    void load(const MessageSettings& stored, bool policy);
    /// What the editors hold, as the preview renders it.
    MessageSettings settings() const;
    /// What "Save" stores: templates equal to the defaults are stored empty, so the policy keeps following them.
    MessageSettings toStore() const;
    bool modified() const;
    void setSaveResult(const QString& sentence, bool failed);

    TemplateEditor* titleEditor() const { return m_title; }
    TemplateEditor* textEditor() const { return m_text; }

signals:
    void edited();
    void saveRequested();

private:
    void typeChanged();
    void updateState();
    QComboBox* m_type = nullptr;
    TemplateEditor* m_title = nullptr;
    TemplateEditor* m_text = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    MessageSettings m_stored;
    bool m_policy = false;
    bool m_loading = false;
};

} // namespace alertdesk
