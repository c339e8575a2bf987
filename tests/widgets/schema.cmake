# SPDX-License-Identifier: GPL-3.0-or-later
# Schema-copy preview (issue 9): the widget and its models against real SQLite sources (PostgreSQL when
# the test services are running), the DDL compared with the real `mwb schema-copy`, apply through mwb.
mwb_add_test(widgets schemacopypreview LIBS mwb_widgets mwb_db_testfixture GUI)
target_compile_definitions(tst_schemacopypreview PRIVATE MWB_EXECUTABLE="$<TARGET_FILE:mwb>")
add_dependencies(tst_schemacopypreview mwb)
set_tests_properties(widgets/schemacopypreview PROPERTIES TIMEOUT 300)
