// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QWidget>

class QPushButton;

namespace alertdesk {

/// What a new workspace shows first: the three ways to begin — set up a DingTalk robot with the wizard, import an
/// existing alertmanager.yml / bridge configuration, or start empty. The main window decides when it shows and which
/// ways are on offer (a way nobody can serve is hidden).
class WelcomePanel : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget* parent = nullptr);

    void setSetUpAvailable(bool available);
    void setImportAvailable(bool available);

signals:
    void setUpRequested();
    void importRequested();
    void startEmptyRequested();

private:
    QPushButton* addChoice(const QString& name, const QString& text, const QString& explanation);
    QPushButton* m_setUp = nullptr;
    QPushButton* m_import = nullptr;
    QWidget* m_choices = nullptr;
};

} // namespace alertdesk
