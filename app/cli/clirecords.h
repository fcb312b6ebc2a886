// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include "clicontext.h"
#include "storage/usage.h"
#include "workspace.h"

#include <type_traits>

namespace alertdesk {

/// The add / edit / remove flow contacts, groups and policies share in alertdeskctl (robots differ: their secrets go
/// through Workspace and the keychain). `which` picks the repository, `apply` turns the options into the value
/// (returning the first problem), the text functions say what happened in the entity's own words.
template <typename Repository>
using RecordOf = std::remove_cvref_t<decltype(*std::declval<Repository&>().find(QString()))>;

template <typename Repository, typename Apply, typename DoneText>
int addRecord(CliContext& cli, Repository& (Workspace::*which)() const, Apply apply, DoneText doneText)
{
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    RecordOf<Repository> value;
    if (auto problem = apply(*workspace, value))
        return cli.fail(*problem);
    auto added = (workspace->*which)().add(value);
    if (!added.ok())
        return cli.fail(added.error());
    cli.out() << doneText(*added) << Qt::endl;
    return ExitOk;
}

/// Edits the record named by the verb's positional argument.
template <typename Repository, typename Apply, typename DoneText>
int editRecord(CliContext& cli, const QCommandLineParser& parser, Repository& (Workspace::*which)() const, Apply apply,
               DoneText doneText)
{
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    auto found = (workspace->*which)().findByName(parser.positionalArguments().constFirst());
    if (!found.ok())
        return cli.fail(found.error());
    RecordOf<Repository> value = *found;
    if (auto problem = apply(*workspace, value))
        return cli.fail(*problem);
    auto updated = (workspace->*which)().update(value);
    if (!updated.ok())
        return cli.fail(updated.error());
    cli.out() << doneText(*updated) << Qt::endl;
    return ExitOk;
}

/// Removes the record named by the verb's positional argument; when something uses it, only with --force. `remove`
/// does the removing (robots: through Workspace, which also deletes their keychain entries).
template <typename Repository, typename Remove, typename InUseText, typename DoneText>
int removeRecord(CliContext& cli, const QCommandLineParser& parser, Repository& (Workspace::*which)() const,
                 Remove remove, InUseText inUseText, DoneText doneText)
{
    Workspace* workspace = cli.workspace();
    if (!workspace)
        return ExitStorage;
    Repository& repository = (workspace->*which)();
    auto found = repository.findByName(parser.positionalArguments().constFirst());
    if (!found.ok())
        return cli.fail(found.error());
    auto usage = repository.usage(found->uuid);
    if (!usage.ok())
        return cli.fail(usage.error());
    if (!usage->isEmpty() && !isGiven(parser, QStringLiteral("force")))
        return cli.usage(inUseText(found->name, describeUsage(*usage)));
    if (Result<void> removed = remove(*workspace, found->uuid); !removed.ok())
        return cli.fail(removed.error());
    cli.out() << doneText(found->name) << Qt::endl;
    return ExitOk;
}

/// The same, removing through the repository itself.
template <typename Repository, typename InUseText, typename DoneText>
int removeRecord(CliContext& cli, const QCommandLineParser& parser, Repository& (Workspace::*which)() const,
                 InUseText inUseText, DoneText doneText)
{
    return removeRecord(
        cli, parser, which,
        [which](Workspace& workspace, const QString& uuid) { return (workspace.*which)().remove(uuid); }, inUseText,
        doneText);
}

} // namespace alertdesk
