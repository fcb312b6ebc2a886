// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/importbridgefile.h"

#include "export/importtemplates.h"
#include "export/importyaml.h"

#include <QDir>
#include <QFile>

namespace alertdesk {

using namespace importyaml;

namespace {

QStringList expandTemplatePath(const QString& configPath, const QString& pattern)
{
    const QFileInfo config(configPath);
    for (const QDir& base : {config.dir(), QDir(config.dir().filePath(QStringLiteral("..")))}) {
        const QFileInfo wanted(QDir::isAbsolutePath(pattern) ? pattern : base.filePath(pattern));
        const QDir dir = wanted.dir();
        if (!dir.exists())
            continue;
        QStringList files;
        const QStringList names = dir.entryList({wanted.fileName()}, QDir::Files, QDir::Name);
        for (const QString& name : names)
            files.append(dir.filePath(name));
        if (!files.isEmpty())
            return files;
    }
    return {};
}

void readMessage(Reader& yaml, const YAML::Node& node, const QString& path, std::optional<QString>& title,
                 std::optional<QString>& text)
{
    if (!node.IsDefined() || node.IsNull())
        return;
    if (!yaml.checkKeys(node, path, {QStringLiteral("title"), QStringLiteral("text")}))
        return;
    if (node["title"].IsDefined())
        title = yaml.string(node["title"], child(path, QStringLiteral("title")));
    if (node["text"].IsDefined())
        text = yaml.string(node["text"], child(path, QStringLiteral("text")));
}

} // namespace

const BridgeSource::Target* BridgeSource::target(const QString& name) const
{
    const qsizetype at = m_targetAt.value(name, -1);
    return at < 0 ? nullptr : &targets.at(at);
}

void BridgeSource::index()
{
    m_targetAt.clear();
    for (qsizetype i = 0; i < targets.size(); ++i)
        m_targetAt.insert(targets.at(i).name, i);
}

namespace {

Result<BridgeSource> readBridge(const QString& path, const QByteArray& bytes, ImportReport& report);

} // namespace

Result<BridgeSource> readBridgeFile(const QString& path, const QByteArray& bytes, ImportReport& report)
{
    try {
        return readBridge(path, bytes, report);
    } catch (const YAML::Exception& e) { // a shape the checks did not foresee: still an error, never a crash
        return errorAt(QFileInfo(path).fileName(), e.mark.line + 1, QString(),
                       Words::tr("This is not valid YAML: %1.").arg(text(e.msg)));
    }
}

namespace {

Result<BridgeSource> readBridge(const QString& path, const QByteArray& bytes, ImportReport& report)
{
    const QString file = QFileInfo(path).fileName();
    auto loaded = load(file, bytes);
    if (!loaded)
        return loaded.error();
    const YAML::Node root = loaded.value();
    Reader yaml(file);
    BridgeSource bridge;
    if (!yaml.checkKeys(root, QString(),
                        {QStringLiteral("timeout"), QStringLiteral("no_builtin_template"), QStringLiteral("templates"),
                         QStringLiteral("default_message"), QStringLiteral("targets")}))
        return *yaml.problem();
    readMessage(yaml, root["default_message"], QStringLiteral("default_message"), bridge.defaultTitle,
                bridge.defaultText);
    const QString templatesPath = QStringLiteral("templates");
    const QStringList patterns = yaml.strings(root["templates"], templatesPath);
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        const YAML::Node node = root["templates"][std::size_t(i)];
        const QStringList files = expandTemplatePath(path, patterns.at(i));
        if (files.isEmpty())
            report.add(file, lineOf(node), item(templatesPath, std::size_t(i)),
                       Words::tr("The template file \"%1\" was not found next to the bridge configuration; targets "
                                 "that use its templates get AlertDesk's default templates.")
                           .arg(patterns.at(i)));
        for (const QString& templateFile : files) {
            QFile in(templateFile);
            if (!in.open(QIODevice::ReadOnly)) {
                report.add(file, lineOf(node), item(templatesPath, std::size_t(i)),
                           Words::tr("The template file %1 cannot be read: %2.").arg(templateFile, in.errorString()));
                continue;
            }
            const auto found = importtemplates::defines(QString::fromUtf8(in.readAll()));
            for (auto it = found.cbegin(); it != found.cend(); ++it)
                bridge.defines.insert(it.key(), it.value());
            bridge.templateFiles.append(templateFile);
        }
    }
    const YAML::Node targets = root["targets"];
    if (targets.IsDefined() && !targets.IsNull() && !targets.IsMap()) {
        yaml.fail(targets, QStringLiteral("targets"), Words::tr("Expected a mapping of target names to targets."));
        return *yaml.problem();
    }
    // IsDefined() first: a missing key is a "zombie" node, on which IsMap() throws (found by fuzz_alertmanagerimport).
    for (const auto& entry : targets.IsDefined() && targets.IsMap() ? targets : YAML::Node(YAML::NodeType::Map)) {
        BridgeSource::Target target;
        target.name = text(entry.first.Scalar());
        const QString at = child(QStringLiteral("targets"), target.name);
        const YAML::Node node = entry.second;
        target.place = {file, lineOf(entry.first), at};
        if (!yaml.checkKeys(node, at,
                            {QStringLiteral("url"), QStringLiteral("secret"), QStringLiteral("mention"),
                             QStringLiteral("message")}))
            break;
        if (!node["url"].IsDefined()) {
            yaml.fail(node, at, Words::tr("The target has no url."));
            break;
        }
        target.url = yaml.string(node["url"], child(at, QStringLiteral("url")));
        if (node["secret"].IsDefined())
            target.secret = yaml.string(node["secret"], child(at, QStringLiteral("secret")));
        const YAML::Node mention = node["mention"];
        const QString mentionPath = child(at, QStringLiteral("mention"));
        if (mention.IsDefined() && !mention.IsNull() &&
            yaml.checkKeys(mention, mentionPath, {QStringLiteral("all"), QStringLiteral("mobiles")})) {
            target.mentionAll = yaml.boolean(mention["all"], child(mentionPath, QStringLiteral("all")), false);
            target.mobiles = yaml.strings(mention["mobiles"], child(mentionPath, QStringLiteral("mobiles")));
        }
        readMessage(yaml, node["message"], child(at, QStringLiteral("message")), target.title, target.text);
        bridge.targets.append(target);
    }
    if (yaml.problem())
        return *yaml.problem();
    bridge.index();
    return bridge;
}

} // namespace

} // namespace alertdesk
