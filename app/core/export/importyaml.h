// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

// Internal to the importers' .cpp files (yaml-cpp is a PRIVATE dependency of core): reading YAML with errors that
// name the file, the line and the path of the value at fault.

#include "export/importreport.h"
#include "result.h"

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <optional>

namespace alertdesk::importyaml {

struct Words {
    Q_DECLARE_TR_FUNCTIONS(alertdesk::ImportYaml)
};

inline int lineOf(const YAML::Node& node)
{
    return node.IsDefined() ? node.Mark().line + 1 : 0;
}

inline QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

/// "alertmanager.yml:12: route.routes[0]: <message>", field = the path.
inline Error errorAt(const QString& file, int line, const QString& path, const QString& message)
{
    return Error::invalid(path, ImportNote{file, line, path, message}.text());
}

/// Loads a YAML file; a missing file or bad YAML is an error naming the file and line.
inline Result<YAML::Node> load(const QString& file, const QByteArray& bytes)
{
    try {
        YAML::Node root = YAML::Load(bytes.toStdString());
        if (!root.IsMap())
            return errorAt(file, 1, QString(), Words::tr("The file is not a YAML mapping of settings."));
        return root;
    } catch (const YAML::Exception& e) {
        return errorAt(file, e.mark.line + 1, QString(), Words::tr("This is not valid YAML: %1.").arg(text(e.msg)));
    }
}

inline QString child(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}
inline QString item(const QString& path, std::size_t index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

/// Reads one YAML document's values, remembering the first error (callers read on and check once).
class Reader {
public:
    explicit Reader(QString file)
        : m_file(std::move(file))
    {}
    const QString& file() const { return m_file; }
    const std::optional<Error>& problem() const { return m_problem; }
    void fail(const YAML::Node& node, const QString& path, const QString& message)
    {
        if (!m_problem)
            m_problem = errorAt(m_file, lineOf(node), path, message);
    }

    /// Every key of `map` must be one of `known` (Alertmanager refuses unknown keys too).
    bool checkKeys(const YAML::Node& map, const QString& path, const QStringList& known)
    {
        // IsDefined() first, here and below: a missing key is yaml-cpp's "zombie" node, whose IsMap()/IsScalar()
        // throw (found by fuzz_alertmanagerimport).
        if (!map.IsDefined() || !map.IsMap()) {
            fail(map, path, Words::tr("Expected a mapping of settings here."));
            return false;
        }
        for (const auto& entry : map) {
            const QString key = text(entry.first.Scalar());
            if (!known.contains(key)) {
                fail(entry.first, child(path, key),
                     Words::tr("Unknown setting \"%1\"; the known ones here are: %2.")
                         .arg(key, known.join(QStringLiteral(", "))));
                return false;
            }
        }
        return true;
    }
    QString string(const YAML::Node& node, const QString& path)
    {
        if (!node.IsDefined() || !node.IsScalar()) {
            fail(node, path, Words::tr("Expected a single value here."));
            return {};
        }
        return text(node.Scalar());
    }
    bool boolean(const YAML::Node& node, const QString& path, bool fallback)
    {
        if (!node.IsDefined() || node.IsNull())
            return fallback;
        const QString value = string(node, path);
        if (value == QLatin1String("true"))
            return true;
        if (value == QLatin1String("false"))
            return false;
        fail(node, path, Words::tr("Expected true or false, not \"%1\".").arg(value));
        return fallback;
    }
    QStringList strings(const YAML::Node& node, const QString& path)
    {
        QStringList list;
        if (!node.IsDefined() || node.IsNull())
            return list;
        if (!node.IsSequence()) {
            fail(node, path, Words::tr("Expected a list here."));
            return list;
        }
        for (std::size_t i = 0; i < node.size(); ++i)
            list.append(string(node[i], item(path, i)));
        return list;
    }

private:
    QString m_file;
    std::optional<Error> m_problem;
};

} // namespace alertdesk::importyaml
