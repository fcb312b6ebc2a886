// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "templating/policytemplates.h"

#include "templating/gotemplate.h"

#include <QCoreApplication>

namespace alertdesk {

namespace {

void checkOne(const QString& field, const QString& name, const QString& text, TemplateDialect dialect,
              Problems& problems)
{
    if (text.isEmpty())
        return;
    auto compiled = CompiledTemplate::compile(name, text, dialect);
    if (!compiled) {
        problems.append(Error::invalid(field, compiled.error().message)); // Go's words, position included
        return;
    }
    for (const QString& define : compiled.value()->defines()) {
        if (define.startsWith(QLatin1String("alertdesk.")))
            problems.append(Error::invalid(
                field, QCoreApplication::translate("alertdesk::Validation",
                                                   "The %1 template defines \"%2\", but names starting with "
                                                   "\"alertdesk.\" are AlertDesk's own in the exported bridge "
                                                   "templates; pick another name.")
                           .arg(name, define)));
    }
}

} // namespace

Problems checkPolicyTemplates(const MessageSettings& message)
{
    Problems problems;
    checkOne(QStringLiteral("message"), QStringLiteral("title"), message.titleTemplate, message.dialect, problems);
    checkOne(QStringLiteral("message"), QStringLiteral("text"), message.textTemplate, message.dialect, problems);
    return problems;
}

Problems validatePolicyToSave(const NotificationPolicy& policy)
{
    Problems problems = validatePolicy(policy);
    if (problems.isEmpty())
        problems += checkPolicyTemplates(policy.message);
    return problems;
}

} // namespace alertdesk
