// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "domain/notificationpolicy.h" // TemplateDialect: which server renders, so which functions and data
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <list>
#include <memory>
#include <string>

namespace alertdesk {

namespace gotmpl {
class Value;
class GoLocation;
} // namespace gotmpl

/// Where and for whom the servers render: what the data of a template depends on besides the payload.
struct TemplateContext {
    TemplateDialect dialect = TemplateDialect::DingTalkBridge;
    /// The servers' time zone, an IANA name ("Asia/Shanghai"); empty or "UTC" = UTC. It is Go's time.Local of a
    /// server started with TZ=<zone>: which offsets parse as the named zone ("+08:00" prints CST), `.Local`, sprig's
    /// `date` and `now`. Must satisfy isKnownTimeZone().
    QString timeZone;
    /// Bridge only: appended to .AtMobiles before rendering, as the bridge's DingNotificationBuilder.Build appends
    /// the target's mention.mobiles. Ignored by the alertmanager dialect.
    QStringList mentionMobiles;
};

/// True for "" and "UTC" and for every zone Go's time.LoadLocation finds in the system's tz database.
bool isKnownTimeZone(const QString& name);
/// The machine's own IANA zone name (QTimeZone::systemTimeZoneId()), "UTC" when it has none or Go would not know it.
QString systemTimeZoneName();

/// The data a template runs on: Alertmanager's template.Data (or the bridge's message) built from a webhook payload
/// (JSON, version 4), in the servers' time zone. Cheap to copy; build it once per payload and render many templates
/// with it. Renders use its time zone as Go's Local.
class TemplateData {
public:
    /// Error::invalid("alerts", ...) when the payload is not Alertmanager webhook JSON (or, in the bridge, not what
    /// its Go JSON decoding accepts); Error::invalid("timeZone", ...) for an unknown zone.
    static Result<TemplateData> fromWebhookJson(const QByteArray& json, const TemplateContext& context);
    /// The same in UTC, without mention mobiles.
    static Result<TemplateData> fromWebhookJson(const QByteArray& json, TemplateDialect dialect);
    TemplateDialect dialect() const { return m_dialect; }
    const gotmpl::Value& root() const { return *m_root; }
    /// Go's Local for renders of this data; nullptr is UTC.
    const gotmpl::GoLocation* local() const { return m_local; }

private:
    std::shared_ptr<const gotmpl::Value> m_root;
    TemplateDialect m_dialect = TemplateDialect::Alertmanager;
    const gotmpl::GoLocation* m_local = nullptr;
};

/// A Go text/template, parsed once (with its {{define}}s) and rendered any number of times, from any thread, the way
/// Go's text/template with Option("missingkey=zero") renders it: the same bytes, or the same error message.
///
/// Errors are Go's own words, byte for byte and never translated: Error::invalid("template", "template: NAME:3:14:
/// executing \"NAME\" at <.Foo>: can't evaluate field Foo in type *template.Data"). templateErrorPosition() reads the
/// line and column back out of such a message for an editor.
class CompiledTemplate {
public:
    /// Parses `text` as the template `name` (Go: template.New(name).Funcs(dialect).Parse(text)).
    static Result<std::shared_ptr<const CompiledTemplate>> compile(const QString& name, const QString& text,
                                                                   TemplateDialect dialect);
    /// The same over raw bytes (a template file as Go reads it, even when it is not valid UTF-8).
    static Result<std::shared_ptr<const CompiledTemplate>> compileUtf8(const std::string& name, const std::string& text,
                                                                       TemplateDialect dialect);
    /// Executes the template itself, or with `define` the template of that name (Go's ExecuteTemplate).
    Result<QString> render(const TemplateData& data, const QString& define = {}) const;
    /// The same, as UTF-8 bytes (what the CLI prints; no conversion cost).
    Result<std::string> renderUtf8(const TemplateData& data, const QString& define = {}) const;

    QString name() const { return QString::fromStdString(m_name); }
    /// The names of the templates the text defines ({{ define }} and {{ block }}), in name order.
    QStringList defines() const;
    TemplateDialect dialect() const { return m_dialect; }
    ~CompiledTemplate();

private:
    struct Trees;
    CompiledTemplate() = default;
    std::string m_name;
    TemplateDialect m_dialect = TemplateDialect::Alertmanager;
    std::unique_ptr<Trees> m_trees;
};

/// Line and column (both 1-based; column 0 when Go names only a line) of a Go template error message, for
/// highlighting; false when the message carries no position.
bool templateErrorPosition(const QString& message, int* line, int* column);

/// Compile once, render many: remembers the last `capacity` compiled templates by (dialect, name, text), so a
/// preview that re-renders on every keystroke only parses text it has not seen. Owned by its user (no global cache).
class TemplateCache {
public:
    explicit TemplateCache(int capacity = 32)
        : m_capacity(capacity)
    {}
    Result<std::shared_ptr<const CompiledTemplate>> compile(const QString& name, const QString& text,
                                                            TemplateDialect dialect);
    int size() const { return static_cast<int>(m_entries.size()); }
    void clear() { m_entries.clear(); }

private:
    struct Entry {
        TemplateDialect dialect;
        QString name;
        QString text;
        Result<std::shared_ptr<const CompiledTemplate>> compiled;
    };
    int m_capacity;
    std::list<Entry> m_entries; // most recently used first
};

} // namespace alertdesk
