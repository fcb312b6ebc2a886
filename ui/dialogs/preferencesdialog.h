// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QDialog>
#include <memory>

namespace alertdesk {

namespace Ui {
class PreferencesDialog;
}

/// Tools → Preferences: the language (the system's, English or 简体中文), kept in QSettings "ui/language" and used
/// from the next start on (startup::chosenLanguage); --lang still wins for one run.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

signals:
    /// After OK: a sentence for the status bar.
    void saved(const QString& sentence);

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    QString m_initial;
};

} // namespace alertdesk
