// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dialogs/preferencesdialog.h"

#include "startup.h"
#include "ui_preferencesdialog.h"

#include <QPushButton>
#include <QSettings>

namespace alertdesk {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
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
    m_ui->buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
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
