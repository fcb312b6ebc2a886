// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "dialogs/importdialog.h"

#include "domain/policytext.h"
#include "export/importer.h"
#include "ui_importdialog.h"
#include "workspace.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>

namespace alertdesk {

namespace {

QTreeWidgetItem* section(QTreeWidget* tree, const QString& title, int count)
{
    auto* item = new QTreeWidgetItem(tree, {QStringLiteral("%1 (%2)").arg(title).arg(count)});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

} // namespace

ImportDialog::ImportDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("importDialog"));
    m_importButton = m_ui->buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setAccessibleName(tr("Import"));
    m_importButton->setEnabled(false);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_ui->statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_ui->statusLabel->setAccessibleName(tr("Import status"));
    m_ui->termsCheck->setVisible(false);
    m_ui->previewTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->previewTree->header()->setStretchLastSection(true);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(250);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ImportDialog::refresh);
    for (QLineEdit* edit : {m_ui->alertmanagerEdit, m_ui->bridgeEdit, m_ui->bundleEdit})
        connect(edit, &QLineEdit::textChanged, this, &ImportDialog::scheduleRefresh);
    connect(m_ui->alertmanagerRadio, &QRadioButton::toggled, this, [this](bool alertmanager) {
        showSourcePage(alertmanager ? 0 : 1);
        scheduleRefresh();
    });
    showSourcePage(0);
    connect(m_ui->renameCheck, &QCheckBox::toggled, this, &ImportDialog::scheduleRefresh);
    connect(m_ui->termsCheck, &QCheckBox::toggled, this, &ImportDialog::updateImportButton);
    const QString yaml = tr("YAML files (*.yml *.yaml);;All files (*)");
    connect(m_ui->alertmanagerBrowse, &QPushButton::clicked, this,
            [this, yaml] { browse(m_ui->alertmanagerEdit, tr("Alertmanager Configuration"), yaml); });
    connect(m_ui->bridgeBrowse, &QPushButton::clicked, this,
            [this, yaml] { browse(m_ui->bridgeEdit, tr("DingTalk Bridge Configuration"), yaml); });
    connect(m_ui->bundleBrowse, &QPushButton::clicked, this, [this] {
        browse(m_ui->bundleEdit, tr("AlertDesk Bundle"), tr("AlertDesk bundles (*.json);;All files (*)"));
    });
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(880, 620);
    refresh();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setAlertmanagerFiles(const QString& alertmanagerPath, const QString& bridgeConfigPath)
{
    m_ui->alertmanagerRadio->setChecked(true);
    m_ui->alertmanagerEdit->setText(alertmanagerPath);
    m_ui->bridgeEdit->setText(bridgeConfigPath);
    refresh();
}

void ImportDialog::setBundleFile(const QString& path)
{
    m_ui->bundleRadio->setChecked(true);
    m_ui->bundleEdit->setText(path);
    refresh();
}

void ImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_importButton->setText(tr("&Import"));
        refresh();
    }
    QDialog::changeEvent(event);
}

void ImportDialog::browse(QLineEdit* edit, const QString& title, const QString& filter)
{
    auto* chooser = new QFileDialog(this, title, QFileInfo(edit->text()).path(), filter);
    chooser->setObjectName(QStringLiteral("fileChooser"));
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
    chooser->open();
}

void ImportDialog::showSourcePage(int index)
{
    // A stacked widget is as tall as its tallest page; the hidden page must not keep the bundle page tall.
    for (int page = 0; page < m_ui->sourceStack->count(); ++page)
        m_ui->sourceStack->widget(page)->setSizePolicy(QSizePolicy::Preferred,
                                                       page == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_ui->sourceStack->setCurrentIndex(index);
    m_ui->sourceStack->adjustSize();
}

void ImportDialog::scheduleRefresh()
{
    m_refreshTimer.start();
}

void ImportDialog::refresh()
{
    m_refreshTimer.stop();
    if (m_importing)
        return;
    m_plan.reset();
    m_ui->previewTree->clear();
    m_ui->reportList->clear();
    m_ui->reportLabel->setText(tr("Not imported, or changed on the way in:"));
    m_ui->termsCheck->setVisible(false);
    const bool bundle = m_ui->bundleRadio->isChecked();
    const QString main = (bundle ? m_ui->bundleEdit : m_ui->alertmanagerEdit)->text().trimmed();
    if (main.isEmpty()) {
        setStatus(bundle ? tr("Choose an AlertDesk bundle (alertdesk-bundle.json).")
                         : tr("Choose an alertmanager.yml and, for robots, the DingTalk bridge's config.yml."),
                  false);
    } else {
        // Small local files: read them here; nothing is written until Import.
        auto plan =
            bundle ? Importer::readBundle(main) : Importer::readAlertmanager(main, m_ui->bridgeEdit->text().trimmed());
        if (!plan) {
            setStatus(plan.error().message, true);
        } else {
            m_plan = std::move(plan).value();
            showPlan(*m_plan);
        }
    }
    updateImportButton();
    emit previewReady();
}

void ImportDialog::showPlan(const ImportPlan& read)
{
    // What prepare() decides (renames, conflicts) is part of the preview, on a copy: the files are read only once.
    ImportPlan plan = read;
    Importer::Options options;
    options.renameConflicts = m_ui->renameCheck->isChecked();
    options.acceptTerms = true; // the check box decides at Import; here only the rest is checked
    const Result<void> prepared = Importer::prepare(m_workspace, plan, options);

    QTreeWidget* tree = m_ui->previewTree;
    if (!plan.robots.isEmpty()) {
        QTreeWidgetItem* robots = section(tree, tr("Robots"), int(plan.robots.size()));
        for (const auto& planned : plan.robots) {
            const QString secrets = planned.secrets
                                        ? (planned.robot.signing ? tr("token and signing secret go to the keychain")
                                                                 : tr("token goes to the keychain"))
                                        : tr("no token: paste the webhook again after importing");
            new QTreeWidgetItem(
                robots, {planned.robot.name,
                         QStringLiteral("%1 · %2 · %3").arg(planned.robot.endpoint.host(), secrets, planned.source)});
        }
    }
    if (!plan.contacts.isEmpty()) {
        QTreeWidgetItem* contacts = section(tree, tr("Contacts"), int(plan.contacts.size()));
        for (const Contact& contact : plan.contacts)
            new QTreeWidgetItem(contacts, {contact.name, contact.phone});
    }
    if (!plan.groups.isEmpty()) {
        QTreeWidgetItem* groups = section(tree, tr("Contact groups"), int(plan.groups.size()));
        for (const ContactGroup& group : plan.groups)
            new QTreeWidgetItem(groups, {group.name, tr("%1 members").arg(group.memberUuids.size())});
    }
    if (!plan.policies.isEmpty()) {
        QTreeWidgetItem* policies = section(tree, tr("Policies"), int(plan.policies.size()));
        for (const NotificationPolicy& policy : plan.policies) {
            QStringList rules;
            for (const MatchRule& rule : policy.rules)
                rules.append(formatMatchRule(rule));
            QString details = rules.isEmpty() ? tr("every alert") : rules.join(QStringLiteral("  |  "));
            if (policy.window)
                details += QStringLiteral(" · ") + formatNotificationWindow(*policy.window);
            auto* item = new QTreeWidgetItem(policies, {policy.name, details});
            item->setToolTip(1, details);
        }
    }
    for (const ImportNote& note : plan.report.notes()) {
        auto* item = new QListWidgetItem(note.text(), m_ui->reportList);
        item->setToolTip(note.text());
    }
    m_ui->reportLabel->setText(
        plan.report.isEmpty() ? tr("Everything can be imported.")
                              : tr("Not imported, or changed on the way in (%1):").arg(plan.report.notes().size()));
    m_ui->termsCheck->setVisible(read.needsTermsAcceptance());
    if (!prepared)
        setStatus(prepared.error().message, true);
    else if (plan.isEmpty())
        setStatus(tr("There is nothing AlertDesk can import in these files; the list below says why."), true);
    else
        setStatus(tr("Ready: nothing is written until you click Import."), false);
    if (!prepared || plan.isEmpty())
        m_plan.reset();
}

void ImportDialog::updateImportButton()
{
    const bool termsOk = !m_plan || !m_plan->needsTermsAcceptance() || m_ui->termsCheck->isChecked();
    m_importButton->setEnabled(m_plan.has_value() && termsOk && !m_importing);
    if (m_plan && !termsOk)
        m_importButton->setToolTip(tr("Accept the DingTalk terms for the robots first."));
    else
        m_importButton->setToolTip(QString());
}

void ImportDialog::setStatus(const QString& text, bool error)
{
    m_ui->statusLabel->setText(text);
    QPalette palette = m_ui->statusLabel->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(Qt::red).darker(130) : this->palette().color(QPalette::WindowText));
    m_ui->statusLabel->setPalette(palette);
    m_ui->statusLabel->setProperty("error", error);
    updateStatusHeight();
}

void ImportDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    updateStatusHeight();
}

void ImportDialog::updateStatusHeight()
{
    // A top-level layout does not give a wrapped label the height of its lines by itself: ask for it, for the width
    // the label gets (the dialog's, less the margins; known before the dialog is first shown).
    const QMargins margins = layout()->contentsMargins();
    m_ui->statusLabel->setMinimumHeight(m_ui->statusLabel->heightForWidth(width() - margins.left() - margins.right()));
}

void ImportDialog::startImport()
{
    if (!m_plan)
        return;
    Importer::Options options;
    options.renameConflicts = m_ui->renameCheck->isChecked();
    options.acceptTerms = m_ui->termsCheck->isChecked();
    m_importing = true;
    updateImportButton();
    for (QWidget* input : std::initializer_list<QWidget*>{m_ui->sourceStack, m_ui->alertmanagerRadio, m_ui->bundleRadio,
                                                          m_ui->renameCheck, m_ui->termsCheck})
        input->setEnabled(false);
    setStatus(tr("Importing…"), false);
    Importer::apply(m_workspace, *m_plan, options, this, [this](Result<ImportPlan> result) {
        m_importing = false;
        for (QWidget* input : std::initializer_list<QWidget*>{m_ui->sourceStack, m_ui->alertmanagerRadio,
                                                              m_ui->bundleRadio, m_ui->renameCheck, m_ui->termsCheck})
            input->setEnabled(true);
        if (!result) {
            setStatus(result.error().message, true);
            updateImportButton();
            return;
        }
        emit imported(tr("Imported %1 robots, %2 contacts, %3 contact groups and %4 policies.")
                          .arg(result->robots.size())
                          .arg(result->contacts.size())
                          .arg(result->groups.size())
                          .arg(result->policies.size()));
        accept();
    });
}

} // namespace alertdesk
