// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/validation.h"

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPushButton;

namespace alertdesk {

/// The robot's profile picture: a preview, Choose… (a non-blocking file dialog, PNG/JPEG) and Remove. A chosen picture
/// larger than limits::avatarSide is scaled down here (core cannot: it has no Qt Gui) and stored as PNG; what is kept
/// is then checked by the domain's rules, whose reason is shown when it is refused.
///
/// objectNames of the parts: avatarPreview, chooseAvatarButton, removeAvatarButton, avatarProblem.
class AvatarPicker : public QWidget {
    Q_OBJECT
public:
    explicit AvatarPicker(QWidget* parent = nullptr);

    /// The stored bytes (PNG or JPEG); empty = no picture.
    void setValue(const QByteArray& image);
    QByteArray value() const { return m_image; }
    /// Reads, scales and keeps a picture file, as Choose… does; false (and the reason shown) when it is refused.
    bool loadFile(const QString& path);

    /// Field "avatar"; empty = valid.
    Problems problems() const;
    bool isValid() const { return problems().isEmpty(); }

signals:
    void valueChanged();
    void validityChanged(bool valid);

private:
    void choose();
    void refresh();
    QLabel* m_preview = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_problem = nullptr;
    QByteArray m_image;
    QString m_loadError;
    bool m_valid = true;
};

} // namespace alertdesk
