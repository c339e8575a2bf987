// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonio.h"
#include "core/result.h"

#include <QNetworkRequest>
#include <QString>

namespace Mwb::Kernel {

class RestClient;

// A kernel the engine runs cells on.
struct KernelHandle
{
    QString kernelId;
    QString sessionId; // server-side session (api/sessions), empty when the kernel was started bare
    QString kernelName;
};

// Where kernels live and how to reach them: a plain Jupyter server (token) or AIDP (OCI-signed,
// sessions bound to a cluster). The kernel protocol itself is the same for both.
class KernelService
{
public:
    virtual ~KernelService() = default;

    virtual RestClient &rest() = 0;
    // For messages: the server without credentials ("Jupyter server http://127.0.0.1:8888").
    virtual QString describe() const = 0;
    // Starts (or, where the platform reuses them, finds) a kernel for a notebook of that name.
    virtual Core::Result<KernelHandle> startKernel(const QString &notebookName, const QString &kernelName) = 0;
    // The authenticated handshake request of the channels WebSocket for a client session.
    virtual Core::Result<QNetworkRequest> channelsRequest(const KernelHandle &kernel, const QString &clientSession) = 0;
    virtual Core::Result<void> interrupt(const KernelHandle &kernel);
    virtual Core::Result<void> restart(const KernelHandle &kernel);
    virtual Core::Result<void> shutdown(const KernelHandle &kernel);
    // Whether the compute behind the kernel is gone for good (AIDP: cluster lifecycle; a plain
    // server: the kernel no longer exists). A transport error counts as "don't know" (false).
    virtual bool computeIsGone(const KernelHandle &kernel);
};

} // namespace Mwb::Kernel
