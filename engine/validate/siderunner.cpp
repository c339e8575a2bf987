// SPDX-License-Identifier: GPL-3.0-or-later
#include "siderunner.h"

namespace Mwb::Validate {

SideRunner::SideRunner() : m_thread([this] { loop(); }) { }

SideRunner::~SideRunner()
{
    run([this] { m_connection.reset(); });
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

Core::Result<void> SideRunner::open(const Db::ConnectionSpec &spec, const QString &purpose)
{
    return run([&]() -> Core::Result<void> {
        auto connection = Db::Connection::open(spec, purpose);
        if (!connection) {
            return connection.error();
        }
        m_connection.emplace(std::move(connection).value());
        return {};
    });
}

void SideRunner::post(std::function<void()> task)
{
    {
        std::lock_guard lock(m_mutex);
        m_tasks.push_back(std::move(task));
    }
    m_wake.notify_all();
}

void SideRunner::loop()
{
    for (;;) {
        std::function<void()> task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_tasks.empty(); });
            if (m_tasks.empty()) {
                return;
            }
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
        }
        task();
    }
}

} // namespace Mwb::Validate
