// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/runrecord.h"
#include "history/taskrecord.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>

namespace Mwb::Widgets {

// What a re-attached monitor knows about a run, read from disk (HistoryPoller): its history row, its
// migrate-job tasks and attempts, or its data-job status document (`mwb data status --json`).
struct RunSnapshot
{
    bool found = false;
    History::RunRecord run;
    bool processAlive = false; // run.pid is a live mwb process
    QList<History::TaskRecord> tasks;
    QList<History::AttemptRecord> attempts; // without code; only when the tasks changed since the last poll
    bool attemptsRead = false;
    QJsonObject dataStatus; // data jobs: the checkpoint's status document
    QString error; // what could not be read, for the user
};

} // namespace Mwb::Widgets

Q_DECLARE_METATYPE(Mwb::Widgets::RunSnapshot)
