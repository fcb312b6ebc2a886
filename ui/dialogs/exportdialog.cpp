// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dialogs/exportdialog.h"

#include "export/exportdirectory.h"
#include "export/exporter.h"
#include "export/secretmask.h"
#include "export/workspacesnapshot.h"
#include "storage/settingsrepository.h"
#include "ui_exportdialog.h"
#include "workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>

namespace alertdesk {

namespace {

const QString directoryKey = QStringLiteral("export/directory");
const QString bridgeUrlKey = QStringLiteral("export/bridgeUrl");
const QString bridgeDirKey = QStringLiteral("export/bridgeDir");
constexpr int maxShownLines = 5000; // more is not read on screen, and slows the view down

QString amtoolPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("amtool"));
}

// Diff colours: a tint of green / red over the palette's base, so they work on light and dark themes.
QColor tint(const QColor& base, const QColor& colour)
{
    return QColor::fromRgbF(base.redF() * 0.75f + colour.redF() * 0.25f,
                            base.greenF() * 0.75f + colour.greenF() * 0.25f,
                            base.blueF() * 0.75f + colour.blueF() * 0.25f);
}

} // namespace

ExportDialog::ExportDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("exportDialog"));
    m_ui->versionCombo->addItem(tr("0.25 (Debian 12)"), int(ExportOptions::AlertmanagerVersion::V0_25));
    m_ui->versionCombo->addItem(tr("0.26 or newer"), int(ExportOptions::AlertmanagerVersion::V0_26));
    m_ui->secretsCombo->addItem(tr("Placeholders: ${ALERTDESK_…} filled in on the server"),
                                int(ExportOptions::SecretsMode::Placeholders));
    m_ui->secretsCombo->addItem(tr("Inline: the real tokens and secrets (files readable by you only)"),
                                int(ExportOptions::SecretsMode::Inline));
    m_ui->buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->diffView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    const QSettings settings;
    m_ui->directoryEdit->setText(settings.value(directoryKey).toString());
    m_ui->bridgeUrlEdit->setText(settings.value(bridgeUrlKey, ExportOptions::defaultBridgeUrl().toString()).toString());
    m_ui->bridgeDirEdit->setText(settings.value(bridgeDirKey, ExportOptions::defaultBridgeDir()).toString());

    const QString amtool = amtoolPath();
    m_ui->validateButton->setEnabled(!amtool.isEmpty());
    m_ui->validateButton->setToolTip(amtool.isEmpty()
                                         ? tr("amtool is not installed (Debian: apt install prometheus-alertmanager).")
                                         : tr("Runs amtool check-config on the alertmanager.yml shown here."));

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(250);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ExportDialog::refresh);
    connect(m_ui->directoryEdit, &QLineEdit::textChanged, this, &ExportDialog::scheduleRefresh);
    connect(m_ui->bridgeUrlEdit, &QLineEdit::textChanged, this, &ExportDialog::scheduleRefresh);
    connect(m_ui->bridgeDirEdit, &QLineEdit::textChanged, this, &ExportDialog::scheduleRefresh);
    connect(m_ui->versionCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::scheduleRefresh);
    connect(m_ui->secretsCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSecretsNote);
    connect(m_ui->bundleSecretsCheck, &QCheckBox::toggled, this, &ExportDialog::updateSecretsNote);
    connect(m_ui->fileList, &QListWidget::currentRowChanged, this, &ExportDialog::showFile);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        auto* chooser = new QFileDialog(this, tr("Export Directory"), m_ui->directoryEdit->text());
        chooser->setObjectName(QStringLiteral("directoryChooser"));
        chooser->setFileMode(QFileDialog::Directory);
        chooser->setOption(QFileDialog::ShowDirsOnly);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        connect(chooser, &QFileDialog::fileSelected, this, &ExportDialog::setDirectory);
        chooser->open();
    });
    connect(m_ui->validateButton, &QPushButton::clicked, this, &ExportDialog::validate);
    connect(m_ui->writeButton, &QPushButton::clicked, this, &ExportDialog::startWrite);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSecretsNote();
    resize(960, 640);
    refresh();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setDirectory(const QString& directory)
{
    m_ui->directoryEdit->setText(QDir::toNativeSeparators(directory));
}

ExportOptions ExportDialog::chosenOptions() const
{
    ExportOptions options;
    options.alertmanagerVersion = ExportOptions::AlertmanagerVersion(m_ui->versionCombo->currentData().toInt());
    options.bridgeUrl = QUrl(m_ui->bridgeUrlEdit->text().trimmed(), QUrl::StrictMode);
    options.secrets = ExportOptions::SecretsMode(m_ui->secretsCombo->currentData().toInt());
    options.bundleWithSecrets = m_ui->bundleSecretsCheck->isChecked();
    options.bridgeDir = m_ui->bridgeDirEdit->text().trimmed();
    const auto zone = m_workspace.settings().serversTimeZone();
    options.serversTimeZone = zone ? zone.value() : SettingsRepository::systemTimeZone();
    return options;
}

void ExportDialog::scheduleRefresh()
{
    m_refreshTimer.start();
}

void ExportDialog::updateSecretsNote()
{
    const ExportOptions options = chosenOptions();
    QString note = options.secrets == ExportOptions::SecretsMode::Inline
                       ? tr("The files get the real access tokens and signing secrets from the keychain and are "
                            "readable by you only (mode 0600). The preview shows placeholders.")
                       : tr("Tokens and secrets are written as ${ALERTDESK_…} placeholders, listed in "
                            "secrets.env.example, for envsubst or your deployment tool to fill in.");
    if (options.bundleWithSecrets)
        note += QLatin1Char(' ') + tr("The bundle holds every robot's secrets and says so at its top.");
    m_ui->secretsNote->setText(note);
    scheduleRefresh();
}

void ExportDialog::refresh()
{
    // The preview is the export as chosen, with every secret replaced by dots: the same files and structure, and
    // nothing secret on screen. The keychain is not asked; only Write reads it.
    auto snapshot = WorkspaceSnapshot::read(m_workspace);
    Result<ExportResult> result = Error::storage(QString());
    if (snapshot) {
        const QString dots = QStringLiteral("••••••");
        for (const Robot& robot : snapshot->robots)
            snapshot.value().secrets.insert(robot.uuid, RobotSecrets{dots, robot.signing ? dots : QString()});
        result = Exporter::make(snapshot.value(), chosenOptions());
    } else {
        result = snapshot.error();
    }
    if (!result) {
        m_files.clear();
        m_ui->fileList->clear();
        m_ui->diffView->clear();
        m_ui->writeButton->setEnabled(false);
        setStatus(result.error().message, true);
        m_previewFailed = true;
    } else {
        m_previewFailed = false;
        showPreview(result.value());
        // The bridge check passed (else make() refused): say what it proved, per target in the tooltip.
        QStringList targets;
        for (const BridgeTargetCheck& check : result->bridgeChecks)
            targets.append(tr("✔ %1 (policy \"%2\")").arg(check.target, check.policy));
        setStatus(targets.isEmpty()
                      ? QString()
                      : tr("Bridge check: the %n target(s) render their title and text on a firing and a resolved "
                           "sample alert, loaded as the bridge loads them (servers in %1).",
                           nullptr, int(targets.size()))
                            .arg(chosenOptions().serversTimeZone),
                  false);
        m_ui->statusLabel->setToolTip(targets.join(QLatin1Char('\n')));
    }
    emit previewReady();
}

void ExportDialog::showPreview(const ExportResult& result)
{
    const QString directory = m_ui->directoryEdit->text().trimmed();
    const ExportDirectory target(directory);
    const QString current =
        m_ui->fileList->currentItem() ? m_files.value(m_ui->fileList->currentRow()).file.path : QString();
    m_files.clear();
    m_urlFiles.clear();
    m_ui->fileList->clear();
    for (const ExportFile& file : result.files) {
        if (file.path == QLatin1String("alertmanager.yml"))
            m_alertmanagerYaml = file.bytes;
        else if (file.path.startsWith(QLatin1String("webhook-urls/")))
            m_urlFiles.append(file);
        PreviewFile preview{file, false, {}, 0, 0};
        const std::optional<QByteArray> existing = directory.isEmpty() ? std::nullopt : target.existing(file.path);
        preview.existed = existing.has_value();
        preview.diff = lineDiff(maskSecrets(QString::fromUtf8(existing.value_or(QByteArray()))),
                                maskSecrets(QString::fromUtf8(file.bytes)));
        for (const DiffLine& line : preview.diff) {
            preview.added += line.kind == DiffLine::Kind::Added;
            preview.removed += line.kind == DiffLine::Kind::Removed;
        }
        QString state;
        if (!preview.existed)
            state = tr("new");
        else if (preview.added == 0 && preview.removed == 0)
            state = tr("unchanged");
        else
            state = tr("changed: +%1 −%2").arg(preview.added).arg(preview.removed);
        auto* item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(file.path, state), m_ui->fileList);
        item->setData(Qt::UserRole, file.path);
        item->setData(Qt::AccessibleTextRole, QStringLiteral("%1, %2").arg(file.path, state));
        m_files.append(preview);
    }
    int row = 0;
    for (int i = 0; i < m_files.size(); ++i) {
        if (m_files[i].file.path == current)
            row = i;
    }
    m_ui->fileList->setCurrentRow(m_files.isEmpty() ? -1 : row);

    QStringList report;
    report.append(tr("%n enabled policy(s), ", nullptr, result.policies) +
                  tr("%n bridge target(s), ", nullptr, result.targets) +
                  tr("%n robot(s) reached.", nullptr, result.robots));
    report += result.warnings;
    m_ui->reportLabel->setText(report.join(QLatin1Char('\n')));
    m_ui->writeButton->setEnabled(!directory.isEmpty());
}

void ExportDialog::showFile(int row)
{
    m_ui->diffView->clear();
    if (row < 0 || row >= m_files.size())
        return;
    const PreviewFile& preview = m_files[row];
    const QPalette palette = m_ui->diffView->palette();
    const QColor base = palette.color(QPalette::Base);
    QTextCharFormat same;
    QTextCharFormat added;
    added.setBackground(tint(base, QColor(0, 170, 0)));
    QTextCharFormat removed;
    removed.setBackground(tint(base, QColor(220, 0, 0)));
    QTextCursor cursor(m_ui->diffView->document());
    cursor.beginEditBlock();
    int shown = 0;
    const bool marks = preview.existed; // a new file is shown as it is, without a "+" on every line
    for (const DiffLine& line : preview.diff) {
        if (shown++ == maxShownLines) {
            cursor.insertText(tr("… %n more line(s) not shown", nullptr, int(preview.diff.size()) - maxShownLines),
                              same);
            break;
        }
        if (shown > 1)
            cursor.insertBlock();
        switch (line.kind) {
        case DiffLine::Kind::Same:
            cursor.insertText((marks ? QStringLiteral("  ") : QString()) + line.text, same);
            break;
        case DiffLine::Kind::Added:
            cursor.insertText((marks ? QStringLiteral("+ ") : QString()) + line.text, marks ? added : same);
            break;
        case DiffLine::Kind::Removed:
            cursor.insertText(QStringLiteral("- ") + line.text, removed);
            break;
        }
    }
    cursor.endEditBlock();
    m_ui->diffView->moveCursor(QTextCursor::Start);
}

void ExportDialog::validate()
{
    if (m_amtool || m_alertmanagerYaml.isEmpty())
        return;
    m_amtoolDir = std::make_unique<QTemporaryDir>();
    QList<ExportFile> files = m_urlFiles;
    files.prepend({QStringLiteral("alertmanager.yml"), m_alertmanagerYaml, false});
    if (const Result<void> written = ExportDirectory(m_amtoolDir->path()).write(files); !written) {
        setStatus(written.error().message, true);
        return;
    }
    m_amtool = new QProcess(this);
    m_amtool->setProcessChannelMode(QProcess::MergedChannels);
    m_amtool->setWorkingDirectory(m_amtoolDir->path());
    m_ui->validateButton->setEnabled(false);
    setStatus(tr("Running amtool check-config…"), false);
    connect(m_amtool, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        const QString output = maskSecrets(QString::fromUtf8(m_amtool->readAll())).trimmed();
        if (status == QProcess::NormalExit && exitCode == 0)
            setStatus(tr("amtool check-config: alertmanager.yml is valid."), false);
        else
            setStatus(tr("amtool check-config found a problem in alertmanager.yml:\n%1").arg(output), true);
        m_amtool->deleteLater();
        m_amtool = nullptr;
        m_amtoolDir.reset();
        m_ui->validateButton->setEnabled(true);
    });
    connect(m_amtool, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        setStatus(tr("amtool could not be started: %1").arg(m_amtool->errorString()), true);
        m_amtool->deleteLater();
        m_amtool = nullptr;
        m_ui->validateButton->setEnabled(true);
    });
    m_amtool->start(amtoolPath(), {QStringLiteral("check-config"), QStringLiteral("alertmanager.yml")});
}

void ExportDialog::startWrite()
{
    const QString directory = m_ui->directoryEdit->text().trimmed();
    if (directory.isEmpty()) {
        setStatus(tr("Choose the directory to write to."), true);
        return;
    }
    const ExportOptions options = chosenOptions();
    if (!Exporter::needsSecrets(options)) {
        write();
        return;
    }
    // Which files will hold secrets does not depend on their values: ask the export without reading the keychain.
    QStringList holding;
    if (auto snapshot = WorkspaceSnapshot::read(m_workspace)) {
        if (auto dry = Exporter::make(snapshot.value(), options)) {
            for (const ExportFile& file : dry->files) {
                if (file.holdsSecrets)
                    holding.append(QDir::toNativeSeparators(QDir(directory).filePath(file.path)));
            }
        }
    }
    auto* confirm = new QMessageBox(QMessageBox::Warning, tr("Write Secrets?"),
                                    tr("These files will contain DingTalk access tokens and signing secrets in plain "
                                       "text (readable by you only):\n\n%1\n\nAnyone who can read them can post to "
                                       "your DingTalk groups. Write them?")
                                        .arg(holding.join(QLatin1Char('\n'))),
                                    QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("confirmSecrets"));
    QPushButton* yes = confirm->addButton(tr("Write with Secrets"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmWriteButton"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton* button) {
        if (button == yes)
            write();
    });
    confirm->open();
}

void ExportDialog::write()
{
    const QString directory = QDir(m_ui->directoryEdit->text().trimmed()).absolutePath();
    const ExportOptions options = chosenOptions();
    m_ui->writeButton->setEnabled(false);
    setStatus(tr("Writing…"), false);
    Exporter::run(m_workspace, options, this, [this, directory, options](Result<ExportResult> result) {
        m_ui->writeButton->setEnabled(true);
        if (result) {
            if (const Result<void> written = ExportDirectory(directory).write(result->files); !written)
                result = written.error();
        }
        if (!result) {
            setStatus(result.error().message, true);
            return;
        }
        QSettings settings;
        settings.setValue(directoryKey, directory);
        settings.setValue(bridgeUrlKey, options.bridgeUrl.toString(QUrl::RemovePassword));
        settings.setValue(bridgeDirKey, options.bridgeDir);
        const QString sentence =
            tr("Wrote %n file(s) to %1.", nullptr, int(result->files.size())).arg(QDir::toNativeSeparators(directory));
        emit written(sentence);
        refresh();
        setStatus(sentence, false);
    });
}

void ExportDialog::setStatus(const QString& text, bool error)
{
    m_ui->statusLabel->setText(text);
    QPalette palette = m_ui->statusLabel->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(190, 0, 0) : this->palette().color(QPalette::WindowText));
    m_ui->statusLabel->setPalette(palette);
}

} // namespace alertdesk
