// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemacopycommand.h"

#include "cliapp.h"
#include "db/connectionspec.h"
#include "db/schemacopy.h"

#include <QCommandLineParser>
#include <QDir>

using namespace Qt::StringLiterals;

namespace Mwb::Cli {

namespace {

QStringList listValues(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    QStringList out;
    for (const QString &value : parser.values(option)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            out << part.trimmed();
        }
    }
    return out;
}

QString humanSummary(const Db::SchemaCopyResult &result)
{
    const auto &counts = result.summary["counts"];
    QString out = Tr::tr("schema-copy %1 -> %2: %3 table(s), %4 index(es), %5 foreign key(s), %6 view(s), %7 trigger(s); "
                         "%8 skipped, %9 warning(s)")
                      .arg(Core::fromStd(result.summary["source_dialect"].get<std::string>()),
                           Core::fromStd(result.summary["target_dialect"].get<std::string>()))
                      .arg(counts["tables"].get<int>())
                      .arg(counts["indexes"].get<int>())
                      .arg(counts["foreign_keys"].get<int>())
                      .arg(counts["views"].get<int>())
                      .arg(counts["triggers"].get<int>())
                      .arg(counts["skipped"].get<int>())
                      .arg(counts["warnings"].get<int>())
        + u'\n';
    for (const auto &w : result.mapped.warnings) {
        out += Tr::tr("  warning [%1] %2: %3").arg(w.kind, w.object, w.message) + u'\n';
    }
    for (const auto &s : result.mapped.skipped) {
        out += Tr::tr("  skipped [%1] %2: %3").arg(s.kind, s.object, s.reason) + u'\n';
    }
    out += Tr::tr("  wrote %1").arg(result.outputDir) + u'\n';
    return out;
}

} // namespace

int runSchemaCopy(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Read a database schema and write it as DDL for another dialect: tables.sql, indexes.sql, foreign_keys.sql, "
               "triggers.sql, views.sql and skipped/ in .tmp/schema-copy/<timestamp>/, with summary.json. Passwords come "
               "from PGPASSWORD / MWB_PASSWORD or the keychain, never from the URL."));
    parser.addHelpOption();
    const QCommandLineOption sourceOption(u"source"_s, Tr::tr("Source database URL or connection profile."), Tr::tr("URL|PROFILE"));
    const QCommandLineOption dialectOption(u"target-dialect"_s, Tr::tr("sqlite, postgres or mysql (default: that of --apply)."),
                                           Tr::tr("DIALECT"));
    const QCommandLineOption outputOption(u"output-dir"_s, Tr::tr("Folder for the files (default: .tmp/schema-copy/<timestamp>)."),
                                          Tr::tr("DIR"));
    const QCommandLineOption includeOption(u"include-tables"_s, Tr::tr("Only these tables (comma-separated)."), Tr::tr("TABLES"));
    const QCommandLineOption excludeOption(u"exclude-tables"_s, Tr::tr("Leave these tables out (comma-separated)."), Tr::tr("TABLES"));
    const QCommandLineOption applyOption(u"apply"_s,
                                         Tr::tr("Also create the schema in this database: tables, indexes, foreign keys, views, "
                                                "triggers, each file in one transaction where the target allows it."),
                                         Tr::tr("URL|PROFILE"));
    const QCommandLineOption jsonOption(u"json"_s, Tr::tr("Print the summary as JSON."));
    parser.addOptions({ sourceOption, dialectOption, outputOption, includeOption, excludeOption, applyOption, jsonOption });
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), u"schema-copy"_s);
    }
    if (parser.isSet(u"help"_s)) {
        printOut(parser.helpText());
        return Pass;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(Tr::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()), u"schema-copy"_s);
    }
    if (!parser.isSet(sourceOption)) {
        return usageError(Tr::tr("--source is required"), u"schema-copy"_s);
    }
    const QString projectDir = QDir::currentPath();
    auto source = Db::resolveConnection(parser.value(sourceOption), projectDir);
    if (!source) {
        return fail(source.error(), Usage);
    }
    std::optional<Db::ConnectionSpec> target;
    if (parser.isSet(applyOption)) {
        auto resolved = Db::resolveConnection(parser.value(applyOption), projectDir);
        if (!resolved) {
            return fail(resolved.error(), Usage);
        }
        target = *resolved;
    }
    std::optional<Db::DialectKind> dialect;
    if (parser.isSet(dialectOption)) {
        dialect = Db::dialectFromName(parser.value(dialectOption));
        if (!dialect) {
            return usageError(Tr::tr("unknown --target-dialect \"%1\"; use sqlite, postgres or mysql").arg(parser.value(dialectOption)),
                              u"schema-copy"_s);
        }
        if (target && target->dialect != *dialect) {
            return usageError(Tr::tr("--target-dialect %1 does not match the --apply database (%2)")
                                  .arg(Db::dialectName(*dialect), Db::dialectName(target->dialect)),
                              u"schema-copy"_s);
        }
    } else if (target) {
        dialect = target->dialect;
    } else {
        return usageError(Tr::tr("--target-dialect is required (or --apply, whose dialect is then used)"), u"schema-copy"_s);
    }

    Db::SchemaCopyOptions options;
    options.filter.include = listValues(parser, includeOption);
    options.filter.exclude = listValues(parser, excludeOption);
    options.targetDialect = *dialect;
    options.outputDir = parser.value(outputOption);
    options.projectDir = projectDir;
    auto result = Db::runSchemaCopy(*source, options);
    if (!result) {
        return fail(result.error());
    }
    Core::OrderedJson summary = result->summary;
    int code = Pass;
    QString applied;
    if (target) {
        auto ran = Db::applyScript(*target, result->script, Db::ApplyStage::All);
        summary["applied"] = { { "target", Core::toStd(target->displayUrl()) }, { "ok", ran.ok() } };
        if (!ran) {
            summary["applied"]["error"] = Core::toStd(ran.error().toString());
            Core::Error error = ran.error();
            error.hint += u' ' + Tr::tr("The generated files are in %1.").arg(result->outputDir);
            if (!parser.isSet(jsonOption)) {
                printOut(humanSummary(*result));
            }
            code = fail(error);
        } else {
            applied = Tr::tr("  applied to %1: tables, indexes, foreign keys, views, triggers").arg(target->displayUrl()) + u'\n';
        }
    }
    if (parser.isSet(jsonOption)) {
        printOut(QString::fromStdString(summary.dump(2)) + u'\n');
    } else if (code == Pass) {
        printOut(humanSummary(*result) + applied);
    }
    return code;
}

} // namespace Mwb::Cli
