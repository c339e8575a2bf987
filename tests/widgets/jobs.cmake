# SPDX-License-Identifier: GPL-3.0-or-later
# Runs and monitors (issue 9): real mwb processes copying SQLite files and running migrate-jobs on the local kernel.
foreach(unit runprocess jobmonitor datajobmonitor)
    mwb_add_test(widgets ${unit} LIBS mwb_widgets Qt6::Sql GUI)
    target_compile_definitions(tst_${unit} PRIVATE MWB_EXECUTABLE="$<TARGET_FILE:mwb>")
    add_dependencies(tst_${unit} mwb)
endforeach()
