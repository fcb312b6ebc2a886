// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "models/nameindex.h"

namespace alertdesk {

void NameIndex::reread(const QString& uuid)
{
    const std::optional<QString> name = m_find(uuid);
    if (!name)
        return;
    const bool known = m_names.contains(uuid);
    if (known && m_names.value(uuid) == *name)
        return;
    m_names.insert(uuid, *name);
    if (known)
        emit renamed(uuid);
    else
        emit added(uuid);
}

void NameIndex::forget(const QString& uuid)
{
    if (m_names.remove(uuid) > 0)
        emit removed(uuid);
}

} // namespace alertdesk
