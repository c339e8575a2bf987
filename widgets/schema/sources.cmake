# SPDX-License-Identifier: GPL-3.0-or-later
# Schema-copy preview (issue 9): source objects, generated DDL, warnings, save and apply.
target_sources(mwb_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/schemacopypreview.cpp ${CMAKE_CURRENT_LIST_DIR}/schemacopypreview.h
    ${CMAKE_CURRENT_LIST_DIR}/schemaobjectmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/schemaobjectmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/schemawarningsmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/schemawarningsmodel.h
)
target_link_libraries(mwb_widgets PUBLIC mwb_db)
