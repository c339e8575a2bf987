// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "history/historyrun.h"

#include <QList>
#include <QObject>
#include <QString>

namespace Mwb::Widgets {

// Reads <project>/.mwb/history.sqlite off the GUI thread (the file is in WAL mode, so this works
// while `mwb` writes to it) and hands the runs over as values. A newer load() makes older results
// stale; they are dropped.
class HistoryLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryLoader)

public:
    explicit HistoryLoader(QObject *parent = nullptr);
    ~HistoryLoader() override;

    void load(const QString &projectDir, int limit = 1000);
    bool isLoading() const { return m_loading; }

    // The reading itself (runs on a worker thread; usable directly in tests). A project without a
    // history file has no runs; the file is not created.
    static Core::Result<QList<HistoryRun>> read(const QString &projectDir, int limit);

Q_SIGNALS:
    void loaded(const QList<Mwb::Widgets::HistoryRun> &runs);
    void failed(const QString &message);

private:
    quint64 m_request = 0;
    bool m_loading = false;
};

} // namespace Mwb::Widgets
