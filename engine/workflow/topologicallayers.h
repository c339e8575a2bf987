// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Mwb::Workflow {

struct LayerNode
{
    QString key;
    QStringList dependsOn; // keys that must run before this one
};

// Kahn's algorithm by levels: layer 0 holds the nodes without dependencies, layer n the nodes whose
// dependencies are all in layers < n. Within a layer, nodes keep their input order.
// On a cycle, returns nullopt and fills `cycle` with it, first node repeated at the end
// ("a", "b", "a"). Dependencies on unknown keys are ignored (the caller validates them).
std::optional<QList<QStringList>> topologicalLayers(const QList<LayerNode> &nodes, QStringList *cycle = nullptr);

} // namespace Mwb::Workflow
