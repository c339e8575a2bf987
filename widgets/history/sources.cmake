# SPDX-License-Identifier: GPL-3.0-or-later
# Run history (WORKBENCH_UI.md "Run history"): runs from .mwb/history.sqlite in a sortable, filterable table, a
# chart of results and durations, and the selected run's report.
target_sources(mwb_widgets PRIVATE
    history/historychart.cpp history/historychart.h
    history/historyfiltermodel.cpp history/historyfiltermodel.h
    history/historyloader.cpp history/historyloader.h
    history/historymodel.cpp history/historymodel.h
    history/historyrun.cpp history/historyrun.h
    history/historyview.cpp history/historyview.h
)
target_link_libraries(mwb_widgets PUBLIC mwb_history mwb_report)
