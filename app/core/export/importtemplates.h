// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace alertdesk::importtemplates {

/// The `{{ define "name" }}...{{ end }}` bodies of a Go template file, by name (trim markers on the define and its
/// end applied to the body, as Go does).
QHash<QString, QString> defines(const QString& text);

/// A template's source split the way the bridge's file can hold it: its top-level `{{ define }}` blocks, verbatim
/// (name and the whole block, `{{ define "x" }}...{{ end }}` with its trim markers), and the rest, where each block is
/// replaced by a comment action with the block's outer trim markers and newlines (`{{- /*\n*/ -}}`), so that the
/// rest renders exactly what the whole did and keeps its line numbers.
struct TopLevelDefines {
    QString rest;
    QList<std::pair<QString, QString>> blocks; ///< name, block source, in order
};
TopLevelDefines splitTopLevelDefines(const QString& text);

/// A bridge target's `message.title` / `message.text` turned into a policy template that runs on its own: a plain
/// `{{ template "NAME" . }}` becomes the body of NAME; the defines it (or the text) calls are carried along as
/// `{{ define }}`s in front. std::nullopt with `why` set when a called template is not in `known` (the bridge's
/// built-in ones are not imported) or the result does not compile in the bridge's dialect.
/// `checked` remembers the compile result of texts already seen (an export repeats the same default templates for
/// every policy): text -> Go's error, empty when it compiles.
std::optional<QString> resolve(const QString& text, const QHash<QString, QString>& known, QString* why,
                               QHash<QString, QString>* checked = nullptr);

} // namespace alertdesk::importtemplates
