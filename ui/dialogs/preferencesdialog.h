// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QDialog>
#include <memory>

namespace alertdesk {

namespace Ui {
class PreferencesDialog;
}

class SettingsRepository;

/// Tools → Preferences: the language (the system's, English or 简体中文), kept in QSettings "ui/language" and used
/// from the next start on (startup::chosenLanguage); --lang still wins for one run. With a workspace's settings, also
/// the servers' time zone (workspace setting servers-time-zone), which every preview renders in.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr, SettingsRepository* workspaceSettings = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

signals:
    /// After OK: a sentence for the status bar.
    void saved(const QString& sentence);
    /// After OK, when the servers' time zone changed: previews render again.
    void serversTimeZoneChanged();

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    QString m_initial;
    SettingsRepository* m_workspaceSettings = nullptr;
    QString m_initialZone;
};

} // namespace alertdesk
