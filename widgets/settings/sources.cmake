# SPDX-License-Identifier: GPL-3.0-or-later
# Settings (issue 9): connection and cluster profiles, secrets in the OS keychain, LLM, language.
find_package(Qt6 REQUIRED COMPONENTS DBus Sql)
target_sources(mwb_widgets PRIVATE
    settings/clusterprofile.cpp settings/clusterprofile.h
    settings/clusterspage.cpp settings/clusterspage.h
    settings/connectionprofile.cpp settings/connectionprofile.h
    settings/connectionspage.cpp settings/connectionspage.h
    settings/generalpage.cpp settings/generalpage.h
    settings/llmpage.cpp settings/llmpage.h
    settings/projectjsonfile.cpp settings/projectjsonfile.h
    settings/secretprompt.cpp settings/secretprompt.h
    settings/secretstore.cpp settings/secretstore.h
    settings/settingsdialog.cpp settings/settingsdialog.h
    settings/workbenchsettings.cpp settings/workbenchsettings.h
)
target_link_libraries(mwb_widgets PUBLIC mwb_db Qt6::DBus PRIVATE qt6keychain)
