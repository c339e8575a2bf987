# SPDX-License-Identifier: GPL-3.0-or-later
# Launch dialogs (issue 9).
mwb_add_test(widgets shellquote LIBS mwb_widgets)
mwb_add_test(widgets launchdialogs LIBS mwb_widgets GUI)
target_compile_definitions(tst_launchdialogs PRIVATE MWB_EXECUTABLE="$<TARGET_FILE:mwb>")
add_dependencies(tst_launchdialogs mwb)
