// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/aidptarget.h"
#include "kernel/kernelservice.h"

#include <QDateTime>
#include <QStringList>

#include <memory>

namespace Mwb::Kernel {

class RequestAuthenticator;

// Oracle AI Data Platform: the Jupyter API behind OCI request signing, sessions bound to a
// cluster, kernels on a separate wss:// host (protocols.md §2.3, mission_anchors.md §1.6).
class AidpService final : public KernelService
{
public:
    AidpService(AidpTarget target, std::shared_ptr<const RequestAuthenticator> signer, AidpOptions options = {});
    ~AidpService() override;

    RestClient &rest() override { return *m_notebook; }
    QString describe() const override;
    // Reuses a session of that notebook path when one has a kernel, else creates one with cluster_id.
    Core::Result<KernelHandle> startKernel(const QString &notebookName, const QString &kernelName) override;
    Core::Result<QNetworkRequest> channelsRequest(const KernelHandle &kernel, const QString &clientSession) override;
    // Two terminal lifecycle states in a row (a single one may be a blip of the control plane).
    bool computeIsGone(const KernelHandle &kernel) override;

    // GET .../clusters/{id} -> lifecycleState (ACTIVE, STARTING, ..., STOPPED, FAILED, TERMINATED).
    Core::Result<QString> clusterState();
    static bool isTerminalState(const QString &state);
    // Polls until ACTIVE; transient states keep waiting; fails after two consecutive terminal states
    // or when `timeout` passes.
    Core::Result<void> waitForActiveCluster(std::chrono::milliseconds timeout, std::chrono::milliseconds interval);
    // Driver error lines between the two times (POST .../clusters/{id}/actions/searchLogs).
    Core::Result<QStringList> searchDriverErrors(const QDateTime &from, const QDateTime &to);

    const AidpTarget &target() const { return m_target; }

private:
    AidpTarget m_target;
    std::shared_ptr<const RequestAuthenticator> m_signer;
    AidpOptions m_options;
    std::unique_ptr<RestClient> m_notebook;
    std::unique_ptr<RestClient> m_workspace;
    int m_terminalSeen = 0;
};

} // namespace Mwb::Kernel
