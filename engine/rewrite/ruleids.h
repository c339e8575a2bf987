// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

// Stable rule ids of REWRITE_RULES.md; tests, change records, reports and golden folders
// (tests/fixtures/rewrite/<id>/) use them, so they never change.
namespace Mwb::Rewrite::RuleId {

inline constexpr QStringView WidgetsGet = u"widgets.get";
inline constexpr QStringView WidgetsDefine = u"widgets.define";
inline constexpr QStringView TaskValuesSet = u"taskvalues.set";
inline constexpr QStringView TaskValuesGet = u"taskvalues.get";
inline constexpr QStringView NotebookExit = u"notebook.exit";
inline constexpr QStringView NotebookRun = u"notebook.run";
inline constexpr QStringView RunPath = u"run.path";
inline constexpr QStringView RestartPython = u"restart_python";
inline constexpr QStringView Pip = u"pip";
inline constexpr QStringView Sh = u"sh";
inline constexpr QStringView Matplotlib = u"matplotlib";
inline constexpr QStringView ScalaMagic = u"scala_magic";
inline constexpr QStringView Display = u"display";
inline constexpr QStringView DisplayHtml = u"display_html";
inline constexpr QStringView DbutilsImport = u"dbutils.import";
inline constexpr QStringView PathDbfs = u"path.dbfs";
inline constexpr QStringView PathS3 = u"path.s3";
inline constexpr QStringView Table1Part = u"table.1part";
inline constexpr QStringView Table2Part = u"table.2part";
inline constexpr QStringView Table3Part = u"table.3part";
inline constexpr QStringView TableSparkCatalog = u"table.spark_catalog";
inline constexpr QStringView SqlDescribeDetail = u"sql.describe_detail";
inline constexpr QStringView ConfDatabricks = u"conf.databricks";
inline constexpr QStringView ConfAutomerge = u"conf.automerge";
inline constexpr QStringView Unicode = u"unicode";
inline constexpr QStringView JobTrigger = u"job_trigger";
inline constexpr QStringView SecretsToken = u"secrets.token";

} // namespace Mwb::Rewrite::RuleId
