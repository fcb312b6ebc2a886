// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "preview/samplealerteditor.h"

#include "dingtalk/policymessage.h"
#include "preview/pairstable.h"
#include "widgets/warningpalette.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace alertdesk {

namespace {

// Alertmanager's commonLabels/commonAnnotations: the pairs every alert shares.
QJsonObject commonPairs(const QJsonArray& alerts, const QString& key)
{
    if (alerts.isEmpty())
        return {};
    QJsonObject common = alerts.first().toObject().value(key).toObject();
    for (const QJsonValue& alert : alerts) {
        const QJsonObject pairs = alert.toObject().value(key).toObject();
        for (const QString& name : common.keys()) {
            if (pairs.value(name) != common.value(name))
                common.remove(name);
        }
    }
    return common;
}

} // namespace

SampleAlertEditor::SampleAlertEditor(QWidget* parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_json(new QPlainTextEdit(this))
    , m_jsonError(new QLabel(this))
    , m_alert(new QSpinBox(this))
    , m_alertCount(new QLabel(this))
    , m_labels(new PairsTable(QStringLiteral("sampleLabels"), tr("Labels of the sample alert"), this))
    , m_annotations(new PairsTable(QStringLiteral("sampleAnnotations"), tr("Annotations of the sample alert"), this))
{
    m_preset->setObjectName(QStringLiteral("samplePreset"));
    m_preset->setAccessibleName(tr("Sample alert"));
    m_preset->addItem(tr("AlertDesk test alert"), QString());
    m_preset->addItem(tr("One firing alert"), QStringLiteral("firing-one.json"));
    m_preset->addItem(tr("Several alerts, firing and resolved"), QStringLiteral("mixed-several.json"));
    m_preset->addItem(tr("All resolved"), QStringLiteral("resolved-all.json"));
    m_preset->addItem(tr("Chinese text"), QStringLiteral("chinese.json"));
    m_preset->addItem(tr("Sparse labels (Watchdog)"), QStringLiteral("sparse-labels.json"));
    m_preset->addItem(tr("Twenty alerts"), QStringLiteral("twenty-alerts.json"));

    m_json->setObjectName(QStringLiteral("sampleJson"));
    m_json->setAccessibleName(tr("Alertmanager webhook JSON"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setTabChangesFocus(true);
    m_jsonError->setObjectName(QStringLiteral("sampleJsonError"));
    m_jsonError->setWordWrap(true);
    m_jsonError->setPalette(withWarningText(m_jsonError->palette()));
    m_jsonError->setVisible(false);
    m_alert->setObjectName(QStringLiteral("sampleAlertIndex"));
    m_alert->setAccessibleName(tr("Alert shown in the form"));
    m_alert->setRange(1, 1);

    auto* form = new QWidget(this);
    auto* formLayout = new QFormLayout(form);
    auto* alertRow = new QHBoxLayout;
    alertRow->addWidget(m_alert);
    alertRow->addWidget(m_alertCount, 1);
    formLayout->addRow(tr("Alert:"), alertRow);
    formLayout->addRow(tr("Labels:"), m_labels);
    formLayout->addRow(tr("Annotations:"), m_annotations);

    auto* jsonPage = new QWidget(this);
    auto* jsonLayout = new QVBoxLayout(jsonPage);
    jsonLayout->addWidget(m_json, 1);
    jsonLayout->addWidget(m_jsonError);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("sampleTabs"));
    tabs->addTab(form, tr("Labels and annotations"));
    tabs->addTab(jsonPage, tr("Webhook JSON"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* presetRow = new QFormLayout;
    presetRow->addRow(tr("Sample alert:"), m_preset);
    layout->addLayout(presetRow);
    layout->addWidget(tabs, 1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &SampleAlertEditor::selectPreset);
    connect(m_json, &QPlainTextEdit::textChanged, this, &SampleAlertEditor::jsonEdited);
    connect(m_labels, &PairsTable::edited, this, &SampleAlertEditor::formEdited);
    connect(m_annotations, &PairsTable::edited, this, &SampleAlertEditor::formEdited);
    connect(m_alert, &QSpinBox::valueChanged, this, [this](int value) { showAlert(value - 1); });
    selectPreset(0);
}

QByteArray SampleAlertEditor::payload() const
{
    return m_json->toPlainText().toUtf8();
}

void SampleAlertEditor::setPayload(const QByteArray& json)
{
    m_json->setPlainText(QString::fromUtf8(json)); // jsonEdited() parses it and tells the preview
}

int SampleAlertEditor::presetCount() const
{
    return m_preset->count();
}

void SampleAlertEditor::selectPreset(int index)
{
    if (index < 0 || index >= m_preset->count())
        return;
    if (m_preset->currentIndex() != index) {
        m_preset->setCurrentIndex(index); // comes back here through currentIndexChanged
        return;
    }
    const QString file = m_preset->itemData(index).toString();
    QByteArray json;
    if (file.isEmpty()) {
        json = QJsonDocument::fromJson(builtInTestPayload(QDateTime::currentDateTimeUtc()))
                   .toJson(QJsonDocument::Indented);
    } else {
        QFile resource(QStringLiteral(":/payloads/") + file);
        if (resource.open(QIODevice::ReadOnly))
            json = resource.readAll();
    }
    setPayload(json);
}

QString SampleAlertEditor::jsonError() const
{
    return m_jsonError->isVisible() ? m_jsonError->text() : QString();
}

void SampleAlertEditor::jsonEdited()
{
    if (m_updating)
        return;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload(), &error);
    m_valid = error.error == QJsonParseError::NoError && document.isObject();
    if (!m_valid) {
        showJsonError(error.error == QJsonParseError::NoError ? 0 : error.offset,
                      error.error == QJsonParseError::NoError ? tr("The payload must be a JSON object.")
                                                              : error.errorString());
    } else {
        m_json->setExtraSelections({});
        m_jsonError->setVisible(false);
        m_document = document.object();
        const int count = int(m_document.value(QStringLiteral("alerts")).toArray().size());
        m_updating = true;
        m_alert->setRange(1, qMax(1, count));
        m_updating = false;
        showAlert(m_alert->value() - 1);
    }
    emit payloadChanged();
}

void SampleAlertEditor::showJsonError(int offset, const QString& message)
{
    const QString text = m_json->toPlainText();
    const QString before = text.left(QString::fromUtf8(payload().left(offset)).size());
    const int line = int(before.count(QLatin1Char('\n'))) + 1;
    const int column = int(before.size() - before.lastIndexOf(QLatin1Char('\n')));
    QTextCursor cursor(m_json->document());
    cursor.setPosition(qMax(0, int(before.size()) - 1));
    cursor.setPosition(qMin(int(text.size()), int(before.size()) + 1), QTextCursor::KeepAnchor);
    QTextEdit::ExtraSelection selection;
    selection.cursor = cursor;
    selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    selection.format.setUnderlineColor(Qt::red);
    m_json->setExtraSelections({selection});
    m_jsonError->setText(
        tr("The sample is not valid JSON at line %1, column %2: %3. The preview waits for it to parse.")
            .arg(line)
            .arg(column)
            .arg(message));
    m_jsonError->setVisible(true);
}

void SampleAlertEditor::showAlert(int index)
{
    if (m_updating)
        return;
    const QJsonArray alerts = m_document.value(QStringLiteral("alerts")).toArray();
    const QJsonObject alert = alerts.at(index).toObject();
    m_alertCount->setText(tr("of %n alert(s)", nullptr, int(alerts.size())));
    m_labels->setPairs(alert.value(QStringLiteral("labels")).toObject());
    m_annotations->setPairs(alert.value(QStringLiteral("annotations")).toObject());
    m_labels->setEnabled(index < alerts.size());
    m_annotations->setEnabled(index < alerts.size());
}

void SampleAlertEditor::formEdited()
{
    QJsonArray alerts = m_document.value(QStringLiteral("alerts")).toArray();
    const int index = m_alert->value() - 1;
    if (index >= alerts.size())
        return;
    QJsonObject alert = alerts.at(index).toObject();
    alert.insert(QStringLiteral("labels"), m_labels->pairs());
    alert.insert(QStringLiteral("annotations"), m_annotations->pairs());
    alerts.replace(index, alert);
    m_document.insert(QStringLiteral("alerts"), alerts);
    m_document.insert(QStringLiteral("commonLabels"), commonPairs(alerts, QStringLiteral("labels")));
    m_document.insert(QStringLiteral("commonAnnotations"), commonPairs(alerts, QStringLiteral("annotations")));
    m_updating = true; // the form already shows it: only the JSON follows
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(m_document).toJson(QJsonDocument::Indented)));
    m_updating = false;
    m_valid = true;
    m_json->setExtraSelections({});
    m_jsonError->setVisible(false);
    emit payloadChanged();
}

} // namespace alertdesk
