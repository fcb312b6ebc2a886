// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QWidget>

class QLabel;

namespace alertdesk {

class ElidedLabel;

/// The status bar's keychain state: "checking…", available (with the backend's name) or unavailable with the
/// reason, the last one with a warning icon and warning colours so it is not missed; clicking it then shows the whole
/// reason, which the status bar may have had to shorten.
class KeychainStatus : public QWidget {
    Q_OBJECT
public:
    explicit KeychainStatus(QWidget* parent = nullptr);

    void setChecking();
    void setAvailable(const QString& backendName);
    void setUnavailable(const QString& reason);
    QString text() const;

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void setWarning(bool warning);
    QString m_reason; ///< empty unless unavailable
    QLabel* m_icon = nullptr;
    ElidedLabel* m_label = nullptr;
};

} // namespace alertdesk
