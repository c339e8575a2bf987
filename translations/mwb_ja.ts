<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Mwb::Cli</name>
    <message numerus="yes">
        <source>%1: %n task(s) in %2 layer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notebook dependency reference(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 missing, %2 dynamic, %3 cycle(s) broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  layer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  warning [%1] %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the job manifest: tasks resolved to workspace notebooks, their %run / notebook.run dependency trees, and the execution layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databricks Jobs API 2.1 JSON (one job or {&quot;jobs&quot;: [...]}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the exported workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for &lt;job&gt;_manifest.json (default: reports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesting limit for dependency discovery (default: 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jobs-json and --workspace are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-depth needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the folder the Databricks workspace was exported to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mwb: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mwb: error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mwb %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;mwb %1 --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 -&gt; %2 (%n cell(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notebook(s) written to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Convert a notebook between .ipynb, Databricks source (.py, .sql, .scala, .r) and .dbc. The output format follows OUT&apos;s extension. A .dbc holding several notebooks is expanded into the folder OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When expanding a .dbc into a folder: ipynb (default) or source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook to read (&quot;archive.dbc!folder/name&quot; picks one archive entry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write, or a folder for a .dbc with several notebooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected IN and OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be ipynb or source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown notebook format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use .ipynb, .py, .sql, .scala, .r or .dbc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown output format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build reports/&lt;job&gt;_manifest.json from Databricks jobs and a workspace export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert a notebook between .ipynb, Databricks source and .dbc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mwb &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration Workbench engine: moves Databricks notebook jobs to Oracle AI Data Platform and data between SQLite, PostgreSQL and MySQL/MariaDB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;mwb &lt;command&gt; --help&quot; describes a command. Exit codes: 0 pass, 1 failed, 2 usage error, 3 partial, 130 interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mwb: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mwb::Core</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the permissions of the output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the permissions of the output folder and free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot flush to disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty, expected a JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the file again; it may have been cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends early; it looks truncated. Export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the JSON at this position or export the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the path exists and is readable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mwb::Gui::MainWindow</name>
    <message>
        <source>Migration Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project folder with job manifests (reports/*_manifest.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the project&apos;s manifests again, e.g. after &quot;mwb build-dag&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Migration Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration Workbench — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  jobs: %2, tasks: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the project&apos;s manifests could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task &quot;%1&quot; in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a notebook task; there is no notebook to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path of %1 is computed at run time; there is no notebook to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the workspace; export it and rebuild the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project folder (File ▸ Open Project…, %1) to see its jobs, tasks and notebooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a task or a %run dependency in the project tree to open its notebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Migration Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Migration Workbench %1&lt;/h3&gt;&lt;p&gt;Moves Databricks jobs to AIDP and databases between engines, and shows what changed on the way.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mwb::Gui::Project</name>
    <message>
        <source>the project folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder that holds the reports/ folder of &quot;mwb build-dag&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no job manifests (reports/*_manifest.json) in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build them with &quot;mwb build-dag --jobs-json JOBS.json --workspace WORKSPACE -o %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mwb::Notebook</name>
    <message>
        <source>Export the folder from Databricks again with format DBC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Databricks NotebookV1 document (no &quot;commands&quot; list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable DBC archive (broken or truncated ZIP, code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the archive entry (code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive entry is damaged (checksum or data error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive entry is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive&apos;s directory is damaged (code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the archive (code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add %1 to the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the archive (code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and save it in Jupyter, or export it from Databricks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a notebook: the top level is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a notebook: &quot;nbformat&quot; is missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported nbformat major version %1; this reads nbformat 4 (4.0 to 4.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert it with &quot;jupyter nbconvert --to notebook --nbformat 4&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a notebook: &quot;nbformat_minor&quot; is missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a notebook: &quot;cells&quot; is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a notebook: &quot;metadata&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 has an unknown cell_type &quot;%2&quot; (expected code, markdown or raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1: &quot;source&quot; is missing or is neither a string nor a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1: &quot;id&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive holds %1 notebooks (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one as &quot;%1!&lt;path&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has no notebook &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown Databricks source extension &quot;.%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use .py, .sql, .scala or .r.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing the &quot;%1&quot; header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a plain script, not a Databricks notebook export; export the notebook with format SOURCE, or rename the file if its language is different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown notebook format &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use .ipynb, .py, .sql, .scala, .r or .dbc.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::NotebookCellWidget</name>
    <message>
        <source>Cell %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… output truncated (%1 characters in all; the notebook file has the rest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Cell &amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::NotebookView</name>
    <message>
        <source>cells: %1 (code: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This notebook has no cells.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::ProjectModel</name>
    <message>
        <source>(unnamed job)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job · tasks: %1 · layers: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · not in workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 is not a notebook: the workbench shows and migrates notebook tasks only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook is not in the workspace; export it and rebuild the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some %run dependencies of this notebook need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · cell %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dynamic: resolved at run time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle: already on the run stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not followed: nested too deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path expression: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path is computed when the notebook runs, so it cannot be followed before the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called from cell %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target is not in the exported workspace: export it too, or fix the path in the calling cell, then rebuild the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target is already being run further up this chain; it is not followed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is nested deeper than the dependency scanner follows; raise the depth limit of &quot;mwb build-dag&quot; to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mwb::Workflow</name>
    <message>
        <source>Export the job again with the Jobs API 2.1 (GET /api/2.1/jobs/get).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a job&apos;s settings are not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot;: &quot;tasks&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot;: a task is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot;: a task has no &quot;task_key&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot;: task_key &quot;%2&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task keys must be unique within a job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task &quot;%1&quot; is a notebook task without &quot;notebook_path&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task &quot;%1&quot;: &quot;depends_on&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task &quot;%1&quot;: a depends_on entry has no task_key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task &quot;%1&quot; depends on &quot;%2&quot;, which is not a task of job &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix depends_on or export the complete job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a Databricks Jobs API 2.1 document: a job&apos;s settings, a jobs/get response or {&quot;jobs&quot;: [...]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;jobs&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of &quot;jobs&quot; is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no job found (no &quot;settings&quot;, &quot;tasks&quot; or &quot;jobs&quot; key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two jobs are named &quot;%1&quot;; their manifests would overwrite each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a job manifest (no &quot;jobs&quot; list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build it with &quot;mwb build-dag&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 (cell %3) computes its path at run time (%4); it cannot be resolved before the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 target %2 (from %3, cell %4) is not in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependency cycle %1; broken at %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nests deeper than %2 levels; its dependencies were not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task &quot;%1&quot; is a %2, not a notebook task; it is kept in the DAG but not migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task &quot;%1&quot; of job &quot;%2&quot; names notebook %3, which is not in the workspace %4 (looked for %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export that notebook into the workspace folder, or fix notebook_path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notebook of task &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; has a task dependency cycle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove one of these depends_on entries; a job&apos;s tasks must form a DAG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review Databricks jobs and notebooks on their way to AIDP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder with reports/*_manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the notebook of the task TASK_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the screen to FILE once the window is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the notebook of task %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
