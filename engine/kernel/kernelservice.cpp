// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/kernelservice.h"

#include "kernel/restclient.h"

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
    // DELETE of a session also shuts its kernel down (protocols.md §1.3, verified).
    if (!kernel.sessionId.isEmpty()) {
        return rest().deleteSession(kernel.sessionId);
    }
    return rest().deleteKernel(kernel.kernelId);
}

bool KernelService::computeIsGone(const KernelHandle &kernel)
{
    auto reply = rest().send("GET", rest().resolve(QStringLiteral("api/kernels/") + kernel.kernelId));
    return reply && reply->status == 404;
}

} // namespace Mwb::Kernel
