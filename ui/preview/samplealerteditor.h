// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace alertdesk {

class PairsTable;

/// The sample alert a preview renders: a preset (AlertDesk's test alert and the payloads AlertDesk ships), the
/// Alertmanager webhook JSON to edit, and a small form with one alert's labels and annotations. The form and the JSON
/// follow each other; JSON that does not parse is underlined where it breaks and leaves the form as it was.
class SampleAlertEditor : public QWidget {
    Q_OBJECT
public:
    explicit SampleAlertEditor(QWidget* parent = nullptr);

    /// The JSON as written (what the preview renders; it may not parse).
    QByteArray payload() const;
    void setPayload(const QByteArray& json);
    /// Presets: 0 is AlertDesk's test alert, then the shipped payloads (one firing, several mixed, all resolved,
    /// Chinese text, sparse labels, twenty alerts).
    int presetCount() const;
    void selectPreset(int index);
    /// Whether the JSON parses as an object (when not, jsonError() says where).
    bool jsonValid() const { return m_valid; }
    QString jsonError() const;

signals:
    void payloadChanged();

private:
    void jsonEdited();
    void formEdited();
    void showAlert(int index);
    void showJsonError(int offset, const QString& message);
    QComboBox* m_preset = nullptr;
    QPlainTextEdit* m_json = nullptr;
    QLabel* m_jsonError = nullptr;
    QSpinBox* m_alert = nullptr;
    QLabel* m_alertCount = nullptr;
    PairsTable* m_labels = nullptr;
    PairsTable* m_annotations = nullptr;
    QJsonObject m_document; ///< the last JSON that parsed
    bool m_valid = false;
    bool m_updating = false;
};

} // namespace alertdesk
