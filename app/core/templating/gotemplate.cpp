// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/gotemplate.h"

#include "templating/alertdata.h"
#include "templating/dialects.h"
#include "templating/executor.h"
#include "templating/gostrings.h"
#include "templating/gozone.h"
#include "templating/parser.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace alertdesk {

using namespace gotmpl;

namespace {
Dialect toDialect(TemplateDialect d)
{
    return d == TemplateDialect::Alertmanager ? Dialect::Alertmanager : Dialect::DingTalkBridge;
}
Error templateError(const std::string& message)
{
    return Error::invalid(QStringLiteral("template"), QString::fromStdString(message));
}
} // namespace

bool isKnownTimeZone(const QString& name)
{
    const GoLocation* loc = nullptr;
    return loadLocation(name.toStdString(), &loc);
}

QString systemTimeZoneName()
{
    const QString id = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    return !id.isEmpty() && isKnownTimeZone(id) ? id : QStringLiteral("UTC");
}

Result<TemplateData> TemplateData::fromWebhookJson(const QByteArray& json, const TemplateContext& context)
{
    const GoLocation* local = nullptr;
    if (!loadLocation(context.timeZone.toStdString(), &local))
        return Error::invalid(QStringLiteral("timeZone"), QStringLiteral("unknown time zone %1").arg(context.timeZone));
    AlertDataOptions options;
    options.dialect = toDialect(context.dialect);
    options.local = local;
    for (const QString& mobile : context.mentionMobiles)
        options.mentionMobiles.push_back(mobile.toStdString());
    Value root;
    std::string error;
    if (!alertDataFromJson(json, options, &root, &error))
        return Error::invalid(QStringLiteral("alerts"), QString::fromStdString(error));
    TemplateData data;
    data.m_root = std::make_shared<const Value>(std::move(root));
    data.m_dialect = context.dialect;
    data.m_local = local;
    return data;
}

Result<TemplateData> TemplateData::fromWebhookJson(const QByteArray& json, TemplateDialect dialect)
{
    TemplateContext context;
    context.dialect = dialect;
    return fromWebhookJson(json, context);
}

struct CompiledTemplate::Trees {
    TreeSet trees;
};

CompiledTemplate::~CompiledTemplate() = default;

Result<std::shared_ptr<const CompiledTemplate>> CompiledTemplate::compile(const QString& name, const QString& text,
                                                                          TemplateDialect dialect)
{
    return compileUtf8(name.toStdString(), text.toStdString(), dialect);
}

Result<std::shared_ptr<const CompiledTemplate>>
CompiledTemplate::compileUtf8(const std::string& name, const std::string& text, TemplateDialect dialect)
{
    const FuncMap& funcs = dialectFunctions(toDialect(dialect));
    const FuncMap& builtins = builtinFunctions();
    auto findFunction = [&](const std::string& name) -> const Function* { // the dialect's first, as Go's Funcs
        if (const auto it = funcs.find(name); it != funcs.end())
            return it->second.get();
        if (const auto it = builtins.find(name); it != builtins.end())
            return it->second.get();
        return nullptr;
    };
    std::shared_ptr<CompiledTemplate> compiled(new CompiledTemplate());
    compiled->m_name = name;
    compiled->m_dialect = dialect;
    compiled->m_trees = std::make_unique<Trees>();
    std::string error;
    if (!parseTemplate(compiled->m_name, text, findFunction, &compiled->m_trees->trees, &error))
        return templateError(error);
    return std::shared_ptr<const CompiledTemplate>(std::move(compiled));
}

Result<std::string> CompiledTemplate::renderUtf8(const TemplateData& data, const QString& define) const
{
    const std::string target = define.isEmpty() ? m_name : define.toStdString();
    const auto it = m_trees->trees.find(target);
    if (it == m_trees->trees.end()) {
        if (define.isEmpty())
            return templateError("template: " + m_name + ": " + quote(m_name) + " is an incomplete or empty template");
        return templateError("template: no template " + quote(target) + " associated with template " + quote(m_name));
    }
    std::string out;
    Executor executor(m_trees->trees, out);       // the functions were resolved at parse time
    const LocalLocationScope local(data.local()); // Go's time.Local: the servers' time zone
    try {
        executor.run(*it->second, data.root());
    } catch (const ExecError& e) {
        return templateError(e.message);
    }
    return out;
}

QStringList CompiledTemplate::defines() const
{
    QStringList names;
    for (const auto& [name, tree] : m_trees->trees) {
        if (name != m_name)
            names.append(QString::fromStdString(name));
    }
    return names;
}

Result<QString> CompiledTemplate::render(const TemplateData& data, const QString& define) const
{
    auto bytes = renderUtf8(data, define);
    if (!bytes)
        return bytes.error();
    return QString::fromStdString(bytes.value());
}

bool templateErrorPosition(const QString& message, int* line, int* column)
{
    static const QRegularExpression withColumn(QStringLiteral("^template: [^\\n]*?:(\\d+):(\\d+): "));
    static const QRegularExpression lineOnly(QStringLiteral("^template: [^\\n]*?:(\\d+): "));
    if (const auto m = withColumn.match(message); m.hasMatch()) {
        *line = m.captured(1).toInt();
        *column = m.captured(2).toInt() + 1;
        return true;
    }
    if (const auto m = lineOnly.match(message); m.hasMatch()) {
        *line = m.captured(1).toInt();
        *column = 0;
        return true;
    }
    return false;
}

Result<std::shared_ptr<const CompiledTemplate>> TemplateCache::compile(const QString& name, const QString& text,
                                                                       TemplateDialect dialect)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->dialect == dialect && it->name == name && it->text == text) {
            m_entries.splice(m_entries.begin(), m_entries, it);
            return m_entries.front().compiled;
        }
    }
    m_entries.push_front(Entry{dialect, name, text, CompiledTemplate::compile(name, text, dialect)});
    while (static_cast<int>(m_entries.size()) > m_capacity)
        m_entries.pop_back();
    return m_entries.front().compiled;
}

} // namespace alertdesk
