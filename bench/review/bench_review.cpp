// SPDX-License-Identifier: GPL-3.0-or-later
// Review desk benchmark (issue 8): time from handing a 300-cell notebook pair to the diff view
// until its first painted frame, and the repaint time of every frame while scrolling the pair
// end to end. Prints medians; run it through bench/review/run.sh.
#include "diff/diffpane.h"
#include "diff/notebookdiffview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using Mwb::Notebook::Cell;
using Mwb::Notebook::Notebook;
using Mwb::Widgets::NotebookDiffView;

namespace {

// A realistic pair: 300 cells of 6-30 lines; a third rewritten on some lines, a few cells added.
void makePair(Notebook &left, Notebook &right)
{
    left.language = Mwb::Notebook::Language::Python;
    for (int i = 0; i < 300; ++i) {
        Cell cell;
        QString source;
        const int lines = 6 + (i * 7) % 25;
        for (int l = 0; l < lines; ++l) {
            switch (l % 5) {
            case 0:
                source += u"df_%1_%2 = spark.table(\"main.retail.orders_%2\")\n"_s.arg(i).arg(l);
                break;
            case 1:
                source += u"value_%1 = dbutils.widgets.get(\"param_%2\")  # job parameter\n"_s.arg(l).arg(i);
                break;
            case 2:
                source += u"df_%1_%2.write.mode(\"overwrite\").saveAsTable(\"main.retail.out_%2\")\n"_s.arg(i).arg(l);
                break;
            case 3:
                source += u"path = \"s3://raw-bucket/landing/%1/part-%2.parquet\"\n"_s.arg(i).arg(l);
                break;
            default:
                source += u"print(f\"rows: {df_%1_0.count()} for {value_%2}\")\n"_s.arg(i).arg(l);
                break;
            }
        }
        cell.source = source;
        left.cells.append(cell);
    }
    right = left;
    for (int i = 0; i < 300; i += 3) {
        right.cells[i].source.replace(u"dbutils.widgets.get"_s, u"oidlUtils.parameters.getParameter"_s)
            .replace(u"s3://raw-bucket"_s, u"oci://raw-bucket@namespace"_s);
    }
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    Notebook left, right;
    makePair(left, right);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 11;

    QList<double> openMs;
    QList<double> coldFrameMs;
    QList<double> warmFrameMs;
    for (int run = 0; run < runs; ++run) {
        NotebookDiffView view;
        view.resize(1400, 900);
        view.show();
        QApplication::processEvents();
        QElapsedTimer clock;
        clock.start();
        view.setNotebooks(left, right, u"source"_s, u"migrated"_s);
        while (!view.isReady()) {
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        }
        // Until painted: both panes render their first frame with the diff.
        view.leftPane()->viewport()->repaint();
        view.rightPane()->viewport()->repaint();
        openMs.append(double(clock.nsecsElapsed()) / 1e6);

        // Scroll end to end with everything expanded (the heaviest case), one frame per step:
        // once right away ("cold": syntax colours still being computed in idle time) and once
        // after the view has warmed up, as a reviewer who reads before scrolling sees it.
        if (run == 0 || run == 1) {
            view.setHideUnchangedCells(false);
            QApplication::processEvents();
            if (run == 1) {
                while (!view.leftPane()->isWarm() || !view.rightPane()->isWarm()) {
                    QApplication::processEvents();
                }
            }
            QList<double> &frameMs = run == 0 ? coldFrameMs : warmFrameMs;
            QScrollBar *bar = view.rightPane()->verticalScrollBar();
            const int step = view.rightPane()->rowHeight() * 3;
            for (int value = 0; value <= bar->maximum(); value += step) {
                QElapsedTimer frame;
                frame.start();
                bar->setValue(value); // the left pane follows through the sync
                view.leftPane()->viewport()->repaint();
                view.rightPane()->viewport()->repaint();
                frameMs.append(double(frame.nsecsElapsed()) / 1e6);
            }
        }
    }
    out << "open 300-cell pair until painted: median " << QString::number(median(openMs), 'f', 1) << " ms over "
        << runs << " runs (min " << QString::number(*std::min_element(openMs.cbegin(), openMs.cend()), 'f', 1)
        << ", max " << QString::number(*std::max_element(openMs.cbegin(), openMs.cend()), 'f', 1) << ")\n";
    for (auto [name, frames] : {std::pair {"cold", &coldFrameMs}, std::pair {"warm", &warmFrameMs}}) {
        QList<double> &frameMs = *frames;
        std::sort(frameMs.begin(), frameMs.end());
        out << "scroll end to end, " << name << " (all cells expanded, both panes repainted per frame): "
            << frameMs.size() << " frames, median " << QString::number(median(frameMs), 'f', 2) << " ms, p95 "
            << QString::number(frameMs.at(qsizetype(frameMs.size() * 0.95)), 'f', 2) << " ms, max "
            << QString::number(frameMs.last(), 'f', 2) << " ms, frames over 50 ms: "
            << std::count_if(frameMs.cbegin(), frameMs.cend(), [](double ms) { return ms > 50; }) << "\n";
    }
    return 0;
}
