// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/kernelservice.h"

#include "kernel/restclient.h"

#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Mwb::Kernel {

Core::Result<void> KernelService::interrupt(const KernelHandle &kernel)
{
    return rest().interruptKernel(kernel.kernelId);
}

Core::Result<void> KernelService::restart(const KernelHandle &kernel)
{
    auto reply = rest().restartKernel(kernel.kernelId);
    if (!reply) {
        return reply.error();
    }
    return {};
}

Core::Result<void> KernelService::shutdown(const KernelHandle &kernel)
{
    Core::Result<void> ok;
    // jupyter-server 1.23 answers 500 ("InvalidStateError: Exception is not set") to a DELETE while
    // it auto-restarts a kernel that died; the restart takes about a second, so retry for a while.
    for (int attempt = 0; attempt < 10; ++attempt) {
        // DELETE of a session also shuts its kernel down (protocols.md §1.3, verified).
        ok = kernel.sessionId.isEmpty() ? rest().deleteKernel(kernel.kernelId) : rest().deleteSession(kernel.sessionId);
        if (ok || !ok.error().message.contains(u"HTTP 5"_s)) {
            break;
        }
        QEventLoop loop;
        QTimer::singleShot(500, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return ok;
}

bool KernelService::computeIsGone(const KernelHandle &kernel)
{
    auto reply = rest().send("GET", rest().resolve(QStringLiteral("api/kernels/") + kernel.kernelId));
    return reply && reply->status == 404;
}

} // namespace Mwb::Kernel
