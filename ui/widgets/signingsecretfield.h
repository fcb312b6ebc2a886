// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/validation.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace alertdesk {

/// Signing (加签): an on/off box and the pasted "SEC..." secret, always masked (the secret never shows in the window or
/// in a screenshot) and checked as typed with the domain's rules. When a secret is already in the keychain
/// (setStored(true)), an empty field means "keep it" and the placeholder says so.
///
/// objectNames of the parts: signingCheck, signingSecretInput, signingSecretProblem.
class SigningSecretField : public QWidget {
    Q_OBJECT
public:
    explicit SigningSecretField(QWidget* parent = nullptr);

    void setSigning(bool on);
    bool signing() const;
    /// The secret as pasted (trimmed); empty when none was pasted.
    void setValue(const QString& secret);
    QString value() const;
    /// A secret is already stored for this robot: signing on with an empty field keeps it.
    void setStored(bool stored);
    bool isStored() const { return m_stored; }

    /// Field "secret"; empty = valid (signing off, a valid secret, or signing on with a stored one kept).
    Problems problems() const;
    bool isValid() const { return problems().isEmpty(); }

signals:
    void valueChanged();
    void validityChanged(bool valid);

private:
    void refresh();
    QCheckBox* m_check = nullptr;
    QLineEdit* m_input = nullptr;
    QLabel* m_problem = nullptr;
    bool m_stored = false;
    bool m_valid = true;
};

} // namespace alertdesk
