// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "export/exportnames.h"

#include <QCryptographicHash>
#include <QSet>

namespace alertdesk::exportnames {

QString asciiSlug(const QString& name)
{
    QString slug;
    bool dash = false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool letter = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
        const bool digit = u >= '0' && u <= '9';
        if (letter || digit) {
            if (dash && !slug.isEmpty())
                slug += QLatin1Char('-');
            dash = false;
            slug += QChar(letter ? (u | 0x20) : u);
        } else {
            dash = true;
        }
    }
    return slug;
}

QString shortHash(const QString& uuid)
{
    return QString::fromLatin1(QCryptographicHash::hash(uuid.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
}

QHash<QString, QString> uniqueSlugs(const QList<std::pair<QString, QString>>& records, const QString& prefix)
{
    QHash<QString, QString> wanted;
    QHash<QString, int> uses;
    for (const auto& [uuid, name] : records) {
        QString slug = asciiSlug(name);
        if (slug.isEmpty())
            slug = prefix + QLatin1Char('-') + shortHash(uuid);
        else if (!slug.at(0).isLetter())
            slug = prefix + QLatin1Char('-') + slug;
        wanted.insert(uuid, slug);
        ++uses[slug];
    }
    // A slug two records want goes to neither as it is: both get their uuid's hash, so that which one keeps the
    // plain name never depends on the order records were added in.
    QHash<QString, QString> slugs;
    QSet<QString> taken;
    for (const auto& [uuid, name] : records) {
        QString slug = wanted.value(uuid);
        if (uses.value(slug) > 1)
            slug += QLatin1Char('-') + shortHash(uuid);
        while (taken.contains(slug)) // a plain slug that happens to equal another's slug-plus-hash
            slug += QLatin1Char('-') + shortHash(uuid + slug);
        taken.insert(slug);
        slugs.insert(uuid, slug);
    }
    return slugs;
}

QString environmentVariable(const QString& slug, const QString& suffix)
{
    QString upper = slug.toUpper();
    upper.replace(QLatin1Char('-'), QLatin1Char('_'));
    return QStringLiteral("ALERTDESK_%1_%2").arg(upper, suffix);
}

} // namespace alertdesk::exportnames
