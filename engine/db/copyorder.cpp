// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/copyorder.h"

#include "workflow/topologicallayers.h"

#include <QSet>

namespace Mwb::Db {

CopyOrder copyOrder(const QList<Table> &tables)
{
    QList<Workflow::LayerNode> nodes;
    nodes.reserve(tables.size());
    for (const Table &table : tables) {
        Workflow::LayerNode node {table.name, {}};
        for (const ForeignKey &fk : table.foreignKeys) {
            if (fk.refTable != table.name && !node.dependsOn.contains(fk.refTable)) {
                node.dependsOn.append(fk.refTable);
            }
        }
        nodes.append(node);
    }
    CopyOrder order;
    // Each round breaks one edge of the reported cycle, so this ends after at most |edges| rounds.
    for (;;) {
        QStringList cycle;
        const auto layers = Workflow::topologicalLayers(nodes, &cycle);
        if (layers) {
            for (const QStringList &layer : *layers) {
                order.tables += layer;
            }
            return order;
        }
        // cycle is in execution order (x, y, x): y depends on x. Drop that dependency.
        if (cycle.size() < 2) {
            for (const auto &node : std::as_const(nodes)) {
                order.tables.append(node.key);
            }
            return order;
        }
        const QString parent = cycle.at(0);
        const QString child = cycle.at(1);
        for (auto &node : nodes) {
            if (node.key == child) {
                node.dependsOn.removeAll(parent);
            }
        }
        order.brokenEdges.append({child, parent});
    }
}

} // namespace Mwb::Db
