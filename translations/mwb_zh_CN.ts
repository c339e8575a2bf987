<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Mwb::Cli</name>
    <message numerus="yes">
        <source>%1: %n task(s) in %2 layer(s)</source>
        <translation>
            <numerusform>%1: %n 个任务 (%2 层)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n notebook dependency reference(s) (%1 missing, %2 dynamic, %3 cycle(s) broken)</source>
        <translation>
            <numerusform>，%n 个笔记本依赖引用（缺失 %1，动态 %2，断开的循环 %3）</numerusform>
        </translation>
    </message>
    <message>
        <source>  layer %1: %2</source>
        <translation>  第 %1 层: %2</translation>
    </message>
    <message>
        <source>  warning [%1] %2: %3</source>
        <translation>  警告 [%1] %2: %3</translation>
    </message>
    <message>
        <source>  wrote %1</source>
        <translation>  已写入 %1</translation>
    </message>
    <message>
        <source>Build the job manifest: tasks resolved to workspace notebooks, their %run / notebook.run dependency trees, and the execution layers.</source>
        <translation>构建作业清单：解析到工作区笔记本的任务、其 %run / notebook.run 依赖树以及执行层。</translation>
    </message>
    <message>
        <source>Databricks Jobs API 2.1 JSON (one job or {&quot;jobs&quot;: [...]}).</source>
        <translation>Databricks Jobs API 2.1 JSON（单个作业或 {&quot;jobs&quot;: [...]}）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Folder of the exported workspace.</source>
        <translation>导出的工作区所在的文件夹。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Folder for &lt;job&gt;_manifest.json (default: reports).</source>
        <translation>&lt;job&gt;_manifest.json 的输出文件夹（默认：reports）。</translation>
    </message>
    <message>
        <source>Nesting limit for dependency discovery (default: 10).</source>
        <translation>依赖发现的嵌套深度上限（默认：10）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--jobs-json and --workspace are required</source>
        <translation>必须指定 --jobs-json 和 --workspace</translation>
    </message>
    <message>
        <source>--max-depth needs a positive number</source>
        <translation>--max-depth 需要一个正数</translation>
    </message>
    <message>
        <source>the workspace folder does not exist</source>
        <translation>工作区文件夹不存在</translation>
    </message>
    <message>
        <source>Pass the folder the Databricks workspace was exported to.</source>
        <translation>请指定 Databricks 工作区导出到的文件夹。</translation>
    </message>
    <message>
        <source>mwb: warning: %1</source>
        <translation>mwb: 警告: %1</translation>
    </message>
    <message>
        <source>mwb: error: %1</source>
        <translation>mwb: 错误: %1</translation>
    </message>
    <message>
        <source>mwb %1: %2</source>
        <translation>mwb %1: %2</translation>
    </message>
    <message>
        <source>Run &quot;mwb %1 --help&quot; for the options.</source>
        <translation>运行 &quot;mwb %1 --help&quot; 查看可用选项。</translation>
    </message>
    <message numerus="yes">
        <source>%1 -&gt; %2 (%n cell(s))</source>
        <translation>
            <numerusform>%1 -&gt; %2 (%n 个单元格)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notebook(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个笔记本写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Convert a notebook between .ipynb, Databricks source (.py, .sql, .scala, .r) and .dbc. The output format follows OUT&apos;s extension. A .dbc holding several notebooks is expanded into the folder OUT.</source>
        <translation>在 .ipynb、Databricks 源格式（.py、.sql、.scala、.r）和 .dbc 之间转换笔记本。输出格式由 OUT 的扩展名决定。包含多个笔记本的 .dbc 会展开到文件夹 OUT 中。</translation>
    </message>
    <message>
        <source>When expanding a .dbc into a folder: ipynb (default) or source.</source>
        <translation>将 .dbc 展开到文件夹时使用的格式：ipynb（默认）或 source。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Notebook to read (&quot;archive.dbc!folder/name&quot; picks one archive entry).</source>
        <translation>要读取的笔记本（&quot;archive.dbc!folder/name&quot; 用于选择归档中的单个条目）。</translation>
    </message>
    <message>
        <source>File to write, or a folder for a .dbc with several notebooks.</source>
        <translation>要写入的文件；对于包含多个笔记本的 .dbc，则为文件夹。</translation>
    </message>
    <message>
        <source>expected IN and OUT</source>
        <translation>需要指定 IN 和 OUT</translation>
    </message>
    <message>
        <source>--to must be ipynb or source</source>
        <translation>--to 必须为 ipynb 或 source</translation>
    </message>
    <message>
        <source>unknown notebook format</source>
        <translation>未知的笔记本格式</translation>
    </message>
    <message>
        <source>Use .ipynb, .py, .sql, .scala, .r or .dbc.</source>
        <translation>请使用 .ipynb、.py、.sql、.scala、.r 或 .dbc。</translation>
    </message>
    <message>
        <source>unknown output format</source>
        <translation>未知的输出格式</translation>
    </message>
    <message>
        <source>Build reports/&lt;job&gt;_manifest.json from Databricks jobs and a workspace export</source>
        <translation>根据 Databricks 作业和工作区导出构建 reports/&lt;job&gt;_manifest.json</translation>
    </message>
    <message>
        <source>Convert a notebook between .ipynb, Databricks source and .dbc</source>
        <translation>在 .ipynb、Databricks 源格式和 .dbc 之间转换笔记本</translation>
    </message>
    <message>
        <source>Usage: mwb &lt;command&gt; [options]</source>
        <translation>用法: mwb &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>Migration Workbench engine: moves Databricks notebook jobs to Oracle AI Data Platform and data between SQLite, PostgreSQL and MySQL/MariaDB.</source>
        <translation>Migration Workbench 引擎：将 Databricks 笔记本作业迁移到 Oracle AI Data Platform，并在 SQLite、PostgreSQL 和 MySQL/MariaDB 之间迁移数据。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项:</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>显示此帮助</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <source>&quot;mwb &lt;command&gt; --help&quot; describes a command. Exit codes: 0 pass, 1 failed, 2 usage error, 3 partial, 130 interrupted.</source>
        <translation>&quot;mwb &lt;命令&gt; --help&quot; 显示命令的说明。退出码：0 通过，1 失败，2 用法错误，3 部分完成，130 已中断。</translation>
    </message>
    <message>
        <source>mwb: unknown command &quot;%1&quot;</source>
        <translation>mwb: 未知命令 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Mwb::Core</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Check the permissions of the output folder.</source>
        <translation>请检查输出文件夹的权限。</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>无法创建临时文件：%1</translation>
    </message>
    <message>
        <source>Check the permissions of the output folder and free disk space.</source>
        <translation>请检查输出文件夹的权限和可用磁盘空间。</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>Check free disk space.</source>
        <translation>请检查可用磁盘空间。</translation>
    </message>
    <message>
        <source>cannot flush to disk: %1</source>
        <translation>无法刷新到磁盘：%1</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation>无法替换文件：%1</translation>
    </message>
    <message>
        <source>the file is empty, expected a JSON document</source>
        <translation>文件为空，应为 JSON 文档</translation>
    </message>
    <message>
        <source>Export the file again; it may have been cut off.</source>
        <translation>请重新导出该文件；它可能已被截断。</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1 at offset %2)</source>
        <translation>无效的 UTF-8（偏移量 %2 处的字节 0x%1）</translation>
    </message>
    <message>
        <source>Save the file as UTF-8.</source>
        <translation>请将文件保存为 UTF-8 编码。</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON 格式错误：%1</translation>
    </message>
    <message>
        <source>The file ends early; it looks truncated. Export it again.</source>
        <translation>文件提前结束，似乎已被截断。请重新导出。</translation>
    </message>
    <message>
        <source>Fix the JSON at this position or export the file again.</source>
        <translation>请修正此位置的 JSON，或重新导出该文件。</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Check that the path exists and is readable.</source>
        <translation>请检查路径是否存在且可读。</translation>
    </message>
    <message>
        <source>Cannot open the event stream file: %1</source>
        <translation>无法打开事件流文件：%1</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable</source>
        <translation>请检查该文件夹是否存在且可写</translation>
    </message>
</context>
<context>
    <name>Mwb::Gui::MainWindow</name>
    <message>
        <source>Migration Workbench</source>
        <translation>Migration Workbench</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project folder with job manifests (reports/*_manifest.json)</source>
        <translation>打开包含作业清单（reports/*_manifest.json）的项目文件夹</translation>
    </message>
    <message>
        <source>&amp;Reload Project</source>
        <translation>重新加载项目(&amp;R)</translation>
    </message>
    <message>
        <source>Read the project&apos;s manifests again, e.g. after &quot;mwb build-dag&quot;</source>
        <translation>重新读取项目的清单，例如在运行 &quot;mwb build-dag&quot; 之后</translation>
    </message>
    <message>
        <source>&amp;Close Notebook</source>
        <translation>关闭笔记本(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Migration Workbench</source>
        <translation>关于 Migration Workbench(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>The project could not be opened.</source>
        <translation>无法打开项目。</translation>
    </message>
    <message>
        <source>Migration Workbench — %1</source>
        <translation>Migration Workbench — %1</translation>
    </message>
    <message>
        <source>%1  ·  jobs: %2, tasks: %3</source>
        <translation>%1  ·  作业：%2，任务：%3</translation>
    </message>
    <message>
        <source>%1 of the project&apos;s manifests could not be read.</source>
        <translation>项目中有 %1 个清单无法读取。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Open Project Folder</source>
        <translation>打开项目文件夹</translation>
    </message>
    <message>
        <source>No task &quot;%1&quot; in this project.</source>
        <translation>此项目中没有任务 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>%1 is not a notebook task; there is no notebook to show.</source>
        <translation>%1 不是笔记本任务，没有可显示的笔记本。</translation>
    </message>
    <message>
        <source>The path of %1 is computed at run time; there is no notebook to show.</source>
        <translation>%1 的路径在运行时才会计算，没有可显示的笔记本。</translation>
    </message>
    <message>
        <source>%1 is not in the workspace; export it and rebuild the manifest.</source>
        <translation>%1 不在工作区中；请将其导出并重新构建清单。</translation>
    </message>
    <message>
        <source>The notebook could not be opened.</source>
        <translation>无法打开笔记本。</translation>
    </message>
    <message>
        <source>Opened %1 (read-only)</source>
        <translation>已打开 %1（只读）</translation>
    </message>
    <message>
        <source>Open a project folder (File ▸ Open Project…, %1) to see its jobs, tasks and notebooks.</source>
        <translation>打开项目文件夹（文件 ▸ 打开项目…，%1）即可查看其中的作业、任务和笔记本。</translation>
    </message>
    <message>
        <source>Double-click a task or a %run dependency in the project tree to open its notebook.</source>
        <translation>在项目树中双击任务或 %run 依赖即可打开其笔记本。</translation>
    </message>
    <message>
        <source>About Migration Workbench</source>
        <translation>关于 Migration Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Migration Workbench %1&lt;/h3&gt;&lt;p&gt;Moves Databricks jobs to AIDP and databases between engines, and shows what changed on the way.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Migration Workbench %1&lt;/h3&gt;&lt;p&gt;将 Databricks 作业迁移到 AIDP，在不同引擎之间迁移数据库，并展示迁移过程中发生的变更。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证（GNU General Public License）第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Mwb::Gui::Project</name>
    <message>
        <source>the project folder does not exist</source>
        <translation>项目文件夹不存在</translation>
    </message>
    <message>
        <source>Choose the folder that holds the reports/ folder of &quot;mwb build-dag&quot;.</source>
        <translation>请选择包含 &quot;mwb build-dag&quot; 所生成 reports/ 文件夹的文件夹。</translation>
    </message>
    <message>
        <source>no job manifests (reports/*_manifest.json) in this folder</source>
        <translation>此文件夹中没有作业清单（reports/*_manifest.json）</translation>
    </message>
    <message>
        <source>Build them with &quot;mwb build-dag --jobs-json JOBS.json --workspace WORKSPACE -o %1&quot;.</source>
        <translation>请使用 &quot;mwb build-dag --jobs-json JOBS.json --workspace WORKSPACE -o %1&quot; 构建清单。</translation>
    </message>
</context>
<context>
    <name>Mwb::Notebook</name>
    <message>
        <source>Export the folder from Databricks again with format DBC.</source>
        <translation>请以 DBC 格式从 Databricks 重新导出该文件夹。</translation>
    </message>
    <message>
        <source>not a Databricks NotebookV1 document (no &quot;commands&quot; list)</source>
        <translation>不是 Databricks NotebookV1 文档（缺少 &quot;commands&quot; 列表）</translation>
    </message>
    <message>
        <source>command %1 is not a JSON object</source>
        <translation>命令 %1 不是 JSON 对象</translation>
    </message>
    <message>
        <source>not a readable DBC archive (broken or truncated ZIP, code %1)</source>
        <translation>不是可读取的 DBC 归档（ZIP 已损坏或被截断，代码 %1）</translation>
    </message>
    <message>
        <source>cannot read the archive entry (code %1)</source>
        <translation>无法读取归档条目（代码 %1）</translation>
    </message>
    <message>
        <source>the archive entry is damaged (checksum or data error %1)</source>
        <translation>归档条目已损坏（校验和或数据错误 %1）</translation>
    </message>
    <message>
        <source>the archive entry is larger than %1 MiB</source>
        <translation>归档条目大于 %1 MiB</translation>
    </message>
    <message>
        <source>the archive&apos;s directory is damaged (code %1)</source>
        <translation>归档目录已损坏（代码 %1）</translation>
    </message>
    <message>
        <source>cannot create the archive (code %1)</source>
        <translation>无法创建归档（代码 %1）</translation>
    </message>
    <message>
        <source>cannot add %1 to the archive</source>
        <translation>无法将 %1 添加到归档</translation>
    </message>
    <message>
        <source>cannot finish the archive (code %1)</source>
        <translation>无法完成归档（代码 %1）</translation>
    </message>
    <message>
        <source>Open and save it in Jupyter, or export it from Databricks again.</source>
        <translation>请在 Jupyter 中打开并重新保存，或从 Databricks 重新导出。</translation>
    </message>
    <message>
        <source>not a notebook: the top level is not a JSON object</source>
        <translation>不是笔记本：顶层不是 JSON 对象</translation>
    </message>
    <message>
        <source>not a notebook: &quot;nbformat&quot; is missing or not a number</source>
        <translation>不是笔记本：缺少 &quot;nbformat&quot; 或其不是数字</translation>
    </message>
    <message>
        <source>unsupported nbformat major version %1; this reads nbformat 4 (4.0 to 4.5)</source>
        <translation>不支持的 nbformat 主版本 %1；仅支持读取 nbformat 4（4.0 至 4.5）</translation>
    </message>
    <message>
        <source>Convert it with &quot;jupyter nbconvert --to notebook --nbformat 4&quot; first.</source>
        <translation>请先使用 &quot;jupyter nbconvert --to notebook --nbformat 4&quot; 进行转换。</translation>
    </message>
    <message>
        <source>not a notebook: &quot;nbformat_minor&quot; is missing or invalid</source>
        <translation>不是笔记本：缺少 &quot;nbformat_minor&quot; 或其无效</translation>
    </message>
    <message>
        <source>not a notebook: &quot;cells&quot; is missing or not a list</source>
        <translation>不是笔记本：缺少 &quot;cells&quot; 或其不是列表</translation>
    </message>
    <message>
        <source>not a notebook: &quot;metadata&quot; is not an object</source>
        <translation>不是笔记本：&quot;metadata&quot; 不是对象</translation>
    </message>
    <message>
        <source>cell %1 is not a JSON object</source>
        <translation>单元格 %1 不是 JSON 对象</translation>
    </message>
    <message>
        <source>cell %1 has an unknown cell_type &quot;%2&quot; (expected code, markdown or raw)</source>
        <translation>单元格 %1 的 cell_type &quot;%2&quot; 未知（应为 code、markdown 或 raw）</translation>
    </message>
    <message>
        <source>cell %1: &quot;source&quot; is missing or is neither a string nor a list of strings</source>
        <translation>单元格 %1：缺少 &quot;source&quot;，或其既不是字符串也不是字符串列表</translation>
    </message>
    <message>
        <source>cell %1: &quot;id&quot; is not a string</source>
        <translation>单元格 %1：&quot;id&quot; 不是字符串</translation>
    </message>
    <message>
        <source>the archive holds %1 notebooks (%2)</source>
        <translation>归档中包含 %1 个笔记本（%2）</translation>
    </message>
    <message>
        <source>Name one as &quot;%1!&lt;path&gt;&quot;.</source>
        <translation>请以 &quot;%1!&lt;path&gt;&quot; 的形式指定其中一个。</translation>
    </message>
    <message>
        <source>the archive has no notebook &quot;%1&quot;</source>
        <translation>归档中没有笔记本 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown Databricks source extension &quot;.%1&quot;</source>
        <translation>未知的 Databricks 源文件扩展名 &quot;.%1&quot;</translation>
    </message>
    <message>
        <source>Use .py, .sql, .scala or .r.</source>
        <translation>请使用 .py、.sql、.scala 或 .r。</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>无效的 UTF-8</translation>
    </message>
    <message>
        <source>Save the file as UTF-8.</source>
        <translation>请将文件保存为 UTF-8 编码。</translation>
    </message>
    <message>
        <source>missing the &quot;%1&quot; header line</source>
        <translation>缺少 &quot;%1&quot; 标头行</translation>
    </message>
    <message>
        <source>This is a plain script, not a Databricks notebook export; export the notebook with format SOURCE, or rename the file if its language is different.</source>
        <translation>这是普通脚本，而不是 Databricks 笔记本导出文件；请以 SOURCE 格式导出笔记本；如果其语言不同，请重命名该文件。</translation>
    </message>
    <message>
        <source>unknown notebook format &quot;%1&quot;</source>
        <translation>未知的笔记本格式 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Use .ipynb, .py, .sql, .scala, .r or .dbc.</source>
        <translation>请使用 .ipynb、.py、.sql、.scala、.r 或 .dbc。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::NotebookCellWidget</name>
    <message>
        <source>Cell %1 (%2)</source>
        <translation>单元格 %1（%2）</translation>
    </message>
    <message>
        <source>… output truncated (%1 characters in all; the notebook file has the rest)</source>
        <translation>… 输出已截断（共 %1 个字符；其余内容见笔记本文件）</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy Cell &amp;Source</source>
        <translation>复制单元格源代码(&amp;S)</translation>
    </message>
    <message>
        <source>Copy &amp;Output</source>
        <translation>复制输出(&amp;O)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::NotebookView</name>
    <message>
        <source>cells: %1 (code: %2)</source>
        <translation>单元格：%1（代码：%2）</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>This notebook has no cells.</source>
        <translation>此笔记本没有单元格。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::ProjectModel</name>
    <message>
        <source>(unnamed job)</source>
        <translation>（未命名作业）</translation>
    </message>
    <message>
        <source>job · tasks: %1 · layers: %2</source>
        <translation>作业 · 任务：%1 · 层：%2</translation>
    </message>
    <message>
        <source>Job id: %1</source>
        <translation>作业 ID：%1</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>清单：%1</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>no layer</source>
        <translation>无层</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · not in workspace</source>
        <translation>%1 · 不在工作区中</translation>
    </message>
    <message>
        <source>%1 (%2 code)</source>
        <translation>%1（代码 %2）</translation>
    </message>
    <message>
        <source>A %1 is not a notebook: the workbench shows and migrates notebook tasks only.</source>
        <translation>%1 不是笔记本：本工作台仅显示和迁移笔记本任务。</translation>
    </message>
    <message>
        <source>Notebook: %1</source>
        <translation>笔记本：%1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>The notebook is not in the workspace; export it and rebuild the manifest.</source>
        <translation>该笔记本不在工作区中；请将其导出并重新构建清单。</translation>
    </message>
    <message>
        <source>Runs after: %1</source>
        <translation>前置任务：%1</translation>
    </message>
    <message>
        <source>Some %run dependencies of this notebook need attention.</source>
        <translation>此笔记本的部分 %run 依赖需要处理。</translation>
    </message>
    <message>
        <source>%1 · cell %2</source>
        <translation>%1 · 单元格 %2</translation>
    </message>
    <message>
        <source>not in workspace</source>
        <translation>不在工作区中</translation>
    </message>
    <message>
        <source>not followed: nested too deep</source>
        <translation>未跟踪：嵌套过深</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Path expression: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>路径表达式：&lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>The path is computed when the notebook runs, so it cannot be followed before the run.</source>
        <translation>该路径在笔记本运行时才会计算，因此无法在运行前跟踪。</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>Called from cell %1 of %2</source>
        <translation>从 %2 的单元格 %1 调用</translation>
    </message>
    <message>
        <source>Argument %1 = %2</source>
        <translation>参数 %1 = %2</translation>
    </message>
    <message>
        <source>The target is not in the exported workspace: export it too, or fix the path in the calling cell, then rebuild the manifest.</source>
        <translation>目标不在导出的工作区中：请一并导出它，或修正调用单元格中的路径，然后重新构建清单。</translation>
    </message>
    <message>
        <source>The target is already being run further up this chain; it is not followed again.</source>
        <translation>目标已在此调用链的上游运行，因此不再重复跟踪。</translation>
    </message>
    <message>
        <source>The chain is nested deeper than the dependency scanner follows; raise the depth limit of &quot;mwb build-dag&quot; to see more.</source>
        <translation>调用链的嵌套深度超出了依赖扫描器的跟踪范围；请提高 &quot;mwb build-dag&quot; 的深度上限以查看更多内容。</translation>
    </message>
    <message>
        <source>It could not be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>dynamic path</source>
        <translation>动态路径</translation>
    </message>
    <message>
        <source>cycle, not followed</source>
        <translation>循环，未跟踪</translation>
    </message>
</context>
<context>
    <name>Mwb::Workflow</name>
    <message>
        <source>Export the job again with the Jobs API 2.1 (GET /api/2.1/jobs/get).</source>
        <translation>请使用 Jobs API 2.1（GET /api/2.1/jobs/get）重新导出该作业。</translation>
    </message>
    <message>
        <source>a job&apos;s settings are not a JSON object</source>
        <translation>作业的设置不是 JSON 对象</translation>
    </message>
    <message>
        <source>job &quot;%1&quot;: &quot;tasks&quot; is not a list</source>
        <translation>作业 &quot;%1&quot;：&quot;tasks&quot; 不是列表</translation>
    </message>
    <message>
        <source>job &quot;%1&quot;: a task is not a JSON object</source>
        <translation>作业 &quot;%1&quot;：某个任务不是 JSON 对象</translation>
    </message>
    <message>
        <source>job &quot;%1&quot;: a task has no &quot;task_key&quot;</source>
        <translation>作业 &quot;%1&quot;：某个任务缺少 &quot;task_key&quot;</translation>
    </message>
    <message>
        <source>job &quot;%1&quot;: task_key &quot;%2&quot; is used twice</source>
        <translation>作业 &quot;%1&quot;：task_key &quot;%2&quot; 被重复使用</translation>
    </message>
    <message>
        <source>Task keys must be unique within a job.</source>
        <translation>任务键在作业内必须唯一。</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; is a notebook task without &quot;notebook_path&quot;</source>
        <translation>任务 &quot;%1&quot; 是笔记本任务，但缺少 &quot;notebook_path&quot;</translation>
    </message>
    <message>
        <source>task &quot;%1&quot;: &quot;depends_on&quot; is not a list</source>
        <translation>任务 &quot;%1&quot;：&quot;depends_on&quot; 不是列表</translation>
    </message>
    <message>
        <source>task &quot;%1&quot;: a depends_on entry has no task_key</source>
        <translation>任务 &quot;%1&quot;：某个 depends_on 条目缺少 task_key</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; depends on &quot;%2&quot;, which is not a task of job &quot;%3&quot;</source>
        <translation>任务 &quot;%1&quot; 依赖于 &quot;%2&quot;，但 &quot;%2&quot; 不是作业 &quot;%3&quot; 的任务</translation>
    </message>
    <message>
        <source>Fix depends_on or export the complete job.</source>
        <translation>请修正 depends_on，或导出完整的作业。</translation>
    </message>
    <message>
        <source>Expected a Databricks Jobs API 2.1 document: a job&apos;s settings, a jobs/get response or {&quot;jobs&quot;: [...]}.</source>
        <translation>应为 Databricks Jobs API 2.1 文档：作业设置、jobs/get 响应或 {&quot;jobs&quot;: [...]}。</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>顶层不是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;jobs&quot; is not a list</source>
        <translation>&quot;jobs&quot; 不是列表</translation>
    </message>
    <message>
        <source>an entry of &quot;jobs&quot; is not a JSON object</source>
        <translation>&quot;jobs&quot; 中的某个条目不是 JSON 对象</translation>
    </message>
    <message>
        <source>no job found (no &quot;settings&quot;, &quot;tasks&quot; or &quot;jobs&quot; key)</source>
        <translation>未找到作业（没有 &quot;settings&quot;、&quot;tasks&quot; 或 &quot;jobs&quot; 键）</translation>
    </message>
    <message>
        <source>two jobs are named &quot;%1&quot;; their manifests would overwrite each other</source>
        <translation>有两个作业同名为 &quot;%1&quot;；它们的清单会相互覆盖</translation>
    </message>
    <message>
        <source>Rename one of them.</source>
        <translation>请重命名其中一个。</translation>
    </message>
    <message>
        <source>not a job manifest (no &quot;jobs&quot; list)</source>
        <translation>不是作业清单（缺少 &quot;jobs&quot; 列表）</translation>
    </message>
    <message>
        <source>Build it with &quot;mwb build-dag&quot;.</source>
        <translation>请使用 &quot;mwb build-dag&quot; 构建。</translation>
    </message>
    <message>
        <source>%1 in %2 (cell %3) computes its path at run time (%4); it cannot be resolved before the run</source>
        <translation>%2（单元格 %3）中的 %1 在运行时才计算路径（%4）；无法在运行前解析</translation>
    </message>
    <message>
        <source>%1 target %2 (from %3, cell %4) is not in the workspace</source>
        <translation>%1 目标 %2（来自 %3 的单元格 %4）不在工作区中</translation>
    </message>
    <message>
        <source>dependency cycle %1; broken at %2 -&gt; %3</source>
        <translation>依赖循环 %1；已在 %2 -&gt; %3 处断开</translation>
    </message>
    <message>
        <source>%1 nests deeper than %2 levels; its dependencies were not followed</source>
        <translation>%1 的嵌套超过 %2 层；未跟踪其依赖</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; is a %2, not a notebook task; it is kept in the DAG but not migrated</source>
        <translation>任务 &quot;%1&quot; 是 %2，而不是笔记本任务；它会保留在 DAG 中，但不会被迁移</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; of job &quot;%2&quot; names notebook %3, which is not in the workspace %4 (looked for %5)</source>
        <translation>作业 &quot;%2&quot; 的任务 &quot;%1&quot; 指定的笔记本 %3 不在工作区 %4 中（查找位置：%5）</translation>
    </message>
    <message>
        <source>Export that notebook into the workspace folder, or fix notebook_path.</source>
        <translation>请将该笔记本导出到工作区文件夹中，或修正 notebook_path。</translation>
    </message>
    <message>
        <source>notebook of task &quot;%1&quot;: %2</source>
        <translation>任务 &quot;%1&quot; 的笔记本：%2</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; has a task dependency cycle: %2</source>
        <translation>作业 &quot;%1&quot; 存在任务依赖循环：%2</translation>
    </message>
    <message>
        <source>Remove one of these depends_on entries; a job&apos;s tasks must form a DAG.</source>
        <translation>请删除其中一个 depends_on 条目；作业的任务必须构成 DAG。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review Databricks jobs and notebooks on their way to AIDP.</source>
        <translation>审查正在迁移到 AIDP 的 Databricks 作业和笔记本。</translation>
    </message>
    <message>
        <source>Project folder with reports/*_manifest.json.</source>
        <translation>包含 reports/*_manifest.json 的项目文件夹。</translation>
    </message>
    <message>
        <source>Open the notebook of the task TASK_KEY.</source>
        <translation>打开任务 TASK_KEY 的笔记本。</translation>
    </message>
    <message>
        <source>Save a PNG of the screen to FILE once the window is shown, then quit.</source>
        <translation>窗口显示后将屏幕截图以 PNG 格式保存到 FILE，然后退出。</translation>
    </message>
    <message>
        <source>Give at most one project folder.</source>
        <translation>最多只能指定一个项目文件夹。</translation>
    </message>
    <message>
        <source>Could not open the notebook of task %1.</source>
        <translation>无法打开任务 %1 的笔记本。</translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <translation>无法将屏幕截图保存到 %1。</translation>
    </message>
</context>
</TS>
