// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dialogs/editordialog.h"

#include "widgets/fieldproblem.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace alertdesk {

EditorDialog::EditorDialog(QWidget* form, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_error(new FieldProblem(this))
    , m_busy(new QLabel(tr("Saving…"), this))
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_error->setObjectName(QStringLiteral("saveError"));
    m_busy->setObjectName(QStringLiteral("saving"));
    m_busy->setVisible(false);
    form->setParent(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(form, 1);
    layout->addWidget(m_error);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busy);
    bottom->addWidget(m_buttons, 1);
    layout->addLayout(bottom);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_valid || m_saving || !m_save)
            return;
        m_saving = true;
        m_error->setProblem({});
        m_busy->setVisible(true);
        updateOk();
        m_save(); // may finish at once (repositories) or later (the keychain): saved() or failed() ends it
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
    // Room for a reason beside each field without wrapping every second word.
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 90), sizeHint().height());
}

void EditorDialog::setValid(bool valid)
{
    m_valid = valid;
    updateOk();
}

void EditorDialog::saved()
{
    m_saving = false;
    accept();
}

void EditorDialog::failed(const QString& reason)
{
    m_saving = false;
    m_busy->setVisible(false);
    m_error->setProblem(reason);
    updateOk();
}

QString EditorDialog::saveError() const
{
    return m_error->problem();
}

void EditorDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid && !m_saving);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_saving);
}

void EditorDialog::reject()
{
    // Closing mid-save would drop the outcome (a keychain job answers later): wait for it.
    if (!m_saving)
        QDialog::reject();
}

} // namespace alertdesk
