// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dialogs/preferencesdialog.h"

#include "startup.h"
#include "ui_preferencesdialog.h"

#include "storage/settingsrepository.h"

#include <QCompleter>
#include <QPushButton>
#include <QSettings>
#include <QTimeZone>

namespace alertdesk {

PreferencesDialog::PreferencesDialog(QWidget* parent, SettingsRepository* workspaceSettings)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_workspaceSettings(workspaceSettings)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("preferencesDialog"));
    // Each language by its own name, so whoever reads only one of them can find it.
    m_ui->languageCombo->addItem(tr("System language"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_initial = QSettings().value(startup::languageSettingKey()).toString();
    const int index = m_ui->languageCombo->findData(m_initial);
    m_ui->languageCombo->setCurrentIndex(index < 0 ? 0 : index);
    if (m_workspaceSettings) {
        const auto zone = m_workspaceSettings->serversTimeZone();
        m_initialZone = zone ? zone.value() : SettingsRepository::systemTimeZone();
        for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
            m_ui->serversTimeZoneCombo->addItem(QString::fromUtf8(id));
        m_ui->serversTimeZoneCombo->setCurrentText(m_initialZone);
        m_ui->serversTimeZoneCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        m_ui->serversTimeZoneCombo->completer()->setFilterMode(Qt::MatchContains);
    } else {
        for (QWidget* row :
             {static_cast<QWidget*>(m_ui->serversTimeZoneLabel), static_cast<QWidget*>(m_ui->serversTimeZoneCombo),
              static_cast<QWidget*>(m_ui->serversTimeZoneNote)})
            row->hide();
    }
    m_ui->buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    const QString zone = m_ui->serversTimeZoneCombo->currentText().trimmed();
    const bool zoneChanged = m_workspaceSettings && zone != m_initialZone;
    if (zoneChanged) {
        if (auto stored = m_workspaceSettings->setServersTimeZone(zone); !stored) {
            // Said under the field, in the warning colour; the dialog stays open with what was typed.
            m_ui->serversTimeZoneNote->setText(stored.error().message);
            QPalette palette = m_ui->serversTimeZoneNote->palette();
            palette.setColor(QPalette::WindowText, QColor(190, 0, 0));
            m_ui->serversTimeZoneNote->setPalette(palette);
            m_ui->serversTimeZoneCombo->setFocus();
            return;
        }
        emit serversTimeZoneChanged();
    }
    const QString language = m_ui->languageCombo->currentData().toString();
    QSettings settings;
    if (language.isEmpty())
        settings.remove(startup::languageSettingKey());
    else
        settings.setValue(startup::languageSettingKey(), language);
    emit saved(language == m_initial ? tr("Preferences saved.")
                                     : tr("Preferences saved; the new language is used the next time AlertDesk "
                                          "starts."));
    QDialog::accept();
}

} // namespace alertdesk
