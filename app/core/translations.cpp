// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

// The .qm files are a resource of the static alertdesk_core library ("alertdesk_core_translations", made by
// qt_add_translations in app/core/CMakeLists.txt). Registering it by hand makes sure a linker that drops unreferenced
// objects cannot lose it; registering twice is harmless. Q_INIT_RESOURCE must not be used inside a namespace.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(alertdesk_core_translations);
}

namespace alertdesk {

namespace {

// Where qt_add_translations() embeds the compiled .qm files (RESOURCE_PREFIX, default "/i18n").
const QString ourTranslations = QStringLiteral(":/i18n");

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QList<QTranslator*> installTranslations(const QLocale& locale)
{
    initTranslationResources();
    QList<QTranslator*> installed;
    auto* app = QCoreApplication::instance();

    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
        QCoreApplication::installTranslator(qt)) {
        installed << qt;
    } else {
        delete qt; // Qt's own strings stay English, as they are without a translation
    }

    auto* ours = new QTranslator(app);
    const bool loaded = ours->load(locale, QStringLiteral("alertdesk"), QStringLiteral("_"), ourTranslations) ||
                        ours->load(QStringLiteral("alertdesk_en"), ourTranslations);
    if (loaded && QCoreApplication::installTranslator(ours)) {
        installed << ours;
    } else {
        qWarning("AlertDesk's translations are missing from this build; it shows its source strings.");
        delete ours;
    }
    return installed;
}

void removeTranslations(const QList<QTranslator*>& translators)
{
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace alertdesk
