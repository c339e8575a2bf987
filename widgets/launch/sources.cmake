# SPDX-License-Identifier: GPL-3.0-or-later
# Launch dialogs (issue 9): migrate-job, data copy and validate dialogs that build the exact mwb command line.
target_sources(mwb_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/collapsiblesection.cpp ${CMAKE_CURRENT_LIST_DIR}/collapsiblesection.h
    ${CMAKE_CURRENT_LIST_DIR}/commandpreview.cpp ${CMAKE_CURRENT_LIST_DIR}/commandpreview.h
    ${CMAKE_CURRENT_LIST_DIR}/connectionpicker.cpp ${CMAKE_CURRENT_LIST_DIR}/connectionpicker.h
    ${CMAKE_CURRENT_LIST_DIR}/datamigrationdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/datamigrationdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/launchdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/launchdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/migratejobdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/migratejobdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/shellquote.cpp ${CMAKE_CURRENT_LIST_DIR}/shellquote.h
    ${CMAKE_CURRENT_LIST_DIR}/tablechecklist.cpp ${CMAKE_CURRENT_LIST_DIR}/tablechecklist.h
    ${CMAKE_CURRENT_LIST_DIR}/validatedialog.cpp ${CMAKE_CURRENT_LIST_DIR}/validatedialog.h
)
target_link_libraries(mwb_widgets PUBLIC mwb_db mwb_validate)
