# SPDX-License-Identifier: GPL-3.0-or-later
# Run history (issue 9). The fixture writes a history through HistoryStore (with JOB_REPORT.md files from
# Run::JobReport) and runs the real `mwb data start` / `mwb validate` on SQLite files.
add_library(mwb_historyfixture STATIC widgets/historyfixture.cpp widgets/historyfixture.h)
target_link_libraries(mwb_historyfixture PUBLIC mwb_history mwb_run mwb_core Qt6::Sql)
target_include_directories(mwb_historyfixture PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/widgets)

mwb_add_test(widgets historymodel LIBS mwb_widgets mwb_historyfixture GUI)
mwb_add_test(widgets historyview LIBS mwb_widgets mwb_historyfixture GUI)
target_compile_definitions(tst_historyview PRIVATE MWB_EXECUTABLE="$<TARGET_FILE:mwb>")
add_dependencies(tst_historyview mwb)
