// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/topologicallayers.h"

#include <QHash>
#include <QSet>

namespace Mwb::Workflow {

namespace {

QStringList findCycle(const QList<LayerNode> &nodes, const QSet<QString> &remaining)
{
    QHash<QString, QStringList> deps;
    for (const LayerNode &node : nodes) {
        deps.insert(node.key, node.dependsOn);
    }
    // Every remaining node has a remaining dependency, so walking them must revisit a node.
    for (const LayerNode &start : nodes) {
        if (!remaining.contains(start.key)) {
            continue;
        }
        QStringList path;
        QString current = start.key;
        while (!path.contains(current)) {
            path.append(current);
            QString next;
            for (const QString &dep : deps.value(current)) {
                if (remaining.contains(dep)) {
                    next = dep;
                    break;
                }
            }
            if (next.isEmpty()) {
                break;
            }
            current = next;
        }
        if (path.contains(current)) {
            QStringList cycle = path.mid(path.indexOf(current));
            cycle.append(current);
            // Report in execution order: a -> b means b depends on a.
            std::reverse(cycle.begin(), cycle.end());
            return cycle;
        }
    }
    return {};
}

} // namespace

std::optional<QList<QStringList>> topologicalLayers(const QList<LayerNode> &nodes, QStringList *cycle)
{
    QSet<QString> known;
    for (const LayerNode &node : nodes) {
        known.insert(node.key);
    }
    QSet<QString> done;
    QSet<QString> remaining = known;
    QList<QStringList> layers;
    while (!remaining.isEmpty()) {
        QStringList layer;
        for (const LayerNode &node : nodes) {
            if (!remaining.contains(node.key)) {
                continue;
            }
            const bool ready = std::all_of(node.dependsOn.cbegin(), node.dependsOn.cend(), [&](const QString &dep) {
                return done.contains(dep) || !known.contains(dep);
            });
            if (ready) {
                layer.append(node.key);
            }
        }
        if (layer.isEmpty()) {
            if (cycle) {
                *cycle = findCycle(nodes, remaining);
            }
            return std::nullopt;
        }
        for (const QString &key : std::as_const(layer)) {
            remaining.remove(key);
            done.insert(key);
        }
        layers.append(layer);
    }
    return layers;
}

} // namespace Mwb::Workflow
