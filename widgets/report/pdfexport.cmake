# SPDX-License-Identifier: GPL-3.0-or-later
# mwb_reportpdf: the PDF writer of `mwb report export --format pdf` and of the GUI's report preview. QtGui
# (QTextDocument, QPdfWriter) and mwb_report only, no widgets, so the CLI can link it. Included by
# widgets/report/sources.cmake, and by app/cli when the GUI is not built.
add_library(mwb_reportpdf STATIC
    ${CMAKE_CURRENT_LIST_DIR}/pdfexport.cpp ${CMAKE_CURRENT_LIST_DIR}/pdfexport.h
)
target_include_directories(mwb_reportpdf PUBLIC ${CMAKE_CURRENT_LIST_DIR}/..)
target_link_libraries(mwb_reportpdf PUBLIC mwb_report Qt6::Gui)
