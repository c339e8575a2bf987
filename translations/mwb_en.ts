<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Mwb::Cli</name>
    <message numerus="yes">
        <source>%1: %n task(s) in %2 layer(s)</source>
        <translation>
            <numerusform>%1: %n task in %2 layer(s)</numerusform>
            <numerusform>%1: %n tasks in %2 layer(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n notebook dependency reference(s) (%1 missing, %2 dynamic, %3 cycle(s) broken)</source>
        <translation>
            <numerusform>, %n notebook dependency reference (%1 missing, %2 dynamic, %3 cycle(s) broken)</numerusform>
            <numerusform>, %n notebook dependency references (%1 missing, %2 dynamic, %3 cycle(s) broken)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 -&gt; %2 (%n cell(s))</source>
        <translation>
            <numerusform>%1 -&gt; %2 (%n cell)</numerusform>
            <numerusform>%1 -&gt; %2 (%n cells)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notebook(s) written to %1</source>
        <translation>
            <numerusform>%n notebook written to %1</numerusform>
            <numerusform>%n notebooks written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n cell(s) changed</source>
        <translation>
            <numerusform>%1 of %n cell changed</numerusform>
            <numerusform>%1 of %n cells changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 -&gt; %2: %n change(s)</source>
        <translation>
            <numerusform>%1 -&gt; %2: %n change</numerusform>
            <numerusform>%1 -&gt; %2: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n lint finding(s)</source>
        <translation>
            <numerusform>, %n lint finding</numerusform>
            <numerusform>, %n lint findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mwb::Db</name>
    <message numerus="yes">
        <source>created %n target table(s)</source>
        <translation>
            <numerusform>created %n target table</numerusform>
            <numerusform>created %n target tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mwb::Diff</name>
    <message numerus="yes">
        <source>%n changed cell(s), </source>
        <translation>
            <numerusform>%n changed cell, </numerusform>
            <numerusform>%n changed cells, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed line(s)</source>
        <translation>
            <numerusform>%n changed line</numerusform>
            <numerusform>%n changed lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s)</source>
        <translation>
            <numerusform>⋯ %n unchanged line</numerusform>
            <numerusform>⋯ %n unchanged lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mwb::Gui::OperationsDesk</name>
    <message numerus="yes">
        <source>%n run(s) are still going. They go on in the background and the workbench re-attaches to them when it opens this project again. Close the window?</source>
        <translation>
            <numerusform>%n run is still going. It goes on in the background and the workbench re-attaches to it when it opens this project again. Close the window?</numerusform>
            <numerusform>%n runs are still going. They go on in the background and the workbench re-attaches to them when it opens this project again. Close the window?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mwb::Kernel</name>
    <message numerus="yes">
        <source>kernel hung: no &quot;busy&quot; status within %n second(s) of sending the cell</source>
        <translation>
            <numerusform>kernel hung: no &quot;busy&quot; status within %n second of sending the cell</numerusform>
            <numerusform>kernel hung: no &quot;busy&quot; status within %n seconds of sending the cell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the cell ran longer than its time limit of %n second(s) and was interrupted</source>
        <translation>
            <numerusform>the cell ran longer than its time limit of %n second and was interrupted</numerusform>
            <numerusform>the cell ran longer than its time limit of %n seconds and was interrupted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the kernel on %1 did not answer kernel_info_request within %n second(s)</source>
        <translation>
            <numerusform>the kernel on %1 did not answer kernel_info_request within %n second</numerusform>
            <numerusform>the kernel on %1 did not answer kernel_info_request within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>jupyter-server did not answer on %1 within %n second(s)</source>
        <translation>
            <numerusform>jupyter-server did not answer on %1 within %n second</numerusform>
            <numerusform>jupyter-server did not answer on %1 within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: no answer within %n second(s)</source>
        <translation>
            <numerusform>%1: no answer within %n second</numerusform>
            <numerusform>%1: no answer within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>binary frame of %n byte(s)</source>
        <translation>
            <numerusform>binary frame of %n byte</numerusform>
            <numerusform>binary frame of %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mwb::Llm</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n millisecond(s)</source>
        <translation>
            <numerusform>%n millisecond</numerusform>
            <numerusform>%n milliseconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not succeed after %n attempt(s); the last one: %2</source>
        <translation>
            <numerusform>%1 did not succeed after %n attempt; the last one: %2</numerusform>
            <numerusform>%1 did not succeed after %n attempts; the last one: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mwb::Rewrite</name>
    <message numerus="yes">
        <source>[%1] %2: %n change(s)</source>
        <translation>
            <numerusform>[%1] %2: %n change</numerusform>
            <numerusform>[%1] %2: %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mwb::Run</name>
    <message numerus="yes">
        <source>none of its %n code cell(s) could run on this kernel, so nothing was verified; run the job on AIDP (or a Jupyter server with Spark) to verify them</source>
        <translation>
            <numerusform>none of its %n code cell could run on this kernel, so nothing was verified; run the job on AIDP (or a Jupyter server with Spark) to verify them</numerusform>
            <numerusform>none of its %n code cells could run on this kernel, so nothing was verified; run the job on AIDP (or a Jupyter server with Spark) to verify them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child cell(s) verified</source>
        <translation>
            <numerusform>%n child cell verified</numerusform>
            <numerusform>%n child cells verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fixup_cell refused: already rewound %n time(s) in this task</source>
        <translation>
            <numerusform>fixup_cell refused: already rewound %n time in this task</numerusform>
            <numerusform>fixup_cell refused: already rewound %n times in this task</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::CellGridView</name>
    <message numerus="yes">
        <source>%1 after %n attempt(s)</source>
        <translation>
            <numerusform>%1 after %n attempt</numerusform>
            <numerusform>%1 after %n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::DiffPane</name>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s)</source>
        <translation>
            <numerusform>⋯ %n unchanged line</numerusform>
            <numerusform>⋯ %n unchanged lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n unchanged cell(s)</source>
        <translation>
            <numerusform>⋯ %n unchanged cell</numerusform>
            <numerusform>⋯ %n unchanged cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::FailedRowsView</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n line(s) are not JSON)</source>
        <translation>
            <numerusform>(%n line are not JSON)</numerusform>
            <numerusform>(%n lines are not JSON)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::HistoryView</name>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s)</source>
        <translation>
            <numerusform>%1 of %n run</numerusform>
            <numerusform>%1 of %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::MigrateJobDialog</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n layer</numerusform>
            <numerusform>%n layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code cell(s)</source>
        <translation>
            <numerusform>%n code cell</numerusform>
            <numerusform>%n code cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::SchemaCopyPreview</name>
    <message numerus="yes">
        <source>%1 → %2: %n table(s), %3 view(s), %4 trigger(s); %5 warning(s), %6 skipped.</source>
        <translation>
            <numerusform>%1 → %2: %n table, %3 view(s), %4 trigger(s); %5 warning(s), %6 skipped.</numerusform>
            <numerusform>%1 → %2: %n tables, %3 view(s), %4 trigger(s); %5 warning(s), %6 skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1</source>
        <translation>
            <numerusform>Saved %n file to %1</numerusform>
            <numerusform>Saved %n files to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::SchemaObjectModel</name>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n index(es)</source>
        <translation>
            <numerusform>%n index</numerusform>
            <numerusform>%n indexes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foreign key(s)</source>
        <translation>
            <numerusform>%n foreign key</numerusform>
            <numerusform>%n foreign keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::TableChecklist</name>
    <message numerus="yes">
        <source>%n table(s) in copy order: a table comes after the tables its foreign keys point to.</source>
        <translation>
            <numerusform>%n table in copy order: a table comes after the tables its foreign keys point to.</numerusform>
            <numerusform>%n tables in copy order: a table comes after the tables its foreign keys point to.</numerusform>
        </translation>
    </message>
</context>
</TS>
