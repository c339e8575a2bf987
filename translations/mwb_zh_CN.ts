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
    <message>
        <source>Compare two notebooks cell by cell (any format: .ipynb, Databricks source, &quot;archive.dbc!entry&quot;). Prints a unified diff per changed cell, or writes one self-contained HTML page with --html.</source>
        <translation>逐个单元格比较两个笔记本（支持任意格式：.ipynb、Databricks 源格式、&quot;archive.dbc!entry&quot;）。为每个有更改的单元格输出统一差异（unified diff），或使用 --html 写入一个独立的 HTML 页面。</translation>
    </message>
    <message>
        <source>Write the side-by-side diff as HTML to FILE.</source>
        <translation>将并排差异以 HTML 格式写入 FILE。</translation>
    </message>
    <message>
        <source>Include unchanged cells in the HTML page.</source>
        <translation>在 HTML 页面中包含未更改的单元格。</translation>
    </message>
    <message>
        <source>Ignore changes in spaces and tabs.</source>
        <translation>忽略空格和制表符的变化。</translation>
    </message>
    <message>
        <source>Also compare cell outputs, metadata and execution counts.</source>
        <translation>同时比较单元格输出、元数据和执行计数。</translation>
    </message>
    <message>
        <source>The source notebook (left side).</source>
        <translation>源笔记本（左侧）。</translation>
    </message>
    <message>
        <source>The migrated notebook (right side).</source>
        <translation>迁移后的笔记本（右侧）。</translation>
    </message>
    <message>
        <source>expected A and B</source>
        <translation>需要指定 A 和 B</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n cell(s) changed</source>
        <translation>
            <numerusform>%n 个单元格中有 %1 个已更改</numerusform>
        </translation>
    </message>
    <message>
        <source>HTML written to %1</source>
        <translation>已将 HTML 写入 %1</translation>
    </message>
    <message>
        <source>--jupyter needs the server URL without credentials</source>
        <translation>--jupyter 需要不含凭据的服务器 URL</translation>
    </message>
    <message>
        <source>Put the token in MWB_JUPYTER_TOKEN (or JUPYTER_TOKEN), never in the URL.</source>
        <translation>请将令牌放在 MWB_JUPYTER_TOKEN（或 JUPYTER_TOKEN）中，切勿放在 URL 中。</translation>
    </message>
    <message>
        <source>Run a notebook cell by cell on a kernel and verify every cell: execution status, error lines in its output, Spark driver logs (when available) and the LLM judge (when configured). The Jupyter token comes from MWB_JUPYTER_TOKEN or JUPYTER_TOKEN; secrets never go on the command line.</source>
        <translation>在内核上逐个单元格运行笔记本并验证每个单元格：执行状态、输出中的错误行、Spark 驱动程序日志（如可用）以及 LLM 评审（如已配置）。Jupyter 令牌取自 MWB_JUPYTER_TOKEN 或 JUPYTER_TOKEN；机密信息绝不出现在命令行中。</translation>
    </message>
    <message>
        <source>Start a private jupyter-server with the Python kernel on 127.0.0.1 for this run.</source>
        <translation>为本次运行在 127.0.0.1 上启动一个带 Python 内核的私有 jupyter-server。</translation>
    </message>
    <message>
        <source>Use the Jupyter server at URL.</source>
        <translation>使用位于 URL 的 Jupyter 服务器。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Use Oracle AI Data Platform with this ~/.oci/config profile.</source>
        <translation>通过 ~/.oci/config 中的此配置档案使用 Oracle AI Data Platform。</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>A job parameter for oidlUtils.parameters / dbutils.widgets (repeatable; more k=v may follow).</source>
        <translation>用于 oidlUtils.parameters / dbutils.widgets 的作业参数（可重复指定；其后可跟更多 k=v）。</translation>
    </message>
    <message>
        <source>k=v</source>
        <translation>k=v</translation>
    </message>
    <message>
        <source>Write the JSON-lines event stream to FILE (&quot;-&quot; = stdout).</source>
        <translation>将 JSON-lines 事件流写入 FILE（&quot;-&quot; 表示 stdout）。</translation>
    </message>
    <message>
        <source>Kernel name (default: python3; AIDP: notebook).</source>
        <translation>内核名称（默认：python3；AIDP：notebook）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Time limit per cell in seconds (default 7200).</source>
        <translation>每个单元格的时间限制，单位为秒（默认 7200）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>&quot;Kernel hung&quot; when a cell is not started within SECONDS (default 60).</source>
        <translation>单元格在 SECONDS 秒内未开始执行时判定为“内核挂起”（默认 60）。</translation>
    </message>
    <message>
        <source>WebSocket framing: auto (offer v1, default) or legacy.</source>
        <translation>WebSocket 帧格式：auto（尝试 v1，默认）或 legacy。</translation>
    </message>
    <message>
        <source>Spark UI/REST root for checking failed stages (verification c).</source>
        <translation>用于检查失败阶段的 Spark UI/REST 根地址（验证项 c）。</translation>
    </message>
    <message>
        <source>Folder that stands for /Volumes in dbutils.fs (runtime shim).</source>
        <translation>dbutils.fs 中代表 /Volumes 的文件夹（运行时兼容层）。</translation>
    </message>
    <message>
        <source>Do not install the runtime shim (oidlUtils/dbutils) into the kernel.</source>
        <translation>不将运行时兼容层（oidlUtils/dbutils）安装到内核中。</translation>
    </message>
    <message>
        <source>OCI configuration file (default ~/.oci/config).</source>
        <translation>OCI 配置文件（默认 ~/.oci/config）。</translation>
    </message>
    <message>
        <source>AIDP data-lake OCID (gives the region).</source>
        <translation>AIDP 数据湖 OCID（可从中获得区域）。</translation>
    </message>
    <message>
        <source>OCID</source>
        <translation>OCID</translation>
    </message>
    <message>
        <source>AIDP workspace id.</source>
        <translation>AIDP 工作区 ID。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>AIDP cluster id.</source>
        <translation>AIDP 集群 ID。</translation>
    </message>
    <message>
        <source>OCI region, when the data-lake OCID does not give it.</source>
        <translation>OCI 区域，用于数据湖 OCID 中不含区域的情况。</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>AIDP REST endpoint (default https://aidp.&lt;region&gt;.oci.oraclecloud.com).</source>
        <translation>AIDP REST 端点（默认 https://aidp.&lt;region&gt;.oci.oraclecloud.com）。</translation>
    </message>
    <message>
        <source>AIDP kernel endpoint (default wss://c1.ws.aidp.&lt;region&gt;.oci.oraclecloud.com).</source>
        <translation>AIDP 内核端点（默认 wss://c1.ws.aidp.&lt;region&gt;.oci.oraclecloud.com）。</translation>
    </message>
    <message>
        <source>Delay between AIDP session retries and polls (default 15000/5000).</source>
        <translation>AIDP 会话重试和轮询之间的间隔，单位为毫秒（默认 15000/5000）。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Notebook to run (.ipynb, Databricks source, .dbc entry).</source>
        <translation>要运行的笔记本（.ipynb、Databricks 源格式、.dbc 条目）。</translation>
    </message>
    <message>
        <source>--params expects k=v, got &quot;%1&quot;</source>
        <translation>--params 需要 k=v 格式，但收到的是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected one NOTEBOOK</source>
        <translation>需要指定一个 NOTEBOOK</translation>
    </message>
    <message>
        <source>give exactly one of --local, --jupyter URL, --aidp PROFILE</source>
        <translation>必须且只能指定 --local、--jupyter URL、--aidp PROFILE 中的一个</translation>
    </message>
    <message>
        <source>--cell-timeout and --busy-timeout take a positive number of seconds</source>
        <translation>--cell-timeout 和 --busy-timeout 需要正数秒数</translation>
    </message>
    <message>
        <source>--protocol must be auto or legacy</source>
        <translation>--protocol 必须为 auto 或 legacy</translation>
    </message>
    <message>
        <source>RESULT: %1</source>
        <translation>结果: %1</translation>
    </message>
    <message>
        <source>starting a kernel on %1</source>
        <translation>正在 %1 上启动内核</translation>
    </message>
    <message>
        <source>kernel %1 connected (%2 framing)</source>
        <translation>内核 %1 已连接（%2 帧格式）</translation>
    </message>
    <message>
        <source>Cell %1/%2: %3</source>
        <translation>单元格 %1/%2: %3</translation>
    </message>
    <message>
        <source>Pass 1: rewrite Databricks notebooks for AIDP (one notebook, or a job manifest)</source>
        <translation>第 1 轮：为 AIDP 重写 Databricks 笔记本（单个笔记本或作业清单）</translation>
    </message>
    <message>
        <source>Compare two notebooks cell by cell; --html writes a side-by-side page</source>
        <translation>逐个单元格比较两个笔记本；--html 可生成并排对比页面</translation>
    </message>
    <message>
        <source>Run a notebook cell by cell on a kernel (--local, --jupyter, --aidp) and verify each cell</source>
        <translation>在内核上逐个单元格运行笔记本（--local、--jupyter、--aidp）并验证每个单元格</translation>
    </message>
    <message>
        <source>mwb: warning: %1 (3-part names are left unchanged)</source>
        <translation>mwb: 警告: %1（三段式名称保持不变）</translation>
    </message>
    <message>
        <source>mwb: warning: %1 (s3:// paths are left unchanged and flagged)</source>
        <translation>mwb: 警告: %1（s3:// 路径保持不变并会被标记）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (cell %2, line %3)</source>
        <translation>&quot;%1&quot;（单元格 %2，第 %3 行）</translation>
    </message>
    <message>
        <source>s3 bucket(s) without an entry in the bucket mapping: %1; nothing was written</source>
        <translation>以下 s3 存储桶在存储桶映射中没有条目：%1；未写入任何内容</translation>
    </message>
    <message>
        <source>Add them to the file passed with --bucket-mapping.</source>
        <translation>请将它们添加到通过 --bucket-mapping 指定的文件中。</translation>
    </message>
    <message numerus="yes">
        <source>%1 -&gt; %2: %n change(s)</source>
        <translation>
            <numerusform>%1 -&gt; %2: %n 处变更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n lint finding(s)</source>
        <translation>
            <numerusform>，%n 个 lint 发现项</numerusform>
        </translation>
    </message>
    <message>
        <source>  report: %1</source>
        <translation>  报告: %1</translation>
    </message>
    <message>
        <source>%1: %2 notebook(s) written, %3 already migrated, %4 blocker(s) -&gt; %5</source>
        <translation>%1: 已写入 %2 个笔记本，%3 个已迁移，%4 个阻断项 -&gt; %5</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  警告: %1</translation>
    </message>
    <message>
        <source>Pass 1: rewrite Databricks notebooks for Oracle AI Data Platform with the deterministic rules. Every change keeps the original line commented above it and is listed in migration_report.md.</source>
        <translation>第 1 轮：使用确定性规则为 Oracle AI Data Platform 重写 Databricks 笔记本。每处变更都会将原始行以注释形式保留在其上方，并列入 migration_report.md。</translation>
    </message>
    <message>
        <source>Notebook to write (default: &lt;name&gt;_aidp.ipynb next to the input).</source>
        <translation>要写入的笔记本（默认：输入文件旁的 &lt;name&gt;_aidp.ipynb）。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Catalogs whose 3-part names are remapped: {&quot;catalogs&quot;: [...]}.</source>
        <translation>需要重新映射三段式名称的目录：{&quot;catalogs&quot;: [...]}。</translation>
    </message>
    <message>
        <source>S3 bucket -&gt; OCI bucket and namespace.</source>
        <translation>S3 存储桶 -&gt; OCI 存储桶和命名空间。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>以 JSON 格式输出报告。</translation>
    </message>
    <message>
        <source>Rewrite every notebook of the jobs of this manifest.</source>
        <translation>重写此清单中各作业的所有笔记本。</translation>
    </message>
    <message>
        <source>Folder of the migrated jobs (with --manifest).</source>
        <translation>迁移后作业的文件夹（与 --manifest 一起使用）。</translation>
    </message>
    <message>
        <source>Workspace folder (default: the manifest&apos;s).</source>
        <translation>工作区文件夹（默认：清单中记录的文件夹）。</translation>
    </message>
    <message>
        <source>Only these jobs (comma-separated).</source>
        <translation>仅处理这些作业（以逗号分隔）。</translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation>NAMES</translation>
    </message>
    <message>
        <source>Rewrite notebooks the registry lists as migrated.</source>
        <translation>重写登记表中标记为已迁移的笔记本。</translation>
    </message>
    <message>
        <source>Skip notebooks the registry lists as migrated (default).</source>
        <translation>跳过登记表中标记为已迁移的笔记本（默认）。</translation>
    </message>
    <message>
        <source>Write JSON-lines events to FILE (&quot;-&quot;: stdout).</source>
        <translation>将 JSON-lines 事件写入 FILE（&quot;-&quot; 表示 stdout）。</translation>
    </message>
    <message>
        <source>Notebook to rewrite (without --manifest).</source>
        <translation>要重写的笔记本（不使用 --manifest 时）。</translation>
    </message>
    <message>
        <source>--manifest takes no NOTEBOOK and no -o; use --output-base</source>
        <translation>--manifest 不接受 NOTEBOOK 和 -o；请使用 --output-base</translation>
    </message>
    <message>
        <source>--manifest needs --output-base DIR</source>
        <translation>--manifest 需要 --output-base DIR</translation>
    </message>
    <message>
        <source>expected one NOTEBOOK (or --manifest FILE --output-base DIR)</source>
        <translation>需要指定一个 NOTEBOOK（或 --manifest FILE --output-base DIR）</translation>
    </message>
    <message>
        <source>--output-base, --jobs and --no-skip-migrated go with --manifest</source>
        <translation>--output-base、--jobs 和 --no-skip-migrated 需与 --manifest 一起使用</translation>
    </message>
    <message>
        <source>cannot start the detached job</source>
        <translation>无法启动后台作业</translation>
    </message>
    <message>
        <source>Run the command without --detach.</source>
        <translation>请不带 --detach 运行该命令。</translation>
    </message>
    <message>
        <source>data job %1 started in the background (pid %2)</source>
        <translation>数据作业 %1 已在后台启动（pid %2）</translation>
    </message>
    <message>
        <source>follow it with: mwb data status %1</source>
        <translation>使用以下命令跟踪进度：mwb data status %1</translation>
    </message>
    <message>
        <source>validation: %1; %2 unexplained difference(s); reports in %3</source>
        <translation>验证: %1；%2 处无法解释的差异；报告位于 %3</translation>
    </message>
    <message>
        <source>data job %1</source>
        <translation>数据作业 %1</translation>
    </message>
    <message>
        <source>%1: %2, %3 row(s) copied, %4 row(s) isolated in %5</source>
        <translation>%1: %2，已复制 %3 行，%4 行已隔离到 %5</translation>
    </message>
    <message>
        <source>Copy rows from a source database to a target database as a resumable job.</source>
        <translation>以可恢复作业的方式将行从源数据库复制到目标数据库。</translation>
    </message>
    <message>
        <source>Source connection URL or profile name.</source>
        <translation>源连接 URL 或配置档案名称。</translation>
    </message>
    <message>
        <source>URL|PROFILE</source>
        <translation>URL|PROFILE</translation>
    </message>
    <message>
        <source>Target connection URL or profile name.</source>
        <translation>目标连接 URL 或配置档案名称。</translation>
    </message>
    <message>
        <source>Copy this one table.</source>
        <translation>仅复制此表。</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>Copy these tables (comma separated).</source>
        <translation>复制这些表（以逗号分隔）。</translation>
    </message>
    <message>
        <source>a,b</source>
        <translation>a,b</translation>
    </message>
    <message>
        <source>Rows per batch (default 50000).</source>
        <translation>每批行数（默认 50000）。</translation>
    </message>
    <message>
        <source>Bytes per batch, in MB (default 50).</source>
        <translation>每批字节数，单位为 MB（默认 50）。</translation>
    </message>
    <message>
        <source>Empty each target table before copying into it.</source>
        <translation>复制前清空每个目标表。</translation>
    </message>
    <message>
        <source>Stop the job at the first table that fails.</source>
        <translation>在第一个失败的表处停止作业。</translation>
    </message>
    <message>
        <source>Fail a table at its first refused row instead of isolating the row.</source>
        <translation>表中出现第一个被拒绝的行时即判定该表失败，而不是隔离该行。</translation>
    </message>
    <message>
        <source>Write JSON-lines events to FILE (- for stdout).</source>
        <translation>将 JSON-lines 事件写入 FILE（- 表示 stdout）。</translation>
    </message>
    <message>
        <source>Run in the background, detached from the terminal.</source>
        <translation>在后台运行，与终端分离。</translation>
    </message>
    <message>
        <source>After the copy, validate the target against the source (mwb validate).</source>
        <translation>复制完成后，对照源验证目标（mwb validate）。</translation>
    </message>
    <message>
        <source>Job id to use (default: a new one).</source>
        <translation>要使用的作业 ID（默认：新建一个）。</translation>
    </message>
    <message>
        <source>--source and --target are required</source>
        <translation>必须指定 --source 和 --target</translation>
    </message>
    <message>
        <source>--source-table and --include-tables exclude each other</source>
        <translation>--source-table 与 --include-tables 互斥</translation>
    </message>
    <message>
        <source>--batch-size needs a positive number</source>
        <translation>--batch-size 需要一个正数</translation>
    </message>
    <message>
        <source>--memory-limit-mb needs a positive number</source>
        <translation>--memory-limit-mb 需要一个正数</translation>
    </message>
    <message>
        <source>Continue a data job after its last committed batch.</source>
        <translation>从最后一个已提交的批次之后继续数据作业。</translation>
    </message>
    <message>
        <source>The job to resume.</source>
        <translation>要恢复的作业。</translation>
    </message>
    <message>
        <source>give one job id</source>
        <translation>请指定一个作业 ID</translation>
    </message>
    <message>
        <source>Show the progress of a data job.</source>
        <translation>显示数据作业的进度。</translation>
    </message>
    <message>
        <source>Print the status document as JSON.</source>
        <translation>以 JSON 格式输出状态文档。</translation>
    </message>
    <message>
        <source>The job.</source>
        <translation>作业。</translation>
    </message>
    <message>
        <source>job %1: %2, %3% (%4 of %5 tables)</source>
        <translation>作业 %1: %2，%3%（%4/%5 个表）</translation>
    </message>
    <message>
        <source>%1 copied, %2 isolated, %3 in source</source>
        <translation>已复制 %1，已隔离 %2，源中共 %3</translation>
    </message>
    <message>
        <source>  note: the job was resumed, so the rows do not come from one source snapshot</source>
        <translation>  注意: 作业曾被恢复，因此这些行并非来自同一个源快照</translation>
    </message>
    <message>
        <source>  error: %1</source>
        <translation>  错误: %1</translation>
    </message>
    <message>
        <source>Usage: mwb data start|status|resume ...</source>
        <translation>用法: mwb data start|status|resume ...</translation>
    </message>
    <message>
        <source>  start  --source URL|PROFILE --target URL|PROFILE [--source-table T | --include-tables a,b]</source>
        <translation>  start  --source URL|PROFILE --target URL|PROFILE [--source-table T | --include-tables a,b]</translation>
    </message>
    <message>
        <source>  status JOB_ID [--json]</source>
        <translation>  status JOB_ID [--json]</translation>
    </message>
    <message>
        <source>  resume JOB_ID</source>
        <translation>  resume JOB_ID</translation>
    </message>
    <message>
        <source>Write a database schema as DDL for SQLite, PostgreSQL or MySQL, and optionally apply it</source>
        <translation>将数据库架构写为适用于 SQLite、PostgreSQL 或 MySQL 的 DDL，并可选择应用它</translation>
    </message>
    <message>
        <source>Copy table data between SQLite, PostgreSQL and MySQL as a resumable job (start|status|resume)</source>
        <translation>以可恢复作业的方式在 SQLite、PostgreSQL 和 MySQL 之间复制表数据（start|status|resume）</translation>
    </message>
    <message>
        <source>Compare a migrated database with its source: counts, checksums, schema, samples</source>
        <translation>将迁移后的数据库与其源进行比较：行数、校验和、架构、抽样</translation>
    </message>
    <message>
        <source>schema-copy %1 -&gt; %2: %3 table(s), %4 index(es), %5 foreign key(s), %6 view(s), %7 trigger(s); %8 skipped, %9 warning(s)</source>
        <translation>schema-copy %1 -&gt; %2: %3 个表，%4 个索引，%5 个外键，%6 个视图，%7 个触发器；已跳过 %8 个，%9 个警告</translation>
    </message>
    <message>
        <source>  skipped [%1] %2: %3</source>
        <translation>  已跳过 [%1] %2: %3</translation>
    </message>
    <message>
        <source>Read a database schema and write it as DDL for another dialect: tables.sql, indexes.sql, foreign_keys.sql, triggers.sql, views.sql and skipped/ in .tmp/schema-copy/&lt;timestamp&gt;/, with summary.json. Passwords come from PGPASSWORD / MWB_PASSWORD or the keychain, never from the URL.</source>
        <translation>读取数据库架构，并将其写为另一种方言的 DDL：tables.sql、indexes.sql、foreign_keys.sql、triggers.sql、views.sql 和 skipped/，位于 .tmp/schema-copy/&lt;timestamp&gt;/ 中，并附带 summary.json。密码取自 PGPASSWORD / MWB_PASSWORD 或密钥链，绝不取自 URL。</translation>
    </message>
    <message>
        <source>Source database URL or connection profile.</source>
        <translation>源数据库 URL 或连接配置档案。</translation>
    </message>
    <message>
        <source>sqlite, postgres or mysql (default: that of --apply).</source>
        <translation>sqlite、postgres 或 mysql（默认：与 --apply 相同）。</translation>
    </message>
    <message>
        <source>DIALECT</source>
        <translation>DIALECT</translation>
    </message>
    <message>
        <source>Folder for the files (default: .tmp/schema-copy/&lt;timestamp&gt;).</source>
        <translation>文件的输出文件夹（默认：.tmp/schema-copy/&lt;timestamp&gt;）。</translation>
    </message>
    <message>
        <source>Only these tables (comma-separated).</source>
        <translation>仅处理这些表（以逗号分隔）。</translation>
    </message>
    <message>
        <source>TABLES</source>
        <translation>TABLES</translation>
    </message>
    <message>
        <source>Leave these tables out (comma-separated).</source>
        <translation>排除这些表（以逗号分隔）。</translation>
    </message>
    <message>
        <source>Also create the schema in this database: tables, indexes, foreign keys, views, triggers, each file in one transaction where the target allows it.</source>
        <translation>同时在此数据库中创建架构：表、索引、外键、视图、触发器；在目标支持的情况下，每个文件在一个事务中执行。</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>以 JSON 格式输出摘要。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--source is required</source>
        <translation>必须指定 --source</translation>
    </message>
    <message>
        <source>unknown --target-dialect &quot;%1&quot;; use sqlite, postgres or mysql</source>
        <translation>未知的 --target-dialect &quot;%1&quot;；请使用 sqlite、postgres 或 mysql</translation>
    </message>
    <message>
        <source>--target-dialect %1 does not match the --apply database (%2)</source>
        <translation>--target-dialect %1 与 --apply 数据库（%2）不匹配</translation>
    </message>
    <message>
        <source>--target-dialect is required (or --apply, whose dialect is then used)</source>
        <translation>必须指定 --target-dialect（或指定 --apply，此时使用其方言）</translation>
    </message>
    <message>
        <source>The generated files are in %1.</source>
        <translation>生成的文件位于 %1。</translation>
    </message>
    <message>
        <source>  applied to %1: tables, indexes, foreign keys, views, triggers</source>
        <translation>  已应用到 %1: 表、索引、外键、视图、触发器</translation>
    </message>
    <message>
        <source>%1 %2: %3 / %4 rows, %5 missing, %6 extra, %7 changed (%8 within tolerance)</source>
        <translation>%1 %2: %3 / %4 行，缺失 %5，多余 %6，已更改 %7（%8 在容差范围内）</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 另有 %1 项</translation>
    </message>
    <message>
        <source>schema %1 %2: source %3, target %4 (%5)</source>
        <translation>架构 %1 %2: 源 %3，目标 %4（%5）</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>%1 unexplained data difference(s), %2 real schema difference(s), %3 expected by the mapping</source>
        <translation>%1 处无法解释的数据差异，%2 处实际架构差异，%3 处为映射预期的差异</translation>
    </message>
    <message>
        <source>Compare a migrated database with its source: row counts, checksums per key range (split until the differing keys are known), schema after type mapping, sampled rows. Passwords come from PGPASSWORD / MWB_PASSWORD or the keychain, never from the command line. Exit code 1 on any unexplained difference.</source>
        <translation>将迁移后的数据库与其源进行比较：行数、按键范围计算的校验和（不断拆分，直至找出存在差异的键）、类型映射后的架构以及抽样行。密码取自 PGPASSWORD / MWB_PASSWORD 或密钥链，绝不取自命令行。只要存在任何无法解释的差异，退出码即为 1。</translation>
    </message>
    <message>
        <source>Source database URL or profile name.</source>
        <translation>源数据库 URL 或配置档案名称。</translation>
    </message>
    <message>
        <source>Target database URL or profile name.</source>
        <translation>目标数据库 URL 或配置档案名称。</translation>
    </message>
    <message>
        <source>Only these tables (comma-separated, exact names).</source>
        <translation>仅处理这些表（以逗号分隔，名称须完全匹配）。</translation>
    </message>
    <message>
        <source>Rows per table compared value by value (default 0).</source>
        <translation>每个表逐值比较的行数（默认 0）。</translation>
    </message>
    <message>
        <source>Seed of the sample (same seed, same rows).</source>
        <translation>抽样的随机种子（种子相同，抽取的行也相同）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Column tolerance TABLE.COLUMN=abs:X|rel:X|time:SECONDS (repeatable).</source>
        <translation>列容差 TABLE.COLUMN=abs:X|rel:X|time:SECONDS（可重复指定）。</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>Share of a table&apos;s rows allowed to differ, TABLE=SHARE (repeatable).</source>
        <translation>表中允许存在差异的行所占比例，TABLE=SHARE（可重复指定）。</translation>
    </message>
    <message>
        <source>Skip the schema comparison.</source>
        <translation>跳过架构比较。</translation>
    </message>
    <message>
        <source>Print the JSON report on stdout.</source>
        <translation>将 JSON 报告输出到 stdout。</translation>
    </message>
    <message>
        <source>Write validation.json, validation.md and validation.html here.</source>
        <translation>将 validation.json、validation.md 和 validation.html 写入此处。</translation>
    </message>
    <message>
        <source>JSON-lines events to a file or - (stdout).</source>
        <translation>将 JSON-lines 事件写入文件或 -（stdout）。</translation>
    </message>
    <message>
        <source>Project folder: connections.json and .mwb/history.sqlite (default: .).</source>
        <translation>项目文件夹：包含 connections.json 和 .mwb/history.sqlite（默认：.）。</translation>
    </message>
    <message>
        <source>--json and --events - both write to stdout; send the events to a file</source>
        <translation>--json 和 --events - 都会写入 stdout；请将事件写入文件</translation>
    </message>
    <message>
        <source>--sample needs a number of rows (0 or more)</source>
        <translation>--sample 需要一个行数（0 或更大）</translation>
    </message>
    <message>
        <source>--seed needs a non-negative integer</source>
        <translation>--seed 需要一个非负整数</translation>
    </message>
    <message>
        <source>Migrate Databricks jobs to AIDP: Pass 1 rewrite, Pass 2 run, verify and fix every cell, reports</source>
        <translation>将 Databricks 作业迁移到 AIDP：第 1 轮重写，第 2 轮运行，验证并修复每个单元格，生成报告</translation>
    </message>
    <message>
        <source>Summarise the JOB_REPORT.md of migrate-job runs (a report, a job folder or an output base)</source>
        <translation>汇总 migrate-job 运行的 JOB_REPORT.md（报告、作业文件夹或输出根目录）</translation>
    </message>
    <message>
        <source>Migrate Databricks jobs to Oracle AI Data Platform: Pass 1 rewrites every task notebook and its %run dependencies, Pass 2 runs each task notebook cell by cell on a live kernel, verifies every cell four ways and lets the LLM fixer repair failing cells. Secrets come from the environment or the keychain (ANTHROPIC_API_KEY, MWB_JUPYTER_TOKEN), never from the command line.</source>
        <translation>将 Databricks 作业迁移到 Oracle AI Data Platform：第 1 轮重写每个任务笔记本及其 %run 依赖，第 2 轮在实时内核上逐个单元格运行每个任务笔记本，从四个方面验证每个单元格，并由 LLM 修复器修复失败的单元格。机密信息取自环境变量或密钥链（ANTHROPIC_API_KEY、MWB_JUPYTER_TOKEN），绝不取自命令行。</translation>
    </message>
    <message>
        <source>The job manifest written by mwb build-dag.</source>
        <translation>由 mwb build-dag 写入的作业清单。</translation>
    </message>
    <message>
        <source>Where migrated notebooks and reports go (default: migrated).</source>
        <translation>迁移后的笔记本和报告的输出位置（默认：migrated）。</translation>
    </message>
    <message>
        <source>The exported workspace folder (default: the manifest&apos;s).</source>
        <translation>导出的工作区文件夹（默认：清单中记录的文件夹）。</translation>
    </message>
    <message>
        <source>Use the Jupyter server at URL (token from MWB_JUPYTER_TOKEN).</source>
        <translation>使用位于 URL 的 Jupyter 服务器（令牌取自 MWB_JUPYTER_TOKEN）。</translation>
    </message>
    <message>
        <source>Only these jobs of the manifest (comma-separated).</source>
        <translation>仅处理清单中的这些作业（以逗号分隔）。</translation>
    </message>
    <message>
        <source>Run from the first task whose key contains S (in layer order); earlier tasks are not run.</source>
        <translation>从键中包含 S 的第一个任务（按层顺序）开始运行；之前的任务不运行。</translation>
    </message>
    <message>
        <source>Run only these tasks (comma-separated), even if already migrated.</source>
        <translation>仅运行这些任务（以逗号分隔），即使已迁移也会运行。</translation>
    </message>
    <message>
        <source>Skip notebooks and tasks that a previous run finished (default).</source>
        <translation>跳过先前运行中已完成的笔记本和任务（默认）。</translation>
    </message>
    <message>
        <source>Migrate and run everything again.</source>
        <translation>重新迁移并运行所有内容。</translation>
    </message>
    <message>
        <source>Tasks of one layer run at the same time, each on its own kernel (default 4).</source>
        <translation>同一层的任务同时运行，每个任务使用各自的内核（默认 4）。</translation>
    </message>
    <message>
        <source>Do NOT redirect writes to the sandbox while cells run: the job writes its real tables and paths. Only when you mean it.</source>
        <translation>运行单元格时不将写入重定向到沙盒：作业将写入其真实的表和路径。仅在确有此意时使用。</translation>
    </message>
    <message>
        <source>Schema that receives redirected table writes (default mwb_sandbox).</source>
        <translation>接收重定向的表写入的架构（默认 mwb_sandbox）。</translation>
    </message>
    <message>
        <source>Bucket that receives redirected path writes (default mwb-sandbox).</source>
        <translation>接收重定向的路径写入的存储桶（默认 mwb-sandbox）。</translation>
    </message>
    <message>
        <source>Object Storage namespace of the sandbox bucket.</source>
        <translation>沙盒存储桶的 Object Storage 命名空间。</translation>
    </message>
    <message>
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <source>Fixer attempts per failing cell (default 10).</source>
        <translation>每个失败单元格的修复尝试次数（默认 10）。</translation>
    </message>
    <message>
        <source>The fixer and judge: anthropic or none (default: anthropic when a key is configured, else none).</source>
        <translation>修复器和评审使用的 LLM：anthropic 或 none（默认：已配置密钥时为 anthropic，否则为 none）。</translation>
    </message>
    <message>
        <source>Folder that stands for /Volumes on the kernel&apos;s machine (default: &lt;output-base&gt;/volumes for --local and --jupyter).</source>
        <translation>内核所在机器上代表 /Volumes 的文件夹（默认：对于 --local 和 --jupyter 为 &lt;output-base&gt;/volumes）。</translation>
    </message>
    <message>
        <source>Map a Databricks mount point to a folder on the kernel&apos;s machine (repeatable), e.g. /mnt/raw=/data/raw.</source>
        <translation>将 Databricks 挂载点映射到内核所在机器上的文件夹（可重复指定），例如 /mnt/raw=/data/raw。</translation>
    </message>
    <message>
        <source>POINT=DIR</source>
        <translation>POINT=DIR</translation>
    </message>
    <message>
        <source>--manifest FILE is required (mwb build-dag writes it)</source>
        <translation>必须指定 --manifest FILE（由 mwb build-dag 写入）</translation>
    </message>
    <message>
        <source>--skip-migrated and --no-skip-migrated contradict each other</source>
        <translation>--skip-migrated 与 --no-skip-migrated 相互矛盾</translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 64</source>
        <translation>--parallel 需要 1 到 64 之间的数字</translation>
    </message>
    <message>
        <source>--max-fix-attempts takes a number from 0 to 50</source>
        <translation>--max-fix-attempts 需要 0 到 50 之间的数字</translation>
    </message>
    <message>
        <source>--llm must be anthropic or none</source>
        <translation>--llm 必须为 anthropic 或 none</translation>
    </message>
    <message>
        <source>mwb: note: no LLM key configured, so failing cells are not fixed and the judge is off (set ANTHROPIC_API_KEY, or pass --llm none to silence this)</source>
        <translation>mwb: 注意: 未配置 LLM 密钥，因此不会修复失败的单元格，评审也已关闭（请设置 ANTHROPIC_API_KEY，或传入 --llm none 以不再显示此提示）</translation>
    </message>
    <message>
        <source>local Jupyter kernel (python3, private jupyter-server on 127.0.0.1)</source>
        <translation>本地 Jupyter 内核（python3，127.0.0.1 上的私有 jupyter-server）</translation>
    </message>
    <message>
        <source>--jupyter needs the server URL without credentials; put the token in MWB_JUPYTER_TOKEN</source>
        <translation>--jupyter 需要不含凭据的服务器 URL；请将令牌放在 MWB_JUPYTER_TOKEN 中</translation>
    </message>
    <message>
        <source>Jupyter server %1</source>
        <translation>Jupyter 服务器 %1</translation>
    </message>
    <message>
        <source>--mount expects POINT=DIR, e.g. /mnt/raw=/data/raw; got &quot;%1&quot;</source>
        <translation>--mount 需要 POINT=DIR 格式，例如 /mnt/raw=/data/raw，但收到的是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>AIDP cluster %1 (profile %2)</source>
        <translation>AIDP 集群 %1（配置档案 %2）</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>没有这样的文件或文件夹</translation>
    </message>
    <message>
        <source>Pass a JOB_REPORT.md, a job folder or the --output-base folder of &quot;mwb migrate-job&quot;.</source>
        <translation>请指定 JOB_REPORT.md、作业文件夹或 &quot;mwb migrate-job&quot; 的 --output-base 文件夹。</translation>
    </message>
    <message>
        <source>no job report here (looked for %1, reports/%1 and &lt;job&gt;/reports/%1)</source>
        <translation>此处没有作业报告（查找位置：%1、reports/%1 和 &lt;job&gt;/reports/%1）</translation>
    </message>
    <message>
        <source>the job has no report</source>
        <translation>该作业没有报告</translation>
    </message>
    <message>
        <source>The job is still running, or stopped before writing its report; run &quot;mwb migrate-job&quot; for it again.</source>
        <translation>该作业仍在运行，或在写入报告前已停止；请对其重新运行 &quot;mwb migrate-job&quot;。</translation>
    </message>
    <message>
        <source>%1: %2  (%3)</source>
        <translation>%1: %2  (%3)</translation>
    </message>
    <message>
        <source>no readable report: %1</source>
        <translation>没有可读取的报告：%1</translation>
    </message>
    <message>
        <source>Total: %1 task(s), %2/%3/%4 (ok/failed/fixed)</source>
        <translation>合计: %1 个任务，%2/%3/%4（成功/失败/已修复）</translation>
    </message>
    <message>
        <source>Result: %1 (%2 job(s))</source>
        <translation>结果: %1（%2 个作业）</translation>
    </message>
    <message>
        <source>Summarise JOB_REPORT.md files of &quot;mwb migrate-job&quot;: the roll-up of every job and the ok/failed/fixed cells of every task. Exit code 0 PASS, 3 PARTIAL, 1 FAIL or an unreadable report, 130 INTERRUPTED.</source>
        <translation>汇总 &quot;mwb migrate-job&quot; 的 JOB_REPORT.md 文件：每个作业的汇总结果以及每个任务中成功/失败/已修复的单元格。退出码：0 PASS，3 PARTIAL，1 FAIL 或报告无法读取，130 INTERRUPTED。</translation>
    </message>
    <message>
        <source>A JOB_REPORT.md, a job folder or the output base of migrate-job.</source>
        <translation>JOB_REPORT.md、作业文件夹或 migrate-job 的输出根目录。</translation>
    </message>
    <message>
        <source>Print the status as JSON on stdout.</source>
        <translation>将状态以 JSON 格式输出到 stdout。</translation>
    </message>
    <message>
        <source>expected one DIR_OR_REPORT</source>
        <translation>需要指定一个 DIR_OR_REPORT</translation>
    </message>
    <message>
        <source>Pass 1 also sends cells that still carry Databricks markers after the rules to the LLM (one request per such cell).</source>
        <translation>第 1 轮还会将应用规则后仍带有 Databricks 标记的单元格发送给 LLM（每个此类单元格发送一次请求）。</translation>
    </message>
    <message>
        <source>--llm-rewrite needs the LLM; it cannot go with --llm none</source>
        <translation>--llm-rewrite 需要 LLM；不能与 --llm none 一起使用</translation>
    </message>
    <message>
        <source>%1.%2 s</source>
        <translation>%1.%2 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>no run history in this project</source>
        <translation>此项目中没有运行历史记录</translation>
    </message>
    <message>
        <source>Runs of &quot;mwb migrate-job&quot;, &quot;mwb data&quot; and &quot;mwb validate&quot; write it; pass --project DIR for another project folder.</source>
        <translation>运行历史记录由 &quot;mwb migrate-job&quot;、&quot;mwb data&quot; 和 &quot;mwb validate&quot; 的运行写入；如需使用其他项目文件夹，请传入 --project DIR。</translation>
    </message>
    <message>
        <source>--limit wants a positive number, not &quot;%1&quot;</source>
        <translation>--limit 需要一个正数，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No runs.</source>
        <translation>没有运行记录。</translation>
    </message>
    <message>
        <source>RUN ID</source>
        <translation>运行 ID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>no run &quot;%1&quot; in the run history</source>
        <translation>运行历史记录中没有运行 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;mwb history list&quot; shows the run ids.</source>
        <translation>&quot;mwb history list&quot; 会列出运行 ID。</translation>
    </message>
    <message>
        <source>Run:      %1</source>
        <translation>运行：%1</translation>
    </message>
    <message>
        <source>Kind:     %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Status:   %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Title:    %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <source>Started:  %1</source>
        <translation>开始：%1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>结束：%1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>耗时：%1</translation>
    </message>
    <message>
        <source>Report:   %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <source>%1/%2/%3/%4</source>
        <translation>%1/%2/%3/%4</translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation>输入 %1 / 输出 %2</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>（无记录）</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>OK/FAILED/FIXED/SKIPPED</source>
        <translation>OK/FAILED/FIXED/SKIPPED</translation>
    </message>
    <message>
        <source>TOKENS</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Cells that failed or were fixed:</source>
        <translation>失败或已修复的单元格：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>CELL</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>List the runs of this project (migrate-job, data, validate) from .mwb/history.sqlite, newest first, or show one run: its summary and, for migrate-job runs, its tasks and the cells that failed or were fixed.</source>
        <translation>从 .mwb/history.sqlite 中按从新到旧的顺序列出此项目的运行（migrate-job、data、validate），或显示单个运行：其摘要，以及（对于 migrate-job 运行）其任务和失败或已修复的单元格。</translation>
    </message>
    <message>
        <source>&quot;list&quot; (the default) or &quot;show RUN_ID&quot;.</source>
        <translation>&quot;list&quot;（默认）或 &quot;show RUN_ID&quot;。</translation>
    </message>
    <message>
        <source>Print JSON on stdout, for tools.</source>
        <translation>将 JSON 输出到 stdout，供工具使用。</translation>
    </message>
    <message>
        <source>Project folder (default: .).</source>
        <translation>项目文件夹（默认：.）。</translation>
    </message>
    <message>
        <source>list: only runs of this kind (migrate-job, data, validate).</source>
        <translation>list：仅列出此类型的运行（migrate-job、data、validate）。</translation>
    </message>
    <message>
        <source>list: only runs with this status (running, completed, completed_with_errors, failed, interrupted).</source>
        <translation>list：仅列出此状态的运行（running、completed、completed_with_errors、failed、interrupted）。</translation>
    </message>
    <message>
        <source>list: at most N runs (default: 50).</source>
        <translation>list：最多列出 N 个运行（默认：50）。</translation>
    </message>
    <message>
        <source>&quot;list&quot; takes no arguments</source>
        <translation>&quot;list&quot; 不接受参数</translation>
    </message>
    <message>
        <source>&quot;show&quot; wants one RUN_ID</source>
        <translation>&quot;show&quot; 需要一个 RUN_ID</translation>
    </message>
    <message>
        <source>--kind, --status and --limit filter &quot;list&quot;</source>
        <translation>--kind、--status 和 --limit 仅用于筛选 &quot;list&quot;</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use &quot;list&quot; or &quot;show RUN_ID&quot;</source>
        <translation>未知操作 &quot;%1&quot;；请使用 &quot;list&quot; 或 &quot;show RUN_ID&quot;</translation>
    </message>
    <message>
        <source>List the project&apos;s runs (migrate-job, data, validate) or show one with its tasks and failed cells</source>
        <translation>列出项目的运行（migrate-job、data、validate），或显示某个运行及其任务和失败的单元格</translation>
    </message>
    <message>
        <source>Export a run&apos;s report as Markdown, HTML or PDF (report export RUN_ID --format md|html|pdf)</source>
        <translation>将运行的报告导出为 Markdown、HTML 或 PDF（report export RUN_ID --format md|html|pdf）</translation>
    </message>
    <message>
        <source>Export the report of a run from the run history: Markdown, one self-contained HTML page, or PDF. migrate-job runs give every job&apos;s JOB_REPORT.md, validate runs their validation.md, data runs their status.</source>
        <translation>从运行历史记录中导出某个运行的报告：Markdown、一个独立的 HTML 页面或 PDF。migrate-job 运行输出每个作业的 JOB_REPORT.md，validate 运行输出其 validation.md，data 运行输出其状态。</translation>
    </message>
    <message>
        <source>The action: export.</source>
        <translation>操作：export。</translation>
    </message>
    <message>
        <source>A run id from &quot;mwb history list&quot;.</source>
        <translation>&quot;mwb history list&quot; 中的运行 ID。</translation>
    </message>
    <message>
        <source>md, html or pdf.</source>
        <translation>md、html 或 pdf。</translation>
    </message>
    <message>
        <source>Write to this file (md and html: default stdout; pdf: required).</source>
        <translation>写入此文件（md 和 html：默认为 stdout；pdf：必需）。</translation>
    </message>
    <message>
        <source>expected &quot;export RUN_ID&quot;</source>
        <translation>需要指定 &quot;export RUN_ID&quot;</translation>
    </message>
    <message>
        <source>--format wants md, html or pdf</source>
        <translation>--format 需要 md、html 或 pdf</translation>
    </message>
    <message>
        <source>--format pdf needs -o FILE</source>
        <translation>--format pdf 需要 -o FILE</translation>
    </message>
    <message>
        <source>Pass --project DIR for another project folder.</source>
        <translation>如需使用其他项目文件夹，请传入 --project DIR。</translation>
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
    <name>Mwb::Db</name>
    <message>
        <source>the PostgreSQL driver gave no native connection handle</source>
        <translation>PostgreSQL 驱动程序未提供原生连接句柄</translation>
    </message>
    <message>
        <source>Install the Qt PostgreSQL driver built against libpq (libqt6sql6-psql).</source>
        <translation>请安装基于 libpq 构建的 Qt PostgreSQL 驱动程序（libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>table &quot;%1&quot;</source>
        <translation>表 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>scanning column values failed: %1</source>
        <translation>扫描列值失败：%1</translation>
    </message>
    <message>
        <source>The scan decides exact type mappings (tinyint(1), unsigned bigint, SQLite storage classes); the user needs SELECT on the table.</source>
        <translation>扫描用于确定精确的类型映射（tinyint(1)、unsigned bigint、SQLite 存储类）；用户需要对该表具有 SELECT 权限。</translation>
    </message>
    <message>
        <source>statement failed: %1</source>
        <translation>语句执行失败：%1</translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <translation>语句：%1</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>未安装 Qt SQL 驱动程序 %1</translation>
    </message>
    <message>
        <source>Install the Qt 6 SQL driver package (libqt6sql6-sqlite, libqt6sql6-psql or libqt6sql6-mysql).</source>
        <translation>请安装 Qt 6 SQL 驱动程序包（libqt6sql6-sqlite、libqt6sql6-psql 或 libqt6sql6-mysql）。</translation>
    </message>
    <message>
        <source>the SQLite file does not exist</source>
        <translation>SQLite 文件不存在</translation>
    </message>
    <message>
        <source>Check the path; a missing source file is never created.</source>
        <translation>请检查路径；不存在的源文件绝不会被自动创建。</translation>
    </message>
    <message>
        <source>TLS mode %1 cannot be enforced by the installed MySQL driver</source>
        <translation>已安装的 MySQL 驱动程序无法强制执行 TLS 模式 %1</translation>
    </message>
    <message>
        <source>The QMYSQL driver cannot make the client library verify the server certificate. Reach the server through an SSH tunnel on 127.0.0.1, or downgrade knowingly with ssl-mode=REQUIRED (encrypted, server not verified).</source>
        <translation>QMYSQL 驱动程序无法让客户端库验证服务器证书。请通过 127.0.0.1 上的 SSH 隧道访问服务器，或在知情的情况下使用 ssl-mode=REQUIRED 降级（连接加密，但不验证服务器）。</translation>
    </message>
    <message>
        <source>No password was found: set %1 or store it in the keychain (service &quot;MigrationWorkbench&quot;, key = the profile name).</source>
        <translation>未找到密码：请设置 %1，或将其存储在密钥链中（服务 &quot;MigrationWorkbench&quot;，键 = 配置档案名称）。</translation>
    </message>
    <message>
        <source>Check that the server runs and accepts this user, and the TLS mode (%1).</source>
        <translation>请检查服务器是否正在运行并接受此用户，以及 TLS 模式（%1）。</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>cannot switch off multi-statement mode on the MySQL connection</source>
        <translation>无法关闭 MySQL 连接的多语句模式</translation>
    </message>
    <message>
        <source>The MySQL client library does not offer mysql_set_server_option; install libmariadb3 or libmysqlclient.</source>
        <translation>MySQL 客户端库未提供 mysql_set_server_option；请安装 libmariadb3 或 libmysqlclient。</translation>
    </message>
    <message>
        <source>the MySQL connection does not use utf8mb4</source>
        <translation>MySQL 连接未使用 utf8mb4</translation>
    </message>
    <message>
        <source>4-byte characters (emoji) would be lost. Use a server and client library that support utf8mb4 (MySQL 5.5.3+, MariaDB 5.5+).</source>
        <translation>4 字节字符（emoji）将会丢失。请使用支持 utf8mb4 的服务器和客户端库（MySQL 5.5.3+、MariaDB 5.5+）。</translation>
    </message>
    <message>
        <source>the server did not encrypt the connection although ssl-mode=%1</source>
        <translation>尽管设置了 ssl-mode=%1，服务器仍未加密连接</translation>
    </message>
    <message>
        <source>Enable TLS on the server, or choose ssl-mode=PREFERRED knowingly.</source>
        <translation>请在服务器上启用 TLS，或在知情的情况下选择 ssl-mode=PREFERRED。</translation>
    </message>
    <message>
        <source>a TLS mode was given for a SQLite database</source>
        <translation>为 SQLite 数据库指定了 TLS 模式</translation>
    </message>
    <message>
        <source>Remove the sslmode/ssl-mode setting: SQLite files are local.</source>
        <translation>请删除 sslmode/ssl-mode 设置：SQLite 文件位于本地。</translation>
    </message>
    <message>
        <source>unknown TLS mode &quot;%1&quot;</source>
        <translation>未知的 TLS 模式 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>请使用以下之一：%1。</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; (%2)</source>
        <translation>配置档案 &quot;%1&quot;（%2）</translation>
    </message>
    <message>
        <source>connection URL</source>
        <translation>连接 URL</translation>
    </message>
    <message>
        <source>not a valid connection URL</source>
        <translation>不是有效的连接 URL</translation>
    </message>
    <message>
        <source>Use sqlite:///abs/path.db, postgresql://user@host:5432/db or mysql://user@host:3306/db.</source>
        <translation>请使用 sqlite:///abs/path.db、postgresql://user@host:5432/db 或 mysql://user@host:3306/db。</translation>
    </message>
    <message>
        <source>the URL contains a password</source>
        <translation>URL 中包含密码</translation>
    </message>
    <message>
        <source>Passwords never go in URLs, where they end up in shell history, process lists and logs. Remove it and set PGPASSWORD / MWB_PASSWORD or store it in the keychain.</source>
        <translation>密码绝不能放在 URL 中，否则会出现在 shell 历史记录、进程列表和日志中。请将其删除，并设置 PGPASSWORD / MWB_PASSWORD 或将其存储在密钥链中。</translation>
    </message>
    <message>
        <source>unknown database scheme &quot;%1&quot;</source>
        <translation>未知的数据库协议 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Use sqlite://, postgresql:// or mysql://.</source>
        <translation>请使用 sqlite://、postgresql:// 或 mysql://。</translation>
    </message>
    <message>
        <source>a SQLite URL needs an absolute file path</source>
        <translation>SQLite URL 需要绝对文件路径</translation>
    </message>
    <message>
        <source>Write three slashes before the path: sqlite:///home/me/data.db.</source>
        <translation>请在路径前写三个斜杠：sqlite:///home/me/data.db。</translation>
    </message>
    <message>
        <source>a SQLite URL takes no parameters</source>
        <translation>SQLite URL 不接受参数</translation>
    </message>
    <message>
        <source>Remove the part after &quot;?&quot;.</source>
        <translation>请删除 &quot;?&quot; 之后的部分。</translation>
    </message>
    <message>
        <source>the URL has no host</source>
        <translation>URL 中没有主机</translation>
    </message>
    <message>
        <source>Write the server as user@host:port, e.g. %1</source>
        <translation>请按 user@host:port 的格式写出服务器，例如 %1</translation>
    </message>
    <message>
        <source>the URL names no database</source>
        <translation>URL 中未指定数据库</translation>
    </message>
    <message>
        <source>Add the database after the port: .../shop.</source>
        <translation>请在端口后添加数据库：.../shop。</translation>
    </message>
    <message>
        <source>the URL contains a password parameter</source>
        <translation>URL 中包含密码参数</translation>
    </message>
    <message>
        <source>Passwords never go in URLs. Remove it and set PGPASSWORD / MWB_PASSWORD or store it in the keychain.</source>
        <translation>密码绝不能放在 URL 中。请将其删除，并设置 PGPASSWORD / MWB_PASSWORD 或将其存储在密钥链中。</translation>
    </message>
    <message>
        <source>unknown URL parameter &quot;%1&quot;</source>
        <translation>未知的 URL 参数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Supported parameters: sslmode (or ssl-mode) and sslrootcert (or ssl-ca).</source>
        <translation>支持的参数：sslmode（或 ssl-mode）和 sslrootcert（或 ssl-ca）。</translation>
    </message>
    <message>
        <source>no connection profile &quot;%1&quot;: connections.json does not exist</source>
        <translation>没有连接配置档案 &quot;%1&quot;：connections.json 不存在</translation>
    </message>
    <message>
        <source>Pass a URL such as postgresql://user@host:5432/db, or add the profile to connections.json in the project folder.</source>
        <translation>请传入 URL（例如 postgresql://user@host:5432/db），或将该配置档案添加到项目文件夹中的 connections.json。</translation>
    </message>
    <message>
        <source>connections.json has no &quot;profiles&quot; object</source>
        <translation>connections.json 中没有 &quot;profiles&quot; 对象</translation>
    </message>
    <message>
        <source>Write {&quot;profiles&quot;: {&quot;name&quot;: {&quot;url&quot;: &quot;postgresql://user@host/db&quot;}}}.</source>
        <translation>请按 {&quot;profiles&quot;: {&quot;name&quot;: {&quot;url&quot;: &quot;postgresql://user@host/db&quot;}}} 的格式编写。</translation>
    </message>
    <message>
        <source>no connection profile &quot;%1&quot;</source>
        <translation>没有连接配置档案 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The file defines no profiles.</source>
        <translation>该文件未定义任何配置档案。</translation>
    </message>
    <message>
        <source>Known profiles: %1.</source>
        <translation>已知的配置档案：%1。</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; stores a password in connections.json</source>
        <translation>配置档案 &quot;%1&quot; 在 connections.json 中存储了密码</translation>
    </message>
    <message>
        <source>Project files never hold secrets. Remove &quot;%1&quot; and store the password in the keychain (key &quot;%2&quot;) or set PGPASSWORD / MWB_PASSWORD.</source>
        <translation>项目文件绝不能包含机密信息。请删除 &quot;%1&quot;，并将密码存储在密钥链中（键 &quot;%2&quot;），或设置 PGPASSWORD / MWB_PASSWORD。</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has an unknown field &quot;%2&quot;</source>
        <translation>配置档案 &quot;%1&quot; 包含未知字段 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Known fields: %1.</source>
        <translation>已知字段：%1。</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no &quot;url&quot;</source>
        <translation>配置档案 &quot;%1&quot; 缺少 &quot;url&quot;</translation>
    </message>
    <message>
        <source>Add &quot;url&quot;: &quot;postgresql://user@host:5432/db&quot;.</source>
        <translation>请添加 &quot;url&quot;: &quot;postgresql://user@host:5432/db&quot;。</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>配置档案 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>no connection given</source>
        <translation>未指定连接</translation>
    </message>
    <message>
        <source>Pass a URL such as postgresql://user@host:5432/db or a profile name from connections.json.</source>
        <translation>请传入 URL（例如 postgresql://user@host:5432/db）或 connections.json 中的配置档案名称。</translation>
    </message>
    <message>
        <source>a data job with this id exists already</source>
        <translation>已存在具有此 ID 的数据作业</translation>
    </message>
    <message>
        <source>Use mwb data resume %1, or start a new job.</source>
        <translation>请使用 mwb data resume %1，或启动新作业。</translation>
    </message>
    <message>
        <source>the source has no table %1</source>
        <translation>源中没有表 %1</translation>
    </message>
    <message>
        <source>Check the name; names are matched exactly.</source>
        <translation>请检查名称；名称须完全匹配。</translation>
    </message>
    <message>
        <source>the target lacks some of the tables: %1</source>
        <translation>目标中缺少部分表：%1</translation>
    </message>
    <message>
        <source>Create them with mwb schema-copy --apply, or copy only the tables that exist.</source>
        <translation>请使用 mwb schema-copy --apply 创建这些表，或仅复制已存在的表。</translation>
    </message>
    <message numerus="yes">
        <source>created %n target table(s)</source>
        <translation>
            <numerusform>已创建 %n 个目标表</numerusform>
        </translation>
    </message>
    <message>
        <source>foreign key cycle: %1 -&gt; %2 is loaded without order; rows are checked after the load</source>
        <translation>外键循环：%1 -&gt; %2 不按顺序加载；加载完成后再检查这些行</translation>
    </message>
    <message>
        <source>stopped by signal %1 after a committed batch; run mwb data resume %2</source>
        <translation>在提交一个批次后被信号 %1 停止；请运行 mwb data resume %2</translation>
    </message>
    <message>
        <source>stopped at the first failed table (--stop-on-error)</source>
        <translation>已在第一个失败的表处停止（--stop-on-error）</translation>
    </message>
    <message>
        <source>%1: %2 row(s) without a parent row moved to fk_violations.jsonl</source>
        <translation>%1: %2 行缺少父行，已移至 fk_violations.jsonl</translation>
    </message>
    <message>
        <source>empty name</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>Give the object a name in the source.</source>
        <translation>请在源中为该对象命名。</translation>
    </message>
    <message>
        <source>the name contains a NUL character</source>
        <translation>名称中包含 NUL 字符</translation>
    </message>
    <message>
        <source>No database can create it; rename the object in the source.</source>
        <translation>任何数据库都无法创建该名称；请在源中重命名该对象。</translation>
    </message>
    <message>
        <source>the name is %1 bytes long; %2 keeps only %3 bytes and would silently cut it</source>
        <translation>名称长度为 %1 字节；%2 只保留 %3 字节，会静默截断该名称</translation>
    </message>
    <message>
        <source>the name is %1 characters long; %2 allows at most %3</source>
        <translation>名称长度为 %1 个字符；%2 最多允许 %3 个</translation>
    </message>
    <message>
        <source>Rename the object in the source, or exclude its table with --exclude-tables.</source>
        <translation>请在源中重命名该对象，或使用 --exclude-tables 排除其所在的表。</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>读取 %1 失败：%2</translation>
    </message>
    <message>
        <source>cannot open the failed-rows file</source>
        <translation>无法打开失败行文件</translation>
    </message>
    <message>
        <source>the failed-rows file is missing although the checkpoint records %1 bytes</source>
        <translation>检查点记录了 %1 字节，但失败行文件缺失</translation>
    </message>
    <message>
        <source>Restore the file or start the job again.</source>
        <translation>请恢复该文件或重新启动作业。</translation>
    </message>
    <message>
        <source>the failed-rows file is shorter than the checkpoint records (%1 bytes)</source>
        <translation>失败行文件比检查点记录的长度（%1 字节）短</translation>
    </message>
    <message>
        <source>cannot truncate the failed-rows file</source>
        <translation>无法截断失败行文件</translation>
    </message>
    <message>
        <source>cannot write the failed-rows file</source>
        <translation>无法写入失败行文件</translation>
    </message>
    <message>
        <source>cannot flush the failed-rows file</source>
        <translation>无法刷新失败行文件</translation>
    </message>
    <message>
        <source>cannot take the job lock: %1</source>
        <translation>无法获取作业锁：%1</translation>
    </message>
    <message>
        <source>cannot create the job lock file</source>
        <translation>无法创建作业锁文件</translation>
    </message>
    <message>
        <source>Check the permissions of the folder that holds the target database.</source>
        <translation>请检查目标数据库所在文件夹的权限。</translation>
    </message>
    <message>
        <source>job_id, source or target missing</source>
        <translation>缺少 job_id、source 或 target</translation>
    </message>
    <message>
        <source>config or tables missing</source>
        <translation>缺少 config 或 tables</translation>
    </message>
    <message>
        <source>a table entry has no name</source>
        <translation>某个表条目没有名称</translation>
    </message>
    <message>
        <source>The damaged file was moved to %1; the target-side checkpoints decide what is redone.</source>
        <translation>已损坏的文件已移至 %1；将根据目标端的检查点决定需要重做的部分。</translation>
    </message>
    <message>
        <source>no data job with this id here</source>
        <translation>此处没有具有此 ID 的数据作业</translation>
    </message>
    <message>
        <source>Run mwb data status in the project folder the job was started from.</source>
        <translation>请在启动该作业的项目文件夹中运行 mwb data status。</translation>
    </message>
    <message>
        <source>cannot count the rows of the source table: %1</source>
        <translation>无法统计源表的行数：%1</translation>
    </message>
    <message>
        <source>Check that the table exists and the source user may read it.</source>
        <translation>请检查该表是否存在，以及源用户是否有权读取它。</translation>
    </message>
    <message>
        <source>cannot read the source table: %1</source>
        <translation>无法读取源表：%1</translation>
    </message>
    <message>
        <source>reading the source failed: %1</source>
        <translation>读取源失败：%1</translation>
    </message>
    <message>
        <source>Check the source connection and run mwb data resume.</source>
        <translation>请检查源连接，然后运行 mwb data resume。</translation>
    </message>
    <message>
        <source>MySQL catalog</source>
        <translation>MySQL 系统目录</translation>
    </message>
    <message>
        <source>The user needs SELECT on the database (information_schema shows only what it may see).</source>
        <translation>用户需要对该数据库具有 SELECT 权限（information_schema 只显示该用户可见的内容）。</translation>
    </message>
    <message>
        <source>the table list</source>
        <translation>表列表</translation>
    </message>
    <message>
        <source>the columns of %1</source>
        <translation>%1 的列</translation>
    </message>
    <message>
        <source>the indexes of %1</source>
        <translation>%1 的索引</translation>
    </message>
    <message>
        <source>the foreign keys of %1</source>
        <translation>%1 的外键</translation>
    </message>
    <message>
        <source>the views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>the triggers</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>cannot check foreign key rows: %1</source>
        <translation>无法检查外键行：%1</translation>
    </message>
    <message>
        <source>no row in %1 with (%2) = (%3)</source>
        <translation>%1 中没有 (%2) = (%3) 的行</translation>
    </message>
    <message>
        <source>cannot remove rows without parent: %1</source>
        <translation>无法删除缺少父行的行：%1</translation>
    </message>
    <message>
        <source>PostgreSQL catalog</source>
        <translation>PostgreSQL 系统目录</translation>
    </message>
    <message>
        <source>The user needs USAGE on the schema and SELECT on pg_catalog (granted by default).</source>
        <translation>用户需要对该架构具有 USAGE 权限，并对 pg_catalog 具有 SELECT 权限（默认已授予）。</translation>
    </message>
    <message>
        <source>the constraints of %1</source>
        <translation>%1 的约束</translation>
    </message>
    <message>
        <source>the columns of index %1</source>
        <translation>索引 %1 的列</translation>
    </message>
    <message>
        <source>the functions and procedures</source>
        <translation>函数和存储过程</translation>
    </message>
    <message>
        <source>Not translated (%1); the original source follows.</source>
        <translation>未转换（%1）；以下为原始源代码。</translation>
    </message>
    <message>
        <source>--include-tables names &quot;%1&quot;, which is not a table of the source</source>
        <translation>--include-tables 指定了 &quot;%1&quot;，但它不是源中的表</translation>
    </message>
    <message>
        <source>Table names are case-sensitive; nothing was written.</source>
        <translation>表名区分大小写；未写入任何内容。</translation>
    </message>
    <message>
        <source>Tables with columns, primary keys, UNIQUE and CHECK constraints. Apply first.</source>
        <translation>包含列、主键、UNIQUE 和 CHECK 约束的表。请最先应用。</translation>
    </message>
    <message>
        <source>Secondary indexes. Apply after the data.</source>
        <translation>二级索引。请在导入数据后应用。</translation>
    </message>
    <message>
        <source>SQLite keeps foreign keys inside CREATE TABLE (see tables.sql).</source>
        <translation>SQLite 将外键保存在 CREATE TABLE 中（参见 tables.sql）。</translation>
    </message>
    <message>
        <source>Foreign keys. Apply after the data and the indexes.</source>
        <translation>外键。请在导入数据和创建索引后应用。</translation>
    </message>
    <message>
        <source>Triggers. Apply last.</source>
        <translation>触发器。请最后应用。</translation>
    </message>
    <message>
        <source>Views, in dependency order.</source>
        <translation>视图，按依赖顺序排列。</translation>
    </message>
    <message>
        <source>The target refused to start a transaction.</source>
        <translation>目标拒绝启动事务。</translation>
    </message>
    <message>
        <source>Nothing from %1 was applied (rolled back). Fix the cause and run --apply again.</source>
        <translation>%1 中的内容均未应用（已回滚）。请修复问题原因后再次运行 --apply。</translation>
    </message>
    <message>
        <source>MySQL commits each DDL statement; none of %1 ran.</source>
        <translation>MySQL 会逐条提交 DDL 语句；%1 中的语句均未执行。</translation>
    </message>
    <message>
        <source>MySQL commits each DDL statement: statements 1 to %1 of %2 already ran. Drop those objects or use a fresh database before running --apply again.</source>
        <translation>MySQL 会逐条提交 DDL 语句：%2 条语句中的第 1 至 %1 条已执行。请删除这些对象或使用新的数据库，然后再次运行 --apply。</translation>
    </message>
    <message>
        <source>The commit failed; nothing from %1 was applied.</source>
        <translation>提交失败；%1 中的内容均未应用。</translation>
    </message>
    <message>
        <source>SQLite catalog</source>
        <translation>SQLite 系统目录</translation>
    </message>
    <message>
        <source>Check that the file is a SQLite 3 database and not locked by another program.</source>
        <translation>请检查该文件是否为 SQLite 3 数据库，且未被其他程序锁定。</translation>
    </message>
    <message>
        <source>no column of %1 exists in the target table</source>
        <translation>目标表中不存在 %1 的任何列</translation>
    </message>
    <message>
        <source>cannot prepare the target table %1: %2</source>
        <translation>无法准备目标表 %1：%2</translation>
    </message>
    <message>
        <source>column %1 holds text that is not valid UTF-8 (raw bytes kept in base64)</source>
        <translation>列 %1 包含无效的 UTF-8 文本（原始字节以 base64 形式保留）</translation>
    </message>
    <message>
        <source>writing to %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
    <message>
        <source>a row of %1 was refused and --no-continue-on-row-error is set: %2</source>
        <translation>%1 的某一行被拒绝，且已设置 --no-continue-on-row-error：%2</translation>
    </message>
    <message>
        <source>cannot record the checkpoint of %1: %2</source>
        <translation>无法记录 %1 的检查点：%2</translation>
    </message>
    <message>
        <source>cannot record the end of %1: %2</source>
        <translation>无法记录 %1 的完成状态：%2</translation>
    </message>
    <message>
        <source>unsigned BIGINT AUTO_INCREMENT becomes bigint: an identity needs an integer type; all current values fit, ids above 9223372036854775807 would not</source>
        <translation>unsigned BIGINT AUTO_INCREMENT 变为 bigint：标识列需要整数类型；当前所有值均可容纳，但大于 9223372036854775807 的 ID 将无法容纳</translation>
    </message>
    <message>
        <source>values above 2^63-1 need numeric(20,0), which cannot be an identity column</source>
        <translation>大于 2^63-1 的值需要 numeric(20,0)，而它不能作为标识列</translation>
    </message>
    <message>
        <source>enum becomes text with a CHECK constraint listing the same values</source>
        <translation>enum 变为 text，并带有列出相同取值的 CHECK 约束</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; has no PostgreSQL equivalent; values are copied as text</source>
        <translation>类型 &quot;%1&quot; 在 PostgreSQL 中没有对应类型；值将按文本复制</translation>
    </message>
    <message>
        <source>%1 becomes decimal(65,30), MySQL&apos;s widest; values with more than 35 integer digits or 30 decimals are rejected row by row, never rounded</source>
        <translation>%1 变为 MySQL 最宽的 decimal(65,30)；整数部分超过 35 位或小数部分超过 30 位的值将被逐行拒绝，绝不会被舍入</translation>
    </message>
    <message>
        <source>the column holds NaN or Infinity, which MySQL cannot store; those rows go to the failed-rows file</source>
        <translation>该列包含 MySQL 无法存储的 NaN 或 Infinity；这些行将写入失败行文件</translation>
    </message>
    <message>
        <source>unbounded text in a key becomes varchar(%1) (longest value: %2 characters); MySQL cannot index TEXT whole</source>
        <translation>键中的无长度限制文本变为 varchar(%1)（最长值：%2 个字符）；MySQL 无法对整个 TEXT 建立索引</translation>
    </message>
    <message>
        <source>unbounded binary in a key becomes varbinary(255)</source>
        <translation>键中的无长度限制二进制变为 varbinary(255)</translation>
    </message>
    <message>
        <source>timestamp with time zone becomes DATETIME(%1) holding UTC: MySQL TIMESTAMP cannot hold dates after 2038-01-19</source>
        <translation>timestamp with time zone 变为存储 UTC 时间的 DATETIME(%1)：MySQL TIMESTAMP 无法存储 2038-01-19 之后的日期</translation>
    </message>
    <message>
        <source>interval has no MySQL equivalent; values are copied as text</source>
        <translation>interval 在 MySQL 中没有对应类型；值将按文本复制</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; has no MySQL equivalent; values are copied as text</source>
        <translation>类型 &quot;%1&quot; 在 MySQL 中没有对应类型；值将按文本复制</translation>
    </message>
    <message>
        <source>unsigned BIGINT values above 9223372036854775807 exist; the column becomes TEXT so they stay exact</source>
        <translation>存在大于 9223372036854775807 的 unsigned BIGINT 值；该列变为 TEXT 以保持精确</translation>
    </message>
    <message>
        <source>%1 is stored as TEXT: SQLite&apos;s NUMERIC affinity would round values beyond 15 digits</source>
        <translation>%1 以 TEXT 存储：SQLite 的 NUMERIC 亲和性会对超过 15 位的值进行舍入</translation>
    </message>
    <message>
        <source>the column holds NaN, which SQLite stores as NULL; those rows go to the failed-rows file</source>
        <translation>该列包含 NaN，SQLite 会将其存储为 NULL；这些行将写入失败行文件</translation>
    </message>
    <message>
        <source>the column holds -0, which SQLite REAL reads back as 0 (numerically equal, sign lost)</source>
        <translation>该列包含 -0，SQLite REAL 读回时为 0（数值相等，但符号丢失）</translation>
    </message>
    <message>
        <source>view &quot;%1&quot;</source>
        <translation>视图 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used in %2; renamed to &quot;%3&quot;</source>
        <translation>名称 &quot;%1&quot; 已在 %2 中使用；已重命名为 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; of table &quot;%3&quot;</source>
        <translation>表 &quot;%3&quot; 的 %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;</source>
        <translation>列 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>declared %1 but holds %2 values; rows the target type cannot take go to the failed-rows file with their typeof()</source>
        <translation>声明为 %1，但包含 %2 值；目标类型无法接受的行将连同其 typeof() 写入失败行文件</translation>
    </message>
    <message>
        <source>declared %1 but holds values up to %2 characters; the column becomes unbounded text</source>
        <translation>声明为 %1，但包含长达 %2 个字符的值；该列变为无长度限制的文本</translation>
    </message>
    <message>
        <source>tinyint(1) holds values other than 0 and 1, so it stays an integer instead of a boolean</source>
        <translation>tinyint(1) 包含 0 和 1 以外的值，因此保持为整数而非布尔值</translation>
    </message>
    <message>
        <source>SQLite can only auto-number a single-column INTEGER PRIMARY KEY</source>
        <translation>SQLite 只能对单列 INTEGER PRIMARY KEY 自动编号</translation>
    </message>
    <message>
        <source>GENERATED ALWAYS becomes AUTO_INCREMENT, which also accepts explicit ids</source>
        <translation>GENERATED ALWAYS 变为 AUTO_INCREMENT，后者也接受显式指定的 ID</translation>
    </message>
    <message>
        <source>generated column expression &quot;%1&quot; cannot be carried over; the column is copied as plain values</source>
        <translation>无法迁移生成列表达式 &quot;%1&quot;；该列按普通值复制</translation>
    </message>
    <message>
        <source>default %1 has no %2 equivalent and was left out</source>
        <translation>默认值 %1 在 %2 中没有对应项，已省略</translation>
    </message>
    <message>
        <source>ON UPDATE CURRENT_TIMESTAMP has no equivalent and was left out</source>
        <translation>ON UPDATE CURRENT_TIMESTAMP 没有对应项，已省略</translation>
    </message>
    <message>
        <source>CHECK (%1) uses %2-only syntax and was left out; enforce it in the application or add it by hand</source>
        <translation>CHECK (%1) 使用了 %2 特有的语法，已省略；请在应用程序中强制执行或手动添加</translation>
    </message>
    <message>
        <source>MySQL has no deferrable constraints; the FK is checked per statement</source>
        <translation>MySQL 没有可延迟约束；外键按语句检查</translation>
    </message>
    <message>
        <source>column %1 is indexed by its first 191 characters (MySQL cannot index TEXT whole)</source>
        <translation>列 %1 按其前 191 个字符建立索引（MySQL 无法对整个 TEXT 建立索引）</translation>
    </message>
    <message>
        <source>%1 index becomes a plain index</source>
        <translation>%1 索引变为普通索引</translation>
    </message>
    <message>
        <source>the index uses an expression or predicate %1 cannot take; it was left out</source>
        <translation>该索引使用了 %1 不支持的表达式或谓词；已省略</translation>
    </message>
    <message>
        <source>the view uses %1-only syntax</source>
        <translation>该视图使用了 %1 特有的语法</translation>
    </message>
    <message>
        <source>the view uses %1-only syntax; its source is in skipped/untranslatable_views.sql</source>
        <translation>该视图使用了 %1 特有的语法；其源代码位于 skipped/untranslatable_views.sql</translation>
    </message>
    <message>
        <source>view body copied from %1 with identifiers re-quoted; functions are not translated</source>
        <translation>视图主体从 %1 复制，标识符已重新加引号；函数未转换</translation>
    </message>
    <message>
        <source>PostgreSQL triggers run a PL/pgSQL function, which is not translated</source>
        <translation>PostgreSQL 触发器运行 PL/pgSQL 函数，该函数未转换</translation>
    </message>
    <message>
        <source>the trigger body has a %1 statement; only INSERT, UPDATE and DELETE are translated</source>
        <translation>触发器主体包含 %1 语句；仅转换 INSERT、UPDATE 和 DELETE</translation>
    </message>
    <message>
        <source>the trigger body uses %1-only functions</source>
        <translation>触发器主体使用了 %1 特有的函数</translation>
    </message>
    <message>
        <source>the WHEN condition uses %1-only functions</source>
        <translation>WHEN 条件使用了 %1 特有的函数</translation>
    </message>
    <message>
        <source>MySQL triggers cannot fire on UPDATE OF specific columns</source>
        <translation>MySQL 触发器无法针对特定列的 UPDATE OF 触发</translation>
    </message>
    <message>
        <source>statement-level triggers are not translated</source>
        <translation>语句级触发器未转换</translation>
    </message>
    <message>
        <source>trigger &quot;%1&quot;</source>
        <translation>触发器 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Its source is in skipped/untranslatable_triggers.sql.</source>
        <translation>其源代码位于 skipped/untranslatable_triggers.sql。</translation>
    </message>
    <message>
        <source>routines are not translated (%1)</source>
        <translation>例程未转换（%1）</translation>
    </message>
    <message>
        <source>stored procedure not translated; its source is in skipped/stored_procedures.sql</source>
        <translation>存储过程未转换；其源代码位于 skipped/stored_procedures.sql</translation>
    </message>
    <message>
        <source>function not translated; its source is in skipped/functions.sql</source>
        <translation>函数未转换；其源代码位于 skipped/functions.sql</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Check free disk space and the permissions of the job folder.</source>
        <translation>请检查可用磁盘空间和作业文件夹的权限。</translation>
    </message>
    <message>
        <source>target locked by %1 (pid %2, host %3)</source>
        <translation>目标已被 %1 锁定（pid %2，主机 %3）</translation>
    </message>
    <message>
        <source>another job</source>
        <translation>另一个作业</translation>
    </message>
    <message>
        <source>Wait for that job to finish (mwb data status %1) or stop it; the lock goes away with its process.</source>
        <translation>请等待该作业完成（mwb data status %1）或将其停止；锁会随其进程结束而释放。</translation>
    </message>
    <message>
        <source>not a data job file: %1</source>
        <translation>不是数据作业文件：%1</translation>
    </message>
    <message>
        <source>The file was changed or damaged; start the job again with mwb data start.</source>
        <translation>该文件已被修改或损坏；请使用 mwb data start 重新启动作业。</translation>
    </message>
    <message>
        <source>%1 statement %2 of %3 failed (%4): %5</source>
        <translation>%1 中第 %2 条语句（共 %3 条）执行失败（%4）：%5</translation>
    </message>
    <message>
        <source>cannot reset the next generated id: %1</source>
        <translation>无法重置下一个生成的 ID：%1</translation>
    </message>
    <message>
        <source>Set it by hand before the application inserts rows.</source>
        <translation>请在应用程序插入行之前手动设置。</translation>
    </message>
    <message>
        <source>schema copy to %1</source>
        <translation>架构复制到 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; would be the same name in %3</source>
        <translation>&quot;%1&quot; 和 &quot;%2&quot; 在 %3 中会成为同一个名称</translation>
    </message>
    <message>
        <source>%1 does not tell them apart (case folding). Nothing was written; rename one in the source or leave one out with --exclude-tables.</source>
        <translation>%1 无法区分它们（大小写折叠）。未写入任何内容；请在源中重命名其中一个，或使用 --exclude-tables 排除其中一个。</translation>
    </message>
</context>
<context>
    <name>Mwb::Diff</name>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>outputs differ</source>
        <translation>输出不同</translation>
    </message>
    <message>
        <source>metadata differs</source>
        <translation>元数据不同</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Cell %1 · %2 · %3</source>
        <extracomment>Diff export cell heading: cell number, language, change</extracomment>
        <translation>单元格 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Notebook diff: %1 → %2</source>
        <translation>笔记本差异：%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n changed cell(s), </source>
        <translation>
            <numerusform>%n 个单元格已更改，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed line(s)</source>
        <translation>
            <numerusform>%n 行已更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s)</source>
        <translation>
            <numerusform>⋯ %n 行未更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Outputs differ; the source is the same.</source>
        <translation>输出不同；源代码相同。</translation>
    </message>
    <message>
        <source>Metadata differs; the source is the same.</source>
        <translation>元数据不同；源代码相同。</translation>
    </message>
    <message>
        <source>(outputs differ)</source>
        <translation>（输出不同）</translation>
    </message>
    <message>
        <source>(metadata differs)</source>
        <translation>（元数据不同）</translation>
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
    <message>
        <source>Changes &amp; Findings</source>
        <translation>变更与发现项</translation>
    </message>
    <message>
        <source>Cell Inspector</source>
        <translation>单元格检查器</translation>
    </message>
    <message>
        <source>Open Notebook</source>
        <translation>打开笔记本</translation>
    </message>
    <message>
        <source>Review Migration</source>
        <translation>审查迁移</translation>
    </message>
    <message>
        <source>Review Migration (not migrated yet)</source>
        <translation>审查迁移（尚未迁移）</translation>
    </message>
    <message>
        <source>%1 has not been migrated yet: run &quot;mwb rewrite --manifest&quot; with the output base %2.</source>
        <translation>%1 尚未迁移：请以 %2 作为输出根目录运行 &quot;mwb rewrite --manifest&quot;。</translation>
    </message>
    <message>
        <source>Notebooks (*.ipynb *.py *.sql *.scala *.r *.dbc);;All files (*)</source>
        <translation>笔记本 (*.ipynb *.py *.sql *.scala *.r *.dbc);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Compare: Source Notebook</source>
        <translation>比较：源笔记本</translation>
    </message>
    <message>
        <source>Compare: Migrated Notebook</source>
        <translation>比较：迁移后的笔记本</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>The notebooks could not be compared.</source>
        <translation>无法比较这些笔记本。</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>正在比较 %1 与 %2</translation>
    </message>
    <message>
        <source>Co&amp;mpare Notebooks…</source>
        <translation>比较笔记本(&amp;M)…</translation>
    </message>
    <message>
        <source>Review two notebook files side by side (&quot;mwb diff A B&quot; on the command line)</source>
        <translation>并排审查两个笔记本文件（命令行：&quot;mwb diff A B&quot;）</translation>
    </message>
    <message>
        <source>&amp;Close Document</source>
        <translation>关闭文档(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Migrate Job…</source>
        <translation>迁移作业(&amp;M)…</translation>
    </message>
    <message>
        <source>Rewrite and run a job&apos;s notebooks on a kernel, cell by cell (mwb migrate-job)</source>
        <translation>在内核上逐个单元格重写并运行作业的笔记本（mwb migrate-job）</translation>
    </message>
    <message>
        <source>&amp;Data Migration…</source>
        <translation>数据迁移(&amp;D)…</translation>
    </message>
    <message>
        <source>Copy tables between SQLite, PostgreSQL and MySQL in the background (mwb data start)</source>
        <translation>在后台于 SQLite、PostgreSQL 和 MySQL 之间复制表（mwb data start）</translation>
    </message>
    <message>
        <source>&amp;Validate…</source>
        <translation>验证(&amp;V)…</translation>
    </message>
    <message>
        <source>Compare a target database with its source: counts, checksums, schema (mwb validate)</source>
        <translation>将目标数据库与其源进行比较：行数、校验和、架构（mwb validate）</translation>
    </message>
    <message>
        <source>&amp;Schema Copy Preview</source>
        <translation>架构复制预览(&amp;S)</translation>
    </message>
    <message>
        <source>Preview the DDL of a schema for another database engine (mwb schema-copy)</source>
        <translation>预览架构在另一种数据库引擎下的 DDL（mwb schema-copy）</translation>
    </message>
    <message>
        <source>S&amp;top Run</source>
        <translation>停止运行(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the run of the current monitor; it finishes the current cell or batch and checkpoints</source>
        <translation>停止当前监视器中的运行；它会先完成当前单元格或批次并写入检查点</translation>
    </message>
    <message>
        <source>Run &amp;History</source>
        <translation>运行历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Every migrate-job, data and validation run of the project (mwb history)</source>
        <translation>项目的所有 migrate-job、数据和验证运行（mwb history）</translation>
    </message>
    <message>
        <source>Open &amp;Report…</source>
        <translation>打开报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Preview a JOB_REPORT.md or validation report and export it as Markdown, HTML or PDF</source>
        <translation>预览 JOB_REPORT.md 或验证报告，并将其导出为 Markdown、HTML 或 PDF</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Connection and cluster profiles, the LLM key, the language</source>
        <translation>连接和集群配置档案、LLM 密钥、语言</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>The run goes on in the background; Run History shows it, and the next window re-attaches.</source>
        <translation>运行将在后台继续；运行历史中可以看到它，下次打开的窗口会重新连接。</translation>
    </message>
</context>
<context>
    <name>Mwb::Gui::OperationsDesk</name>
    <message>
        <source>Password needed</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <source>The run needs the secret &quot;%1&quot;, and the keychain does not hold it.
It is kept in memory for this session and handed to mwb through its environment.</source>
        <translation>此运行需要机密信息“%1”，但密钥链中没有。
它将在本次会话中保存在内存里，并通过环境变量传递给 mwb。</translation>
    </message>
    <message>
        <source>Runs are still going</source>
        <translation>仍有运行在进行中</translation>
    </message>
    <message>
        <source>Migrate job</source>
        <translation>迁移作业</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Data copy</source>
        <translation>数据复制</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>运行历史记录</translation>
    </message>
    <message>
        <source>Schema copy</source>
        <translation>架构复制</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Markdown reports (*.md);;All files (*)</source>
        <translation>Markdown 报告 (*.md);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) are still going. They go on in the background and the workbench re-attaches to them when it opens this project again. Close the window?</source>
        <translation>
            <numerusform>仍有 %n 个运行在进行中。它们会在后台继续，工作台再次打开此项目时会重新连接到这些运行。要关闭窗口吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was not started: it needs the secret &quot;%1&quot;, which was not given.</source>
        <translation>运行未启动：它需要的密钥“%1”未提供。</translation>
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
    <name>Mwb::History</name>
    <message>
        <source>run history: %1</source>
        <translation>运行历史记录：%1</translation>
    </message>
    <message>
        <source>Check that the project folder is writable; the file can be deleted to start a new history.</source>
        <translation>请检查项目文件夹是否可写；可以删除该文件以开始新的历史记录。</translation>
    </message>
</context>
<context>
    <name>Mwb::Kernel</name>
    <message>
        <source>AIDP driver logs of cluster %1</source>
        <translation>集群 %1 的 AIDP 驱动程序日志</translation>
    </message>
    <message>
        <source>AIDP workspace %1 (cluster %2, %3)</source>
        <translation>AIDP 工作区 %1（集群 %2，%3）</translation>
    </message>
    <message>
        <source>The cluster %1 appears to be down; start it in AIDP and retry.</source>
        <translation>集群 %1 似乎已停止；请在 AIDP 中启动它后重试。</translation>
    </message>
    <message>
        <source>%1 created session %2 but no kernel appeared</source>
        <translation>%1 已创建会话 %2，但未出现内核</translation>
    </message>
    <message>
        <source>Check that the cluster is ACTIVE, then retry.</source>
        <translation>请确认集群处于 ACTIVE 状态，然后重试。</translation>
    </message>
    <message>
        <source>the cluster %1 reported no lifecycleState</source>
        <translation>集群 %1 未报告 lifecycleState</translation>
    </message>
    <message>
        <source>the cluster %1 is %2</source>
        <translation>集群 %1 的状态为 %2</translation>
    </message>
    <message>
        <source>Start the cluster in AIDP, then run again.</source>
        <translation>请在 AIDP 中启动集群，然后重新运行。</translation>
    </message>
    <message>
        <source>the cluster %1 did not become ACTIVE (last state: %2)</source>
        <translation>集群 %1 未进入 ACTIVE 状态（最后状态：%2）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Check the cluster in AIDP.</source>
        <translation>请在 AIDP 中检查该集群。</translation>
    </message>
    <message>
        <source>the driver-log search answered in an unknown shape</source>
        <translation>驱动程序日志搜索返回了格式未知的响应</translation>
    </message>
    <message>
        <source>AIDP needs %1</source>
        <translation>AIDP 需要 %1</translation>
    </message>
    <message>
        <source>Give the data-lake OCID, the workspace id and the cluster id.</source>
        <translation>请指定数据湖 OCID、工作区 ID 和集群 ID。</translation>
    </message>
    <message>
        <source>the data-lake OCID %1 names no region</source>
        <translation>数据湖 OCID %1 中不含区域</translation>
    </message>
    <message>
        <source>Check the OCID (ocid1.&lt;type&gt;.&lt;realm&gt;.&lt;region&gt;.&lt;id&gt;).</source>
        <translation>请检查 OCID（ocid1.&lt;type&gt;.&lt;realm&gt;.&lt;region&gt;.&lt;id&gt;）。</translation>
    </message>
    <message>
        <source>notebook.exit(%1)</source>
        <translation>notebook.exit(%1)</translation>
    </message>
    <message>
        <source>error in the output: %1</source>
        <translation>输出中有错误：%1</translation>
    </message>
    <message>
        <source>no Spark driver logs or Spark REST endpoint configured</source>
        <translation>未配置 Spark 驱动程序日志或 Spark REST 端点</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>no LLM judge configured</source>
        <translation>未配置 LLM 评审</translation>
    </message>
    <message>
        <source>not run: the kernel aborted the request after an earlier error</source>
        <translation>未运行：内核因先前的错误中止了该请求</translation>
    </message>
    <message>
        <source>the cell failed without an error message</source>
        <translation>单元格执行失败，但没有错误消息</translation>
    </message>
    <message>
        <source>the judge&apos;s answer is neither &quot;PASS: ...&quot; nor &quot;ISSUE: ... | FIX: ...&quot;</source>
        <translation>评审的回答既不是 &quot;PASS: ...&quot; 也不是 &quot;ISSUE: ... | FIX: ...&quot;</translation>
    </message>
    <message>
        <source>The cell is not counted as verified; ask again.</source>
        <translation>该单元格不计为已验证；请重新询问。</translation>
    </message>
    <message>
        <source>Jupyter server %1</source>
        <translation>Jupyter 服务器 %1</translation>
    </message>
    <message>
        <source>%1 created a session without a kernel</source>
        <translation>%1 创建了会话，但没有内核</translation>
    </message>
    <message>
        <source>Check the kernel name with GET /api/kernelspecs.</source>
        <translation>请使用 GET /api/kernelspecs 检查内核名称。</translation>
    </message>
    <message>
        <source>the server closed the kernel connection (code %1)</source>
        <translation>服务器关闭了内核连接（代码 %1）</translation>
    </message>
    <message>
        <source>the kernel connection could not be opened</source>
        <translation>无法打开内核连接</translation>
    </message>
    <message numerus="yes">
        <source>kernel hung: no &quot;busy&quot; status within %n second(s) of sending the cell</source>
        <translation>
            <numerusform>内核挂起：发送单元格后 %n 秒内未收到 &quot;busy&quot; 状态</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the cell ran longer than its time limit of %n second(s) and was interrupted</source>
        <translation>
            <numerusform>单元格运行超过了 %n 秒的时间限制，已被中断</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot open the kernel channels of %1: %2</source>
        <translation>无法打开 %1 的内核通道：%2</translation>
    </message>
    <message>
        <source>Check the URL and the credentials, and that the kernel %1 exists.</source>
        <translation>请检查 URL 和凭据，并确认内核 %1 存在。</translation>
    </message>
    <message numerus="yes">
        <source>the kernel on %1 did not answer kernel_info_request within %n second(s)</source>
        <translation>
            <numerusform>%1 上的内核未在 %n 秒内响应 kernel_info_request</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel may still be starting or may be stuck; restart it and retry.</source>
        <translation>内核可能仍在启动或已卡住；请重启内核后重试。</translation>
    </message>
    <message>
        <source>the connection to the kernel was lost and could not be re-established: %1</source>
        <translation>与内核的连接已断开且无法重新建立：%1</translation>
    </message>
    <message>
        <source>kernel died: the kernel process exited and could not be restarted</source>
        <translation>内核已终止：内核进程已退出且无法重启</translation>
    </message>
    <message>
        <source>kernel died: the kernel process exited while running this cell; it was restarted and its variables are gone</source>
        <translation>内核已终止：运行此单元格时内核进程退出；内核已重启，其变量已丢失</translation>
    </message>
    <message>
        <source>not connected to the kernel: %1</source>
        <translation>未连接到内核：%1</translation>
    </message>
    <message>
        <source>another cell is still running on this kernel</source>
        <translation>此内核上仍有另一个单元格正在运行</translation>
    </message>
    <message>
        <source>stopped on request; the cell was interrupted</source>
        <translation>已按请求停止；该单元格已被中断</translation>
    </message>
    <message>
        <source>the kernel was restarted while this cell ran</source>
        <translation>此单元格运行期间内核被重启</translation>
    </message>
    <message>
        <source>the kernel was shut down while this cell ran</source>
        <translation>此单元格运行期间内核被关闭</translation>
    </message>
    <message>
        <source>jupyter-server is not installed, so --local cannot start a kernel</source>
        <translation>未安装 jupyter-server，因此 --local 无法启动内核</translation>
    </message>
    <message>
        <source>Install it with: %1</source>
        <translation>请使用以下命令安装：%1</translation>
    </message>
    <message>
        <source>the local Jupyter server has no &quot;%1&quot; kernel</source>
        <translation>本地 Jupyter 服务器没有 &quot;%1&quot; 内核</translation>
    </message>
    <message>
        <source>Install the Python kernel with: %1</source>
        <translation>请使用以下命令安装 Python 内核：%1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the local Jupyter server</source>
        <translation>无法为本地 Jupyter 服务器创建临时文件夹</translation>
    </message>
    <message>
        <source>Check that the temporary folder is writable (TMPDIR).</source>
        <translation>请检查临时文件夹（TMPDIR）是否可写。</translation>
    </message>
    <message>
        <source>cannot start jupyter-server: %1</source>
        <translation>无法启动 jupyter-server：%1</translation>
    </message>
    <message>
        <source>jupyter-server exited during start-up: %1</source>
        <translation>jupyter-server 在启动过程中退出：%1</translation>
    </message>
    <message>
        <source>If a Python module is missing, install the packages with: %1</source>
        <translation>如果缺少 Python 模块，请使用以下命令安装相关软件包：%1</translation>
    </message>
    <message numerus="yes">
        <source>jupyter-server did not answer on %1 within %n second(s)</source>
        <translation>
            <numerusform>jupyter-server 未在 %n 秒内于 %1 上响应</numerusform>
        </translation>
    </message>
    <message>
        <source>See the server log; the machine may be overloaded.</source>
        <translation>请查看服务器日志；机器可能负载过高。</translation>
    </message>
    <message>
        <source>could not install the runtime shim into the kernel: %1</source>
        <translation>无法将运行时兼容层安装到内核中：%1</translation>
    </message>
    <message>
        <source>stopped on request</source>
        <translation>已按请求停止</translation>
    </message>
    <message>
        <source>the notebook exited in cell %1</source>
        <translation>笔记本在单元格 %1 中退出</translation>
    </message>
    <message>
        <source>not run: %1</source>
        <translation>未运行：%1</translation>
    </message>
    <message>
        <source>cannot read the OCI security token: %1</source>
        <translation>无法读取 OCI 安全令牌：%1</translation>
    </message>
    <message>
        <source>Run &quot;oci session authenticate --profile %1&quot; again.</source>
        <translation>请重新运行 &quot;oci session authenticate --profile %1&quot;。</translation>
    </message>
    <message>
        <source>cannot read the OCI configuration: %1</source>
        <translation>无法读取 OCI 配置：%1</translation>
    </message>
    <message>
        <source>Create it with &quot;oci setup config&quot; or pass --oci-config FILE.</source>
        <translation>请使用 &quot;oci setup config&quot; 创建该文件，或通过 --oci-config FILE 指定。</translation>
    </message>
    <message>
        <source>expected &quot;[PROFILE]&quot; or &quot;key=value&quot;</source>
        <translation>应为 &quot;[PROFILE]&quot; 或 &quot;key=value&quot;</translation>
    </message>
    <message>
        <source>Fix the line or recreate the file with &quot;oci setup config&quot;.</source>
        <translation>请修正该行，或使用 &quot;oci setup config&quot; 重新创建该文件。</translation>
    </message>
    <message>
        <source>no profile [%1] in the OCI configuration</source>
        <translation>OCI 配置中没有配置档案 [%1]</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>请使用以下之一：%1。</translation>
    </message>
    <message>
        <source>profile [%1] lacks %2</source>
        <translation>配置档案 [%1] 缺少 %2</translation>
    </message>
    <message>
        <source>Add the keys, or recreate the profile with &quot;oci setup config&quot;.</source>
        <translation>请添加这些键，或使用 &quot;oci setup config&quot; 重新创建该配置档案。</translation>
    </message>
    <message>
        <source>cannot read the OCI API key: %1</source>
        <translation>无法读取 OCI API 密钥：%1</translation>
    </message>
    <message>
        <source>Check key_file in profile [%1].</source>
        <translation>请检查配置档案 [%1] 中的 key_file。</translation>
    </message>
    <message>
        <source>the OCI API key is not a readable PEM private key</source>
        <translation>OCI API 密钥不是可读取的 PEM 私钥</translation>
    </message>
    <message>
        <source>Check the file and pass_phrase in profile [%1].</source>
        <translation>请检查该文件以及配置档案 [%1] 中的 pass_phrase。</translation>
    </message>
    <message>
        <source>the OCI API key is not an RSA key</source>
        <translation>OCI API 密钥不是 RSA 密钥</translation>
    </message>
    <message>
        <source>OCI request signatures use RSA keys; upload an RSA API key.</source>
        <translation>OCI 请求签名使用 RSA 密钥；请上传 RSA API 密钥。</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the request</source>
        <translation>OpenSSL 无法对请求签名</translation>
    </message>
    <message>
        <source>Check that the OCI API key is a valid RSA key.</source>
        <translation>请检查 OCI API 密钥是否为有效的 RSA 密钥。</translation>
    </message>
    <message numerus="yes">
        <source>%1: no answer within %n second(s)</source>
        <translation>
            <numerusform>%1：%n 秒内无响应</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that the server is running and reachable.</source>
        <translation>请检查服务器是否正在运行且可访问。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Check the server URL and that the server is running.</source>
        <translation>请检查服务器 URL，并确认服务器正在运行。</translation>
    </message>
    <message>
        <source>Check the server URL; the kernel or session may be gone.</source>
        <translation>请检查服务器 URL；内核或会话可能已不存在。</translation>
    </message>
    <message>
        <source>The server failed; see its log, and retry.</source>
        <translation>服务器出错；请查看其日志后重试。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 返回了 HTTP %2：%3</translation>
    </message>
    <message>
        <source>Spark REST API at %1</source>
        <translation>%1 处的 Spark REST API</translation>
    </message>
    <message>
        <source>%1 lists no Spark application</source>
        <translation>%1 未列出任何 Spark 应用程序</translation>
    </message>
    <message>
        <source>Point --spark-rest at the driver UI of the kernel&apos;s Spark session.</source>
        <translation>请将 --spark-rest 指向内核 Spark 会话的驱动程序 UI。</translation>
    </message>
    <message>
        <source>%1 answered stages in an unknown shape</source>
        <translation>%1 返回的阶段数据格式未知</translation>
    </message>
    <message>
        <source>Spark stage %1 (%2) failed: %3</source>
        <translation>Spark 阶段 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>%1 is not JSON</source>
        <translation>%1 不是 JSON</translation>
    </message>
    <message>
        <source>the frame is not a JSON object</source>
        <translation>帧不是 JSON 对象</translation>
    </message>
    <message>
        <source>the message has no header</source>
        <translation>消息缺少 header</translation>
    </message>
    <message numerus="yes">
        <source>binary frame of %n byte(s)</source>
        <translation>
            <numerusform>%n 字节的二进制帧</numerusform>
        </translation>
    </message>
    <message>
        <source>bad buffer count %1</source>
        <translation>缓冲区数量无效：%1</translation>
    </message>
    <message>
        <source>offsets out of order</source>
        <translation>偏移量顺序错误</translation>
    </message>
    <message>
        <source>bad offset count %1</source>
        <translation>偏移量数量无效：%1</translation>
    </message>
    <message>
        <source>not asked: an earlier check failed</source>
        <translation>未询问：之前的检查已失败</translation>
    </message>
    <message>
        <source>The server rejected the credentials: check the token (MWB_JUPYTER_TOKEN) or the OCI profile (an OCI session token expires after about an hour: run &quot;oci session authenticate&quot; again).</source>
        <translation>服务器拒绝了凭据：请检查令牌（MWB_JUPYTER_TOKEN）或 OCI 配置档案（OCI 会话令牌约一小时后过期：请重新运行 &quot;oci session authenticate&quot;）。</translation>
    </message>
    <message>
        <source>malformed kernel message: %1</source>
        <translation>内核消息格式错误：%1</translation>
    </message>
    <message>
        <source>The server does not speak the Jupyter kernel WebSocket protocol; check the URL.</source>
        <translation>服务器不支持 Jupyter 内核 WebSocket 协议；请检查 URL。</translation>
    </message>
    <message>
        <source>cannot write the local Jupyter server&apos;s configuration</source>
        <translation>无法写入本地 Jupyter 服务器的配置</translation>
    </message>
</context>
<context>
    <name>Mwb::Llm</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n millisecond(s)</source>
        <translation>
            <numerusform>%n 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Set ANTHROPIC_API_KEY, or store the key in the keychain (service &quot;%1&quot;, key &quot;%2&quot;).</source>
        <translation>请设置 ANTHROPIC_API_KEY，或将密钥存储在密钥链中（服务 &quot;%1&quot;，键 &quot;%2&quot;）。</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, not a price</source>
        <translation>%1 的值为 &quot;%2&quot;，不是价格</translation>
    </message>
    <message>
        <source>Give US dollars per million tokens, e.g. 3.0, or unset it.</source>
        <translation>请指定每百万 token 的美元价格（例如 3.0），或取消设置该变量。</translation>
    </message>
    <message>
        <source>MWB_ANTHROPIC_BASE_URL is &quot;%1&quot;, not an http(s) URL</source>
        <translation>MWB_ANTHROPIC_BASE_URL 的值为 &quot;%1&quot;，不是 http(s) URL</translation>
    </message>
    <message>
        <source>Give the API&apos;s base URL, e.g. https://api.anthropic.com, or unset it.</source>
        <translation>请指定 API 的基础 URL（例如 https://api.anthropic.com），或取消设置该变量。</translation>
    </message>
    <message>
        <source>no Anthropic API key: ANTHROPIC_API_KEY is not set and the keychain has no entry for it</source>
        <translation>没有 Anthropic API 密钥：未设置 ANTHROPIC_API_KEY，密钥链中也没有相应条目</translation>
    </message>
    <message>
        <source>no Anthropic API key is configured</source>
        <translation>未配置 Anthropic API 密钥</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a body that is not a message: %3</source>
        <translation>%1 返回了 HTTP %2，但响应体不是消息：%3</translation>
    </message>
    <message>
        <source>Check that MWB_ANTHROPIC_BASE_URL points at the Messages API.</source>
        <translation>请检查 MWB_ANTHROPIC_BASE_URL 是否指向 Messages API。</translation>
    </message>
    <message>
        <source>no answer within %1</source>
        <translation>%1 内无响应</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Check MWB_ANTHROPIC_BASE_URL, the proxy and the TLS setup.</source>
        <translation>请检查 MWB_ANTHROPIC_BASE_URL、代理和 TLS 设置。</translation>
    </message>
    <message>
        <source>HTTP %1 (%2): %3</source>
        <translation>HTTP %1（%2）：%3</translation>
    </message>
    <message>
        <source>the Anthropic API key was rejected (%1 answered HTTP %2: %3)</source>
        <translation>Anthropic API 密钥被拒绝（%1 返回了 HTTP %2：%3）</translation>
    </message>
    <message>
        <source>Check the key: set ANTHROPIC_API_KEY to a valid key, or store it in the keychain (service &quot;%1&quot;, key &quot;%2&quot;).</source>
        <translation>请检查密钥：将 ANTHROPIC_API_KEY 设置为有效的密钥，或将其存储在密钥链中（服务 &quot;%1&quot;，键 &quot;%2&quot;）。</translation>
    </message>
    <message>
        <source>The API says what it objected to; a prompt that is too long or an unknown parameter are the usual causes.</source>
        <translation>API 已说明其拒绝的原因；常见原因是提示过长或参数未知。</translation>
    </message>
    <message>
        <source>Check the model name (MWB_LLM_MODEL) and MWB_ANTHROPIC_BASE_URL.</source>
        <translation>请检查模型名称（MWB_LLM_MODEL）和 MWB_ANTHROPIC_BASE_URL。</translation>
    </message>
    <message>
        <source>The request is larger than the API accepts; the cell or its output is too big.</source>
        <translation>请求超出了 API 可接受的大小；单元格或其输出过大。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3): %4</source>
        <translation>%1 返回了 HTTP %2（%3）：%4</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not succeed after %n attempt(s); the last one: %2</source>
        <translation>
            <numerusform>%1 尝试 %n 次后仍未成功；最后一次：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Anthropic may be overloaded or rate limiting this key, or the network is down; wait a few minutes and run the job again.</source>
        <translation>Anthropic 可能负载过高或正在对此密钥限流，也可能是网络中断；请等待几分钟后重新运行作业。</translation>
    </message>
    <message>
        <source>LLM judge (%1)</source>
        <translation>LLM 评审（%1）</translation>
    </message>
    <message>
        <source>the judge prompt :/mwb/prompts/judge.md is missing from this build</source>
        <translation>此构建中缺少评审提示 :/mwb/prompts/judge.md</translation>
    </message>
    <message>
        <source>Rebuild: resources/prompts/judge.md must exist when CMake configures.</source>
        <translation>请重新构建：CMake 配置时 resources/prompts/judge.md 必须存在。</translation>
    </message>
    <message>
        <source>%1 (it began: &quot;%2&quot;)</source>
        <translation>%1（回答开头为：&quot;%2&quot;）</translation>
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
    <name>Mwb::Report</name>
    <message>
        <source>the run&apos;s report is missing</source>
        <translation>该运行的报告缺失</translation>
    </message>
    <message>
        <source>The job stopped before writing its report; run &quot;mwb migrate-job&quot; for it again.</source>
        <translation>该作业在写入报告前已停止；请对其重新运行 &quot;mwb migrate-job&quot;。</translation>
    </message>
    <message>
        <source>the migrate-job run %1 has no job report</source>
        <translation>migrate-job 运行 %1 没有作业报告</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>the validation run %1 wrote no report</source>
        <translation>验证运行 %1 未写入报告</translation>
    </message>
    <message>
        <source>Run &quot;mwb validate&quot; again with --report-dir DIR.</source>
        <translation>请使用 --report-dir DIR 重新运行 &quot;mwb validate&quot;。</translation>
    </message>
    <message>
        <source>The report folder was moved or deleted; run &quot;mwb validate&quot; again with --report-dir DIR.</source>
        <translation>报告文件夹已被移动或删除；请使用 --report-dir DIR 重新运行 &quot;mwb validate&quot;。</translation>
    </message>
    <message>
        <source>Validation %1</source>
        <translation>验证 %1</translation>
    </message>
    <message>
        <source>Data job %1</source>
        <translation>数据作业 %1</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>复制：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>the data job %1 has no status yet</source>
        <translation>数据作业 %1 尚无状态</translation>
    </message>
    <message>
        <source>It is still running or was stopped; &quot;mwb data status %1&quot; reads its checkpoint, &quot;mwb data resume %1&quot; finishes it.</source>
        <translation>该作业仍在运行或已停止；&quot;mwb data status %1&quot; 可读取其检查点，&quot;mwb data resume %1&quot; 可将其完成。</translation>
    </message>
    <message>
        <source>runs of kind &quot;%1&quot; have no report</source>
        <translation>类型为 &quot;%1&quot; 的运行没有报告</translation>
    </message>
    <message>
        <source>Reports exist for migrate-job, data and validate runs.</source>
        <translation>只有 migrate-job、data 和 validate 运行才有报告。</translation>
    </message>
    <message>
        <source>PDF export needs the GUI libraries, which were not started</source>
        <translation>PDF 导出需要 GUI 库，但这些库未启动</translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>请检查该文件夹是否存在且可写。</translation>
    </message>
</context>
<context>
    <name>Mwb::Rewrite</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Check the permissions of the output base.</source>
        <translation>请检查输出根目录的权限。</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Check the free space and permissions of the output base.</source>
        <translation>请检查输出根目录的可用空间和权限。</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation>无法替换文件：%1</translation>
    </message>
    <message>
        <source>Write {&quot;&lt;s3 bucket&gt;&quot;: {&quot;bucket&quot;: &quot;&lt;oci bucket&gt;&quot;, &quot;namespace&quot;: &quot;&lt;namespace&gt;&quot;}}.</source>
        <translation>请按 {&quot;&lt;s3 bucket&gt;&quot;: {&quot;bucket&quot;: &quot;&lt;oci bucket&gt;&quot;, &quot;namespace&quot;: &quot;&lt;namespace&gt;&quot;}} 的格式编写。</translation>
    </message>
    <message>
        <source>the bucket mapping is not a JSON object</source>
        <translation>存储桶映射不是 JSON 对象</translation>
    </message>
    <message>
        <source>the mapping of bucket &quot;%1&quot; needs a non-empty &quot;bucket&quot; and &quot;namespace&quot;</source>
        <translation>存储桶 &quot;%1&quot; 的映射需要非空的 &quot;bucket&quot; 和 &quot;namespace&quot;</translation>
    </message>
    <message>
        <source>Write {&quot;catalogs&quot;: [&quot;main&quot;, &quot;prod.sales&quot;]}: catalogs or catalog.schema pairs.</source>
        <translation>请按 {&quot;catalogs&quot;: [&quot;main&quot;, &quot;prod.sales&quot;]} 的格式编写：目录名或 catalog.schema 对。</translation>
    </message>
    <message>
        <source>the catalog manifest has no &quot;catalogs&quot; list</source>
        <translation>目录清单中没有 &quot;catalogs&quot; 列表</translation>
    </message>
    <message>
        <source>&quot;catalogs&quot; holds a value that is not a catalog name</source>
        <translation>&quot;catalogs&quot; 中包含不是目录名的值</translation>
    </message>
    <message>
        <source>%pip is not run on AIDP; the packages are listed under &quot;Required Packages&quot; for the cluster libraries</source>
        <translation>%pip 不会在 AIDP 上运行；这些软件包列在“所需软件包”下，供配置集群库使用</translation>
    </message>
    <message>
        <source>%sh runs through subprocess on AIDP</source>
        <translation>%sh 在 AIDP 上通过 subprocess 运行</translation>
    </message>
    <message>
        <source>Unicode look-alikes (curly quotes, dashes, no-break or zero-width spaces) replaced by ASCII in code</source>
        <translation>代码中的 Unicode 形似字符（弯引号、破折号、不间断空格或零宽空格）已替换为 ASCII 字符</translation>
    </message>
    <message>
        <source>The cell was left unchanged; fix it by hand or let Pass 2 handle it.</source>
        <translation>该单元格未作更改；请手动修正，或交由第 2 轮处理。</translation>
    </message>
    <message>
        <source>os.environ supplies the token</source>
        <translation>由 os.environ 提供令牌</translation>
    </message>
    <message>
        <source>AIDP job-run helper for Databricks job triggers</source>
        <translation>用于 Databricks 作业触发的 AIDP 作业运行辅助函数</translation>
    </message>
    <message>
        <source>plots render with the Agg backend on AIDP</source>
        <translation>在 AIDP 上使用 Agg 后端渲染图表</translation>
    </message>
    <message>
        <source>indentation mixes tabs and spaces; Python 3 rejects it (TabError). Re-indent with spaces.</source>
        <translation>缩进混用了制表符和空格，Python 3 会拒绝执行（TabError）。请统一使用空格缩进。</translation>
    </message>
    <message>
        <source>AIDP marks Scala cells with %scala</source>
        <translation>AIDP 使用 %scala 标记 Scala 单元格</translation>
    </message>
    <message>
        <source>%matplotlib is IPython-only; plots use the Agg backend</source>
        <translation>%matplotlib 仅适用于 IPython；图表使用 Agg 后端</translation>
    </message>
    <message>
        <source>unknown magic &quot;%%%1&quot;; it was left as it is</source>
        <translation>未知的魔法命令 &quot;%%%1&quot;；已保持原样</translation>
    </message>
    <message>
        <source>%run points at the migrated .ipynb copy (absolute, no spaces, no trailing / or comment)</source>
        <translation>%run 指向迁移后的 .ipynb 副本（绝对路径，不含空格，末尾无 / 或注释）</translation>
    </message>
    <message>
        <source>job parameters come from oidlUtils.parameters on AIDP</source>
        <translation>在 AIDP 上，作业参数来自 oidlUtils.parameters</translation>
    </message>
    <message>
        <source>widgets are not defined on AIDP: parameters come from the job</source>
        <translation>AIDP 上未定义 widgets：参数来自作业</translation>
    </message>
    <message>
        <source>task values cross tasks through oidlUtils.parameters on AIDP</source>
        <translation>在 AIDP 上，任务值通过 oidlUtils.parameters 在任务间传递</translation>
    </message>
    <message>
        <source>upstream task values are job parameters on AIDP (taskKey dropped)</source>
        <translation>在 AIDP 上，上游任务值即作业参数（已去掉 taskKey）</translation>
    </message>
    <message>
        <source>oidlUtils.notebook.exit returns the notebook&apos;s value on AIDP</source>
        <translation>在 AIDP 上，oidlUtils.notebook.exit 返回笔记本的值</translation>
    </message>
    <message>
        <source>restartPython is not available on AIDP; libraries are cluster libraries</source>
        <translation>AIDP 上不提供 restartPython；库以集群库的形式提供</translation>
    </message>
    <message>
        <source>child notebooks run through oidlUtils.notebook.run with the migrated path and a non-zero timeout</source>
        <translation>子笔记本通过 oidlUtils.notebook.run 运行，使用迁移后的路径和非零超时</translation>
    </message>
    <message>
        <source>schema auto-merge is set per write on AIDP: .option(&quot;mergeSchema&quot;, &quot;true&quot;)</source>
        <translation>在 AIDP 上，架构自动合并按每次写入设置：.option(&quot;mergeSchema&quot;, &quot;true&quot;)</translation>
    </message>
    <message>
        <source>spark.databricks.* settings do not exist on AIDP</source>
        <translation>AIDP 上不存在 spark.databricks.* 设置</translation>
    </message>
    <message>
        <source>Databricks job %1 runs as AIDP job %2 (db_to_aidp_job_map)</source>
        <translation>Databricks 作业 %1 以 AIDP 作业 %2 运行（db_to_aidp_job_map）</translation>
    </message>
    <message>
        <source>Databricks job %1 has no AIDP job in db_to_aidp_job_map</source>
        <translation>Databricks 作业 %1 在 db_to_aidp_job_map 中没有对应的 AIDP 作业</translation>
    </message>
    <message>
        <source>AIDP&apos;s display() takes Spark DataFrames only; a pandas DataFrame is printed</source>
        <translation>AIDP 的 display() 仅接受 Spark DataFrame；pandas DataFrame 改为直接打印</translation>
    </message>
    <message>
        <source>figures are shown with show() on AIDP</source>
        <translation>在 AIDP 上使用 show() 显示图形</translation>
    </message>
    <message>
        <source>DataFrame.display() is Databricks-only; AIDP&apos;s display(df) is used</source>
        <translation>DataFrame.display() 仅适用于 Databricks；改用 AIDP 的 display(df)</translation>
    </message>
    <message>
        <source>schema auto-merge moved from the spark.databricks conf to the write</source>
        <translation>架构自动合并已从 spark.databricks 配置移至写入操作</translation>
    </message>
    <message>
        <source>DESCRIBE DETAIL is Delta-only; DESCRIBE EXTENDED is used and its Location row read by name</source>
        <translation>DESCRIBE DETAIL 仅适用于 Delta；改用 DESCRIBE EXTENDED，并按名称读取其 Location 行</translation>
    </message>
    <message>
        <source>hard-coded Databricks token removed; set DATABRICKS_TOKEN in the environment (secrets never live in notebooks)</source>
        <translation>已删除硬编码的 Databricks 令牌；请在环境变量中设置 DATABRICKS_TOKEN（机密信息绝不应存放在笔记本中）</translation>
    </message>
    <message>
        <source>a hard-coded Databricks token was removed; rotate it, it has been in the notebook source</source>
        <translation>已删除硬编码的 Databricks 令牌；该令牌曾出现在笔记本源代码中，请轮换它</translation>
    </message>
    <message>
        <source>unclosed bracket &quot;%1&quot;</source>
        <translation>括号 &quot;%1&quot; 未闭合</translation>
    </message>
    <message>
        <source>unterminated triple-quoted string</source>
        <translation>三引号字符串未结束</translation>
    </message>
    <message>
        <source>unbalanced quote %1</source>
        <translation>引号 %1 不成对</translation>
    </message>
    <message>
        <source>unbalanced bracket &quot;%1&quot;</source>
        <translation>括号 &quot;%1&quot; 不匹配</translation>
    </message>
    <message>
        <source>the workspace folder %1 of job &quot;%2&quot; does not exist</source>
        <translation>作业 &quot;%2&quot; 的工作区文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>Pass --workspace DIR, or run mwb build-dag again from this project.</source>
        <translation>请指定 --workspace DIR，或在此项目中重新运行 mwb build-dag。</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; is a %2, not a notebook: not rewritten</source>
        <translation>任务 &quot;%1&quot; 是 %2，而不是笔记本：未重写</translation>
    </message>
    <message>
        <source>notebook %1 of job &quot;%2&quot; is not in the workspace %3</source>
        <translation>作业 &quot;%2&quot; 的笔记本 %1 不在工作区 %3 中</translation>
    </message>
    <message>
        <source>Export it into the workspace folder and run mwb build-dag again.</source>
        <translation>请将其导出到工作区文件夹中，然后重新运行 mwb build-dag。</translation>
    </message>
    <message>
        <source>%1 references %2, which is not in the workspace; its path points where the migrated copy would be</source>
        <translation>%1 引用了 %2，但后者不在工作区中；其路径指向迁移副本应在的位置</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2, cell %3, line %4)</source>
        <translation>&quot;%1&quot;（%2，单元格 %3，第 %4 行）</translation>
    </message>
    <message>
        <source>job &quot;%1&quot;: s3 bucket(s) without an entry in the bucket mapping: %2; nothing was written</source>
        <translation>作业 &quot;%1&quot;：以下 s3 存储桶在存储桶映射中没有条目：%2；未写入任何内容</translation>
    </message>
    <message>
        <source>Add the buckets to the file passed with --bucket-mapping.</source>
        <translation>请将这些存储桶添加到通过 --bucket-mapping 指定的文件中。</translation>
    </message>
    <message numerus="yes">
        <source>[%1] %2: %n change(s)</source>
        <translation>
            <numerusform>[%1] %2: %n 处变更</numerusform>
        </translation>
    </message>
    <message>
        <source>the migration registry %1 is unreadable (%2); it was moved to %3 and every notebook is migrated again</source>
        <translation>迁移登记表 %1 无法读取（%2）；已将其移至 %3，所有笔记本将重新迁移</translation>
    </message>
    <message>
        <source>no &quot;entries&quot; object</source>
        <translation>缺少 &quot;entries&quot; 对象</translation>
    </message>
    <message>
        <source>Migration report: %1</source>
        <translation>迁移报告：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>源：%1</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>输出：%1</translation>
    </message>
    <message>
        <source>Cells: %1 (%2 code), %3 changed, %4 change(s)</source>
        <translation>单元格：%1 个（代码 %2 个），%3 个已更改，共 %4 处变更</translation>
    </message>
    <message>
        <source>Lint: %1 finding(s), %2 blocker(s)</source>
        <translation>Lint：%1 个发现项，%2 个阻断项</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>No rule fired: the notebook runs on AIDP as it is.</source>
        <translation>未触发任何规则：该笔记本可在 AIDP 上按原样运行。</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>Lint</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>无发现项。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Required Packages</source>
        <translation>所需软件包</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Unmapped Databricks Job Triggers</source>
        <translation>未映射的 Databricks 作业触发</translation>
    </message>
    <message>
        <source>cell %1, line %2: job %3</source>
        <translation>单元格 %1，第 %2 行：作业 %3</translation>
    </message>
    <message>
        <source>Add them to the manifest&apos;s db_to_aidp_job_map, for example:</source>
        <translation>请将它们添加到清单的 db_to_aidp_job_map 中，例如：</translation>
    </message>
    <message>
        <source>Cells left for Pass 2 / the LLM</source>
        <translation>留给第 2 轮 / LLM 处理的单元格</translation>
    </message>
    <message>
        <source>None: no Databricks marker is left.</source>
        <translation>无：已没有 Databricks 标记。</translation>
    </message>
    <message>
        <source>Cells still carrying Databricks markers: %1</source>
        <translation>仍带有 Databricks 标记的单元格：%1</translation>
    </message>
    <message>
        <source>the aidp_compat shim serves the remaining dbutils calls (fs, secrets, ...)</source>
        <translation>其余的 dbutils 调用（fs、secrets 等）由 aidp_compat 兼容层处理</translation>
    </message>
    <message>
        <source>displayHTML comes from the aidp_compat shim on AIDP</source>
        <translation>在 AIDP 上，displayHTML 由 aidp_compat 兼容层提供</translation>
    </message>
    <message>
        <source>the LLM rewrite was discarded: it dropped code instead of commenting it out</source>
        <translation>已丢弃 LLM 重写结果：它删除了代码，而不是将其注释掉</translation>
    </message>
    <message>
        <source>rewritten by the LLM (markers: %1)</source>
        <translation>已由 LLM 重写（标记：%1）</translation>
    </message>
    <message>
        <source>Databricks job %1 is not in db_to_aidp_job_map; the trigger was commented out</source>
        <translation>Databricks 作业 %1 不在 db_to_aidp_job_map 中；该触发调用已被注释掉</translation>
    </message>
    <message>
        <source>not a Pass-1 summary: no &quot;notebooks&quot; list</source>
        <translation>不是第 1 轮摘要：缺少 &quot;notebooks&quot; 列表</translation>
    </message>
    <message>
        <source>Run &quot;mwb rewrite --manifest&quot; again to write it</source>
        <translation>请重新运行 &quot;mwb rewrite --manifest&quot; 以生成该文件</translation>
    </message>
    <message>
        <source>DBFS paths live in the %1 volume on AIDP</source>
        <translation>在 AIDP 上，DBFS 路径位于 %1 卷中</translation>
    </message>
    <message>
        <source>S3 bucket %1 is OCI bucket %2 in namespace %3 (bucket mapping)</source>
        <translation>S3 存储桶 %1 对应命名空间 %3 中的 OCI 存储桶 %2（存储桶映射）</translation>
    </message>
    <message>
        <source>a SQL cell is no longer SQL; check that no SQL feature was lost</source>
        <translation>SQL 单元格已不再是 SQL；请检查是否丢失了 SQL 功能</translation>
    </message>
    <message>
        <source>the number of &quot;%1&quot; writes changed during the rewrite</source>
        <translation>重写过程中 &quot;%1&quot; 写入的数量发生了变化</translation>
    </message>
    <message>
        <source>%run uses the relative path &quot;%1&quot;; AIDP resolves %run paths from the workspace root (rewrite with --manifest to make them absolute)</source>
        <translation>%run 使用了相对路径 &quot;%1&quot;；AIDP 从工作区根目录解析 %run 路径（使用 --manifest 重写可将其转为绝对路径）</translation>
    </message>
    <message>
        <source>the %run path &quot;%1&quot; has a doubled extension or output base</source>
        <translation>%run 路径 &quot;%1&quot; 包含重复的扩展名或输出根目录</translation>
    </message>
    <message>
        <source>%fs is a Databricks magic; use dbutils.fs (aidp_compat shim) instead</source>
        <translation>%fs 是 Databricks 魔法命令；请改用 dbutils.fs（aidp_compat 兼容层）</translation>
    </message>
    <message>
        <source>dbutils is served by the aidp_compat shim here; check the call is supported</source>
        <translation>此处 dbutils 由 aidp_compat 兼容层提供；请检查该调用是否受支持</translation>
    </message>
    <message>
        <source>dbutils does not exist on AIDP in this cell</source>
        <translation>此单元格中的 dbutils 在 AIDP 上不存在</translation>
    </message>
    <message>
        <source>%1 after &quot;from pyspark.sql.functions import *&quot; call pyspark&apos;s functions, not Python&apos;s builtins; use builtins.%2 or import functions as F</source>
        <translation>在 &quot;from pyspark.sql.functions import *&quot; 之后，%1 调用的是 pyspark 的函数，而不是 Python 内置函数；请使用 builtins.%2，或改为 import functions as F</translation>
    </message>
    <message>
        <source>the cell was reduced to pass</source>
        <translation>该单元格被缩减为 pass</translation>
    </message>
    <message>
        <source>the child notebook path is computed at run time; migrate its targets and point the path at the migrated copies by hand</source>
        <translation>子笔记本路径在运行时计算；请迁移其目标，并手动将路径指向迁移后的副本</translation>
    </message>
    <message>
        <source>the notebook.run path &quot;%1&quot; has a doubled extension or output base</source>
        <translation>notebook.run 路径 &quot;%1&quot; 包含重复的扩展名或输出根目录</translation>
    </message>
    <message>
        <source>an s3:// path is left; map its bucket in the bucket mapping</source>
        <translation>仍有 s3:// 路径；请在存储桶映射中映射其存储桶</translation>
    </message>
    <message>
        <source>the table %1 keeps its catalog &quot;%2&quot;; it must exist on AIDP or be listed in the catalog manifest</source>
        <translation>表 %1 保留了其目录 &quot;%2&quot;；该目录必须在 AIDP 上存在，或列在目录清单中</translation>
    </message>
    <message>
        <source>Databricks markers remain (%1): left for Pass 2 / the LLM</source>
        <translation>仍有 Databricks 标记（%1）：留给第 2 轮 / LLM 处理</translation>
    </message>
    <message>
        <source>1-part name qualified with AIDP&apos;s default catalog and schema</source>
        <translation>一段式名称已使用 AIDP 的默认目录和架构限定</translation>
    </message>
    <message>
        <source>2-part name qualified with AIDP&apos;s default catalog</source>
        <translation>两段式名称已使用 AIDP 的默认目录限定</translation>
    </message>
    <message>
        <source>the Hive metastore catalog spark_catalog is AIDP&apos;s default catalog</source>
        <translation>Hive 元存储目录 spark_catalog 即 AIDP 的默认目录</translation>
    </message>
    <message>
        <source>catalog %1 is listed in the catalog manifest: remapped to default</source>
        <translation>目录 %1 已列在目录清单中：重新映射为 default</translation>
    </message>
</context>
<context>
    <name>Mwb::Run</name>
    <message>
        <source>
[... %1 characters cut]</source>
        <translation>
[... 已截去 %1 个字符]</translation>
    </message>
    <message>
        <source>the source notebook is not available</source>
        <translation>源笔记本不可用</translation>
    </message>
    <message>
        <source>refused: %1 is not a notebook of this job</source>
        <translation>已拒绝：%1 不是此作业的笔记本</translation>
    </message>
    <message>
        <source>cell must be 0..%1</source>
        <translation>cell 必须在 0..%1 范围内</translation>
    </message>
    <message>
        <source>code must be non-empty and under %1 characters</source>
        <translation>code 必须非空且少于 %1 个字符</translation>
    </message>
    <message>
        <source>this kernel has no Spark session, so there are no tables to inspect</source>
        <translation>此内核没有 Spark 会话，因此没有可检查的表</translation>
    </message>
    <message>
        <source>not a table name: %1</source>
        <translation>不是表名：%1</translation>
    </message>
    <message>
        <source>not a schema name: %1</source>
        <translation>不是架构名：%1</translation>
    </message>
    <message>
        <source>note is empty</source>
        <translation>note 为空</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>code must be the complete, non-empty cell text</source>
        <translation>code 必须是完整且非空的单元格文本</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>start_index must be between 1 and %1 (the failing cell)</source>
        <translation>start_index 必须介于 1 和 %1（失败的单元格）之间</translation>
    </message>
    <message>
        <source>fixed_code must be the complete, non-empty cell text</source>
        <translation>fixed_code 必须是完整且非空的单元格文本</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>rewinding to cell %1</source>
        <translation>正在回退到单元格 %1</translation>
    </message>
    <message>
        <source>unknown tool %1</source>
        <translation>未知工具 %1</translation>
    </message>
    <message>
        <source>the fixer ended without submitting code</source>
        <translation>修复器未提交代码即结束</translation>
    </message>
    <message>
        <source>the %run target cannot be read from the cell</source>
        <translation>无法从单元格中读取 %run 目标</translation>
    </message>
    <message>
        <source>a %sql cell needs Spark, and this kernel has none (run the job on AIDP or on a Jupyter server with Spark)</source>
        <translation>%sql 单元格需要 Spark，而此内核没有（请在 AIDP 或带 Spark 的 Jupyter 服务器上运行该作业）</translation>
    </message>
    <message>
        <source>a %%1 cell needs a kernel that runs %1 (AIDP notebooks do); this kernel runs Python</source>
        <translation>%%1 单元格需要能运行 %1 的内核（AIDP 笔记本可以）；此内核运行的是 Python</translation>
    </message>
    <message>
        <source>an empty %fs command</source>
        <translation>空的 %fs 命令</translation>
    </message>
    <message>
        <source>the cell uses %1 (Spark), and this kernel has none (run the job on AIDP or on a Jupyter server with Spark)</source>
        <translation>该单元格使用了 %1（Spark），而此内核没有 Spark（请在 AIDP 或带 Spark 的 Jupyter 服务器上运行该作业）</translation>
    </message>
    <message>
        <source>the cell imports %1 (Spark), and this kernel has none (run the job on AIDP or on a Jupyter server with Spark)</source>
        <translation>该单元格导入了 %1（Spark），而此内核没有 Spark（请在 AIDP 或带 Spark 的 Jupyter 服务器上运行该作业）</translation>
    </message>
    <message>
        <source>the cell uses %1, which cell %2 defines, and cell %2 cannot run on this kernel</source>
        <translation>该单元格使用了单元格 %2 中定义的 %1，而单元格 %2 无法在此内核上运行</translation>
    </message>
    <message>
        <source>migrate-job %1</source>
        <translation>migrate-job %1</translation>
    </message>
    <message>
        <source>%1: the manifest has no job &quot;%2&quot;</source>
        <translation>%1：清单中没有作业 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the LLM is not usable: %1</source>
        <translation>LLM 不可用：%1</translation>
    </message>
    <message>
        <source>Pass 1 produced nothing</source>
        <translation>第 1 轮未产生任何结果</translation>
    </message>
    <message>
        <source>stopped on request during Pass 1</source>
        <translation>在第 1 轮期间已按请求停止</translation>
    </message>
    <message>
        <source>--only-tasks names &quot;%1&quot;, which is not a task of job &quot;%2&quot;</source>
        <translation>--only-tasks 指定的 &quot;%1&quot; 不是作业 &quot;%2&quot; 的任务</translation>
    </message>
    <message>
        <source>--start-task &quot;%1&quot; matches no task of job &quot;%2&quot;</source>
        <translation>--start-task &quot;%1&quot; 与作业 &quot;%2&quot; 的任何任务都不匹配</translation>
    </message>
    <message>
        <source>not selected in this run and not migrated before</source>
        <translation>本次运行未选中，且之前未迁移</translation>
    </message>
    <message>
        <source>the migrated notebook could not be written: %1</source>
        <translation>无法写入迁移后的笔记本：%1</translation>
    </message>
    <message>
        <source>write failed</source>
        <translation>写入失败</translation>
    </message>
    <message>
        <source>not run: stopped on request</source>
        <translation>未运行：已按请求停止</translation>
    </message>
    <message numerus="yes">
        <source>none of its %n code cell(s) could run on this kernel, so nothing was verified; run the job on AIDP (or a Jupyter server with Spark) to verify them</source>
        <translation>
            <numerusform>其 %n 个代码单元格均无法在此内核上运行，因此未验证任何内容；请在 AIDP（或带 Spark 的 Jupyter 服务器）上运行该作业以进行验证</numerusform>
        </translation>
    </message>
    <message>
        <source>not run: %1</source>
        <translation>未运行：%1</translation>
    </message>
    <message>
        <source>not run (also cells %1): %2</source>
        <translation>未运行（单元格 %1 亦然）：%2</translation>
    </message>
    <message>
        <source>%run target without a migrated copy (not in the exported workspace): %1</source>
        <translation>没有迁移后副本的 %run 目标（不在导出的工作区中）：%1</translation>
    </message>
    <message>
        <source>%1 is not a count: &quot;%2&quot;</source>
        <translation>%1 不是计数：&quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected the table header &quot;%1&quot; under &quot;## %2&quot;</source>
        <translation>&quot;## %2&quot; 下应为表头 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected the table separator &quot;%1&quot;</source>
        <translation>应为表分隔行 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a task row needs 5 cells (Task, Status, OK, Failed, Fixed) between pipes, found %1</source>
        <translation>任务行需要以竖线分隔的 5 个单元格（Task、Status、OK、Failed、Fixed），但找到 %1 个</translation>
    </message>
    <message>
        <source>a task row without a task name or status</source>
        <translation>任务行缺少任务名称或状态</translation>
    </message>
    <message>
        <source>the OK column of task &quot;%1&quot;</source>
        <translation>任务 &quot;%1&quot; 的 OK 列</translation>
    </message>
    <message>
        <source>the Failed column of task &quot;%1&quot;</source>
        <translation>任务 &quot;%1&quot; 的 Failed 列</translation>
    </message>
    <message>
        <source>the Fixed column of task &quot;%1&quot;</source>
        <translation>任务 &quot;%1&quot; 的 Fixed 列</translation>
    </message>
    <message>
        <source>unexpected text after the task table</source>
        <translation>任务表之后有意外的文本</translation>
    </message>
    <message>
        <source>the &quot;## %1&quot; section has no table</source>
        <translation>&quot;## %1&quot; 部分没有表</translation>
    </message>
    <message>
        <source>expected &quot;- **&lt;task&gt;** cell &lt;n&gt;: &lt;note&gt;&quot;, &quot;- **&lt;task&gt;**: &lt;note&gt;&quot; or &quot;None.&quot;</source>
        <translation>应为 &quot;- **&lt;task&gt;** cell &lt;n&gt;: &lt;note&gt;&quot;、&quot;- **&lt;task&gt;**: &lt;note&gt;&quot; 或 &quot;None.&quot;</translation>
    </message>
    <message>
        <source>expected &quot;: &lt;note&gt;&quot; or &quot; cell &lt;n&gt;: &lt;note&gt;&quot; after the task name</source>
        <translation>任务名称之后应为 &quot;: &lt;note&gt;&quot; 或 &quot; cell &lt;n&gt;: &lt;note&gt;&quot;</translation>
    </message>
    <message>
        <source>unexpected text after the trigger snippet</source>
        <translation>触发器代码片段之后有意外的文本</translation>
    </message>
    <message>
        <source>expected a ```json snippet or &quot;None.&quot;</source>
        <translation>应为 ```json 代码片段或 &quot;None.&quot;</translation>
    </message>
    <message>
        <source>the ```json snippet is not closed</source>
        <translation>```json 代码片段未闭合</translation>
    </message>
    <message>
        <source>expected &quot;- Scanned: &lt;n&gt;&quot;, &quot;- Unmigrated targets: &lt;n&gt;&quot;, &quot;- Migrated: &lt;n&gt;&quot; or &quot;- Failed: &lt;n&gt;&quot;</source>
        <translation>应为 &quot;- Scanned: &lt;n&gt;&quot;、&quot;- Unmigrated targets: &lt;n&gt;&quot;、&quot;- Migrated: &lt;n&gt;&quot; 或 &quot;- Failed: &lt;n&gt;&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; 被列出了两次</translation>
    </message>
    <message>
        <source>the &quot;## %1&quot; section misses &quot;- %2: &lt;n&gt;&quot;</source>
        <translation>&quot;## %1&quot; 部分缺少 &quot;- %2: &lt;n&gt;&quot;</translation>
    </message>
    <message>
        <source>expected &quot;- &lt;item&gt;&quot; lines or &quot;None.&quot;</source>
        <translation>应为 &quot;- &lt;item&gt;&quot; 行或 &quot;None.&quot;</translation>
    </message>
    <message>
        <source>expected &quot;- &lt;key&gt;: &lt;value&gt;&quot;</source>
        <translation>应为 &quot;- &lt;key&gt;: &lt;value&gt;&quot;</translation>
    </message>
    <message>
        <source>a job report starts with &quot;%1&lt;job&gt;&quot;</source>
        <translation>作业报告应以 &quot;%1&lt;job&gt;&quot; 开头</translation>
    </message>
    <message>
        <source>unexpected line in the report header (expected &quot;- Date:&quot;, &quot;- Tasks:&quot; and &quot;- Parameters:&quot; once each)</source>
        <translation>报告头中有意外的行（&quot;- Date:&quot;、&quot;- Tasks:&quot; 和 &quot;- Parameters:&quot; 应各出现一次）</translation>
    </message>
    <message>
        <source>the report header needs &quot;- Date:&quot;, &quot;- Tasks:&quot; and &quot;- Parameters:&quot; lines</source>
        <translation>报告头需要 &quot;- Date:&quot;、&quot;- Tasks:&quot; 和 &quot;- Parameters:&quot; 行</translation>
    </message>
    <message>
        <source>the section &quot;## %1&quot; appears twice</source>
        <translation>&quot;## %1&quot; 部分出现了两次</translation>
    </message>
    <message>
        <source>the %1 block opened here is not closed</source>
        <translation>此处开始的 %1 块未闭合</translation>
    </message>
    <message>
        <source>the report has no &quot;## %1&quot; section</source>
        <translation>报告中没有 &quot;## %1&quot; 部分</translation>
    </message>
    <message>
        <source>&quot;- Tasks: %1&quot; but the task table has %2 row(s)</source>
        <translation>&quot;- Tasks: %1&quot;，但任务表有 %2 行</translation>
    </message>
    <message>
        <source>cannot create the folder of the migration log</source>
        <translation>无法创建迁移日志所在的文件夹</translation>
    </message>
    <message>
        <source>Check that --output-base points to a writable folder.</source>
        <translation>请检查 --output-base 是否指向可写的文件夹。</translation>
    </message>
    <message>
        <source>cannot open the migration log: %1</source>
        <translation>无法打开迁移日志：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>(none in the source notebook)</source>
        <translation>（源笔记本中没有）</translation>
    </message>
    <message>
        <source>Result: %1 (OK %2, fixed %3, failed %4, not run %5)</source>
        <translation>结果：%1（OK %2，已修复 %3，失败 %4，未运行 %5）</translation>
    </message>
    <message>
        <source>- Cell %1: auto-fixed (attempt %2)</source>
        <translation>- 单元格 %1：已自动修复（第 %2 次尝试）</translation>
    </message>
    <message>
        <source>- Cell %1: failed: %2</source>
        <translation>- 单元格 %1：失败：%2</translation>
    </message>
    <message>
        <source>- Cell %1: not run: %2</source>
        <translation>- 单元格 %1：未运行：%2</translation>
    </message>
    <message>
        <source>the migrated notebook cannot be read: %1</source>
        <translation>无法读取迁移后的笔记本：%1</translation>
    </message>
    <message>
        <source>no kernel service for %1 (the OCI API key could not be loaded)</source>
        <translation>%1 没有内核服务（无法加载 OCI API 密钥）</translation>
    </message>
    <message>
        <source>no kernel on %1: %2</source>
        <translation>%1 上没有内核：%2</translation>
    </message>
    <message>
        <source>could not install the runtime shim into the kernel: %1</source>
        <translation>无法将运行时兼容层安装到内核中：%1</translation>
    </message>
    <message>
        <source>the sandbox schema %1 could not be created or checked: %2 (writes would not be redirected; grant CREATE SCHEMA, or run with --no-redirect-schema deliberately)</source>
        <translation>无法创建或检查沙盒架构 %1：%2（写入将不会被重定向；请授予 CREATE SCHEMA 权限，或有意使用 --no-redirect-schema 运行）</translation>
    </message>
    <message>
        <source>stopped on request</source>
        <translation>已按请求停止</translation>
    </message>
    <message>
        <source>the notebook exited in cell %1</source>
        <translation>笔记本在单元格 %1 中退出</translation>
    </message>
    <message numerus="yes">
        <source>%n child cell(s) verified</source>
        <translation>
            <numerusform>已验证 %n 个子单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>checked per child cell</source>
        <translation>已按子单元格逐一检查</translation>
    </message>
    <message>
        <source>not retried: %1</source>
        <translation>未重试：%1</translation>
    </message>
    <message>
        <source>(no output; status %1)</source>
        <translation>（无输出；状态 %1）</translation>
    </message>
    <message>
        <source>cell %1 has not run yet</source>
        <translation>单元格 %1 尚未运行</translation>
    </message>
    <message>
        <source>cell %1: %2</source>
        <translation>单元格 %1：%2</translation>
    </message>
    <message>
        <source>fixer: %1</source>
        <translation>修复器：%1</translation>
    </message>
    <message numerus="yes">
        <source>fixup_cell refused: already rewound %n time(s) in this task</source>
        <translation>
            <numerusform>已拒绝 fixup_cell：此任务中已回退 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>fixup_cell: cell %1 rewritten and replayed from there (reason: %2)</source>
        <translation>fixup_cell：已重写单元格 %1 并从该处重新执行（原因：%2）</translation>
    </message>
    <message>
        <source>%run nesting deeper than %1 levels</source>
        <translation>%run 嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>the %run target %1 has no migrated copy (see Dependency Backfill)</source>
        <translation>%run 目标 %1 没有迁移后的副本（参见 Dependency Backfill）</translation>
    </message>
    <message>
        <source>the %run target cannot be read: %1</source>
        <translation>无法读取 %run 目标：%1</translation>
    </message>
    <message>
        <source>%run cycle: %1 is already running, not run again</source>
        <translation>%run 循环：%1 已在运行，不再重复运行</translation>
    </message>
    <message>
        <source>%run %1, cell %2: %3</source>
        <translation>%run %1，单元格 %2：%3</translation>
    </message>
    <message>
        <source>not run: the run stopped because no kernel could be started</source>
        <translation>未运行：由于无法启动内核，运行已停止</translation>
    </message>
    <message>
        <source>task.json of an earlier run was unreadable (%1); moved to %2, the task runs again</source>
        <translation>先前运行的 task.json 无法读取（%1）；已将其移至 %2，该任务将重新运行</translation>
    </message>
    <message>
        <source>JOB_REPORT.md is written by &quot;mwb migrate-job&quot;; run the job again to rewrite it, or correct the line by hand.</source>
        <translation>JOB_REPORT.md 由 &quot;mwb migrate-job&quot; 写入；请重新运行作业以重写该文件，或手动修正该行。</translation>
    </message>
</context>
<context>
    <name>Mwb::Validate</name>
    <message>
        <source>missing in the target</source>
        <translation>目标中缺失</translation>
    </message>
    <message>
        <source>only in the target</source>
        <translation>仅存在于目标中</translation>
    </message>
    <message>
        <source>not carried over by the type mapping</source>
        <translation>类型映射未迁移此项</translation>
    </message>
    <message>
        <source>the source schema cannot be mapped to %1: %2</source>
        <translation>源架构无法映射到 %1：%2</translation>
    </message>
    <message>
        <source>the table is missing in the target</source>
        <translation>目标中缺少该表</translation>
    </message>
    <message>
        <source>the column is missing in the target</source>
        <translation>目标中缺少该列</translation>
    </message>
    <message>
        <source>the target type does not hold what the mapping needs (%1 expected)</source>
        <translation>目标类型无法容纳映射所需的内容（应为 %1）</translation>
    </message>
    <message>
        <source>dialect spelling of the same values</source>
        <translation>相同取值的方言写法</translation>
    </message>
    <message>
        <source>mapping: %1</source>
        <translation>映射：%1</translation>
    </message>
    <message>
        <source>nullability differs</source>
        <translation>可空性不同</translation>
    </message>
    <message>
        <source>the default is present on one side only</source>
        <translation>默认值仅存在于一侧</translation>
    </message>
    <message>
        <source>the column is only in the target</source>
        <translation>该列仅存在于目标中</translation>
    </message>
    <message>
        <source>the primary key differs</source>
        <translation>主键不同</translation>
    </message>
    <message>
        <source>the number of CHECK constraints differs</source>
        <translation>CHECK 约束的数量不同</translation>
    </message>
    <message>
        <source>CHECK constraints the mapping does not carry over</source>
        <translation>映射未迁移的 CHECK 约束</translation>
    </message>
    <message>
        <source>the table is only in the target</source>
        <translation>该表仅存在于目标中</translation>
    </message>
    <message>
        <source>the view is missing in the target</source>
        <translation>目标中缺少该视图</translation>
    </message>
    <message>
        <source>the trigger is missing in the target</source>
        <translation>目标中缺少该触发器</translation>
    </message>
    <message>
        <source>the view is only in the target</source>
        <translation>该视图仅存在于目标中</translation>
    </message>
    <message>
        <source>the trigger is only in the target</source>
        <translation>该触发器仅存在于目标中</translation>
    </message>
    <message>
        <source>Counting the rows of %1</source>
        <translation>正在统计 %1 的行数</translation>
    </message>
    <message>
        <source>Checksumming %1</source>
        <translation>正在计算 %1 的校验和</translation>
    </message>
    <message>
        <source>Reading the key range of %1</source>
        <translation>正在读取 %1 的键范围</translation>
    </message>
    <message>
        <source>Checksumming key ranges of %1</source>
        <translation>正在计算 %1 各键范围的校验和</translation>
    </message>
    <message>
        <source>Reading rows of %1</source>
        <translation>正在读取 %1 的行</translation>
    </message>
    <message>
        <source>the checksums of %1 differ but no differing row was located</source>
        <translation>%1 的校验和不同，但未找到存在差异的行</translation>
    </message>
    <message>
        <source>expected TABLE.COLUMN=KIND:VALUE</source>
        <translation>应为 TABLE.COLUMN=KIND:VALUE</translation>
    </message>
    <message>
        <source>the table or column name is empty</source>
        <translation>表名或列名为空</translation>
    </message>
    <message>
        <source>no tolerance given</source>
        <translation>未指定容差</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KIND:NON-NEGATIVE-NUMBER</source>
        <translation>&quot;%1&quot; 不符合 KIND:NON-NEGATIVE-NUMBER 格式</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (abs, rel, time)</source>
        <translation>未知的类型 &quot;%1&quot;（abs、rel、time）</translation>
    </message>
    <message>
        <source>expected TABLE=SHARE with a share between 0 and 1</source>
        <translation>应为 TABLE=SHARE，其中比例介于 0 和 1 之间</translation>
    </message>
    <message>
        <source>missing in target</source>
        <translation>目标中缺失</translation>
    </message>
    <message>
        <source>extra in target</source>
        <translation>目标中多余</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Validation report</source>
        <translation>验证报告</translation>
    </message>
    <message>
        <source>Result: **%1**</source>
        <translation>结果：**%1**</translation>
    </message>
    <message>
        <source>Source: `%1`</source>
        <translation>源：`%1`</translation>
    </message>
    <message>
        <source>Target: `%1`</source>
        <translation>目标：`%1`</translation>
    </message>
    <message>
        <source>Run: %1, %2 – %3</source>
        <translation>运行：%1，%2 – %3</translation>
    </message>
    <message>
        <source>Unexplained data differences: %1; real schema differences: %2</source>
        <translation>无法解释的数据差异：%1；实际架构差异：%2</translation>
    </message>
    <message>
        <source>Sample: %1 rows per table, seed %2</source>
        <translation>抽样：每个表 %1 行，种子 %2</translation>
    </message>
    <message>
        <source>Interrupted: not every table was compared</source>
        <translation>已中断：并非所有表都已比较</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source rows</source>
        <translation>源行数</translation>
    </message>
    <message>
        <source>Target rows</source>
        <translation>目标行数</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>多余</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>在容差范围内</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>已读取行数</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Tolerance %1</source>
        <translation>容差 %1</translation>
    </message>
    <message>
        <source>Allowed mismatch share: %1</source>
        <translation>允许的不匹配比例：%1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>within tolerance</source>
        <translation>在容差范围内</translation>
    </message>
    <message>
        <source>… and %1 more differing rows not listed.</source>
        <translation>… 另有 %1 个存在差异的行未列出。</translation>
    </message>
    <message>
        <source>Sampled rows that differ: %1</source>
        <translation>存在差异的抽样行：%1</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>无差异。</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Mapping expects</source>
        <translation>映射预期</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>expected by the mapping</source>
        <translation>映射预期内</translation>
    </message>
    <message>
        <source>real</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>源：%1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>cannot create the report folder</source>
        <translation>无法创建报告文件夹</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>请检查路径及其权限。</translation>
    </message>
    <message>
        <source>the source has no table &quot;%1&quot;</source>
        <translation>源中没有表 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Check the names given to --tables (they match exactly).</source>
        <translation>请检查传给 --tables 的名称（须完全匹配）。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Check that the table exists on both sides and that the user may read it.</source>
        <translation>请检查该表在两端是否都存在，以及用户是否有权读取它。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>Write TABLE.COLUMN=abs:N, rel:N or time:SECONDS, or TABLE=SHARE for --allow-mismatch.</source>
        <translation>请写成 TABLE.COLUMN=abs:N、rel:N 或 time:SECONDS，或为 --allow-mismatch 写成 TABLE=SHARE。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::CellGridView</name>
    <message>
        <source>%1, cell %2 of %3</source>
        <translation>%1，第 %2 个单元格，共 %3 个</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message numerus="yes">
        <source>%1 after %n attempt(s)</source>
        <translation>
            <numerusform>%1（尝试 %n 次后）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::CellInspector</name>
    <message>
        <source>Select a cell in a review to see its outputs and run attempts.</source>
        <translation>在审查视图中选择一个单元格，即可查看其输出和运行尝试。</translation>
    </message>
    <message>
        <source>No such cell on this side.</source>
        <translation>此侧没有该单元格。</translation>
    </message>
    <message>
        <source>Cell %1</source>
        <translation>单元格 %1</translation>
    </message>
    <message>
        <source>No outputs.</source>
        <translation>无输出。</translation>
    </message>
    <message>
        <source>Databricks output</source>
        <translation>Databricks 输出</translation>
    </message>
    <message>
        <source>Migrated output</source>
        <translation>迁移后输出</translation>
    </message>
    <message>
        <source>Run attempts</source>
        <translation>运行尝试</translation>
    </message>
    <message>
        <source>No run recorded for this cell yet.</source>
        <translation>此单元格尚无运行记录。</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>第 %1 次尝试</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Error patterns</source>
        <translation>错误模式</translation>
    </message>
    <message>
        <source>Driver log</source>
        <translation>驱动程序日志</translation>
    </message>
    <message>
        <source>LLM judge</source>
        <translation>LLM 评审</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>未询问</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::ChangesModel</name>
    <message>
        <source>%1

Before: %2
After: %3</source>
        <translation>%1

修改前：%2
修改后：%3</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现项</translation>
    </message>
    <message>
        <source>cell %1, line %2</source>
        <translation>单元格 %1，第 %2 行</translation>
    </message>
    <message>
        <source>cell %1</source>
        <translation>单元格 %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::ChangesPanel</name>
    <message>
        <source>Show one rule</source>
        <translation>仅显示某一规则</translation>
    </message>
    <message>
        <source>Show change records, or findings of one severity</source>
        <translation>显示变更记录，或某一严重性的发现项</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>阻断项</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Nits</source>
        <translation>细节问题</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>所有规则</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Open notebook</source>
        <translation>当前笔记本</translation>
    </message>
    <message>
        <source>Whole job</source>
        <translation>整个作业</translation>
    </message>
    <message>
        <source>Changes of the open notebook, or of every notebook of its job</source>
        <translation>当前打开的笔记本的更改，或其所属作业中所有笔记本的更改</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::ClusterProfile</name>
    <message>
        <source>cluster profile &quot;%1&quot;</source>
        <translation>集群配置档案“%1”</translation>
    </message>
    <message>
        <source>a cluster profile has no name</source>
        <translation>有集群配置档案未命名</translation>
    </message>
    <message>
        <source>Give every profile a name.</source>
        <translation>请为每个配置档案命名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Jupyter server URL</source>
        <translation>“%1”不是 Jupyter 服务器 URL</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, e.g. http://127.0.0.1:8888/.</source>
        <translation>请填写服务器地址，例如 http://127.0.0.1:8888/。</translation>
    </message>
    <message>
        <source>the Jupyter URL contains a token or password</source>
        <translation>Jupyter URL 中包含令牌或密码</translation>
    </message>
    <message>
        <source>Remove it from the URL and put the token in the Token field: it goes to the keychain.</source>
        <translation>请将其从 URL 中删除，并在“令牌”字段中填写令牌：令牌将存入密钥链。</translation>
    </message>
    <message>
        <source>OCI profile</source>
        <translation>OCI 配置档案</translation>
    </message>
    <message>
        <source>data lake OCID</source>
        <translation>数据湖 OCID</translation>
    </message>
    <message>
        <source>workspace id</source>
        <translation>工作区 ID</translation>
    </message>
    <message>
        <source>cluster id</source>
        <translation>集群 ID</translation>
    </message>
    <message>
        <source>the %1 is missing</source>
        <translation>缺少%1</translation>
    </message>
    <message>
        <source>AIDP needs the ~/.oci/config profile, the data lake OCID, the workspace and the cluster (see mwb exec --help).</source>
        <translation>AIDP 需要 ~/.oci/config 配置档案、数据湖 OCID、工作区和集群（参见 mwb exec --help）。</translation>
    </message>
    <message>
        <source>&quot;clusters&quot; in workbench.json is not an object</source>
        <translation>workbench.json 中的 &quot;clusters&quot; 不是对象</translation>
    </message>
    <message>
        <source>Write &quot;clusters&quot;: {&quot;name&quot;: {&quot;kind&quot;: &quot;jupyter&quot;, &quot;url&quot;: &quot;http://...&quot;}}.</source>
        <translation>请按 &quot;clusters&quot;: {&quot;name&quot;: {&quot;kind&quot;: &quot;jupyter&quot;, &quot;url&quot;: &quot;http://...&quot;}} 的格式编写。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::ClustersPage</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Jupyter server</source>
        <translation>Jupyter 服务器</translation>
    </message>
    <message>
        <source>Oracle AI Data Platform</source>
        <translation>Oracle AI Data Platform</translation>
    </message>
    <message>
        <source>from the data lake OCID</source>
        <translation>从数据湖 OCID 获取</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>服务器 URL：</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <source>OCI profile:</source>
        <translation>OCI 配置档案：</translation>
    </message>
    <message>
        <source>OCI config file:</source>
        <translation>OCI 配置文件：</translation>
    </message>
    <message>
        <source>Data lake OCID:</source>
        <translation>数据湖 OCID：</translation>
    </message>
    <message>
        <source>Workspace id:</source>
        <translation>工作区 ID：</translation>
    </message>
    <message>
        <source>Cluster id:</source>
        <translation>集群 ID：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>内核：</translation>
    </message>
    <message>
        <source>mwb options:</source>
        <translation>mwb 选项：</translation>
    </message>
    <message>
        <source>Open a project to edit its cluster profiles (workbench.json).</source>
        <translation>打开项目以编辑其集群配置档案（workbench.json）。</translation>
    </message>
    <message>
        <source>Kernels that jobs run on, kept in %1. Tokens go to the system keychain.</source>
        <translation>运行作业所用的内核，保存在 %1 中。令牌存入系统密钥链。</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>未更改（保存在密钥链中）</translation>
    </message>
    <message>
        <source>kept in memory for this session only</source>
        <translation>仅在本次会话中保存在内存里</translation>
    </message>
    <message>
        <source>Two cluster profiles are called &quot;%1&quot;. Rename one of them.</source>
        <translation>有两个集群配置档案都名为“%1”。请重命名其中一个。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::CommandPreview</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>The equivalent mwb command; run it in the project folder.</source>
        <translation>等效的 mwb 命令；请在项目文件夹中运行。</translation>
    </message>
    <message>
        <source>Copy the command line to the clipboard</source>
        <translation>将命令行复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::ConnectionPicker</name>
    <message>
        <source>sqlite:///path/file.db or postgresql://user@host:5432/db</source>
        <translation>sqlite:///path/file.db 或 postgresql://user@host:5432/db</translation>
    </message>
    <message>
        <source>A profile from connections.json, or a URL</source>
        <translation>connections.json 中的配置档案，或 URL</translation>
    </message>
    <message>
        <source>A profile name from connections.json or a connection URL without password (sqlite:///abs/path.db, postgresql://user@host:5432/db, mysql://user@host:3306/db). Passwords come from the keychain or PGPASSWORD / MWB_PASSWORD.</source>
        <translation>connections.json 中的配置档案名称，或不含密码的连接 URL（sqlite:///abs/path.db、postgresql://user@host:5432/db、mysql://user@host:3306/db）。密码取自密钥链或 PGPASSWORD / MWB_PASSWORD。</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a SQLite database file</source>
        <translation>选择 SQLite 数据库文件</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite 数据库</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite 数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the source database: a profile of connections.json or a URL.</source>
        <translation>请选择源数据库：connections.json 中的配置或 URL。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>源：%1</translation>
    </message>
    <message>
        <source>Choose the target database: a profile of connections.json or a URL.</source>
        <translation>请选择目标数据库：connections.json 中的配置或 URL。</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>Source and target are the same database (%1).</source>
        <translation>源和目标是同一个数据库 (%1)。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::ConnectionProfile</name>
    <message>
        <source>a connection profile has no name</source>
        <translation>有连接配置档案未命名</translation>
    </message>
    <message>
        <source>Give every profile a name.</source>
        <translation>请为每个配置档案命名。</translation>
    </message>
    <message>
        <source>the profile name &quot;%1&quot; cannot be used</source>
        <translation>不能使用配置档案名称“%1”</translation>
    </message>
    <message>
        <source>A name has no leading or trailing spaces and no &quot;://&quot; (mwb would take it for a URL).</source>
        <translation>名称首尾不能有空格，也不能包含“://”（否则 mwb 会将其视为 URL）。</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>配置档案“%1”：%2</translation>
    </message>
    <message>
        <source>connections.json has no &quot;profiles&quot; object</source>
        <translation>connections.json 中没有 &quot;profiles&quot; 对象</translation>
    </message>
    <message>
        <source>Write {&quot;profiles&quot;: {&quot;name&quot;: {&quot;url&quot;: &quot;postgresql://user@host/db&quot;}}}.</source>
        <translation>请按 {&quot;profiles&quot;: {&quot;name&quot;: {&quot;url&quot;: &quot;postgresql://user@host/db&quot;}}} 的格式编写。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::ConnectionsPage</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>the profile name</source>
        <translation>配置档案名称</translation>
    </message>
    <message>
        <source>optional CA certificate file</source>
        <translation>可选的 CA 证书文件</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL：</translation>
    </message>
    <message>
        <source>TLS mode:</source>
        <translation>TLS 模式：</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <source>Keychain key:</source>
        <translation>密钥链键：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Open a project to edit its connection profiles (connections.json).</source>
        <translation>打开项目以编辑其连接配置档案（connections.json）。</translation>
    </message>
    <message>
        <source>Profiles of this project, in %1. mwb commands take a profile name wherever they take a connection URL.</source>
        <translation>此项目的配置档案，保存在 %1 中。凡是 mwb 命令接受连接 URL 的地方，都可以使用配置档案名称。</translation>
    </message>
    <message>
        <source>SQLite files have no password.</source>
        <translation>SQLite 文件没有密码。</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>Saved in the system keychain (service &quot;%1&quot;, key &quot;%2&quot;), never in connections.json.</source>
        <translation>保存在系统密钥链中（服务“%1”，键“%2”），绝不会写入 connections.json。</translation>
    </message>
    <message>
        <source>kept for this session</source>
        <translation>已为本次会话保存</translation>
    </message>
    <message>
        <source>No system keychain is available: the password is kept in memory for this session only and you will be asked for it each time. It is never written to disk.</source>
        <translation>没有可用的系统密钥链：密码仅在本次会话中保存在内存里，每次都会询问。密码绝不会写入磁盘。</translation>
    </message>
    <message>
        <source>Two profiles are called &quot;%1&quot;. Rename one of them.</source>
        <translation>有两个配置档案都名为“%1”。请重命名其中一个。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>Connected, but a query failed.</source>
        <translation>已连接，但查询失败。</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
    <message>
        <source>Connected to %1 over %2.</source>
        <translation>已通过 %2 连接到 %1。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::DataJobMonitor</name>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Stop after the current batch; the job checkpoints and can be resumed (sends SIGTERM)</source>
        <translation>在当前批次之后停止；作业会写入检查点，之后可以恢复（发送 SIGTERM）</translation>
    </message>
    <message>
        <source>Continue the job after its last committed batch (mwb data resume)</source>
        <translation>从最后一个已提交的批次之后继续作业（mwb data resume）</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>日志(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Isolated rows</source>
        <translation>已隔离的行(&amp;I)</translation>
    </message>
    <message>
        <source>The job&apos;s process (pid %1) is gone; nothing to stop.</source>
        <translation>作业进程（pid %1）已不存在；无需停止。</translation>
    </message>
    <message>
        <source>Stop requested: the job ends after the current batch.</source>
        <translation>已请求停止：作业将在当前批次之后结束。</translation>
    </message>
    <message>
        <source>Resuming job %1</source>
        <translation>正在恢复作业 %1</translation>
    </message>
    <message>
        <source>Validating %1 table(s)…</source>
        <translation>正在验证 %1 个表…</translation>
    </message>
    <message>
        <source>%1 missing in the target, %2 extra, %3 changed</source>
        <translation>目标中缺少 %1 行，多出 %2 行，变更 %3 行</translation>
    </message>
    <message>
        <source>job %1 is not in the history</source>
        <translation>作业 %1 不在历史记录中</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 行</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>validation %1</source>
        <translation>验证 %1</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>copying, %1 rows/s</source>
        <translation>正在复制，%1 行/秒</translation>
    </message>
    <message>
        <source>running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>reading status…</source>
        <translation>正在读取状态…</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>已用时 %1</translation>
    </message>
    <message>
        <source>Data job</source>
        <translation>数据作业</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::DataMigrationDialog</name>
    <message>
        <source>&amp;Truncate each target table before copying into it</source>
        <translation>复制前清空每个目标表(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the job at the first table that &amp;fails</source>
        <translation>遇到第一个失败的表时停止作业(&amp;F)</translation>
    </message>
    <message>
        <source>Isolate refused &amp;rows and go on (else the table fails)</source>
        <translation>隔离被拒绝的行并继续(&amp;R)（否则该表失败）</translation>
    </message>
    <message>
        <source>&amp;Validate the target against the source after the copy</source>
        <translation>复制完成后根据源验证目标(&amp;V)</translation>
    </message>
    <message>
        <source>Copy Data</source>
        <translation>复制数据</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>所有表</translation>
    </message>
    <message>
        <source>One table</source>
        <translation>单个表</translation>
    </message>
    <message>
        <source>Checked tables</source>
        <translation>选中的表</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> 行</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>A batch is cut when its values reach this size, even before the row count.</source>
        <translation>当批次中的数据量达到此大小时即切分批次，即使尚未达到行数。</translation>
    </message>
    <message>
        <source>Rows the target refuses go to &lt;table&gt;_failed.jsonl in the job folder.</source>
        <translation>目标拒绝的行会写入作业文件夹中的 &lt;table&gt;_failed.jsonl。</translation>
    </message>
    <message>
        <source>Row counts, checksums per key range and the schema, as mwb validate does.</source>
        <translation>行数、按键范围计算的校验和以及架构，与 mwb validate 相同。</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>源(&amp;S)：</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Read the tables of the source again</source>
        <translation>重新读取源中的表</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>批次大小(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Memory per batch:</source>
        <translation>每批内存(&amp;M)：</translation>
    </message>
    <message>
        <source>Choose the source to see its tables in copy order.</source>
        <translation>选择源以按复制顺序查看其中的表。</translation>
    </message>
    <message>
        <source>Choose the table to copy.</source>
        <translation>选择要复制的表。</translation>
    </message>
    <message>
        <source>Reading the tables of the source …</source>
        <translation>正在读取源中的表…</translation>
    </message>
    <message>
        <source>The tables of the source cannot be read: %1</source>
        <translation>无法读取源中的表：%1</translation>
    </message>
    <message>
        <source>Check at least one table to copy.</source>
        <translation>请至少选中一个要复制的表。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::DiffPane</name>
    <message>
        <source>Source notebook</source>
        <translation>源笔记本</translation>
    </message>
    <message>
        <source>Migrated notebook</source>
        <translation>迁移后的笔记本</translation>
    </message>
    <message>
        <source>Notebook differences</source>
        <translation>笔记本差异</translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s)</source>
        <translation>
            <numerusform>⋯ %n 行未更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n unchanged cell(s)</source>
        <translation>
            <numerusform>⋯ %n 个单元格未更改</numerusform>
        </translation>
    </message>
    <message>
        <source>(removed in the migrated notebook)</source>
        <translation>（迁移后的笔记本中已删除）</translation>
    </message>
    <message>
        <source>(new in the migrated notebook)</source>
        <translation>（迁移后的笔记本中新增）</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>outputs differ</source>
        <translation>输出不同</translation>
    </message>
    <message>
        <source>metadata differs</source>
        <translation>元数据不同</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Cell %1 · %2 · %3</source>
        <extracomment>Diff view cell header: cell number, language, change</extracomment>
        <translation>单元格 %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::FailedRowsModel</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::FailedRowsView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 rows; open the file for the rest: %3</source>
        <translation>显示前 %1 行，共 %2 行；其余内容请打开文件查看：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n line(s) are not JSON)</source>
        <translation>
            <numerusform>（%n 行不是 JSON）</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows were isolated.</source>
        <translation>没有被隔离的行。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::GeneralPage</name>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>A new language applies the next time the workbench starts.</source>
        <translation>新语言将在下次启动工作台时生效。</translation>
    </message>
    <message>
        <source>Light and dark follow the system&apos;s colour scheme.</source>
        <translation>浅色和深色跟随系统配色方案。</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>外观：</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::HistoryChart</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>开始于 %1</translation>
    </message>
    <message>
        <source>Duration %1</source>
        <translation>耗时 %1</translation>
    </message>
    <message>
        <source>Run id %1</source>
        <translation>运行 ID %1</translation>
    </message>
    <message>
        <source>Duration (log scale) by run, oldest to newest</source>
        <translation>各运行的耗时（对数刻度），从旧到新</translation>
    </message>
    <message>
        <source>No runs to chart</source>
        <translation>没有可绘制图表的运行</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::HistoryModel</name>
    <message>
        <source>%1 so far</source>
        <translation>目前已用 %1</translation>
    </message>
    <message>
        <source>Run id: %1</source>
        <translation>运行 ID：%1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>The run still says &quot;running&quot;, but its process %1 is gone: it was killed before it could finish.</source>
        <translation>该运行仍显示为“running”，但其进程 %1 已不存在：它在完成前被终止了。</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>完成于 %1</translation>
    </message>
    <message>
        <source>Code cells of a migrate-job run, summed over its tasks</source>
        <translation>migrate-job 运行中的代码单元格，按其任务汇总</translation>
    </message>
    <message>
        <source>Rows of a data copy; failed rows are isolated in *_failed.jsonl</source>
        <translation>数据复制的行数；失败的行被隔离在 *_failed.jsonl 中</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Job / title</source>
        <translation>作业 / 标题</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Cells OK</source>
        <translation>单元格 OK</translation>
    </message>
    <message>
        <source>Cells failed</source>
        <translation>单元格失败</translation>
    </message>
    <message>
        <source>Cells fixed</source>
        <translation>单元格已修复</translation>
    </message>
    <message>
        <source>Rows copied</source>
        <translation>已复制行数</translation>
    </message>
    <message>
        <source>Rows failed</source>
        <translation>失败行数</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::HistoryPoller</name>
    <message>
        <source>No run history in %1 (.mwb/history.sqlite is missing).</source>
        <translation>%1 中没有运行历史记录（缺少 .mwb/history.sqlite）。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::HistoryRun</name>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>存在差异</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>部分完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Migrate job</source>
        <translation>迁移作业</translation>
    </message>
    <message>
        <source>Data copy</source>
        <translation>数据复制</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::HistoryView</name>
    <message>
        <source>Filter by job, title or run id</source>
        <translation>按作业、标题或运行 ID 筛选</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>所有结果</translation>
    </message>
    <message>
        <source>Partial / differences</source>
        <translation>部分完成 / 存在差异</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Read the run history again (it also reloads every few seconds)</source>
        <translation>重新读取运行历史记录（每隔几秒也会自动重新加载）</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>No runs in this project yet. Migrate-job, data and validate runs started here or with &quot;mwb&quot; appear in this list.</source>
        <translation>此项目中还没有运行。在此处或通过“mwb”启动的 migrate-job、data 和 validate 运行会显示在此列表中。</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>开始于 %1</translation>
    </message>
    <message>
        <source>running for %1</source>
        <translation>已运行 %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>耗时 %1</translation>
    </message>
    <message>
        <source>run id %1</source>
        <translation>运行 ID %1</translation>
    </message>
    <message>
        <source>Its process (%1) is gone without writing an end: it was killed. Data jobs continue with &quot;mwb data resume %2&quot;.</source>
        <translation>其进程（%1）未写入结束记录便已消失：它被终止了。数据作业可通过“mwb data resume %2”继续。</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 个运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s)</source>
        <translation>
            <numerusform>%1 / %n 个运行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::JobMonitor</name>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <translation>打开报告(&amp;R)</translation>
    </message>
    <message>
        <source>Stop after the current cell; the run checkpoints and can be resumed (sends SIGTERM)</source>
        <translation>在当前单元格之后停止；运行会写入检查点，之后可以恢复（发送 SIGTERM）</translation>
    </message>
    <message>
        <source>%v of %m cells</source>
        <translation>%v / %m 个单元格</translation>
    </message>
    <message>
        <source>The run&apos;s process (pid %1) is gone; nothing to stop.</source>
        <translation>运行进程（pid %1）已不存在；无需停止。</translation>
    </message>
    <message>
        <source>Stop requested: the run ends after the current cell.</source>
        <translation>已请求停止：运行将在当前单元格之后结束。</translation>
    </message>
    <message>
        <source>run %1 is not in the history</source>
        <translation>运行 %1 不在历史记录中</translation>
    </message>
    <message>
        <source>The run&apos;s process (pid %1) ended without recording a result.</source>
        <translation>运行进程（pid %1）已结束，但未记录结果。</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>reading history…</source>
        <translation>正在读取历史记录…</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>已用时 %1</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>约剩余 %1</translation>
    </message>
    <message>
        <source>Job monitor</source>
        <translation>作业监视器</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::LaunchDialog</name>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Runs in %1</source>
        <translation>在 %1 中运行</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::LlmPage</name>
    <message>
        <source>Remove key</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <source>mwb&apos;s default</source>
        <translation>mwb 默认值</translation>
    </message>
    <message>
        <source>Anthropic API key:</source>
        <translation>Anthropic API 密钥：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>The key is used by the fixer and the judge of migrate-job runs. A key in the ANTHROPIC_API_KEY environment variable takes precedence.</source>
        <translation>该密钥供 migrate-job 运行中的修复器和评审使用。ANTHROPIC_API_KEY 环境变量中的密钥优先。</translation>
    </message>
    <message>
        <source>Looking for a stored key…</source>
        <translation>正在查找已存储的密钥…</translation>
    </message>
    <message>
        <source>A key is kept in memory for this session.</source>
        <translation>已在本次会话的内存中保存一个密钥。</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain.</source>
        <translation>已在系统密钥链中存储一个密钥。</translation>
    </message>
    <message>
        <source>No key is stored. A key typed here is saved in the system keychain.</source>
        <translation>未存储密钥。在此输入的密钥将保存到系统密钥链中。</translation>
    </message>
    <message>
        <source>No system keychain is available: a key typed here is kept in memory for this session only and never written to disk.</source>
        <translation>没有可用的系统密钥链：在此输入的密钥仅在本次会话中保存在内存里，绝不会写入磁盘。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::MigrateJobDialog</name>
    <message>
        <source>Turn the sandbox off?</source>
        <translation>关闭沙盒？</translation>
    </message>
    <message>
        <source>Without the sandbox, the cells of this job write to their real tables, schemas and storage paths while they run.</source>
        <translation>没有沙盒时，此作业的单元格在运行时会写入其真实的表、架构和存储路径。</translation>
    </message>
    <message>
        <source>Only do this when the target may be changed by the migration run. Turn the sandbox off?</source>
        <translation>仅当允许迁移运行更改目标时才这样做。要关闭沙盒吗？</translation>
    </message>
    <message>
        <source>Migrate Job</source>
        <translation>迁移作业</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Jobs and tasks</source>
        <translation>作业和任务</translation>
    </message>
    <message>
        <source>The job manifest written by mwb build-dag (reports/&lt;job&gt;_manifest.json).</source>
        <translation>由 mwb build-dag 写入的作业清单（reports/&lt;job&gt;_manifest.json）。</translation>
    </message>
    <message>
        <source>Choose a job manifest</source>
        <translation>选择作业清单</translation>
    </message>
    <message>
        <source>Job manifests (*_manifest.json);;JSON files (*.json)</source>
        <translation>作业清单 (*_manifest.json);;JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>&amp;Manifest:</source>
        <translation>清单(&amp;M)：</translation>
    </message>
    <message>
        <source>Job / task</source>
        <translation>作业 / 任务</translation>
    </message>
    <message>
        <source>Layer and cells</source>
        <translation>层和单元格</translation>
    </message>
    <message>
        <source>Unchecked jobs are left out (--jobs); when tasks are unchecked, only the checked ones run, even if a previous run finished them (--only-tasks).</source>
        <translation>未选中的作业将被排除（--jobs）；如果取消选中了部分任务，则只运行选中的任务，即使先前的运行已完成它们（--only-tasks）。</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>Local Python kernel (private jupyter-server)</source>
        <translation>本地 Python 内核（私有 jupyter-server）</translation>
    </message>
    <message>
        <source>Jupyter server</source>
        <translation>Jupyter 服务器</translation>
    </message>
    <message>
        <source>Oracle AI Data Platform (AIDP)</source>
        <translation>Oracle AI Data Platform (AIDP)</translation>
    </message>
    <message>
        <source>Starts jupyter-server on 127.0.0.1 for this run.</source>
        <translation>为本次运行在 127.0.0.1 上启动 jupyter-server。</translation>
    </message>
    <message>
        <source>The server URL without token; the token comes from MWB_JUPYTER_TOKEN.</source>
        <translation>不含令牌的服务器 URL；令牌取自 MWB_JUPYTER_TOKEN。</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>服务器 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>The profile in ~/.oci/config that signs the requests.</source>
        <translation>~/.oci/config 中用于对请求签名的配置档案。</translation>
    </message>
    <message>
        <source>from the data-lake OCID</source>
        <translation>从数据湖 OCID 获取</translation>
    </message>
    <message>
        <source>OCI &amp;profile:</source>
        <translation>OCI 配置档案(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Data lake OCID:</source>
        <translation>数据湖 OCID(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Workspace id:</source>
        <translation>工作区 ID(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Cluster id:</source>
        <translation>集群 ID(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>R&amp;un on:</source>
        <translation>运行于(&amp;U)：</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Where migrated notebooks and reports go; relative paths are inside the project.</source>
        <translation>迁移后的笔记本和报告的存放位置；相对路径位于项目内。</translation>
    </message>
    <message>
        <source>Run from this task on, in layer order; earlier tasks are not run.</source>
        <translation>从此任务开始按层顺序运行；之前的任务不会运行。</translation>
    </message>
    <message>
        <source>Tasks of one layer run at the same time, each on its own kernel.</source>
        <translation>同一层的任务同时运行，各自使用独立的内核。</translation>
    </message>
    <message>
        <source>How often the LLM fixer may retry one failing cell.</source>
        <translation>LLM 修复器对单个失败单元格的最大重试次数。</translation>
    </message>
    <message>
        <source>Fix failing cells with the &amp;LLM (Anthropic)</source>
        <translation>使用 LLM (Anthropic) 修复失败的单元格(&amp;L)</translation>
    </message>
    <message>
        <source>The key comes from the keychain or ANTHROPIC_API_KEY, never from the command line.</source>
        <translation>密钥从钥匙串或 ANTHROPIC_API_KEY 获取，绝不从命令行传入。</translation>
    </message>
    <message>
        <source>S&amp;kip what a previous run finished</source>
        <translation>跳过上次运行已完成的部分(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>输出文件夹(&amp;O):</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Start &amp;at task:</source>
        <translation>起始任务(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Parallel tasks:</source>
        <translation>并行任务数(&amp;P):</translation>
    </message>
    <message>
        <source>Max &amp;fix attempts:</source>
        <translation>最大修复次数(&amp;F):</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>Redirect the job&apos;s &amp;writes to the sandbox</source>
        <translation>将作业的写入重定向到沙箱(&amp;W)</translation>
    </message>
    <message>
        <source>Table writes go to the sandbox schema and path writes to the sandbox bucket, so running the job changes no real data.</source>
        <translation>表写入会转到沙箱模式，路径写入会转到沙箱存储桶，因此运行作业不会更改任何真实数据。</translation>
    </message>
    <message>
        <source>Rewrite inputs</source>
        <translation>重写输入</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Catalogs whose 3-part names are remapped: {&quot;catalogs&quot;: [...]}.</source>
        <translation>需要重映射三段式名称的目录：{&quot;catalogs&quot;: [...]}。</translation>
    </message>
    <message>
        <source>S3 bucket → OCI bucket and namespace.</source>
        <translation>S3 存储桶 → OCI 存储桶和命名空间。</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Catalog manifest:</source>
        <translation>目录清单(&amp;C):</translation>
    </message>
    <message>
        <source>Catalog manifest</source>
        <translation>目录清单</translation>
    </message>
    <message>
        <source>&amp;Bucket mapping:</source>
        <translation>存储桶映射(&amp;B):</translation>
    </message>
    <message>
        <source>Bucket mapping</source>
        <translation>存储桶映射</translation>
    </message>
    <message>
        <source>the manifest&apos;s</source>
        <translation>默认取自清单</translation>
    </message>
    <message>
        <source>The exported Databricks workspace folder.</source>
        <translation>导出的 Databricks 工作区文件夹。</translation>
    </message>
    <message>
        <source>&lt;output folder&gt;/volumes</source>
        <translation>&lt;输出文件夹&gt;/volumes</translation>
    </message>
    <message>
        <source>Folder that stands for /Volumes on the kernel&apos;s machine (local and Jupyter kernels).</source>
        <translation>在内核所在机器上代表 /Volumes 的文件夹（本地内核和 Jupyter 内核）。</translation>
    </message>
    <message>
        <source>One per line: /mnt/raw=/data/raw</source>
        <translation>每行一个：/mnt/raw=/data/raw</translation>
    </message>
    <message>
        <source>Databricks mount points and the folders that stand for them on the kernel&apos;s machine.</source>
        <translation>Databricks 挂载点及其在内核所在机器上对应的文件夹。</translation>
    </message>
    <message>
        <source>python3 (AIDP: notebook)</source>
        <translation>python3（AIDP：notebook）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&quot;Kernel hung&quot; when a cell has not started within this time.</source>
        <translation>单元格在此时间内仍未开始时，判定为“内核挂起”。</translation>
    </message>
    <message>
        <source>Also send cells the rules left with Databricks markers to the LLM</source>
        <translation>同时将规则处理后仍带有 Databricks 标记的单元格发送给 LLM</translation>
    </message>
    <message>
        <source>optional: Spark UI/REST root</source>
        <translation>可选：Spark UI/REST 根地址</translation>
    </message>
    <message>
        <source>&amp;Workspace folder:</source>
        <translation>工作区文件夹(&amp;W):</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>工作区文件夹</translation>
    </message>
    <message>
        <source>&amp;Volumes root:</source>
        <translation>Volumes 根目录(&amp;V):</translation>
    </message>
    <message>
        <source>Volumes root</source>
        <translation>Volumes 根目录</translation>
    </message>
    <message>
        <source>&amp;Mounts:</source>
        <translation>挂载点(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Kernel name:</source>
        <translation>内核名称(&amp;K):</translation>
    </message>
    <message>
        <source>Cell &amp;time limit:</source>
        <translation>单元格时间限制(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Busy time limit:</source>
        <translation>繁忙时间限制(&amp;B):</translation>
    </message>
    <message>
        <source>Sandbox &amp;schema:</source>
        <translation>沙箱模式(&amp;S):</translation>
    </message>
    <message>
        <source>Sandbox b&amp;ucket:</source>
        <translation>沙箱存储桶(&amp;U):</translation>
    </message>
    <message>
        <source>Sandbox &amp;namespace:</source>
        <translation>沙箱命名空间(&amp;N):</translation>
    </message>
    <message>
        <source>S&amp;park REST:</source>
        <translation>Spark REST(&amp;P):</translation>
    </message>
    <message>
        <source>Advanced options</source>
        <translation>高级选项</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n 层</numerusform>
        </translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message numerus="yes">
        <source>%n code cell(s)</source>
        <translation>
            <numerusform>%n 个代码单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>Depends on: %1</source>
        <translation>依赖于：%1</translation>
    </message>
    <message>
        <source>the first task</source>
        <translation>第一个任务</translation>
    </message>
    <message>
        <source>Choose a job manifest (mwb build-dag writes reports/&lt;job&gt;_manifest.json).</source>
        <translation>请选择作业清单（mwb build-dag 会写入 reports/&lt;job&gt;_manifest.json）。</translation>
    </message>
    <message>
        <source>The manifest cannot be read: %1</source>
        <translation>无法读取清单：%1</translation>
    </message>
    <message>
        <source>The manifest %1 holds no job.</source>
        <translation>清单 %1 中不包含任何作业。</translation>
    </message>
    <message>
        <source>Check at least one task to run.</source>
        <translation>请至少勾选一个要运行的任务。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; has no task &quot;%2&quot; to start at: check only the job that has it, or start at the first task.</source>
        <translation>作业“%1”中没有可作为起点的任务“%2”：请只勾选包含该任务的作业，或从第一个任务开始。</translation>
    </message>
    <message>
        <source>Enter the Jupyter server URL, e.g. http://127.0.0.1:8888/.</source>
        <translation>请输入 Jupyter 服务器 URL，例如 http://127.0.0.1:8888/。</translation>
    </message>
    <message>
        <source>The Jupyter server URL &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>Jupyter 服务器 URL“%1”不是 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>Remove the credentials from the Jupyter URL; the token goes into MWB_JUPYTER_TOKEN (Settings).</source>
        <translation>请从 Jupyter URL 中移除凭据；令牌应填入 MWB_JUPYTER_TOKEN（设置）。</translation>
    </message>
    <message>
        <source>OCI profile</source>
        <translation>OCI 配置文件</translation>
    </message>
    <message>
        <source>data lake OCID</source>
        <translation>数据湖 OCID</translation>
    </message>
    <message>
        <source>workspace id</source>
        <translation>工作区 ID</translation>
    </message>
    <message>
        <source>cluster id</source>
        <translation>集群 ID</translation>
    </message>
    <message>
        <source>AIDP needs: %1.</source>
        <translation>AIDP 需要：%1。</translation>
    </message>
    <message>
        <source>Choose the output folder.</source>
        <translation>请选择输出文件夹。</translation>
    </message>
    <message>
        <source>catalog manifest</source>
        <translation>目录清单</translation>
    </message>
    <message>
        <source>bucket mapping</source>
        <translation>存储桶映射</translation>
    </message>
    <message>
        <source>The %1 file %2 does not exist.</source>
        <translation>%1文件 %2 不存在。</translation>
    </message>
    <message>
        <source>The workspace folder %1 does not exist.</source>
        <translation>工作区文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The mount &quot;%1&quot; is not POINT=DIR (e.g. /mnt/raw=/data/raw).</source>
        <translation>挂载点“%1”不是 POINT=DIR 格式（例如 /mnt/raw=/data/raw）。</translation>
    </message>
    <message>
        <source>Sending cells to the LLM in Pass 1 needs the LLM: turn the LLM on or that option off.</source>
        <translation>在第 1 轮中将单元格发送给 LLM 需要启用 LLM：请启用 LLM 或关闭该选项。</translation>
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
    <name>Mwb::Widgets::NotebookDiffView</name>
    <message>
        <source>Computing differences…</source>
        <translation>正在计算差异…</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>内联</translation>
    </message>
    <message>
        <source>Source and migrated notebook next to each other</source>
        <translation>源笔记本与迁移后的笔记本并排显示</translation>
    </message>
    <message>
        <source>One column: removed lines above the lines that replace them</source>
        <translation>单栏：删除的行显示在替换它们的行上方</translation>
    </message>
    <message>
        <source>Hide Unchanged Cells</source>
        <translation>隐藏未更改的单元格</translation>
    </message>
    <message>
        <source>Ignore Whitespace</source>
        <translation>忽略空白</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>上一处变更</translation>
    </message>
    <message>
        <source>Previous change (Shift+F7)</source>
        <translation>上一处变更（Shift+F7）</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>下一处变更</translation>
    </message>
    <message>
        <source>Next change (F7)</source>
        <translation>下一处变更（F7）</translation>
    </message>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>查找（Ctrl+F）</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>无变更</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
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
    <name>Mwb::Widgets::ReportPreview</name>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>HTML…</source>
        <translation>HTML…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the report as Markdown</source>
        <translation>将报告另存为 Markdown</translation>
    </message>
    <message>
        <source>Save the report as one self-contained HTML page (as &quot;mwb report export --format html&quot;)</source>
        <translation>将报告另存为单个自包含的 HTML 页面（同 &quot;mwb report export --format html&quot;）</translation>
    </message>
    <message>
        <source>Save the report as a PDF (A4)</source>
        <translation>将报告另存为 PDF (A4)</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>导出:</translation>
    </message>
    <message>
        <source>Loading the report of %1…</source>
        <translation>正在加载 %1 的报告…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>无报告</translation>
    </message>
    <message>
        <source>Select a run to see its report.</source>
        <translation>选择一次运行以查看其报告。</translation>
    </message>
    <message>
        <source>Export Report as Markdown</source>
        <translation>将报告导出为 Markdown</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>Export Report as HTML</source>
        <translation>将报告导出为 HTML</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>将报告导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation>没有可导出的报告。</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::RunLogModel</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::RunLogView</name>
    <message>
        <source>All tasks</source>
        <translation>所有任务</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S):</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>所有表</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::RunProcess</name>
    <message>
        <source>A run is already going in this monitor; stop it or open another one.</source>
        <translation>此监视器中已有运行正在进行；请先停止它，或另开一个监视器。</translation>
    </message>
    <message>
        <source>Cannot start %1: %2. Set MWB_EXECUTABLE to the mwb program, or put mwb on the PATH.</source>
        <translation>无法启动 %1：%2。请将 MWB_EXECUTABLE 设置为 mwb 程序，或将 mwb 加入 PATH。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::SchemaCopyPreview</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Apply to target…</source>
        <translation>应用到目标…</translation>
    </message>
    <message>
        <source>Profile or URL, e.g. sqlite:///path/shop.db</source>
        <translation>配置或 URL，例如 sqlite:///path/shop.db</translation>
    </message>
    <message>
        <source>A connection profile of the project&apos;s connections.json, or a database URL without a password (the password comes from PGPASSWORD / MWB_PASSWORD or the keychain)</source>
        <translation>项目 connections.json 中的连接配置，或不含密码的数据库 URL（密码取自 PGPASSWORD / MWB_PASSWORD 或钥匙串）</translation>
    </message>
    <message>
        <source>SQLite file…</source>
        <translation>SQLite 文件…</translation>
    </message>
    <message>
        <source>Choose a SQLite database file as the source</source>
        <translation>选择一个 SQLite 数据库文件作为源</translation>
    </message>
    <message>
        <source>The dialect the DDL is generated for</source>
        <translation>生成 DDL 所用的方言</translation>
    </message>
    <message>
        <source>Read the source schema and generate the DDL (nothing is written)</source>
        <translation>读取源模式并生成 DDL（不写入任何内容）</translation>
    </message>
    <message>
        <source>Drop the running preview</source>
        <translation>放弃正在运行的预览</translation>
    </message>
    <message>
        <source>Save files</source>
        <translation>保存文件</translation>
    </message>
    <message>
        <source>Write tables.sql, indexes.sql, … and summary.json into .tmp/schema-copy/&lt;timestamp&gt; of the project</source>
        <translation>将 tables.sql、indexes.sql、… 和 summary.json 写入项目的 .tmp/schema-copy/&lt;timestamp&gt;</translation>
    </message>
    <message>
        <source>Save into the project (.tmp/schema-copy/…)</source>
        <translation>保存到项目中 (.tmp/schema-copy/…)</translation>
    </message>
    <message>
        <source>Save into a folder…</source>
        <translation>保存到文件夹…</translation>
    </message>
    <message>
        <source>Create the schema in a target database with mwb schema-copy --apply</source>
        <translation>使用 mwb schema-copy --apply 在目标数据库中创建模式</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>源(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Target dialect:</source>
        <translation>目标方言(&amp;T):</translation>
    </message>
    <message>
        <source>Choose a source and press Preview; then select an object or a file to see its DDL.</source>
        <translation>请选择源并点击“预览”；然后选择对象或文件以查看其 DDL。</translation>
    </message>
    <message>
        <source>Double-click an entry (or press Enter) to show its object</source>
        <translation>双击条目（或按 Enter）以显示其对象</translation>
    </message>
    <message>
        <source>Warnings and skipped</source>
        <translation>警告和已跳过项</translation>
    </message>
    <message>
        <source>Apply output</source>
        <translation>应用输出</translation>
    </message>
    <message>
        <source>Choose a source connection and a target dialect, then press Preview.</source>
        <translation>请选择源连接和目标方言，然后点击“预览”。</translation>
    </message>
    <message>
        <source>Choose a source connection first.</source>
        <translation>请先选择源连接。</translation>
    </message>
    <message>
        <source>Cannot use the source: %1</source>
        <translation>无法使用该源：%1</translation>
    </message>
    <message>
        <source>Reading the schema of %1 and generating %2 DDL…</source>
        <translation>正在读取 %1 的模式并生成 %2 DDL…</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>预览已取消。</translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>预览失败：%1</translation>
    </message>
    <message>
        <source>Warnings and skipped (%1)</source>
        <translation>警告和已跳过项 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n table(s), %3 view(s), %4 trigger(s); %5 warning(s), %6 skipped.</source>
        <translation>
            <numerusform>%1 → %2：%n 个表，%3 个视图，%4 个触发器；%5 条警告，%6 项已跳过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>表 %1</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>视图 %1</translation>
    </message>
    <message>
        <source>Trigger %1</source>
        <translation>触发器 %1</translation>
    </message>
    <message>
        <source>Routine %1</source>
        <translation>例程 %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>Index %1</source>
        <translation>索引 %1</translation>
    </message>
    <message>
        <source>Foreign key %1</source>
        <translation>外键 %1</translation>
    </message>
    <message>
        <source>not translated, original source</source>
        <translation>未转换，原始源码</translation>
    </message>
    <message>
        <source>Select an object or a file.</source>
        <translation>请选择对象或文件。</translation>
    </message>
    <message>
        <source>%1 is not in the object tree.</source>
        <translation>%1 不在对象树中。</translation>
    </message>
    <message>
        <source>Nothing to save: run a preview first.</source>
        <translation>没有可保存的内容：请先运行预览。</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>保存失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个文件保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the schema-copy files into</source>
        <translation>将 schema-copy 文件保存到</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite 数据库</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite 数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot apply to this target: %1</source>
        <translation>无法应用到此目标：%1</translation>
    </message>
    <message>
        <source>Applied: mwb exited with 0.</source>
        <translation>已应用：mwb 退出代码为 0。</translation>
    </message>
    <message>
        <source>Apply failed: mwb exited with %1.</source>
        <translation>应用失败：mwb 退出代码为 %1。</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>Applying to %1…</source>
        <translation>正在应用到 %1…</translation>
    </message>
    <message>
        <source>Apply to target</source>
        <translation>应用到目标</translation>
    </message>
    <message>
        <source>Create the tables, indexes, foreign keys, views and triggers in this %1 database
(a profile or a URL; a new SQLite file is created):</source>
        <translation>在此 %1 数据库中创建表、索引、外键、视图和触发器
（配置或 URL；将新建 SQLite 文件）:</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::SchemaObjectModel</name>
    <message>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>%1 is not in the generated script.</source>
        <translation>%1 不在生成的脚本中。</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n index(es)</source>
        <translation>
            <numerusform>%n 个索引</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foreign key(s)</source>
        <translation>
            <numerusform>%n 个外键</numerusform>
        </translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>（无类型）</translation>
    </message>
    <message>
        <source>PK</source>
        <translation>PK</translation>
    </message>
    <message>
        <source>NOT NULL</source>
        <translation>NOT NULL</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>标识列</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>默认值 %1</translation>
    </message>
    <message>
        <source>generated: %1</source>
        <translation>生成列：%1</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>主键</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>唯一</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>The index %1 is not created in %2 (see its warning).</source>
        <translation>索引 %1 未在 %2 中创建（参见其警告）。</translation>
    </message>
    <message>
        <source>not created</source>
        <translation>未创建</translation>
    </message>
    <message>
        <source>FK → %1</source>
        <translation>FK → %1</translation>
    </message>
    <message>
        <source>not translated</source>
        <translation>未转换</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>作用于 %1</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>例程</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>存储过程</translation>
    </message>
    <message>
        <source>function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Generated files</source>
        <translation>生成的文件</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Not translated to the target dialect; its source goes to skipped/.</source>
        <translation>未转换为目标方言；其源码将放入 skipped/。</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Source (%1)</source>
        <translation>源 (%1)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Target (%1)</source>
        <translation>目标 (%1)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::SchemaWarningsModel</name>
    <message>
        <source>skipped (%1)</source>
        <translation>已跳过 (%1)</translation>
    </message>
    <message>
        <source>%1
Not translated; the original source is in %2.</source>
        <translation>%1
未转换；原始源码位于 %2。</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::SecretPrompt</name>
    <message>
        <source>Anthropic API key:</source>
        <translation>Anthropic API 密钥:</translation>
    </message>
    <message>
        <source>Token of the Jupyter server of cluster profile &quot;%1&quot;:</source>
        <translation>集群配置“%1”的 Jupyter 服务器令牌:</translation>
    </message>
    <message>
        <source>Password of the connection &quot;%1&quot;:</source>
        <translation>连接“%1”的密码:</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <source>No system keychain is available: the answer is kept in memory until the workbench closes and never written to disk.</source>
        <translation>没有可用的系统钥匙串：输入内容仅保存在内存中，直至 Workbench 关闭，绝不会写入磁盘。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::SecretStore</name>
    <message>
        <source>the keychain refused the request (error %1)</source>
        <translation>钥匙串拒绝了请求（错误 %1）</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>钥匙串未响应</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::TableChecklist</name>
    <message>
        <source>Check &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>Reading the tables of %1 …</source>
        <translation>正在读取 %1 的表…</translation>
    </message>
    <message>
        <source>Cannot read the source tables: %1</source>
        <translation>无法读取源表：%1</translation>
    </message>
    <message>
        <source>The source database has no tables.</source>
        <translation>源数据库中没有表。</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) in copy order: a table comes after the tables its foreign keys point to.</source>
        <translation>
            <numerusform>按复制顺序排列的 %n 个表：每个表都排在其外键所引用的表之后。</numerusform>
        </translation>
    </message>
    <message>
        <source>Foreign-key cycles are loaded without order and checked afterwards: %1.</source>
        <translation>外键循环中的表不按顺序加载，加载后再检查：%1。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::TableProgressModel</name>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>copying</source>
        <translation>复制中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>done, rows isolated</source>
        <translation>完成，部分行已隔离</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>differs from source</source>
        <translation>与源不一致</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 行/秒</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <source>Source rows</source>
        <translation>源行数</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::TaskProgressModel</name>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>已修复</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>PARTIAL</source>
        <translation>PARTIAL</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>already migrated</source>
        <translation>已迁移</translation>
    </message>
    <message>
        <source>INTERRUPTED</source>
        <translation>INTERRUPTED</translation>
    </message>
    <message>
        <source>%1 / %2 cells</source>
        <translation>%1 / %2 个单元格</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>已修复</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::ValidateDialog</name>
    <message>
        <source>Compare the &amp;schema after type mapping</source>
        <translation>比较类型映射后的模式(&amp;S)</translation>
    </message>
    <message>
        <source>Validate Data</source>
        <translation>验证数据</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> rows per table</source>
        <translation> 行/表</translation>
    </message>
    <message>
        <source>Rows per table compared value by value, on top of the checksums.</source>
        <translation>在校验和之外，每个表逐值比较的行数。</translation>
    </message>
    <message>
        <source>The same seed picks the same sample rows.</source>
        <translation>相同的种子会选取相同的样本行。</translation>
    </message>
    <message>
        <source>validation.json, validation.md and validation.html are written here.</source>
        <translation>validation.json、validation.md 和 validation.html 将写入此处。</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>源(&amp;S):</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>目标(&amp;G):</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Sample &amp;rows:</source>
        <translation>样本行数(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Reports to:</source>
        <translation>报告保存到(&amp;R):</translation>
    </message>
    <message>
        <source>One per line: orders.total=abs:0.01</source>
        <translation>每行一个：orders.total=abs:0.01</translation>
    </message>
    <message>
        <source>Column tolerances TABLE.COLUMN=abs:X|rel:X|time:SECONDS</source>
        <translation>列容差 TABLE.COLUMN=abs:X|rel:X|time:SECONDS</translation>
    </message>
    <message>
        <source>One per line: events=0.001</source>
        <translation>每行一个：events=0.001</translation>
    </message>
    <message>
        <source>Share of a table&apos;s rows allowed to differ, TABLE=SHARE (0 to 1)</source>
        <translation>表中允许不一致的行所占比例，TABLE=SHARE（0 到 1）</translation>
    </message>
    <message>
        <source>Sample s&amp;eed:</source>
        <translation>样本种子(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Tolerances:</source>
        <translation>容差(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Allowed mismatch:</source>
        <translation>允许的不一致比例(&amp;A):</translation>
    </message>
    <message>
        <source>Tolerances and sampling</source>
        <translation>容差与抽样</translation>
    </message>
    <message>
        <source>Tables (unchecked ones are not compared)</source>
        <translation>表（未勾选的表不参与比较）</translation>
    </message>
    <message>
        <source>Reports folder</source>
        <translation>报告文件夹</translation>
    </message>
    <message>
        <source>Choose the source to see its tables.</source>
        <translation>请选择源以查看其中的表。</translation>
    </message>
    <message>
        <source>Reading the tables of the source …</source>
        <translation>正在读取源中的表…</translation>
    </message>
    <message>
        <source>Check at least one table to compare.</source>
        <translation>请至少勾选一个要比较的表。</translation>
    </message>
    <message>
        <source>Enter the sample seed (a whole number).</source>
        <translation>请输入样本种子（整数）。</translation>
    </message>
    <message>
        <source>Tolerance &quot;%1&quot;: %2</source>
        <translation>容差“%1”：%2</translation>
    </message>
    <message>
        <source>Allowed mismatch &quot;%1&quot;: %2</source>
        <translation>允许的不一致比例“%1”：%2</translation>
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
    <message>
        <source>Review notebook A against notebook B (give B as the last argument).</source>
        <translation>将笔记本 A 与笔记本 B 进行对比审查（B 为最后一个参数）。</translation>
    </message>
    <message>
        <source>--diff needs two notebooks: --diff A B.</source>
        <translation>--diff 需要两个笔记本：--diff A B。</translation>
    </message>
    <message>
        <source>Open the project&apos;s run history.</source>
        <translation>打开项目的运行历史。</translation>
    </message>
    <message>
        <source>Preview the Markdown report FILE (a JOB_REPORT.md, a validation.md).</source>
        <translation>预览 Markdown 报告 FILE（JOB_REPORT.md 或 validation.md）。</translation>
    </message>
    <message>
        <source>Preview the schema copy of SOURCE (a connection URL or profile).</source>
        <translation>预览 SOURCE（连接 URL 或配置）的模式复制。</translation>
    </message>
    <message>
        <source>Target dialect of --schema-copy: sqlite, postgres or mysql.</source>
        <translation>--schema-copy 的目标方言：sqlite、postgres 或 mysql。</translation>
    </message>
    <message>
        <source>Open the launch dialog KIND: migrate-job, data or validate.</source>
        <translation>打开启动对话框 KIND：migrate-job、data 或 validate。</translation>
    </message>
    <message>
        <source>Milliseconds to wait before --screenshot (default 1500).</source>
        <translation>执行 --screenshot 前等待的毫秒数（默认 1500）。</translation>
    </message>
    <message>
        <source>Unknown target dialect %1: use sqlite, postgres or mysql.</source>
        <translation>未知的目标方言 %1：请使用 sqlite、postgres 或 mysql。</translation>
    </message>
    <message>
        <source>Unknown dialog %1: use migrate-job, data or validate.</source>
        <translation>未知的对话框 %1：请使用 migrate-job、data 或 validate。</translation>
    </message>
</context>
</TS>
