# SPDX-License-Identifier: GPL-3.0-or-later
# Reports (issue 9): the report preview and its exports, compared with `mwb report export`.
mwb_add_test(widgets reportpreview LIBS mwb_widgets mwb_historyfixture GUI)
target_compile_definitions(tst_reportpreview PRIVATE MWB_EXECUTABLE="$<TARGET_FILE:mwb>")
add_dependencies(tst_reportpreview mwb)
