# SPDX-License-Identifier: GPL-3.0-or-later
# Reports (WORKBENCH_UI.md "Reports"): the report preview with Markdown / HTML / PDF export.
include(${CMAKE_CURRENT_LIST_DIR}/pdfexport.cmake)
target_sources(mwb_widgets PRIVATE
    report/reportpreview.cpp report/reportpreview.h
)
target_link_libraries(mwb_widgets PUBLIC mwb_report mwb_reportpdf mwb_history)
