// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "db/connection.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <optional>
#include <thread>

namespace Mwb::Validate {

// One side of a validation on a thread of its own: the thread opens the connection, keeps it
// (STYLE.md: one connection per thread, used only there) and runs the tasks given to it in order.
// The two sides' queries then run at the same time: the server checksums one side while the
// client hashes the other.
class SideRunner
{
public:
    SideRunner();
    ~SideRunner(); // closes the connection on its thread, then joins
    SideRunner(const SideRunner &) = delete;
    SideRunner &operator=(const SideRunner &) = delete;

    Core::Result<void> open(const Db::ConnectionSpec &spec, const QString &purpose);
    // Valid after open(); use only inside tasks of this runner.
    const Db::Connection &connection() const { return *m_connection; }
    bool isCurrentThread() const { return std::this_thread::get_id() == m_thread.get_id(); }

    template<typename F>
    auto async(F task) -> std::future<decltype(task())>
    {
        using R = decltype(task());
        auto packaged = std::make_shared<std::packaged_task<R()>>(std::move(task));
        std::future<R> future = packaged->get_future();
        post([packaged] { (*packaged)(); });
        return future;
    }
    template<typename F>
    auto run(F task) -> decltype(task())
    {
        return async(std::move(task)).get();
    }

private:
    void post(std::function<void()> task);
    void loop();

    std::optional<Db::Connection> m_connection;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_tasks;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace Mwb::Validate
