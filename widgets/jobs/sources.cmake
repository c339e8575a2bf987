# SPDX-License-Identifier: GPL-3.0-or-later
# Runs and their monitors (issue 9): the mwb process, the job monitor and the data-job monitor.
target_sources(mwb_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/mwbexecutable.cpp ${CMAKE_CURRENT_LIST_DIR}/mwbexecutable.h
    ${CMAKE_CURRENT_LIST_DIR}/runprocess.cpp ${CMAKE_CURRENT_LIST_DIR}/runprocess.h
)
target_link_libraries(mwb_widgets PUBLIC mwb_history mwb_db)
