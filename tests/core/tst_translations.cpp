// SPDX-License-Identifier: GPL-3.0-or-later
// The compiled translations load by locale and cover the contexts the code asks for at run time.
#include "core/translations.h"
#include "notebook/ipynbformat.h"
#include "workflow/jobdefinition.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Mwb;

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        // installTranslations() parents its translators to the application; drop them between rows.
        const auto translators = qApp->findChildren<QTranslator *>();
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
    }

    void loadsByLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("notebookError"); // a fragment of the translated engine message
        QTest::addColumn<QString>("jobsError");
        QTest::newRow("Japanese") << QLocale(QLocale::Japanese, QLocale::Japan) << u"nbformat"_s << u"ジョブ"_s;
        QTest::newRow("Simplified Chinese") << QLocale(QLocale::Chinese, QLocale::China) << u"nbformat"_s << u"作业"_s;
    }
    void loadsByLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, notebookError);
        QFETCH(QString, jobsError);
        QLocale::setDefault(locale);
        Core::installTranslations(*qApp);

        // Engine messages (module Tr contexts) come out translated, placeholders filled in.
        auto nb = Notebook::readIpynb("{\"nbformat\": 3, \"nbformat_minor\": 0}", u"old.ipynb"_s);
        QVERIFY(!nb.ok());
        const QString message = nb.error().message;
        QVERIFY2(message.contains(notebookError) && message.contains(u'3'), qPrintable(message));
        QVERIFY2(!message.contains(u"unsupported nbformat major version"_s), qPrintable(message));

        auto jobs = Workflow::readJobs("{\"hello\": 1}", u"jobs.json"_s);
        QVERIFY(!jobs.ok());
        QVERIFY2(jobs.error().toString().contains(jobsError), qPrintable(jobs.error().toString()));

        // QObject classes translate under their qualified class name.
        const QString unnamed = QCoreApplication::translate("Mwb::Widgets::ProjectModel", "(unnamed job)");
        QVERIFY(unnamed != u"(unnamed job)"_s);
        QVERIFY(QCoreApplication::translate("Mwb::Cli", "Commands:") != u"Commands:"_s);

        // Core::Error helpers in anonymous namespaces: lupdate once filed their strings under "Tr", which the
        // runtime never asks for, so these came out in English.
        const char *lockHint =
            "Wait for that job to finish (mwb data status %1) or stop it; the lock goes away with its process.";
        QVERIFY(QCoreApplication::translate("Mwb::Db", lockHint) != QLatin1StringView(lockHint));
        const char *readHint = "Check that the table exists on both sides and that the user may read it.";
        QVERIFY(QCoreApplication::translate("Mwb::Validate", readHint) != QLatin1StringView(readHint));
    }

    void englishNeedsNothing()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Core::installTranslations(*qApp);
        auto nb = Notebook::readIpynb("{\"nbformat\": 3, \"nbformat_minor\": 0}", u"old.ipynb"_s);
        QVERIFY(nb.error().message.startsWith(u"unsupported nbformat major version 3"_s));
    }

    void englishPluralForms_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("C") << QLocale::c();
        QTest::newRow("German (no translation: English text)") << QLocale(QLocale::German, QLocale::Germany);
    }
    void englishPluralForms()
    {
        QFETCH(QLocale, locale);
        QLocale::setDefault(locale);
        Core::installTranslations(*qApp);
        const char *source = "%n notebook(s) written to %1";
        QCOMPARE(QCoreApplication::translate("Mwb::Cli", source, nullptr, 1), u"1 notebook written to %1"_s);
        QCOMPARE(QCoreApplication::translate("Mwb::Cli", source, nullptr, 3), u"3 notebooks written to %1"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
