# SPDX-License-Identifier: GPL-3.0-or-later
# Runs and their monitors (issue 9): the mwb process, the job monitor and the data-job monitor.
target_sources(mwb_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/mwbexecutable.cpp ${CMAKE_CURRENT_LIST_DIR}/mwbexecutable.h
    ${CMAKE_CURRENT_LIST_DIR}/runprocess.cpp ${CMAKE_CURRENT_LIST_DIR}/runprocess.h
    ${CMAKE_CURRENT_LIST_DIR}/cellgridview.cpp ${CMAKE_CURRENT_LIST_DIR}/cellgridview.h
    ${CMAKE_CURRENT_LIST_DIR}/durationtext.cpp ${CMAKE_CURRENT_LIST_DIR}/durationtext.h
    ${CMAKE_CURRENT_LIST_DIR}/historypoller.cpp ${CMAKE_CURRENT_LIST_DIR}/historypoller.h
    ${CMAKE_CURRENT_LIST_DIR}/jobmonitor.cpp ${CMAKE_CURRENT_LIST_DIR}/jobmonitor.h
    ${CMAKE_CURRENT_LIST_DIR}/migrationlogtail.cpp ${CMAKE_CURRENT_LIST_DIR}/migrationlogtail.h
    ${CMAKE_CURRENT_LIST_DIR}/progressdelegate.cpp ${CMAKE_CURRENT_LIST_DIR}/progressdelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/runlogmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/runlogmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/runlogview.cpp ${CMAKE_CURRENT_LIST_DIR}/runlogview.h
    ${CMAKE_CURRENT_LIST_DIR}/taskprogressmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/taskprogressmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/datajobmonitor.cpp ${CMAKE_CURRENT_LIST_DIR}/datajobmonitor.h
    ${CMAKE_CURRENT_LIST_DIR}/failedrowsmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/failedrowsmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/failedrowsview.cpp ${CMAKE_CURRENT_LIST_DIR}/failedrowsview.h
    ${CMAKE_CURRENT_LIST_DIR}/statuscolor.cpp ${CMAKE_CURRENT_LIST_DIR}/statuscolor.h
    ${CMAKE_CURRENT_LIST_DIR}/tableprogressmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/tableprogressmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/runsnapshot.h ${CMAKE_CURRENT_LIST_DIR}/taskprogress.h
)
target_link_libraries(mwb_widgets PUBLIC mwb_history mwb_db mwb_workflow Qt6::Concurrent)
