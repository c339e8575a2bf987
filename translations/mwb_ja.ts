<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Mwb::Cli</name>
    <message numerus="yes">
        <source>%1: %n task(s) in %2 layer(s)</source>
        <translation>
            <numerusform>%1: タスク %n 件 (%2 レイヤー)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n notebook dependency reference(s) (%1 missing, %2 dynamic, %3 cycle(s) broken)</source>
        <translation>
            <numerusform>、ノートブック依存関係の参照 %n 件（欠落 %1、動的 %2、切断した循環 %3）</numerusform>
        </translation>
    </message>
    <message>
        <source>  layer %1: %2</source>
        <translation>  レイヤー %1: %2</translation>
    </message>
    <message>
        <source>  warning [%1] %2: %3</source>
        <translation>  警告 [%1] %2: %3</translation>
    </message>
    <message>
        <source>  wrote %1</source>
        <translation>  %1 を書き込みました</translation>
    </message>
    <message>
        <source>Build the job manifest: tasks resolved to workspace notebooks, their %run / notebook.run dependency trees, and the execution layers.</source>
        <translation>ジョブのマニフェストを作成します。ワークスペースのノートブックに解決したタスク、その %run / notebook.run 依存関係ツリー、および実行レイヤーを含みます。</translation>
    </message>
    <message>
        <source>Databricks Jobs API 2.1 JSON (one job or {&quot;jobs&quot;: [...]}).</source>
        <translation>Databricks Jobs API 2.1 の JSON（単一のジョブ、または {&quot;jobs&quot;: [...]}）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Folder of the exported workspace.</source>
        <translation>エクスポートしたワークスペースのフォルダー。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Folder for &lt;job&gt;_manifest.json (default: reports).</source>
        <translation>&lt;job&gt;_manifest.json の出力先フォルダー（既定: reports）。</translation>
    </message>
    <message>
        <source>Nesting limit for dependency discovery (default: 10).</source>
        <translation>依存関係を探索する際の入れ子の上限（既定: 10）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--jobs-json and --workspace are required</source>
        <translation>--jobs-json と --workspace は必須です</translation>
    </message>
    <message>
        <source>--max-depth needs a positive number</source>
        <translation>--max-depth には正の数を指定してください</translation>
    </message>
    <message>
        <source>the workspace folder does not exist</source>
        <translation>ワークスペースのフォルダーが存在しません</translation>
    </message>
    <message>
        <source>Pass the folder the Databricks workspace was exported to.</source>
        <translation>Databricks ワークスペースのエクスポート先フォルダーを指定してください。</translation>
    </message>
    <message>
        <source>mwb: warning: %1</source>
        <translation>mwb: 警告: %1</translation>
    </message>
    <message>
        <source>mwb: error: %1</source>
        <translation>mwb: エラー: %1</translation>
    </message>
    <message>
        <source>mwb %1: %2</source>
        <translation>mwb %1: %2</translation>
    </message>
    <message>
        <source>Run &quot;mwb %1 --help&quot; for the options.</source>
        <translation>オプションについては &quot;mwb %1 --help&quot; を実行してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 -&gt; %2 (%n cell(s))</source>
        <translation>
            <numerusform>%1 -&gt; %2 (%n セル)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notebook(s) written to %1</source>
        <translation>
            <numerusform>%n 個のノートブックを %1 に書き込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>Convert a notebook between .ipynb, Databricks source (.py, .sql, .scala, .r) and .dbc. The output format follows OUT&apos;s extension. A .dbc holding several notebooks is expanded into the folder OUT.</source>
        <translation>ノートブックを .ipynb、Databricks ソース形式（.py、.sql、.scala、.r）、.dbc の間で変換します。出力形式は OUT の拡張子で決まります。複数のノートブックを含む .dbc は、フォルダー OUT に展開されます。</translation>
    </message>
    <message>
        <source>When expanding a .dbc into a folder: ipynb (default) or source.</source>
        <translation>.dbc をフォルダーに展開する場合の形式: ipynb（既定）または source。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Notebook to read (&quot;archive.dbc!folder/name&quot; picks one archive entry).</source>
        <translation>読み込むノートブック（&quot;archive.dbc!folder/name&quot; でアーカイブ内のエントリを 1 つ選択）。</translation>
    </message>
    <message>
        <source>File to write, or a folder for a .dbc with several notebooks.</source>
        <translation>書き込むファイル。複数のノートブックを含む .dbc の場合はフォルダー。</translation>
    </message>
    <message>
        <source>expected IN and OUT</source>
        <translation>IN と OUT を指定してください</translation>
    </message>
    <message>
        <source>--to must be ipynb or source</source>
        <translation>--to には ipynb または source を指定してください</translation>
    </message>
    <message>
        <source>unknown notebook format</source>
        <translation>不明なノートブック形式です</translation>
    </message>
    <message>
        <source>Use .ipynb, .py, .sql, .scala, .r or .dbc.</source>
        <translation>.ipynb、.py、.sql、.scala、.r、.dbc のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>unknown output format</source>
        <translation>不明な出力形式です</translation>
    </message>
    <message>
        <source>Build reports/&lt;job&gt;_manifest.json from Databricks jobs and a workspace export</source>
        <translation>Databricks のジョブとワークスペースのエクスポートから reports/&lt;job&gt;_manifest.json を作成します</translation>
    </message>
    <message>
        <source>Convert a notebook between .ipynb, Databricks source and .dbc</source>
        <translation>ノートブックを .ipynb、Databricks ソース形式、.dbc の間で変換します</translation>
    </message>
    <message>
        <source>Usage: mwb &lt;command&gt; [options]</source>
        <translation>使用法: mwb &lt;コマンド&gt; [オプション]</translation>
    </message>
    <message>
        <source>Migration Workbench engine: moves Databricks notebook jobs to Oracle AI Data Platform and data between SQLite, PostgreSQL and MySQL/MariaDB.</source>
        <translation>Migration Workbench エンジン: Databricks のノートブックジョブを Oracle AI Data Platform へ、データを SQLite、PostgreSQL、MySQL/MariaDB の間で移行します。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>このヘルプを表示します</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>バージョンを表示します</translation>
    </message>
    <message>
        <source>&quot;mwb &lt;command&gt; --help&quot; describes a command. Exit codes: 0 pass, 1 failed, 2 usage error, 3 partial, 130 interrupted.</source>
        <translation>&quot;mwb &lt;コマンド&gt; --help&quot; で各コマンドの説明を表示します。終了コード: 0 成功、1 失敗、2 使用法の誤り、3 一部のみ成功、130 中断。</translation>
    </message>
    <message>
        <source>mwb: unknown command &quot;%1&quot;</source>
        <translation>mwb: 不明なコマンド &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Compare two notebooks cell by cell (any format: .ipynb, Databricks source, &quot;archive.dbc!entry&quot;). Prints a unified diff per changed cell, or writes one self-contained HTML page with --html.</source>
        <translation>2 つのノートブックをセル単位で比較します（形式は .ipynb、Databricks ソース形式、&quot;archive.dbc!entry&quot; のいずれでも可）。変更されたセルごとに unified diff を出力します。--html を指定すると、単体で完結する HTML ページを 1 つ書き込みます。</translation>
    </message>
    <message>
        <source>Write the side-by-side diff as HTML to FILE.</source>
        <translation>左右に並べた差分を HTML として FILE に書き込みます。</translation>
    </message>
    <message>
        <source>Include unchanged cells in the HTML page.</source>
        <translation>変更のないセルも HTML ページに含めます。</translation>
    </message>
    <message>
        <source>Ignore changes in spaces and tabs.</source>
        <translation>スペースとタブの変更を無視します。</translation>
    </message>
    <message>
        <source>Also compare cell outputs, metadata and execution counts.</source>
        <translation>セルの出力、メタデータ、実行カウントも比較します。</translation>
    </message>
    <message>
        <source>The source notebook (left side).</source>
        <translation>移行元のノートブック（左側）。</translation>
    </message>
    <message>
        <source>The migrated notebook (right side).</source>
        <translation>移行後のノートブック（右側）。</translation>
    </message>
    <message>
        <source>expected A and B</source>
        <translation>A と B を指定してください</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n cell(s) changed</source>
        <translation>
            <numerusform>%n セル中 %1 セルが変更されました</numerusform>
        </translation>
    </message>
    <message>
        <source>HTML written to %1</source>
        <translation>HTML を %1 に書き込みました</translation>
    </message>
    <message>
        <source>--jupyter needs the server URL without credentials</source>
        <translation>--jupyter には認証情報を含まないサーバー URL を指定してください</translation>
    </message>
    <message>
        <source>Put the token in MWB_JUPYTER_TOKEN (or JUPYTER_TOKEN), never in the URL.</source>
        <translation>トークンは URL に含めず、MWB_JUPYTER_TOKEN（または JUPYTER_TOKEN）に設定してください。</translation>
    </message>
    <message>
        <source>Run a notebook cell by cell on a kernel and verify every cell: execution status, error lines in its output, Spark driver logs (when available) and the LLM judge (when configured). The Jupyter token comes from MWB_JUPYTER_TOKEN or JUPYTER_TOKEN; secrets never go on the command line.</source>
        <translation>カーネル上でノートブックをセル単位で実行し、各セルを検証します。検証項目は、実行ステータス、出力内のエラー行、Spark ドライバーログ（利用可能な場合）、LLM 判定（設定されている場合）です。Jupyter のトークンは MWB_JUPYTER_TOKEN または JUPYTER_TOKEN から取得します。シークレットをコマンドラインで渡すことはありません。</translation>
    </message>
    <message>
        <source>Start a private jupyter-server with the Python kernel on 127.0.0.1 for this run.</source>
        <translation>この実行専用に、Python カーネルを備えた jupyter-server を 127.0.0.1 で起動します。</translation>
    </message>
    <message>
        <source>Use the Jupyter server at URL.</source>
        <translation>URL の Jupyter サーバーを使用します。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Use Oracle AI Data Platform with this ~/.oci/config profile.</source>
        <translation>~/.oci/config のこのプロファイルで Oracle AI Data Platform を使用します。</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>A job parameter for oidlUtils.parameters / dbutils.widgets (repeatable; more k=v may follow).</source>
        <translation>oidlUtils.parameters / dbutils.widgets に渡すジョブパラメーター（複数回指定可。後に k=v を続けて記述することもできます）。</translation>
    </message>
    <message>
        <source>k=v</source>
        <translation>k=v</translation>
    </message>
    <message>
        <source>Write the JSON-lines event stream to FILE (&quot;-&quot; = stdout).</source>
        <translation>JSON Lines 形式のイベントストリームを FILE に書き込みます（&quot;-&quot; = 標準出力）。</translation>
    </message>
    <message>
        <source>Kernel name (default: python3; AIDP: notebook).</source>
        <translation>カーネル名（既定: python3、AIDP では notebook）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Time limit per cell in seconds (default 7200).</source>
        <translation>セルごとの制限時間（秒、既定 7200）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>&quot;Kernel hung&quot; when a cell is not started within SECONDS (default 60).</source>
        <translation>セルが SECONDS 秒以内に開始されない場合に &quot;カーネルのハング&quot; と判定します（既定 60）。</translation>
    </message>
    <message>
        <source>WebSocket framing: auto (offer v1, default) or legacy.</source>
        <translation>WebSocket のフレーミング: auto（v1 を提示、既定）または legacy。</translation>
    </message>
    <message>
        <source>Spark UI/REST root for checking failed stages (verification c).</source>
        <translation>失敗したステージを確認するための Spark UI/REST のルート（検証項目 c）。</translation>
    </message>
    <message>
        <source>Folder that stands for /Volumes in dbutils.fs (runtime shim).</source>
        <translation>dbutils.fs で /Volumes の代わりに使用するフォルダー（ランタイムシム）。</translation>
    </message>
    <message>
        <source>Do not install the runtime shim (oidlUtils/dbutils) into the kernel.</source>
        <translation>ランタイムシム（oidlUtils/dbutils）をカーネルにインストールしません。</translation>
    </message>
    <message>
        <source>OCI configuration file (default ~/.oci/config).</source>
        <translation>OCI 構成ファイル（既定 ~/.oci/config）。</translation>
    </message>
    <message>
        <source>AIDP data-lake OCID (gives the region).</source>
        <translation>AIDP データレイクの OCID（リージョンもここから取得）。</translation>
    </message>
    <message>
        <source>OCID</source>
        <translation>OCID</translation>
    </message>
    <message>
        <source>AIDP workspace id.</source>
        <translation>AIDP ワークスペース ID。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>AIDP cluster id.</source>
        <translation>AIDP クラスター ID。</translation>
    </message>
    <message>
        <source>OCI region, when the data-lake OCID does not give it.</source>
        <translation>OCI リージョン（データレイクの OCID から判別できない場合）。</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>AIDP REST endpoint (default https://aidp.&lt;region&gt;.oci.oraclecloud.com).</source>
        <translation>AIDP の REST エンドポイント（既定 https://aidp.&lt;region&gt;.oci.oraclecloud.com）。</translation>
    </message>
    <message>
        <source>AIDP kernel endpoint (default wss://c1.ws.aidp.&lt;region&gt;.oci.oraclecloud.com).</source>
        <translation>AIDP のカーネルエンドポイント（既定 wss://c1.ws.aidp.&lt;region&gt;.oci.oraclecloud.com）。</translation>
    </message>
    <message>
        <source>Delay between AIDP session retries and polls (default 15000/5000).</source>
        <translation>AIDP セッションの再試行とポーリングの間隔（ミリ秒、既定 15000/5000）。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Notebook to run (.ipynb, Databricks source, .dbc entry).</source>
        <translation>実行するノートブック（.ipynb、Databricks ソース形式、.dbc のエントリ）。</translation>
    </message>
    <message>
        <source>--params expects k=v, got &quot;%1&quot;</source>
        <translation>--params には k=v を指定してください（指定値: &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>expected one NOTEBOOK</source>
        <translation>NOTEBOOK を 1 つ指定してください</translation>
    </message>
    <message>
        <source>give exactly one of --local, --jupyter URL, --aidp PROFILE</source>
        <translation>--local、--jupyter URL、--aidp PROFILE のいずれか 1 つだけを指定してください</translation>
    </message>
    <message>
        <source>--cell-timeout and --busy-timeout take a positive number of seconds</source>
        <translation>--cell-timeout と --busy-timeout には正の秒数を指定してください</translation>
    </message>
    <message>
        <source>--protocol must be auto or legacy</source>
        <translation>--protocol には auto または legacy を指定してください</translation>
    </message>
    <message>
        <source>RESULT: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <source>starting a kernel on %1</source>
        <translation>%1 でカーネルを起動しています</translation>
    </message>
    <message>
        <source>kernel %1 connected (%2 framing)</source>
        <translation>カーネル %1 に接続しました（%2 フレーミング）</translation>
    </message>
    <message>
        <source>Cell %1/%2: %3</source>
        <translation>セル %1/%2: %3</translation>
    </message>
    <message>
        <source>Pass 1: rewrite Databricks notebooks for AIDP (one notebook, or a job manifest)</source>
        <translation>Pass 1: Databricks ノートブックを AIDP 向けに書き換えます（単一のノートブック、またはジョブのマニフェスト）</translation>
    </message>
    <message>
        <source>Compare two notebooks cell by cell; --html writes a side-by-side page</source>
        <translation>2 つのノートブックをセル単位で比較します。--html で左右に並べたページを書き込みます</translation>
    </message>
    <message>
        <source>Run a notebook cell by cell on a kernel (--local, --jupyter, --aidp) and verify each cell</source>
        <translation>カーネル（--local、--jupyter、--aidp）上でノートブックをセル単位で実行し、各セルを検証します</translation>
    </message>
    <message>
        <source>mwb: warning: %1 (3-part names are left unchanged)</source>
        <translation>mwb: 警告: %1（3 部構成の名前は変更しません）</translation>
    </message>
    <message>
        <source>mwb: warning: %1 (s3:// paths are left unchanged and flagged)</source>
        <translation>mwb: 警告: %1（s3:// パスは変更せず、指摘として記録します）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (cell %2, line %3)</source>
        <translation>&quot;%1&quot;（セル %2、行 %3）</translation>
    </message>
    <message>
        <source>s3 bucket(s) without an entry in the bucket mapping: %1; nothing was written</source>
        <translation>バケットマッピングにエントリのない s3 バケット: %1。何も書き込んでいません</translation>
    </message>
    <message>
        <source>Add them to the file passed with --bucket-mapping.</source>
        <translation>--bucket-mapping で指定したファイルに追加してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 -&gt; %2: %n change(s)</source>
        <translation>
            <numerusform>%1 -&gt; %2: 変更 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n lint finding(s)</source>
        <translation>
            <numerusform>、lint の指摘 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>  report: %1</source>
        <translation>  レポート: %1</translation>
    </message>
    <message>
        <source>%1: %2 notebook(s) written, %3 already migrated, %4 blocker(s) -&gt; %5</source>
        <translation>%1: ノートブック %2 件を書き込み、%3 件は移行済み、ブロッカー %4 件 -&gt; %5</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  警告: %1</translation>
    </message>
    <message>
        <source>Pass 1: rewrite Databricks notebooks for Oracle AI Data Platform with the deterministic rules. Every change keeps the original line commented above it and is listed in migration_report.md.</source>
        <translation>Pass 1: 決定的なルールで Databricks ノートブックを Oracle AI Data Platform 向けに書き換えます。各変更では元の行をコメントとしてその上に残し、migration_report.md に一覧を記載します。</translation>
    </message>
    <message>
        <source>Notebook to write (default: &lt;name&gt;_aidp.ipynb next to the input).</source>
        <translation>書き込むノートブック（既定: 入力と同じ場所の &lt;name&gt;_aidp.ipynb）。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Catalogs whose 3-part names are remapped: {&quot;catalogs&quot;: [...]}.</source>
        <translation>3 部構成の名前を再マッピングするカタログ: {&quot;catalogs&quot;: [...]}。</translation>
    </message>
    <message>
        <source>S3 bucket -&gt; OCI bucket and namespace.</source>
        <translation>S3 バケットから OCI バケットと名前空間への対応表。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>レポートを JSON で出力します。</translation>
    </message>
    <message>
        <source>Rewrite every notebook of the jobs of this manifest.</source>
        <translation>このマニフェストに含まれるジョブのノートブックをすべて書き換えます。</translation>
    </message>
    <message>
        <source>Folder of the migrated jobs (with --manifest).</source>
        <translation>移行後のジョブのフォルダー（--manifest と併用）。</translation>
    </message>
    <message>
        <source>Workspace folder (default: the manifest&apos;s).</source>
        <translation>ワークスペースフォルダー（既定: マニフェストに記録されたもの）。</translation>
    </message>
    <message>
        <source>Only these jobs (comma-separated).</source>
        <translation>対象とするジョブ（カンマ区切り）。</translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation>NAMES</translation>
    </message>
    <message>
        <source>Rewrite notebooks the registry lists as migrated.</source>
        <translation>レジストリで移行済みとされているノートブックも書き換えます。</translation>
    </message>
    <message>
        <source>Skip notebooks the registry lists as migrated (default).</source>
        <translation>レジストリで移行済みとされているノートブックをスキップします（既定）。</translation>
    </message>
    <message>
        <source>Write JSON-lines events to FILE (&quot;-&quot;: stdout).</source>
        <translation>JSON Lines 形式のイベントを FILE に書き込みます（&quot;-&quot;: 標準出力）。</translation>
    </message>
    <message>
        <source>Notebook to rewrite (without --manifest).</source>
        <translation>書き換えるノートブック（--manifest を使用しない場合）。</translation>
    </message>
    <message>
        <source>--manifest takes no NOTEBOOK and no -o; use --output-base</source>
        <translation>--manifest では NOTEBOOK と -o は指定できません。--output-base を使用してください</translation>
    </message>
    <message>
        <source>--manifest needs --output-base DIR</source>
        <translation>--manifest には --output-base DIR が必要です</translation>
    </message>
    <message>
        <source>expected one NOTEBOOK (or --manifest FILE --output-base DIR)</source>
        <translation>NOTEBOOK を 1 つ指定してください（または --manifest FILE --output-base DIR）</translation>
    </message>
    <message>
        <source>--output-base, --jobs and --no-skip-migrated go with --manifest</source>
        <translation>--output-base、--jobs、--no-skip-migrated は --manifest と併用してください</translation>
    </message>
    <message>
        <source>cannot start the detached job</source>
        <translation>切り離したジョブを開始できません</translation>
    </message>
    <message>
        <source>Run the command without --detach.</source>
        <translation>--detach を付けずにコマンドを実行してください。</translation>
    </message>
    <message>
        <source>data job %1 started in the background (pid %2)</source>
        <translation>データジョブ %1 をバックグラウンドで開始しました（pid %2）</translation>
    </message>
    <message>
        <source>follow it with: mwb data status %1</source>
        <translation>進行状況の確認: mwb data status %1</translation>
    </message>
    <message>
        <source>validation: %1; %2 unexplained difference(s); reports in %3</source>
        <translation>検証: %1、説明のつかない差異 %2 件、レポートは %3 にあります</translation>
    </message>
    <message>
        <source>data job %1</source>
        <translation>データジョブ %1</translation>
    </message>
    <message>
        <source>%1: %2, %3 row(s) copied, %4 row(s) isolated in %5</source>
        <translation>%1: %2、%3 行をコピー、%4 行を %5 に隔離</translation>
    </message>
    <message>
        <source>Copy rows from a source database to a target database as a resumable job.</source>
        <translation>移行元データベースから移行先データベースへ、再開可能なジョブとして行をコピーします。</translation>
    </message>
    <message>
        <source>Source connection URL or profile name.</source>
        <translation>移行元の接続 URL またはプロファイル名。</translation>
    </message>
    <message>
        <source>URL|PROFILE</source>
        <translation>URL|PROFILE</translation>
    </message>
    <message>
        <source>Target connection URL or profile name.</source>
        <translation>移行先の接続 URL またはプロファイル名。</translation>
    </message>
    <message>
        <source>Copy this one table.</source>
        <translation>このテーブル 1 つだけをコピーします。</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>Copy these tables (comma separated).</source>
        <translation>これらのテーブルをコピーします（カンマ区切り）。</translation>
    </message>
    <message>
        <source>a,b</source>
        <translation>a,b</translation>
    </message>
    <message>
        <source>Rows per batch (default 50000).</source>
        <translation>バッチあたりの行数（既定 50000）。</translation>
    </message>
    <message>
        <source>Bytes per batch, in MB (default 50).</source>
        <translation>バッチあたりのバイト数（MB 単位、既定 50）。</translation>
    </message>
    <message>
        <source>Empty each target table before copying into it.</source>
        <translation>コピーする前に各移行先テーブルを空にします。</translation>
    </message>
    <message>
        <source>Stop the job at the first table that fails.</source>
        <translation>最初に失敗したテーブルでジョブを停止します。</translation>
    </message>
    <message>
        <source>Fail a table at its first refused row instead of isolating the row.</source>
        <translation>拒否された行を隔離せず、最初に拒否された行でテーブルを失敗とします。</translation>
    </message>
    <message>
        <source>Write JSON-lines events to FILE (- for stdout).</source>
        <translation>JSON Lines 形式のイベントを FILE に書き込みます（- = 標準出力）。</translation>
    </message>
    <message>
        <source>Run in the background, detached from the terminal.</source>
        <translation>ターミナルから切り離してバックグラウンドで実行します。</translation>
    </message>
    <message>
        <source>After the copy, validate the target against the source (mwb validate).</source>
        <translation>コピー後に、移行先を移行元と照合して検証します（mwb validate）。</translation>
    </message>
    <message>
        <source>Job id to use (default: a new one).</source>
        <translation>使用するジョブ ID（既定: 新規 ID）。</translation>
    </message>
    <message>
        <source>--source and --target are required</source>
        <translation>--source と --target は必須です</translation>
    </message>
    <message>
        <source>--source-table and --include-tables exclude each other</source>
        <translation>--source-table と --include-tables は同時に指定できません</translation>
    </message>
    <message>
        <source>--batch-size needs a positive number</source>
        <translation>--batch-size には正の数を指定してください</translation>
    </message>
    <message>
        <source>--memory-limit-mb needs a positive number</source>
        <translation>--memory-limit-mb には正の数を指定してください</translation>
    </message>
    <message>
        <source>Continue a data job after its last committed batch.</source>
        <translation>最後にコミットされたバッチの後からデータジョブを続行します。</translation>
    </message>
    <message>
        <source>The job to resume.</source>
        <translation>再開するジョブ。</translation>
    </message>
    <message>
        <source>give one job id</source>
        <translation>ジョブ ID を 1 つ指定してください</translation>
    </message>
    <message>
        <source>Show the progress of a data job.</source>
        <translation>データジョブの進行状況を表示します。</translation>
    </message>
    <message>
        <source>Print the status document as JSON.</source>
        <translation>ステータス情報を JSON で出力します。</translation>
    </message>
    <message>
        <source>The job.</source>
        <translation>対象のジョブ。</translation>
    </message>
    <message>
        <source>job %1: %2, %3% (%4 of %5 tables)</source>
        <translation>ジョブ %1: %2、%3%（%5 テーブル中 %4）</translation>
    </message>
    <message>
        <source>%1 copied, %2 isolated, %3 in source</source>
        <translation>コピー済み %1、隔離 %2、移行元 %3</translation>
    </message>
    <message>
        <source>  note: the job was resumed, so the rows do not come from one source snapshot</source>
        <translation>  注: ジョブが再開されたため、行は移行元の単一のスナップショットから取得されたものではありません</translation>
    </message>
    <message>
        <source>  error: %1</source>
        <translation>  エラー: %1</translation>
    </message>
    <message>
        <source>Usage: mwb data start|status|resume ...</source>
        <translation>使用法: mwb data start|status|resume ...</translation>
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
        <translation>データベーススキーマを SQLite、PostgreSQL、MySQL 用の DDL として書き出し、必要に応じて適用します</translation>
    </message>
    <message>
        <source>Copy table data between SQLite, PostgreSQL and MySQL as a resumable job (start|status|resume)</source>
        <translation>SQLite、PostgreSQL、MySQL 間でテーブルデータを再開可能なジョブとしてコピーします（start|status|resume）</translation>
    </message>
    <message>
        <source>Compare a migrated database with its source: counts, checksums, schema, samples</source>
        <translation>移行後のデータベースを移行元と比較します: 行数、チェックサム、スキーマ、サンプル</translation>
    </message>
    <message>
        <source>schema-copy %1 -&gt; %2: %3 table(s), %4 index(es), %5 foreign key(s), %6 view(s), %7 trigger(s); %8 skipped, %9 warning(s)</source>
        <translation>schema-copy %1 -&gt; %2: テーブル %3、インデックス %4、外部キー %5、ビュー %6、トリガー %7、スキップ %8、警告 %9</translation>
    </message>
    <message>
        <source>  skipped [%1] %2: %3</source>
        <translation>  スキップ [%1] %2: %3</translation>
    </message>
    <message>
        <source>Read a database schema and write it as DDL for another dialect: tables.sql, indexes.sql, foreign_keys.sql, triggers.sql, views.sql and skipped/ in .tmp/schema-copy/&lt;timestamp&gt;/, with summary.json. Passwords come from PGPASSWORD / MWB_PASSWORD or the keychain, never from the URL.</source>
        <translation>データベーススキーマを読み取り、別の方言の DDL として書き出します。.tmp/schema-copy/&lt;timestamp&gt;/ に tables.sql、indexes.sql、foreign_keys.sql、triggers.sql、views.sql と skipped/ を、summary.json とともに出力します。パスワードは PGPASSWORD / MWB_PASSWORD またはキーチェーンから取得し、URL からは取得しません。</translation>
    </message>
    <message>
        <source>Source database URL or connection profile.</source>
        <translation>移行元データベースの URL または接続プロファイル。</translation>
    </message>
    <message>
        <source>sqlite, postgres or mysql (default: that of --apply).</source>
        <translation>sqlite、postgres、mysql のいずれか（既定: --apply のデータベースの方言）。</translation>
    </message>
    <message>
        <source>DIALECT</source>
        <translation>DIALECT</translation>
    </message>
    <message>
        <source>Folder for the files (default: .tmp/schema-copy/&lt;timestamp&gt;).</source>
        <translation>ファイルの出力先フォルダー（既定: .tmp/schema-copy/&lt;timestamp&gt;）。</translation>
    </message>
    <message>
        <source>Only these tables (comma-separated).</source>
        <translation>これらのテーブルのみ（カンマ区切り）。</translation>
    </message>
    <message>
        <source>TABLES</source>
        <translation>TABLES</translation>
    </message>
    <message>
        <source>Leave these tables out (comma-separated).</source>
        <translation>これらのテーブルを除外します（カンマ区切り）。</translation>
    </message>
    <message>
        <source>Also create the schema in this database: tables, indexes, foreign keys, views, triggers, each file in one transaction where the target allows it.</source>
        <translation>このデータベースにもスキーマ（テーブル、インデックス、外部キー、ビュー、トリガー）を作成します。移行先が対応している場合、各ファイルを 1 つのトランザクションで適用します。</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>概要を JSON で出力します。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数 &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>--source is required</source>
        <translation>--source は必須です</translation>
    </message>
    <message>
        <source>unknown --target-dialect &quot;%1&quot;; use sqlite, postgres or mysql</source>
        <translation>不明な --target-dialect &quot;%1&quot; です。sqlite、postgres、mysql のいずれかを指定してください</translation>
    </message>
    <message>
        <source>--target-dialect %1 does not match the --apply database (%2)</source>
        <translation>--target-dialect %1 が --apply のデータベース（%2）と一致しません</translation>
    </message>
    <message>
        <source>--target-dialect is required (or --apply, whose dialect is then used)</source>
        <translation>--target-dialect を指定してください（または --apply を指定すると、その方言が使用されます）</translation>
    </message>
    <message>
        <source>The generated files are in %1.</source>
        <translation>生成されたファイルは %1 にあります。</translation>
    </message>
    <message>
        <source>  applied to %1: tables, indexes, foreign keys, views, triggers</source>
        <translation>  %1 に適用しました: テーブル、インデックス、外部キー、ビュー、トリガー</translation>
    </message>
    <message>
        <source>%1 %2: %3 / %4 rows, %5 missing, %6 extra, %7 changed (%8 within tolerance)</source>
        <translation>%1 %2: %3 / %4 行、欠落 %5、余分 %6、変更 %7（うち許容範囲内 %8）</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… ほか %1 件</translation>
    </message>
    <message>
        <source>schema %1 %2: source %3, target %4 (%5)</source>
        <translation>スキーマ %1 %2: 移行元 %3、移行先 %4（%5）</translation>
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
        <translation>説明のつかないデータの差異 %1 件、実際のスキーマの差異 %2 件、マッピングによる想定内の差異 %3 件</translation>
    </message>
    <message>
        <source>Compare a migrated database with its source: row counts, checksums per key range (split until the differing keys are known), schema after type mapping, sampled rows. Passwords come from PGPASSWORD / MWB_PASSWORD or the keychain, never from the command line. Exit code 1 on any unexplained difference.</source>
        <translation>移行後のデータベースを移行元と比較します。比較項目は、行数、キー範囲ごとのチェックサム（差異のあるキーが特定できるまで分割）、型マッピング後のスキーマ、サンプリングした行です。パスワードは PGPASSWORD / MWB_PASSWORD またはキーチェーンから取得し、コマンドラインからは取得しません。説明のつかない差異が 1 つでもあると終了コード 1 を返します。</translation>
    </message>
    <message>
        <source>Source database URL or profile name.</source>
        <translation>移行元データベースの URL またはプロファイル名。</translation>
    </message>
    <message>
        <source>Target database URL or profile name.</source>
        <translation>移行先データベースの URL またはプロファイル名。</translation>
    </message>
    <message>
        <source>Only these tables (comma-separated, exact names).</source>
        <translation>これらのテーブルのみ（カンマ区切り、名前は完全一致）。</translation>
    </message>
    <message>
        <source>Rows per table compared value by value (default 0).</source>
        <translation>テーブルごとに値単位で比較する行数（既定 0）。</translation>
    </message>
    <message>
        <source>Seed of the sample (same seed, same rows).</source>
        <translation>サンプルのシード（同じシードなら同じ行）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Column tolerance TABLE.COLUMN=abs:X|rel:X|time:SECONDS (repeatable).</source>
        <translation>列の許容範囲 TABLE.COLUMN=abs:X|rel:X|time:SECONDS（複数回指定可）。</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>Share of a table&apos;s rows allowed to differ, TABLE=SHARE (repeatable).</source>
        <translation>差異を許容するテーブルの行の割合 TABLE=SHARE（複数回指定可）。</translation>
    </message>
    <message>
        <source>Skip the schema comparison.</source>
        <translation>スキーマの比較をスキップします。</translation>
    </message>
    <message>
        <source>Print the JSON report on stdout.</source>
        <translation>JSON レポートを標準出力に出力します。</translation>
    </message>
    <message>
        <source>Write validation.json, validation.md and validation.html here.</source>
        <translation>validation.json、validation.md、validation.html をここに書き込みます。</translation>
    </message>
    <message>
        <source>JSON-lines events to a file or - (stdout).</source>
        <translation>JSON Lines 形式のイベントの出力先ファイル、または -（標準出力）。</translation>
    </message>
    <message>
        <source>Project folder: connections.json and .mwb/history.sqlite (default: .).</source>
        <translation>プロジェクトフォルダー: connections.json と .mwb/history.sqlite（既定: .）。</translation>
    </message>
    <message>
        <source>--json and --events - both write to stdout; send the events to a file</source>
        <translation>--json と --events - はどちらも標準出力に書き込みます。イベントはファイルに送ってください</translation>
    </message>
    <message>
        <source>--sample needs a number of rows (0 or more)</source>
        <translation>--sample には行数（0 以上）を指定してください</translation>
    </message>
    <message>
        <source>--seed needs a non-negative integer</source>
        <translation>--seed には 0 以上の整数を指定してください</translation>
    </message>
    <message>
        <source>Migrate Databricks jobs to AIDP: Pass 1 rewrite, Pass 2 run, verify and fix every cell, reports</source>
        <translation>Databricks のジョブを AIDP へ移行します（Pass 1 で書き換え、Pass 2 で実行、全セルの検証と修正、レポート作成）</translation>
    </message>
    <message>
        <source>Summarise the JOB_REPORT.md of migrate-job runs (a report, a job folder or an output base)</source>
        <translation>migrate-job の実行結果の JOB_REPORT.md を集計します（レポート、ジョブフォルダー、または出力ベースフォルダー）</translation>
    </message>
    <message>
        <source>Migrate Databricks jobs to Oracle AI Data Platform: Pass 1 rewrites every task notebook and its %run dependencies, Pass 2 runs each task notebook cell by cell on a live kernel, verifies every cell four ways and lets the LLM fixer repair failing cells. Secrets come from the environment or the keychain (ANTHROPIC_API_KEY, MWB_JUPYTER_TOKEN), never from the command line.</source>
        <translation>Databricks のジョブを Oracle AI Data Platform へ移行します。Pass 1 では各タスクのノートブックとその %run 依存関係を書き換え、Pass 2 では各タスクのノートブックを稼働中のカーネル上でセル単位で実行し、全セルを 4 つの観点で検証して、失敗したセルを LLM の修正機能で修復します。シークレットは環境変数またはキーチェーン（ANTHROPIC_API_KEY、MWB_JUPYTER_TOKEN）から取得し、コマンドラインからは取得しません。</translation>
    </message>
    <message>
        <source>The job manifest written by mwb build-dag.</source>
        <translation>mwb build-dag が書き出したジョブのマニフェスト。</translation>
    </message>
    <message>
        <source>Where migrated notebooks and reports go (default: migrated).</source>
        <translation>移行後のノートブックとレポートの出力先（既定: migrated）。</translation>
    </message>
    <message>
        <source>The exported workspace folder (default: the manifest&apos;s).</source>
        <translation>エクスポートしたワークスペースのフォルダー（既定: マニフェストに記録されたもの）。</translation>
    </message>
    <message>
        <source>Use the Jupyter server at URL (token from MWB_JUPYTER_TOKEN).</source>
        <translation>URL の Jupyter サーバーを使用します（トークンは MWB_JUPYTER_TOKEN から取得）。</translation>
    </message>
    <message>
        <source>Only these jobs of the manifest (comma-separated).</source>
        <translation>マニフェストのうち対象とするジョブ（カンマ区切り）。</translation>
    </message>
    <message>
        <source>Run from the first task whose key contains S (in layer order); earlier tasks are not run.</source>
        <translation>キーに S を含む最初のタスク（レイヤー順）から実行します。それより前のタスクは実行しません。</translation>
    </message>
    <message>
        <source>Run only these tasks (comma-separated), even if already migrated.</source>
        <translation>これらのタスクのみを実行します（カンマ区切り）。移行済みのタスクも実行します。</translation>
    </message>
    <message>
        <source>Skip notebooks and tasks that a previous run finished (default).</source>
        <translation>以前の実行で完了したノートブックとタスクをスキップします（既定）。</translation>
    </message>
    <message>
        <source>Migrate and run everything again.</source>
        <translation>すべてを再度移行して実行します。</translation>
    </message>
    <message>
        <source>Tasks of one layer run at the same time, each on its own kernel (default 4).</source>
        <translation>同じレイヤーのタスクを、それぞれ専用のカーネルで同時に実行します（既定 4）。</translation>
    </message>
    <message>
        <source>Do NOT redirect writes to the sandbox while cells run: the job writes its real tables and paths. Only when you mean it.</source>
        <translation>セルの実行中に書き込みをサンドボックスへリダイレクトしません。ジョブは実際のテーブルとパスに書き込みます。意図している場合にのみ使用してください。</translation>
    </message>
    <message>
        <source>Schema that receives redirected table writes (default mwb_sandbox).</source>
        <translation>リダイレクトされたテーブルへの書き込みを受け取るスキーマ（既定 mwb_sandbox）。</translation>
    </message>
    <message>
        <source>Bucket that receives redirected path writes (default mwb-sandbox).</source>
        <translation>リダイレクトされたパスへの書き込みを受け取るバケット（既定 mwb-sandbox）。</translation>
    </message>
    <message>
        <source>Object Storage namespace of the sandbox bucket.</source>
        <translation>サンドボックスバケットの Object Storage 名前空間。</translation>
    </message>
    <message>
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <source>Fixer attempts per failing cell (default 10).</source>
        <translation>失敗したセルごとの修正の試行回数（既定 10）。</translation>
    </message>
    <message>
        <source>The fixer and judge: anthropic or none (default: anthropic when a key is configured, else none).</source>
        <translation>修正と判定に使用する LLM: anthropic または none（既定: キーが設定されていれば anthropic、それ以外は none）。</translation>
    </message>
    <message>
        <source>Folder that stands for /Volumes on the kernel&apos;s machine (default: &lt;output-base&gt;/volumes for --local and --jupyter).</source>
        <translation>カーネルが動作するマシン上で /Volumes の代わりに使用するフォルダー（既定: --local と --jupyter では &lt;output-base&gt;/volumes）。</translation>
    </message>
    <message>
        <source>Map a Databricks mount point to a folder on the kernel&apos;s machine (repeatable), e.g. /mnt/raw=/data/raw.</source>
        <translation>Databricks のマウントポイントを、カーネルが動作するマシン上のフォルダーに対応付けます（複数回指定可）。例: /mnt/raw=/data/raw。</translation>
    </message>
    <message>
        <source>POINT=DIR</source>
        <translation>POINT=DIR</translation>
    </message>
    <message>
        <source>--manifest FILE is required (mwb build-dag writes it)</source>
        <translation>--manifest FILE は必須です（mwb build-dag が書き出します）</translation>
    </message>
    <message>
        <source>--skip-migrated and --no-skip-migrated contradict each other</source>
        <translation>--skip-migrated と --no-skip-migrated は矛盾しています</translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 64</source>
        <translation>--parallel には 1 から 64 までの数を指定してください</translation>
    </message>
    <message>
        <source>--max-fix-attempts takes a number from 0 to 50</source>
        <translation>--max-fix-attempts には 0 から 50 までの数を指定してください</translation>
    </message>
    <message>
        <source>--llm must be anthropic or none</source>
        <translation>--llm には anthropic または none を指定してください</translation>
    </message>
    <message>
        <source>mwb: note: no LLM key configured, so failing cells are not fixed and the judge is off (set ANTHROPIC_API_KEY, or pass --llm none to silence this)</source>
        <translation>mwb: 注: LLM のキーが設定されていないため、失敗したセルは修正されず、判定も行われません（ANTHROPIC_API_KEY を設定してください。このメッセージを表示しないようにするには --llm none を指定してください）</translation>
    </message>
    <message>
        <source>local Jupyter kernel (python3, private jupyter-server on 127.0.0.1)</source>
        <translation>ローカルの Jupyter カーネル（python3、127.0.0.1 上の専用 jupyter-server）</translation>
    </message>
    <message>
        <source>--jupyter needs the server URL without credentials; put the token in MWB_JUPYTER_TOKEN</source>
        <translation>--jupyter には認証情報を含まないサーバー URL を指定してください。トークンは MWB_JUPYTER_TOKEN に設定してください</translation>
    </message>
    <message>
        <source>Jupyter server %1</source>
        <translation>Jupyter サーバー %1</translation>
    </message>
    <message>
        <source>--mount expects POINT=DIR, e.g. /mnt/raw=/data/raw; got &quot;%1&quot;</source>
        <translation>--mount には POINT=DIR（例: /mnt/raw=/data/raw）を指定してください（指定値: &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>AIDP cluster %1 (profile %2)</source>
        <translation>AIDP クラスター %1（プロファイル %2）</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>そのようなファイルまたはフォルダーはありません</translation>
    </message>
    <message>
        <source>Pass a JOB_REPORT.md, a job folder or the --output-base folder of &quot;mwb migrate-job&quot;.</source>
        <translation>JOB_REPORT.md、ジョブフォルダー、または &quot;mwb migrate-job&quot; の --output-base フォルダーを指定してください。</translation>
    </message>
    <message>
        <source>no job report here (looked for %1, reports/%1 and &lt;job&gt;/reports/%1)</source>
        <translation>ここにはジョブレポートがありません（検索先: %1、reports/%1、&lt;job&gt;/reports/%1）</translation>
    </message>
    <message>
        <source>the job has no report</source>
        <translation>ジョブにレポートがありません</translation>
    </message>
    <message>
        <source>The job is still running, or stopped before writing its report; run &quot;mwb migrate-job&quot; for it again.</source>
        <translation>ジョブがまだ実行中か、レポートを書き込む前に停止しました。このジョブに対して &quot;mwb migrate-job&quot; を再度実行してください。</translation>
    </message>
    <message>
        <source>%1: %2  (%3)</source>
        <translation>%1: %2  (%3)</translation>
    </message>
    <message>
        <source>no readable report: %1</source>
        <translation>読み取り可能なレポートがありません: %1</translation>
    </message>
    <message>
        <source>Total: %1 task(s), %2/%3/%4 (ok/failed/fixed)</source>
        <translation>合計: タスク %1 件、%2/%3/%4（成功/失敗/修正済み）</translation>
    </message>
    <message>
        <source>Result: %1 (%2 job(s))</source>
        <translation>結果: %1（ジョブ %2 件）</translation>
    </message>
    <message>
        <source>Summarise JOB_REPORT.md files of &quot;mwb migrate-job&quot;: the roll-up of every job and the ok/failed/fixed cells of every task. Exit code 0 PASS, 3 PARTIAL, 1 FAIL or an unreadable report, 130 INTERRUPTED.</source>
        <translation>&quot;mwb migrate-job&quot; の JOB_REPORT.md ファイルを集計します。各ジョブの総合結果と、各タスクの成功/失敗/修正済みのセル数を表示します。終了コード: 0 PASS、3 PARTIAL、1 FAIL または読み取れないレポート、130 INTERRUPTED。</translation>
    </message>
    <message>
        <source>A JOB_REPORT.md, a job folder or the output base of migrate-job.</source>
        <translation>JOB_REPORT.md、ジョブフォルダー、または migrate-job の出力ベースフォルダー。</translation>
    </message>
    <message>
        <source>Print the status as JSON on stdout.</source>
        <translation>ステータスを JSON で標準出力に出力します。</translation>
    </message>
    <message>
        <source>expected one DIR_OR_REPORT</source>
        <translation>DIR_OR_REPORT を 1 つ指定してください</translation>
    </message>
    <message>
        <source>Pass 1 also sends cells that still carry Databricks markers after the rules to the LLM (one request per such cell).</source>
        <translation>Pass 1 で、ルールの適用後も Databricks マーカーが残っているセルを LLM にも送ります（該当セルごとに 1 リクエスト）。</translation>
    </message>
    <message>
        <source>--llm-rewrite needs the LLM; it cannot go with --llm none</source>
        <translation>--llm-rewrite には LLM が必要です。--llm none とは併用できません</translation>
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
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>no run history in this project</source>
        <translation>このプロジェクトには実行履歴がありません</translation>
    </message>
    <message>
        <source>Runs of &quot;mwb migrate-job&quot;, &quot;mwb data&quot; and &quot;mwb validate&quot; write it; pass --project DIR for another project folder.</source>
        <translation>実行履歴は &quot;mwb migrate-job&quot;、&quot;mwb data&quot;、&quot;mwb validate&quot; の実行時に書き込まれます。別のプロジェクトフォルダーを使用するには --project DIR を指定してください。</translation>
    </message>
    <message>
        <source>--limit wants a positive number, not &quot;%1&quot;</source>
        <translation>--limit には正の数を指定してください（&quot;%1&quot; は指定できません）</translation>
    </message>
    <message>
        <source>No runs.</source>
        <translation>実行はありません。</translation>
    </message>
    <message>
        <source>RUN ID</source>
        <translation>実行 ID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>no run &quot;%1&quot; in the run history</source>
        <translation>実行履歴に実行 &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>&quot;mwb history list&quot; shows the run ids.</source>
        <translation>&quot;mwb history list&quot; で実行 ID を確認できます。</translation>
    </message>
    <message>
        <source>Run:      %1</source>
        <translation>実行:       %1</translation>
    </message>
    <message>
        <source>Kind:     %1</source>
        <translation>種類:       %1</translation>
    </message>
    <message>
        <source>Status:   %1</source>
        <translation>ステータス: %1</translation>
    </message>
    <message>
        <source>Title:    %1</source>
        <translation>タイトル:   %1</translation>
    </message>
    <message>
        <source>Started:  %1</source>
        <translation>開始:       %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>終了:       %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>所要時間:   %1</translation>
    </message>
    <message>
        <source>Report:   %1</source>
        <translation>レポート:   %1</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>概要:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（まだありません）</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>タスク:</translation>
    </message>
    <message>
        <source>%1/%2/%3/%4</source>
        <translation>%1/%2/%3/%4</translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation>入力 %1 / 出力 %2</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>（記録なし）</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>OK/FAILED/FIXED/SKIPPED</source>
        <translation>OK/FAILED/FIXED/SKIPPED</translation>
    </message>
    <message>
        <source>TOKENS</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Cells that failed or were fixed:</source>
        <translation>失敗したセル、または修正されたセル:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>CELL</source>
        <translation>セル</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>List the runs of this project (migrate-job, data, validate) from .mwb/history.sqlite, newest first, or show one run: its summary and, for migrate-job runs, its tasks and the cells that failed or were fixed.</source>
        <translation>.mwb/history.sqlite から、このプロジェクトの実行（migrate-job、data、validate）を新しい順に一覧表示するか、1 つの実行を表示します。表示内容は概要と、migrate-job の実行ではそのタスク、および失敗したセルと修正されたセルです。</translation>
    </message>
    <message>
        <source>&quot;list&quot; (the default) or &quot;show RUN_ID&quot;.</source>
        <translation>&quot;list&quot;（既定）または &quot;show RUN_ID&quot;。</translation>
    </message>
    <message>
        <source>Print JSON on stdout, for tools.</source>
        <translation>ツール向けに JSON を標準出力に出力します。</translation>
    </message>
    <message>
        <source>Project folder (default: .).</source>
        <translation>プロジェクトフォルダー（既定: .）。</translation>
    </message>
    <message>
        <source>list: only runs of this kind (migrate-job, data, validate).</source>
        <translation>list: この種類の実行のみ（migrate-job、data、validate）。</translation>
    </message>
    <message>
        <source>list: only runs with this status (running, completed, completed_with_errors, failed, interrupted).</source>
        <translation>list: このステータスの実行のみ（running、completed、completed_with_errors、failed、interrupted）。</translation>
    </message>
    <message>
        <source>list: at most N runs (default: 50).</source>
        <translation>list: 最大 N 件の実行（既定: 50）。</translation>
    </message>
    <message>
        <source>&quot;list&quot; takes no arguments</source>
        <translation>&quot;list&quot; には引数を指定できません</translation>
    </message>
    <message>
        <source>&quot;show&quot; wants one RUN_ID</source>
        <translation>&quot;show&quot; には RUN_ID を 1 つ指定してください</translation>
    </message>
    <message>
        <source>--kind, --status and --limit filter &quot;list&quot;</source>
        <translation>--kind、--status、--limit は &quot;list&quot; の絞り込み用です</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use &quot;list&quot; or &quot;show RUN_ID&quot;</source>
        <translation>不明な操作 &quot;%1&quot; です。&quot;list&quot; または &quot;show RUN_ID&quot; を使用してください</translation>
    </message>
    <message>
        <source>List the project&apos;s runs (migrate-job, data, validate) or show one with its tasks and failed cells</source>
        <translation>プロジェクトの実行（migrate-job、data、validate）を一覧表示するか、1 つの実行をタスクと失敗したセルとともに表示します</translation>
    </message>
    <message>
        <source>Export a run&apos;s report as Markdown, HTML or PDF (report export RUN_ID --format md|html|pdf)</source>
        <translation>実行のレポートを Markdown、HTML、PDF のいずれかでエクスポートします（report export RUN_ID --format md|html|pdf）</translation>
    </message>
    <message>
        <source>Export the report of a run from the run history: Markdown, one self-contained HTML page, or PDF. migrate-job runs give every job&apos;s JOB_REPORT.md, validate runs their validation.md, data runs their status.</source>
        <translation>実行履歴にある実行のレポートを、Markdown、単体で完結する HTML ページ 1 つ、または PDF としてエクスポートします。migrate-job の実行では各ジョブの JOB_REPORT.md、validate の実行では validation.md、data の実行ではそのステータスを出力します。</translation>
    </message>
    <message>
        <source>The action: export.</source>
        <translation>操作: export。</translation>
    </message>
    <message>
        <source>A run id from &quot;mwb history list&quot;.</source>
        <translation>&quot;mwb history list&quot; に表示される実行 ID。</translation>
    </message>
    <message>
        <source>md, html or pdf.</source>
        <translation>md、html、pdf のいずれか。</translation>
    </message>
    <message>
        <source>Write to this file (md and html: default stdout; pdf: required).</source>
        <translation>このファイルに書き込みます（md と html: 既定は標準出力、pdf: 必須）。</translation>
    </message>
    <message>
        <source>expected &quot;export RUN_ID&quot;</source>
        <translation>&quot;export RUN_ID&quot; を指定してください</translation>
    </message>
    <message>
        <source>--format wants md, html or pdf</source>
        <translation>--format には md、html、pdf のいずれかを指定してください</translation>
    </message>
    <message>
        <source>--format pdf needs -o FILE</source>
        <translation>--format pdf には -o FILE が必要です</translation>
    </message>
    <message>
        <source>Pass --project DIR for another project folder.</source>
        <translation>別のプロジェクトフォルダーを使用するには --project DIR を指定してください。</translation>
    </message>
</context>
<context>
    <name>Mwb::Core</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>Check the permissions of the output folder.</source>
        <translation>出力フォルダーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>一時ファイルを作成できません: %1</translation>
    </message>
    <message>
        <source>Check the permissions of the output folder and free disk space.</source>
        <translation>出力フォルダーのアクセス権とディスクの空き容量を確認してください。</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>書き込めません: %1</translation>
    </message>
    <message>
        <source>Check free disk space.</source>
        <translation>ディスクの空き容量を確認してください。</translation>
    </message>
    <message>
        <source>cannot flush to disk: %1</source>
        <translation>ディスクにフラッシュできません: %1</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation>ファイルを置き換えられません: %1</translation>
    </message>
    <message>
        <source>the file is empty, expected a JSON document</source>
        <translation>ファイルが空です。JSON ドキュメントが必要です</translation>
    </message>
    <message>
        <source>Export the file again; it may have been cut off.</source>
        <translation>ファイルを再度エクスポートしてください。途中で切れている可能性があります。</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1 at offset %2)</source>
        <translation>無効な UTF-8 です（オフセット %2 のバイト 0x%1）</translation>
    </message>
    <message>
        <source>Save the file as UTF-8.</source>
        <translation>ファイルを UTF-8 で保存してください。</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON の形式が正しくありません: %1</translation>
    </message>
    <message>
        <source>The file ends early; it looks truncated. Export it again.</source>
        <translation>ファイルが途中で終わっており、切り詰められているようです。再度エクスポートしてください。</translation>
    </message>
    <message>
        <source>Fix the JSON at this position or export the file again.</source>
        <translation>この位置の JSON を修正するか、ファイルを再度エクスポートしてください。</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>Check that the path exists and is readable.</source>
        <translation>パスが存在し、読み取り可能であることを確認してください。</translation>
    </message>
    <message>
        <source>Cannot open the event stream file: %1</source>
        <translation>イベントストリームのファイルを開けません: %1</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable</source>
        <translation>フォルダーが存在し、書き込み可能であることを確認してください</translation>
    </message>
</context>
<context>
    <name>Mwb::Db</name>
    <message>
        <source>the PostgreSQL driver gave no native connection handle</source>
        <translation>PostgreSQL ドライバーがネイティブ接続ハンドルを返しませんでした</translation>
    </message>
    <message>
        <source>Install the Qt PostgreSQL driver built against libpq (libqt6sql6-psql).</source>
        <translation>libpq でビルドされた Qt PostgreSQL ドライバー（libqt6sql6-psql）をインストールしてください。</translation>
    </message>
    <message>
        <source>table &quot;%1&quot;</source>
        <translation>テーブル &quot;%1&quot;</translation>
    </message>
    <message>
        <source>scanning column values failed: %1</source>
        <translation>列の値のスキャンに失敗しました: %1</translation>
    </message>
    <message>
        <source>The scan decides exact type mappings (tinyint(1), unsigned bigint, SQLite storage classes); the user needs SELECT on the table.</source>
        <translation>スキャン結果により正確な型マッピング（tinyint(1)、unsigned bigint、SQLite のストレージクラス）が決まります。ユーザーにはテーブルに対する SELECT 権限が必要です。</translation>
    </message>
    <message>
        <source>statement failed: %1</source>
        <translation>ステートメントが失敗しました: %1</translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <translation>ステートメント: %1</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>Qt SQL ドライバー %1 がインストールされていません</translation>
    </message>
    <message>
        <source>Install the Qt 6 SQL driver package (libqt6sql6-sqlite, libqt6sql6-psql or libqt6sql6-mysql).</source>
        <translation>Qt 6 SQL ドライバーのパッケージ（libqt6sql6-sqlite、libqt6sql6-psql、または libqt6sql6-mysql）をインストールしてください。</translation>
    </message>
    <message>
        <source>the SQLite file does not exist</source>
        <translation>SQLite ファイルが存在しません</translation>
    </message>
    <message>
        <source>Check the path; a missing source file is never created.</source>
        <translation>パスを確認してください。移行元ファイルが存在しない場合に新規作成されることはありません。</translation>
    </message>
    <message>
        <source>TLS mode %1 cannot be enforced by the installed MySQL driver</source>
        <translation>インストールされている MySQL ドライバーでは TLS モード %1 を強制できません</translation>
    </message>
    <message>
        <source>The QMYSQL driver cannot make the client library verify the server certificate. Reach the server through an SSH tunnel on 127.0.0.1, or downgrade knowingly with ssl-mode=REQUIRED (encrypted, server not verified).</source>
        <translation>QMYSQL ドライバーでは、クライアントライブラリにサーバー証明書を検証させることができません。127.0.0.1 上の SSH トンネル経由でサーバーに接続するか、リスクを理解したうえで ssl-mode=REQUIRED（暗号化あり、サーバー検証なし）に下げてください。</translation>
    </message>
    <message>
        <source>No password was found: set %1 or store it in the keychain (service &quot;MigrationWorkbench&quot;, key = the profile name).</source>
        <translation>パスワードが見つかりません。%1 を設定するか、キーチェーン（サービス &quot;MigrationWorkbench&quot;、キー = プロファイル名）に保存してください。</translation>
    </message>
    <message>
        <source>Check that the server runs and accepts this user, and the TLS mode (%1).</source>
        <translation>サーバーが稼働していてこのユーザーを受け付けるか、および TLS モード（%1）を確認してください。</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>接続できません: %1</translation>
    </message>
    <message>
        <source>cannot switch off multi-statement mode on the MySQL connection</source>
        <translation>MySQL 接続のマルチステートメントモードを無効にできません</translation>
    </message>
    <message>
        <source>The MySQL client library does not offer mysql_set_server_option; install libmariadb3 or libmysqlclient.</source>
        <translation>MySQL クライアントライブラリに mysql_set_server_option がありません。libmariadb3 または libmysqlclient をインストールしてください。</translation>
    </message>
    <message>
        <source>the MySQL connection does not use utf8mb4</source>
        <translation>MySQL 接続で utf8mb4 が使用されていません</translation>
    </message>
    <message>
        <source>4-byte characters (emoji) would be lost. Use a server and client library that support utf8mb4 (MySQL 5.5.3+, MariaDB 5.5+).</source>
        <translation>4 バイト文字（絵文字）が失われます。utf8mb4 に対応したサーバーとクライアントライブラリ（MySQL 5.5.3 以降、MariaDB 5.5 以降）を使用してください。</translation>
    </message>
    <message>
        <source>the server did not encrypt the connection although ssl-mode=%1</source>
        <translation>ssl-mode=%1 が指定されていますが、サーバーが接続を暗号化しませんでした</translation>
    </message>
    <message>
        <source>Enable TLS on the server, or choose ssl-mode=PREFERRED knowingly.</source>
        <translation>サーバーで TLS を有効にするか、リスクを理解したうえで ssl-mode=PREFERRED を選択してください。</translation>
    </message>
    <message>
        <source>a TLS mode was given for a SQLite database</source>
        <translation>SQLite データベースに TLS モードが指定されています</translation>
    </message>
    <message>
        <source>Remove the sslmode/ssl-mode setting: SQLite files are local.</source>
        <translation>sslmode/ssl-mode の設定を削除してください。SQLite ファイルはローカルにあります。</translation>
    </message>
    <message>
        <source>unknown TLS mode &quot;%1&quot;</source>
        <translation>不明な TLS モード &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>次のいずれかを使用してください: %1。</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; (%2)</source>
        <translation>プロファイル &quot;%1&quot;（%2）</translation>
    </message>
    <message>
        <source>connection URL</source>
        <translation>接続 URL</translation>
    </message>
    <message>
        <source>not a valid connection URL</source>
        <translation>有効な接続 URL ではありません</translation>
    </message>
    <message>
        <source>Use sqlite:///abs/path.db, postgresql://user@host:5432/db or mysql://user@host:3306/db.</source>
        <translation>sqlite:///abs/path.db、postgresql://user@host:5432/db、または mysql://user@host:3306/db の形式を使用してください。</translation>
    </message>
    <message>
        <source>the URL contains a password</source>
        <translation>URL にパスワードが含まれています</translation>
    </message>
    <message>
        <source>Passwords never go in URLs, where they end up in shell history, process lists and logs. Remove it and set PGPASSWORD / MWB_PASSWORD or store it in the keychain.</source>
        <translation>URL にパスワードを含めないでください。シェル履歴、プロセス一覧、ログに残ってしまいます。パスワードを削除し、PGPASSWORD / MWB_PASSWORD を設定するか、キーチェーンに保存してください。</translation>
    </message>
    <message>
        <source>unknown database scheme &quot;%1&quot;</source>
        <translation>不明なデータベーススキーム &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>Use sqlite://, postgresql:// or mysql://.</source>
        <translation>sqlite://、postgresql://、または mysql:// を使用してください。</translation>
    </message>
    <message>
        <source>a SQLite URL needs an absolute file path</source>
        <translation>SQLite の URL には絶対ファイルパスが必要です</translation>
    </message>
    <message>
        <source>Write three slashes before the path: sqlite:///home/me/data.db.</source>
        <translation>パスの前にスラッシュを 3 つ書いてください: sqlite:///home/me/data.db。</translation>
    </message>
    <message>
        <source>a SQLite URL takes no parameters</source>
        <translation>SQLite の URL にはパラメーターを指定できません</translation>
    </message>
    <message>
        <source>Remove the part after &quot;?&quot;.</source>
        <translation>&quot;?&quot; 以降の部分を削除してください。</translation>
    </message>
    <message>
        <source>the URL has no host</source>
        <translation>URL にホストがありません</translation>
    </message>
    <message>
        <source>Write the server as user@host:port, e.g. %1</source>
        <translation>サーバーを user@host:port の形式で記述してください。例: %1</translation>
    </message>
    <message>
        <source>the URL names no database</source>
        <translation>URL にデータベース名がありません</translation>
    </message>
    <message>
        <source>Add the database after the port: .../shop.</source>
        <translation>ポートの後にデータベース名を追加してください: .../shop。</translation>
    </message>
    <message>
        <source>the URL contains a password parameter</source>
        <translation>URL にパスワードのパラメーターが含まれています</translation>
    </message>
    <message>
        <source>Passwords never go in URLs. Remove it and set PGPASSWORD / MWB_PASSWORD or store it in the keychain.</source>
        <translation>URL にパスワードを含めないでください。パスワードを削除し、PGPASSWORD / MWB_PASSWORD を設定するか、キーチェーンに保存してください。</translation>
    </message>
    <message>
        <source>unknown URL parameter &quot;%1&quot;</source>
        <translation>不明な URL パラメーター &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>Supported parameters: sslmode (or ssl-mode) and sslrootcert (or ssl-ca).</source>
        <translation>対応しているパラメーター: sslmode（または ssl-mode）と sslrootcert（または ssl-ca）。</translation>
    </message>
    <message>
        <source>no connection profile &quot;%1&quot;: connections.json does not exist</source>
        <translation>接続プロファイル &quot;%1&quot; がありません: connections.json が存在しません</translation>
    </message>
    <message>
        <source>Pass a URL such as postgresql://user@host:5432/db, or add the profile to connections.json in the project folder.</source>
        <translation>postgresql://user@host:5432/db のような URL を指定するか、プロジェクトフォルダーの connections.json にプロファイルを追加してください。</translation>
    </message>
    <message>
        <source>connections.json has no &quot;profiles&quot; object</source>
        <translation>connections.json に &quot;profiles&quot; オブジェクトがありません</translation>
    </message>
    <message>
        <source>Write {&quot;profiles&quot;: {&quot;name&quot;: {&quot;url&quot;: &quot;postgresql://user@host/db&quot;}}}.</source>
        <translation>{&quot;profiles&quot;: {&quot;name&quot;: {&quot;url&quot;: &quot;postgresql://user@host/db&quot;}}} の形式で記述してください。</translation>
    </message>
    <message>
        <source>no connection profile &quot;%1&quot;</source>
        <translation>接続プロファイル &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>The file defines no profiles.</source>
        <translation>このファイルにはプロファイルが定義されていません。</translation>
    </message>
    <message>
        <source>Known profiles: %1.</source>
        <translation>既知のプロファイル: %1。</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; stores a password in connections.json</source>
        <translation>connections.json のプロファイル &quot;%1&quot; にパスワードが保存されています</translation>
    </message>
    <message>
        <source>Project files never hold secrets. Remove &quot;%1&quot; and store the password in the keychain (key &quot;%2&quot;) or set PGPASSWORD / MWB_PASSWORD.</source>
        <translation>プロジェクトファイルにシークレットを保存しないでください。&quot;%1&quot; を削除し、パスワードをキーチェーン（キー &quot;%2&quot;）に保存するか、PGPASSWORD / MWB_PASSWORD を設定してください。</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has an unknown field &quot;%2&quot;</source>
        <translation>プロファイル &quot;%1&quot; に不明なフィールド &quot;%2&quot; があります</translation>
    </message>
    <message>
        <source>Known fields: %1.</source>
        <translation>既知のフィールド: %1。</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no &quot;url&quot;</source>
        <translation>プロファイル &quot;%1&quot; に &quot;url&quot; がありません</translation>
    </message>
    <message>
        <source>Add &quot;url&quot;: &quot;postgresql://user@host:5432/db&quot;.</source>
        <translation>&quot;url&quot;: &quot;postgresql://user@host:5432/db&quot; を追加してください。</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>プロファイル &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>no connection given</source>
        <translation>接続が指定されていません</translation>
    </message>
    <message>
        <source>Pass a URL such as postgresql://user@host:5432/db or a profile name from connections.json.</source>
        <translation>postgresql://user@host:5432/db のような URL、または connections.json のプロファイル名を指定してください。</translation>
    </message>
    <message>
        <source>a data job with this id exists already</source>
        <translation>この ID のデータジョブはすでに存在します</translation>
    </message>
    <message>
        <source>Use mwb data resume %1, or start a new job.</source>
        <translation>mwb data resume %1 を使用するか、新しいジョブを開始してください。</translation>
    </message>
    <message>
        <source>the source has no table %1</source>
        <translation>移行元にテーブル %1 がありません</translation>
    </message>
    <message>
        <source>Check the name; names are matched exactly.</source>
        <translation>名前を確認してください。名前は完全一致で照合されます。</translation>
    </message>
    <message>
        <source>the target lacks some of the tables: %1</source>
        <translation>移行先に一部のテーブルがありません: %1</translation>
    </message>
    <message>
        <source>Create them with mwb schema-copy --apply, or copy only the tables that exist.</source>
        <translation>mwb schema-copy --apply で作成するか、存在するテーブルのみをコピーしてください。</translation>
    </message>
    <message numerus="yes">
        <source>created %n target table(s)</source>
        <translation>
            <numerusform>%n 個の移行先テーブルを作成しました</numerusform>
        </translation>
    </message>
    <message>
        <source>foreign key cycle: %1 -&gt; %2 is loaded without order; rows are checked after the load</source>
        <translation>外部キーの循環: %1 -&gt; %2 は順序なしでロードされます。行はロード後にチェックされます</translation>
    </message>
    <message>
        <source>stopped by signal %1 after a committed batch; run mwb data resume %2</source>
        <translation>シグナル %1 により、バッチのコミット後に停止しました。mwb data resume %2 を実行してください</translation>
    </message>
    <message>
        <source>stopped at the first failed table (--stop-on-error)</source>
        <translation>最初に失敗したテーブルで停止しました（--stop-on-error）</translation>
    </message>
    <message>
        <source>%1: %2 row(s) without a parent row moved to fk_violations.jsonl</source>
        <translation>%1: 親行のない %2 行を fk_violations.jsonl に移動しました</translation>
    </message>
    <message>
        <source>empty name</source>
        <translation>名前が空です</translation>
    </message>
    <message>
        <source>Give the object a name in the source.</source>
        <translation>移行元でオブジェクトに名前を付けてください。</translation>
    </message>
    <message>
        <source>the name contains a NUL character</source>
        <translation>名前に NUL 文字が含まれています</translation>
    </message>
    <message>
        <source>No database can create it; rename the object in the source.</source>
        <translation>どのデータベースでも作成できません。移行元でオブジェクトの名前を変更してください。</translation>
    </message>
    <message>
        <source>the name is %1 bytes long; %2 keeps only %3 bytes and would silently cut it</source>
        <translation>名前の長さが %1 バイトです。%2 では %3 バイトまでしか保持されず、名前が警告なく切り詰められます</translation>
    </message>
    <message>
        <source>the name is %1 characters long; %2 allows at most %3</source>
        <translation>名前の長さが %1 文字です。%2 では最大 %3 文字までです</translation>
    </message>
    <message>
        <source>Rename the object in the source, or exclude its table with --exclude-tables.</source>
        <translation>移行元でオブジェクトの名前を変更するか、--exclude-tables でそのテーブルを除外してください。</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>%1 の読み取りに失敗しました: %2</translation>
    </message>
    <message>
        <source>cannot open the failed-rows file</source>
        <translation>失敗行ファイルを開けません</translation>
    </message>
    <message>
        <source>the failed-rows file is missing although the checkpoint records %1 bytes</source>
        <translation>チェックポイントには %1 バイトと記録されていますが、失敗行ファイルがありません</translation>
    </message>
    <message>
        <source>Restore the file or start the job again.</source>
        <translation>ファイルを復元するか、ジョブを最初からやり直してください。</translation>
    </message>
    <message>
        <source>the failed-rows file is shorter than the checkpoint records (%1 bytes)</source>
        <translation>失敗行ファイルがチェックポイントの記録（%1 バイト）より短くなっています</translation>
    </message>
    <message>
        <source>cannot truncate the failed-rows file</source>
        <translation>失敗行ファイルを切り詰められません</translation>
    </message>
    <message>
        <source>cannot write the failed-rows file</source>
        <translation>失敗行ファイルに書き込めません</translation>
    </message>
    <message>
        <source>cannot flush the failed-rows file</source>
        <translation>失敗行ファイルをフラッシュできません</translation>
    </message>
    <message>
        <source>cannot take the job lock: %1</source>
        <translation>ジョブのロックを取得できません: %1</translation>
    </message>
    <message>
        <source>cannot create the job lock file</source>
        <translation>ジョブのロックファイルを作成できません</translation>
    </message>
    <message>
        <source>Check the permissions of the folder that holds the target database.</source>
        <translation>移行先データベースがあるフォルダーの権限を確認してください。</translation>
    </message>
    <message>
        <source>job_id, source or target missing</source>
        <translation>job_id、source、または target がありません</translation>
    </message>
    <message>
        <source>config or tables missing</source>
        <translation>config または tables がありません</translation>
    </message>
    <message>
        <source>a table entry has no name</source>
        <translation>テーブルのエントリに名前がありません</translation>
    </message>
    <message>
        <source>The damaged file was moved to %1; the target-side checkpoints decide what is redone.</source>
        <translation>破損したファイルを %1 に移動しました。やり直す範囲は移行先側のチェックポイントに基づいて決まります。</translation>
    </message>
    <message>
        <source>no data job with this id here</source>
        <translation>ここにはこの ID のデータジョブがありません</translation>
    </message>
    <message>
        <source>Run mwb data status in the project folder the job was started from.</source>
        <translation>ジョブを開始したプロジェクトフォルダーで mwb data status を実行してください。</translation>
    </message>
    <message>
        <source>cannot count the rows of the source table: %1</source>
        <translation>移行元テーブルの行数をカウントできません: %1</translation>
    </message>
    <message>
        <source>Check that the table exists and the source user may read it.</source>
        <translation>テーブルが存在し、移行元のユーザーに読み取り権限があることを確認してください。</translation>
    </message>
    <message>
        <source>cannot read the source table: %1</source>
        <translation>移行元テーブルを読み取れません: %1</translation>
    </message>
    <message>
        <source>reading the source failed: %1</source>
        <translation>移行元の読み取りに失敗しました: %1</translation>
    </message>
    <message>
        <source>Check the source connection and run mwb data resume.</source>
        <translation>移行元の接続を確認して、mwb data resume を実行してください。</translation>
    </message>
    <message>
        <source>MySQL catalog</source>
        <translation>MySQL カタログ</translation>
    </message>
    <message>
        <source>The user needs SELECT on the database (information_schema shows only what it may see).</source>
        <translation>ユーザーにはデータベースに対する SELECT 権限が必要です（information_schema には参照可能なものだけが表示されます）。</translation>
    </message>
    <message>
        <source>the table list</source>
        <translation>テーブル一覧</translation>
    </message>
    <message>
        <source>the columns of %1</source>
        <translation>%1 の列</translation>
    </message>
    <message>
        <source>the indexes of %1</source>
        <translation>%1 のインデックス</translation>
    </message>
    <message>
        <source>the foreign keys of %1</source>
        <translation>%1 の外部キー</translation>
    </message>
    <message>
        <source>the views</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>the triggers</source>
        <translation>トリガー</translation>
    </message>
    <message>
        <source>cannot check foreign key rows: %1</source>
        <translation>外部キーの行をチェックできません: %1</translation>
    </message>
    <message>
        <source>no row in %1 with (%2) = (%3)</source>
        <translation>%1 に (%2) = (%3) の行がありません</translation>
    </message>
    <message>
        <source>cannot remove rows without parent: %1</source>
        <translation>親のない行を削除できません: %1</translation>
    </message>
    <message>
        <source>PostgreSQL catalog</source>
        <translation>PostgreSQL カタログ</translation>
    </message>
    <message>
        <source>The user needs USAGE on the schema and SELECT on pg_catalog (granted by default).</source>
        <translation>ユーザーにはスキーマに対する USAGE 権限と pg_catalog に対する SELECT 権限（既定で付与）が必要です。</translation>
    </message>
    <message>
        <source>the constraints of %1</source>
        <translation>%1 の制約</translation>
    </message>
    <message>
        <source>the columns of index %1</source>
        <translation>インデックス %1 の列</translation>
    </message>
    <message>
        <source>the functions and procedures</source>
        <translation>関数とプロシージャー</translation>
    </message>
    <message>
        <source>Not translated (%1); the original source follows.</source>
        <translation>変換されていません（%1）。元のソースを以下に示します。</translation>
    </message>
    <message>
        <source>--include-tables names &quot;%1&quot;, which is not a table of the source</source>
        <translation>--include-tables で指定された &quot;%1&quot; は移行元のテーブルではありません</translation>
    </message>
    <message>
        <source>Table names are case-sensitive; nothing was written.</source>
        <translation>テーブル名は大文字と小文字が区別されます。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Tables with columns, primary keys, UNIQUE and CHECK constraints. Apply first.</source>
        <translation>列、主キー、UNIQUE 制約、CHECK 制約を含むテーブル。最初に適用してください。</translation>
    </message>
    <message>
        <source>Secondary indexes. Apply after the data.</source>
        <translation>セカンダリインデックス。データの後に適用してください。</translation>
    </message>
    <message>
        <source>SQLite keeps foreign keys inside CREATE TABLE (see tables.sql).</source>
        <translation>SQLite では外部キーは CREATE TABLE 内に含まれます（tables.sql を参照）。</translation>
    </message>
    <message>
        <source>Foreign keys. Apply after the data and the indexes.</source>
        <translation>外部キー。データとインデックスの後に適用してください。</translation>
    </message>
    <message>
        <source>Triggers. Apply last.</source>
        <translation>トリガー。最後に適用してください。</translation>
    </message>
    <message>
        <source>Views, in dependency order.</source>
        <translation>ビュー（依存関係の順）。</translation>
    </message>
    <message>
        <source>The target refused to start a transaction.</source>
        <translation>移行先がトランザクションの開始を拒否しました。</translation>
    </message>
    <message>
        <source>Nothing from %1 was applied (rolled back). Fix the cause and run --apply again.</source>
        <translation>%1 の内容は何も適用されていません（ロールバック済み）。原因を修正して、--apply を再度実行してください。</translation>
    </message>
    <message>
        <source>MySQL commits each DDL statement; none of %1 ran.</source>
        <translation>MySQL は DDL ステートメントごとにコミットします。%1 のステートメントは 1 つも実行されていません。</translation>
    </message>
    <message>
        <source>MySQL commits each DDL statement: statements 1 to %1 of %2 already ran. Drop those objects or use a fresh database before running --apply again.</source>
        <translation>MySQL は DDL ステートメントごとにコミットします。%2 個中 1～%1 番目のステートメントはすでに実行されています。--apply を再度実行する前に、それらのオブジェクトを削除するか、新しいデータベースを使用してください。</translation>
    </message>
    <message>
        <source>The commit failed; nothing from %1 was applied.</source>
        <translation>コミットに失敗しました。%1 の内容は何も適用されていません。</translation>
    </message>
    <message>
        <source>SQLite catalog</source>
        <translation>SQLite カタログ</translation>
    </message>
    <message>
        <source>Check that the file is a SQLite 3 database and not locked by another program.</source>
        <translation>ファイルが SQLite 3 データベースであり、他のプログラムによってロックされていないことを確認してください。</translation>
    </message>
    <message>
        <source>no column of %1 exists in the target table</source>
        <translation>%1 の列が移行先テーブルに 1 つも存在しません</translation>
    </message>
    <message>
        <source>cannot prepare the target table %1: %2</source>
        <translation>移行先テーブル %1 を準備できません: %2</translation>
    </message>
    <message>
        <source>column %1 holds text that is not valid UTF-8 (raw bytes kept in base64)</source>
        <translation>列 %1 に有効な UTF-8 ではないテキストが含まれています（生のバイト列を base64 で保持）</translation>
    </message>
    <message>
        <source>writing to %1 failed: %2</source>
        <translation>%1 への書き込みに失敗しました: %2</translation>
    </message>
    <message>
        <source>a row of %1 was refused and --no-continue-on-row-error is set: %2</source>
        <translation>%1 の行が拒否されました。--no-continue-on-row-error が設定されています: %2</translation>
    </message>
    <message>
        <source>cannot record the checkpoint of %1: %2</source>
        <translation>%1 のチェックポイントを記録できません: %2</translation>
    </message>
    <message>
        <source>cannot record the end of %1: %2</source>
        <translation>%1 の終了を記録できません: %2</translation>
    </message>
    <message>
        <source>unsigned BIGINT AUTO_INCREMENT becomes bigint: an identity needs an integer type; all current values fit, ids above 9223372036854775807 would not</source>
        <translation>unsigned BIGINT AUTO_INCREMENT は bigint になります。ID 列には整数型が必要なためです。現在の値はすべて収まりますが、9223372036854775807 を超える ID は収まりません</translation>
    </message>
    <message>
        <source>values above 2^63-1 need numeric(20,0), which cannot be an identity column</source>
        <translation>2^63-1 を超える値には numeric(20,0) が必要ですが、この型は ID 列にできません</translation>
    </message>
    <message>
        <source>enum becomes text with a CHECK constraint listing the same values</source>
        <translation>enum は、同じ値を列挙する CHECK 制約付きの text になります</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; has no PostgreSQL equivalent; values are copied as text</source>
        <translation>型 &quot;%1&quot; に相当する PostgreSQL の型がありません。値は text としてコピーされます</translation>
    </message>
    <message>
        <source>%1 becomes decimal(65,30), MySQL&apos;s widest; values with more than 35 integer digits or 30 decimals are rejected row by row, never rounded</source>
        <translation>%1 は MySQL で最も広い decimal(65,30) になります。整数部が 35 桁または小数部が 30 桁を超える値は丸められず、行単位で拒否されます</translation>
    </message>
    <message>
        <source>the column holds NaN or Infinity, which MySQL cannot store; those rows go to the failed-rows file</source>
        <translation>列に NaN または Infinity が含まれていますが、MySQL には格納できません。それらの行は失敗行ファイルに送られます</translation>
    </message>
    <message>
        <source>unbounded text in a key becomes varchar(%1) (longest value: %2 characters); MySQL cannot index TEXT whole</source>
        <translation>キー内の長さ無制限のテキストは varchar(%1) になります（最長の値: %2 文字）。MySQL では TEXT 全体をインデックス化できません</translation>
    </message>
    <message>
        <source>unbounded binary in a key becomes varbinary(255)</source>
        <translation>キー内の長さ無制限のバイナリは varbinary(255) になります</translation>
    </message>
    <message>
        <source>timestamp with time zone becomes DATETIME(%1) holding UTC: MySQL TIMESTAMP cannot hold dates after 2038-01-19</source>
        <translation>timestamp with time zone は UTC の値を保持する DATETIME(%1) になります。MySQL の TIMESTAMP では 2038-01-19 より後の日付を保持できません</translation>
    </message>
    <message>
        <source>interval has no MySQL equivalent; values are copied as text</source>
        <translation>interval に相当する MySQL の型がありません。値は text としてコピーされます</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; has no MySQL equivalent; values are copied as text</source>
        <translation>型 &quot;%1&quot; に相当する MySQL の型がありません。値は text としてコピーされます</translation>
    </message>
    <message>
        <source>unsigned BIGINT values above 9223372036854775807 exist; the column becomes TEXT so they stay exact</source>
        <translation>9223372036854775807 を超える unsigned BIGINT の値が存在します。値を正確に保つため、列は TEXT になります</translation>
    </message>
    <message>
        <source>%1 is stored as TEXT: SQLite&apos;s NUMERIC affinity would round values beyond 15 digits</source>
        <translation>%1 は TEXT として格納されます。SQLite の NUMERIC アフィニティでは 15 桁を超える値が丸められるためです</translation>
    </message>
    <message>
        <source>the column holds NaN, which SQLite stores as NULL; those rows go to the failed-rows file</source>
        <translation>列に NaN が含まれていますが、SQLite では NULL として格納されます。それらの行は失敗行ファイルに送られます</translation>
    </message>
    <message>
        <source>the column holds -0, which SQLite REAL reads back as 0 (numerically equal, sign lost)</source>
        <translation>列に -0 が含まれていますが、SQLite の REAL では 0 として読み戻されます（数値としては等しいが、符号が失われます）</translation>
    </message>
    <message>
        <source>view &quot;%1&quot;</source>
        <translation>ビュー &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used in %2; renamed to &quot;%3&quot;</source>
        <translation>名前 &quot;%1&quot; は %2 ですでに使用されています。&quot;%3&quot; に変更しました</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; of table &quot;%3&quot;</source>
        <translation>テーブル &quot;%3&quot; の %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;</source>
        <translation>列 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>declared %1 but holds %2 values; rows the target type cannot take go to the failed-rows file with their typeof()</source>
        <translation>%1 と宣言されていますが、%2 の値が含まれています。移行先の型が受け付けない行は、typeof() の結果とともに失敗行ファイルに送られます</translation>
    </message>
    <message>
        <source>declared %1 but holds values up to %2 characters; the column becomes unbounded text</source>
        <translation>%1 と宣言されていますが、最大 %2 文字の値が含まれています。列は長さ無制限のテキストになります</translation>
    </message>
    <message>
        <source>tinyint(1) holds values other than 0 and 1, so it stays an integer instead of a boolean</source>
        <translation>tinyint(1) に 0 と 1 以外の値が含まれているため、boolean ではなく整数のままにします</translation>
    </message>
    <message>
        <source>SQLite can only auto-number a single-column INTEGER PRIMARY KEY</source>
        <translation>SQLite で自動採番できるのは単一列の INTEGER PRIMARY KEY だけです</translation>
    </message>
    <message>
        <source>GENERATED ALWAYS becomes AUTO_INCREMENT, which also accepts explicit ids</source>
        <translation>GENERATED ALWAYS は AUTO_INCREMENT になります。AUTO_INCREMENT では明示的な ID も受け付けられます</translation>
    </message>
    <message>
        <source>generated column expression &quot;%1&quot; cannot be carried over; the column is copied as plain values</source>
        <translation>生成列の式 &quot;%1&quot; は引き継げません。列は通常の値としてコピーされます</translation>
    </message>
    <message>
        <source>default %1 has no %2 equivalent and was left out</source>
        <translation>既定値 %1 に相当するものが %2 にないため、省略しました</translation>
    </message>
    <message>
        <source>ON UPDATE CURRENT_TIMESTAMP has no equivalent and was left out</source>
        <translation>ON UPDATE CURRENT_TIMESTAMP に相当するものがないため、省略しました</translation>
    </message>
    <message>
        <source>CHECK (%1) uses %2-only syntax and was left out; enforce it in the application or add it by hand</source>
        <translation>CHECK (%1) は %2 固有の構文を使用しているため、省略しました。アプリケーション側で強制するか、手作業で追加してください</translation>
    </message>
    <message>
        <source>MySQL has no deferrable constraints; the FK is checked per statement</source>
        <translation>MySQL には遅延可能な制約がありません。外部キーはステートメントごとにチェックされます</translation>
    </message>
    <message>
        <source>column %1 is indexed by its first 191 characters (MySQL cannot index TEXT whole)</source>
        <translation>列 %1 は先頭 191 文字でインデックス化されます（MySQL では TEXT 全体をインデックス化できません）</translation>
    </message>
    <message>
        <source>%1 index becomes a plain index</source>
        <translation>%1 インデックスは通常のインデックスになります</translation>
    </message>
    <message>
        <source>the index uses an expression or predicate %1 cannot take; it was left out</source>
        <translation>このインデックスは %1 で扱えない式または述語を使用しているため、省略しました</translation>
    </message>
    <message>
        <source>the view uses %1-only syntax</source>
        <translation>このビューは %1 固有の構文を使用しています</translation>
    </message>
    <message>
        <source>the view uses %1-only syntax; its source is in skipped/untranslatable_views.sql</source>
        <translation>このビューは %1 固有の構文を使用しています。ソースは skipped/untranslatable_views.sql にあります</translation>
    </message>
    <message>
        <source>view body copied from %1 with identifiers re-quoted; functions are not translated</source>
        <translation>ビュー本体を %1 からコピーし、識別子を引用符で囲み直しました。関数は変換されていません</translation>
    </message>
    <message>
        <source>PostgreSQL triggers run a PL/pgSQL function, which is not translated</source>
        <translation>PostgreSQL のトリガーは PL/pgSQL 関数を実行しますが、これは変換されません</translation>
    </message>
    <message>
        <source>the trigger body has a %1 statement; only INSERT, UPDATE and DELETE are translated</source>
        <translation>トリガー本体に %1 ステートメントが含まれています。変換されるのは INSERT、UPDATE、DELETE のみです</translation>
    </message>
    <message>
        <source>the trigger body uses %1-only functions</source>
        <translation>トリガー本体で %1 固有の関数が使用されています</translation>
    </message>
    <message>
        <source>the WHEN condition uses %1-only functions</source>
        <translation>WHEN 条件で %1 固有の関数が使用されています</translation>
    </message>
    <message>
        <source>MySQL triggers cannot fire on UPDATE OF specific columns</source>
        <translation>MySQL のトリガーは UPDATE OF で特定の列を指定して起動できません</translation>
    </message>
    <message>
        <source>statement-level triggers are not translated</source>
        <translation>ステートメントレベルのトリガーは変換されません</translation>
    </message>
    <message>
        <source>trigger &quot;%1&quot;</source>
        <translation>トリガー &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Its source is in skipped/untranslatable_triggers.sql.</source>
        <translation>ソースは skipped/untranslatable_triggers.sql にあります。</translation>
    </message>
    <message>
        <source>routines are not translated (%1)</source>
        <translation>ルーチンは変換されません（%1）</translation>
    </message>
    <message>
        <source>stored procedure not translated; its source is in skipped/stored_procedures.sql</source>
        <translation>ストアドプロシージャーは変換されていません。ソースは skipped/stored_procedures.sql にあります</translation>
    </message>
    <message>
        <source>function not translated; its source is in skipped/functions.sql</source>
        <translation>関数は変換されていません。ソースは skipped/functions.sql にあります</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check free disk space and the permissions of the job folder.</source>
        <translation>ディスクの空き容量とジョブフォルダーの権限を確認してください。</translation>
    </message>
    <message>
        <source>target locked by %1 (pid %2, host %3)</source>
        <translation>移行先は %1 によってロックされています（pid %2、ホスト %3）</translation>
    </message>
    <message>
        <source>another job</source>
        <translation>別のジョブ</translation>
    </message>
    <message>
        <source>Wait for that job to finish (mwb data status %1) or stop it; the lock goes away with its process.</source>
        <translation>そのジョブが終了するまで待つ（mwb data status %1）か、ジョブを停止してください。ロックはそのプロセスの終了とともに解除されます。</translation>
    </message>
    <message>
        <source>not a data job file: %1</source>
        <translation>データジョブのファイルではありません: %1</translation>
    </message>
    <message>
        <source>The file was changed or damaged; start the job again with mwb data start.</source>
        <translation>ファイルが変更されたか破損しています。mwb data start でジョブを最初からやり直してください。</translation>
    </message>
    <message>
        <source>%1 statement %2 of %3 failed (%4): %5</source>
        <translation>%1 のステートメント %2 / %3 が失敗しました（%4）: %5</translation>
    </message>
    <message>
        <source>cannot reset the next generated id: %1</source>
        <translation>次に生成される ID をリセットできません: %1</translation>
    </message>
    <message>
        <source>Set it by hand before the application inserts rows.</source>
        <translation>アプリケーションが行を挿入する前に、手作業で設定してください。</translation>
    </message>
    <message>
        <source>schema copy to %1</source>
        <translation>%1 へのスキーマコピー</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; would be the same name in %3</source>
        <translation>&quot;%1&quot; と &quot;%2&quot; は %3 では同じ名前になります</translation>
    </message>
    <message>
        <source>%1 does not tell them apart (case folding). Nothing was written; rename one in the source or leave one out with --exclude-tables.</source>
        <translation>%1 ではこれらを区別できません（大文字と小文字の同一視）。何も書き込まれていません。移行元でどちらかの名前を変更するか、--exclude-tables でどちらかを除外してください。</translation>
    </message>
</context>
<context>
    <name>Mwb::Diff</name>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>outputs differ</source>
        <translation>出力が異なる</translation>
    </message>
    <message>
        <source>metadata differs</source>
        <translation>メタデータが異なる</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Cell %1 · %2 · %3</source>
        <extracomment>Diff export cell heading: cell number, language, change</extracomment>
        <translation>セル %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Notebook diff: %1 → %2</source>
        <translation>ノートブックの差分: %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n changed cell(s), </source>
        <translation>
            <numerusform>変更されたセル %n 個、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed line(s)</source>
        <translation>
            <numerusform>変更された行 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s)</source>
        <translation>
            <numerusform>⋯ 変更のない行 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Outputs differ; the source is the same.</source>
        <translation>出力が異なります。ソースは同じです。</translation>
    </message>
    <message>
        <source>Metadata differs; the source is the same.</source>
        <translation>メタデータが異なります。ソースは同じです。</translation>
    </message>
    <message>
        <source>(outputs differ)</source>
        <translation>（出力が異なる）</translation>
    </message>
    <message>
        <source>(metadata differs)</source>
        <translation>（メタデータが異なる）</translation>
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
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project folder with job manifests (reports/*_manifest.json)</source>
        <translation>ジョブのマニフェスト（reports/*_manifest.json）を含むプロジェクトフォルダーを開きます</translation>
    </message>
    <message>
        <source>&amp;Reload Project</source>
        <translation>プロジェクトを再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Read the project&apos;s manifests again, e.g. after &quot;mwb build-dag&quot;</source>
        <translation>&quot;mwb build-dag&quot; の実行後などに、プロジェクトのマニフェストを再度読み込みます</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Migration Workbench</source>
        <translation>Migration Workbench について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>The project could not be opened.</source>
        <translation>プロジェクトを開けませんでした。</translation>
    </message>
    <message>
        <source>Migration Workbench — %1</source>
        <translation>Migration Workbench — %1</translation>
    </message>
    <message>
        <source>%1  ·  jobs: %2, tasks: %3</source>
        <translation>%1  ·  ジョブ: %2、タスク: %3</translation>
    </message>
    <message>
        <source>%1 of the project&apos;s manifests could not be read.</source>
        <translation>プロジェクトのマニフェストのうち %1 件を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Open Project Folder</source>
        <translation>プロジェクトフォルダーを開く</translation>
    </message>
    <message>
        <source>No task &quot;%1&quot; in this project.</source>
        <translation>このプロジェクトにはタスク &quot;%1&quot; がありません。</translation>
    </message>
    <message>
        <source>%1 is not a notebook task; there is no notebook to show.</source>
        <translation>%1 はノートブックタスクではないため、表示するノートブックがありません。</translation>
    </message>
    <message>
        <source>The path of %1 is computed at run time; there is no notebook to show.</source>
        <translation>%1 のパスは実行時に算出されるため、表示するノートブックがありません。</translation>
    </message>
    <message>
        <source>%1 is not in the workspace; export it and rebuild the manifest.</source>
        <translation>%1 はワークスペースにありません。エクスポートしてからマニフェストを再作成してください。</translation>
    </message>
    <message>
        <source>The notebook could not be opened.</source>
        <translation>ノートブックを開けませんでした。</translation>
    </message>
    <message>
        <source>Opened %1 (read-only)</source>
        <translation>%1 を開きました（読み取り専用）</translation>
    </message>
    <message>
        <source>Open a project folder (File ▸ Open Project…, %1) to see its jobs, tasks and notebooks.</source>
        <translation>ジョブ、タスク、ノートブックを表示するには、プロジェクトフォルダーを開いてください（ファイル ▸ プロジェクトを開く…、%1）。</translation>
    </message>
    <message>
        <source>Double-click a task or a %run dependency in the project tree to open its notebook.</source>
        <translation>プロジェクトツリーのタスクまたは %run 依存関係をダブルクリックすると、そのノートブックが開きます。</translation>
    </message>
    <message>
        <source>About Migration Workbench</source>
        <translation>Migration Workbench について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Migration Workbench %1&lt;/h3&gt;&lt;p&gt;Moves Databricks jobs to AIDP and databases between engines, and shows what changed on the way.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Migration Workbench %1&lt;/h3&gt;&lt;p&gt;Databricks のジョブを AIDP へ、データベースをエンジン間で移行し、その過程で変更された内容を表示します。&lt;/p&gt;&lt;p&gt;GNU General Public License バージョン 3 以降の下でライセンスされています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Changes &amp; Findings</source>
        <translation>変更と指摘</translation>
    </message>
    <message>
        <source>Cell Inspector</source>
        <translation>セルインスペクター</translation>
    </message>
    <message>
        <source>Open Notebook</source>
        <translation>ノートブックを開く</translation>
    </message>
    <message>
        <source>Review Migration</source>
        <translation>移行をレビュー</translation>
    </message>
    <message>
        <source>Review Migration (not migrated yet)</source>
        <translation>移行をレビュー（未移行）</translation>
    </message>
    <message>
        <source>%1 has not been migrated yet: run &quot;mwb rewrite --manifest&quot; with the output base %2.</source>
        <translation>%1 はまだ移行されていません。出力ベースフォルダー %2 を指定して &quot;mwb rewrite --manifest&quot; を実行してください。</translation>
    </message>
    <message>
        <source>Notebooks (*.ipynb *.py *.sql *.scala *.r *.dbc);;All files (*)</source>
        <translation>ノートブック (*.ipynb *.py *.sql *.scala *.r *.dbc);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Compare: Source Notebook</source>
        <translation>比較: 移行元ノートブック</translation>
    </message>
    <message>
        <source>Compare: Migrated Notebook</source>
        <translation>比較: 移行後ノートブック</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>The notebooks could not be compared.</source>
        <translation>ノートブックを比較できませんでした。</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>%1 と %2 を比較しています</translation>
    </message>
    <message>
        <source>Co&amp;mpare Notebooks…</source>
        <translation>ノートブックを比較(&amp;M)…</translation>
    </message>
    <message>
        <source>Review two notebook files side by side (&quot;mwb diff A B&quot; on the command line)</source>
        <translation>2 つのノートブックファイルを左右に並べてレビューします（コマンドラインでは &quot;mwb diff A B&quot;）</translation>
    </message>
    <message>
        <source>&amp;Close Document</source>
        <translation>ドキュメントを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Migrate Job…</source>
        <translation>ジョブ移行(&amp;M)…</translation>
    </message>
    <message>
        <source>Rewrite and run a job&apos;s notebooks on a kernel, cell by cell (mwb migrate-job)</source>
        <translation>ジョブのノートブックを書き換え、カーネル上でセルごとに実行します (mwb migrate-job)</translation>
    </message>
    <message>
        <source>&amp;Data Migration…</source>
        <translation>データ移行(&amp;D)…</translation>
    </message>
    <message>
        <source>Copy tables between SQLite, PostgreSQL and MySQL in the background (mwb data start)</source>
        <translation>SQLite、PostgreSQL、MySQL 間でテーブルをバックグラウンドでコピーします (mwb data start)</translation>
    </message>
    <message>
        <source>&amp;Validate…</source>
        <translation>検証(&amp;V)…</translation>
    </message>
    <message>
        <source>Compare a target database with its source: counts, checksums, schema (mwb validate)</source>
        <translation>ターゲットデータベースをソースと比較します: 件数、チェックサム、スキーマ (mwb validate)</translation>
    </message>
    <message>
        <source>&amp;Schema Copy Preview</source>
        <translation>スキーマコピーのプレビュー(&amp;S)</translation>
    </message>
    <message>
        <source>Preview the DDL of a schema for another database engine (mwb schema-copy)</source>
        <translation>別のデータベースエンジン向けにスキーマの DDL をプレビューします (mwb schema-copy)</translation>
    </message>
    <message>
        <source>S&amp;top Run</source>
        <translation>実行を停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the run of the current monitor; it finishes the current cell or batch and checkpoints</source>
        <translation>現在のモニターの実行を停止します。現在のセルまたはバッチを終えてからチェックポイントを保存します</translation>
    </message>
    <message>
        <source>Run &amp;History</source>
        <translation>実行履歴(&amp;H)</translation>
    </message>
    <message>
        <source>Every migrate-job, data and validation run of the project (mwb history)</source>
        <translation>プロジェクトのすべての migrate-job、データ、検証の実行 (mwb history)</translation>
    </message>
    <message>
        <source>Open &amp;Report…</source>
        <translation>レポートを開く(&amp;R)…</translation>
    </message>
    <message>
        <source>Preview a JOB_REPORT.md or validation report and export it as Markdown, HTML or PDF</source>
        <translation>JOB_REPORT.md または検証レポートをプレビューし、Markdown、HTML、PDF としてエクスポートします</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Connection and cluster profiles, the LLM key, the language</source>
        <translation>接続とクラスターのプロファイル、LLM キー、言語</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>The run goes on in the background; Run History shows it, and the next window re-attaches.</source>
        <translation>実行はバックグラウンドで続きます。実行履歴に表示され、次に開いたウィンドウが再接続します。</translation>
    </message>
</context>
<context>
    <name>Mwb::Gui::OperationsDesk</name>
    <message>
        <source>Password needed</source>
        <translation>パスワードが必要です</translation>
    </message>
    <message>
        <source>The run needs the secret &quot;%1&quot;, and the keychain does not hold it.
It is kept in memory for this session and handed to mwb through its environment.</source>
        <translation>この実行にはシークレット &quot;%1&quot; が必要ですが、キーチェーンに保存されていません。
このセッションの間メモリに保持され、環境変数経由で mwb に渡されます。</translation>
    </message>
    <message>
        <source>Runs are still going</source>
        <translation>実行がまだ進行中です</translation>
    </message>
    <message>
        <source>Migrate job</source>
        <translation>ジョブ移行</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Data copy</source>
        <translation>データコピー</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>実行履歴</translation>
    </message>
    <message>
        <source>Schema copy</source>
        <translation>スキーマコピー</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>レポート: %1</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>レポートを開く</translation>
    </message>
    <message>
        <source>Markdown reports (*.md);;All files (*)</source>
        <translation>Markdown レポート (*.md);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) are still going. They go on in the background and the workbench re-attaches to them when it opens this project again. Close the window?</source>
        <translation>
            <numerusform>%n 件の実行がまだ進行中です。実行はバックグラウンドで継続され、このプロジェクトを次に開いたときにワークベンチが再接続します。ウィンドウを閉じますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was not started: it needs the secret &quot;%1&quot;, which was not given.</source>
        <translation>実行は開始されませんでした: 必要なシークレット「%1」が入力されていません。</translation>
    </message>
</context>
<context>
    <name>Mwb::Gui::Project</name>
    <message>
        <source>the project folder does not exist</source>
        <translation>プロジェクトフォルダーが存在しません</translation>
    </message>
    <message>
        <source>Choose the folder that holds the reports/ folder of &quot;mwb build-dag&quot;.</source>
        <translation>&quot;mwb build-dag&quot; が作成した reports/ フォルダーを含むフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>no job manifests (reports/*_manifest.json) in this folder</source>
        <translation>このフォルダーにはジョブのマニフェスト（reports/*_manifest.json）がありません</translation>
    </message>
    <message>
        <source>Build them with &quot;mwb build-dag --jobs-json JOBS.json --workspace WORKSPACE -o %1&quot;.</source>
        <translation>&quot;mwb build-dag --jobs-json JOBS.json --workspace WORKSPACE -o %1&quot; で作成してください。</translation>
    </message>
</context>
<context>
    <name>Mwb::History</name>
    <message>
        <source>run history: %1</source>
        <translation>実行履歴: %1</translation>
    </message>
    <message>
        <source>Check that the project folder is writable; the file can be deleted to start a new history.</source>
        <translation>プロジェクトフォルダーが書き込み可能であることを確認してください。新しい履歴を開始するには、このファイルを削除してもかまいません。</translation>
    </message>
</context>
<context>
    <name>Mwb::Kernel</name>
    <message>
        <source>AIDP driver logs of cluster %1</source>
        <translation>クラスター %1 の AIDP ドライバーログ</translation>
    </message>
    <message>
        <source>AIDP workspace %1 (cluster %2, %3)</source>
        <translation>AIDP ワークスペース %1（クラスター %2、%3）</translation>
    </message>
    <message>
        <source>The cluster %1 appears to be down; start it in AIDP and retry.</source>
        <translation>クラスター %1 が停止しているようです。AIDP でクラスターを起動してから再試行してください。</translation>
    </message>
    <message>
        <source>%1 created session %2 but no kernel appeared</source>
        <translation>%1 でセッション %2 が作成されましたが、カーネルが現れませんでした</translation>
    </message>
    <message>
        <source>Check that the cluster is ACTIVE, then retry.</source>
        <translation>クラスターが ACTIVE であることを確認してから再試行してください。</translation>
    </message>
    <message>
        <source>the cluster %1 reported no lifecycleState</source>
        <translation>クラスター %1 から lifecycleState が返されませんでした</translation>
    </message>
    <message>
        <source>the cluster %1 is %2</source>
        <translation>クラスター %1 の状態は %2 です</translation>
    </message>
    <message>
        <source>Start the cluster in AIDP, then run again.</source>
        <translation>AIDP でクラスターを起動してから、再度実行してください。</translation>
    </message>
    <message>
        <source>the cluster %1 did not become ACTIVE (last state: %2)</source>
        <translation>クラスター %1 が ACTIVE になりませんでした（最後の状態: %2）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Check the cluster in AIDP.</source>
        <translation>AIDP でクラスターを確認してください。</translation>
    </message>
    <message>
        <source>the driver-log search answered in an unknown shape</source>
        <translation>ドライバーログの検索結果が不明な形式で返されました</translation>
    </message>
    <message>
        <source>AIDP needs %1</source>
        <translation>AIDP には %1 が必要です</translation>
    </message>
    <message>
        <source>Give the data-lake OCID, the workspace id and the cluster id.</source>
        <translation>データレイクの OCID、ワークスペース ID、クラスター ID を指定してください。</translation>
    </message>
    <message>
        <source>the data-lake OCID %1 names no region</source>
        <translation>データレイクの OCID %1 にリージョンが含まれていません</translation>
    </message>
    <message>
        <source>Check the OCID (ocid1.&lt;type&gt;.&lt;realm&gt;.&lt;region&gt;.&lt;id&gt;).</source>
        <translation>OCID（ocid1.&lt;type&gt;.&lt;realm&gt;.&lt;region&gt;.&lt;id&gt;）を確認してください。</translation>
    </message>
    <message>
        <source>notebook.exit(%1)</source>
        <translation>notebook.exit(%1)</translation>
    </message>
    <message>
        <source>error in the output: %1</source>
        <translation>出力にエラーがあります: %1</translation>
    </message>
    <message>
        <source>no Spark driver logs or Spark REST endpoint configured</source>
        <translation>Spark ドライバーログも Spark REST エンドポイントも設定されていません</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>no LLM judge configured</source>
        <translation>LLM 判定が設定されていません</translation>
    </message>
    <message>
        <source>not run: the kernel aborted the request after an earlier error</source>
        <translation>未実行: 前のエラーにより、カーネルが要求を中止しました</translation>
    </message>
    <message>
        <source>the cell failed without an error message</source>
        <translation>セルがエラーメッセージなしで失敗しました</translation>
    </message>
    <message>
        <source>the judge&apos;s answer is neither &quot;PASS: ...&quot; nor &quot;ISSUE: ... | FIX: ...&quot;</source>
        <translation>判定の回答が &quot;PASS: ...&quot; と &quot;ISSUE: ... | FIX: ...&quot; のどちらの形式でもありません</translation>
    </message>
    <message>
        <source>The cell is not counted as verified; ask again.</source>
        <translation>このセルは検証済みとして扱われません。再度問い合わせてください。</translation>
    </message>
    <message>
        <source>Jupyter server %1</source>
        <translation>Jupyter サーバー %1</translation>
    </message>
    <message>
        <source>%1 created a session without a kernel</source>
        <translation>%1 でカーネルのないセッションが作成されました</translation>
    </message>
    <message>
        <source>Check the kernel name with GET /api/kernelspecs.</source>
        <translation>GET /api/kernelspecs でカーネル名を確認してください。</translation>
    </message>
    <message>
        <source>the server closed the kernel connection (code %1)</source>
        <translation>サーバーがカーネル接続を閉じました（コード %1）</translation>
    </message>
    <message>
        <source>the kernel connection could not be opened</source>
        <translation>カーネル接続を開けませんでした</translation>
    </message>
    <message numerus="yes">
        <source>kernel hung: no &quot;busy&quot; status within %n second(s) of sending the cell</source>
        <translation>
            <numerusform>カーネルがハングしました: セルの送信後 %n 秒以内に &quot;busy&quot; ステータスになりませんでした</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the cell ran longer than its time limit of %n second(s) and was interrupted</source>
        <translation>
            <numerusform>セルの実行が制限時間の %n 秒を超えたため、中断しました</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot open the kernel channels of %1: %2</source>
        <translation>%1 のカーネルチャネルを開けません: %2</translation>
    </message>
    <message>
        <source>Check the URL and the credentials, and that the kernel %1 exists.</source>
        <translation>URL と認証情報、およびカーネル %1 が存在することを確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>the kernel on %1 did not answer kernel_info_request within %n second(s)</source>
        <translation>
            <numerusform>%1 のカーネルが %n 秒以内に kernel_info_request に応答しませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel may still be starting or may be stuck; restart it and retry.</source>
        <translation>カーネルがまだ起動中か、応答しなくなっている可能性があります。カーネルを再起動してから再試行してください。</translation>
    </message>
    <message>
        <source>the connection to the kernel was lost and could not be re-established: %1</source>
        <translation>カーネルとの接続が切断され、再確立できませんでした: %1</translation>
    </message>
    <message>
        <source>kernel died: the kernel process exited and could not be restarted</source>
        <translation>カーネルが停止しました: カーネルプロセスが終了し、再起動できませんでした</translation>
    </message>
    <message>
        <source>kernel died: the kernel process exited while running this cell; it was restarted and its variables are gone</source>
        <translation>カーネルが停止しました: このセルの実行中にカーネルプロセスが終了しました。カーネルは再起動されましたが、変数は失われています</translation>
    </message>
    <message>
        <source>not connected to the kernel: %1</source>
        <translation>カーネルに接続されていません: %1</translation>
    </message>
    <message>
        <source>another cell is still running on this kernel</source>
        <translation>このカーネルでは別のセルがまだ実行中です</translation>
    </message>
    <message>
        <source>stopped on request; the cell was interrupted</source>
        <translation>要求により停止しました。セルは中断されました</translation>
    </message>
    <message>
        <source>the kernel was restarted while this cell ran</source>
        <translation>このセルの実行中にカーネルが再起動されました</translation>
    </message>
    <message>
        <source>the kernel was shut down while this cell ran</source>
        <translation>このセルの実行中にカーネルがシャットダウンされました</translation>
    </message>
    <message>
        <source>jupyter-server is not installed, so --local cannot start a kernel</source>
        <translation>jupyter-server がインストールされていないため、--local ではカーネルを起動できません</translation>
    </message>
    <message>
        <source>Install it with: %1</source>
        <translation>次のコマンドでインストールしてください: %1</translation>
    </message>
    <message>
        <source>the local Jupyter server has no &quot;%1&quot; kernel</source>
        <translation>ローカルの Jupyter サーバーに &quot;%1&quot; カーネルがありません</translation>
    </message>
    <message>
        <source>Install the Python kernel with: %1</source>
        <translation>次のコマンドで Python カーネルをインストールしてください: %1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the local Jupyter server</source>
        <translation>ローカルの Jupyter サーバー用の一時フォルダーを作成できません</translation>
    </message>
    <message>
        <source>Check that the temporary folder is writable (TMPDIR).</source>
        <translation>一時フォルダー（TMPDIR）が書き込み可能であることを確認してください。</translation>
    </message>
    <message>
        <source>cannot start jupyter-server: %1</source>
        <translation>jupyter-server を起動できません: %1</translation>
    </message>
    <message>
        <source>jupyter-server exited during start-up: %1</source>
        <translation>jupyter-server が起動中に終了しました: %1</translation>
    </message>
    <message>
        <source>If a Python module is missing, install the packages with: %1</source>
        <translation>Python モジュールが不足している場合は、次のコマンドでパッケージをインストールしてください: %1</translation>
    </message>
    <message numerus="yes">
        <source>jupyter-server did not answer on %1 within %n second(s)</source>
        <translation>
            <numerusform>jupyter-server が %n 秒以内に %1 で応答しませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>See the server log; the machine may be overloaded.</source>
        <translation>サーバーのログを確認してください。マシンが過負荷になっている可能性があります。</translation>
    </message>
    <message>
        <source>could not install the runtime shim into the kernel: %1</source>
        <translation>ランタイムシムをカーネルにインストールできませんでした: %1</translation>
    </message>
    <message>
        <source>stopped on request</source>
        <translation>要求により停止しました</translation>
    </message>
    <message>
        <source>the notebook exited in cell %1</source>
        <translation>ノートブックはセル %1 で終了しました</translation>
    </message>
    <message>
        <source>not run: %1</source>
        <translation>未実行: %1</translation>
    </message>
    <message>
        <source>cannot read the OCI security token: %1</source>
        <translation>OCI セキュリティトークンを読み込めません: %1</translation>
    </message>
    <message>
        <source>Run &quot;oci session authenticate --profile %1&quot; again.</source>
        <translation>&quot;oci session authenticate --profile %1&quot; を再度実行してください。</translation>
    </message>
    <message>
        <source>cannot read the OCI configuration: %1</source>
        <translation>OCI 構成を読み込めません: %1</translation>
    </message>
    <message>
        <source>Create it with &quot;oci setup config&quot; or pass --oci-config FILE.</source>
        <translation>&quot;oci setup config&quot; で作成するか、--oci-config FILE を指定してください。</translation>
    </message>
    <message>
        <source>expected &quot;[PROFILE]&quot; or &quot;key=value&quot;</source>
        <translation>&quot;[PROFILE]&quot; または &quot;key=value&quot; の形式である必要があります</translation>
    </message>
    <message>
        <source>Fix the line or recreate the file with &quot;oci setup config&quot;.</source>
        <translation>この行を修正するか、&quot;oci setup config&quot; でファイルを作成し直してください。</translation>
    </message>
    <message>
        <source>no profile [%1] in the OCI configuration</source>
        <translation>OCI 構成にプロファイル [%1] がありません</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>次のいずれかを使用してください: %1。</translation>
    </message>
    <message>
        <source>profile [%1] lacks %2</source>
        <translation>プロファイル [%1] に %2 がありません</translation>
    </message>
    <message>
        <source>Add the keys, or recreate the profile with &quot;oci setup config&quot;.</source>
        <translation>キーを追加するか、&quot;oci setup config&quot; でプロファイルを作成し直してください。</translation>
    </message>
    <message>
        <source>cannot read the OCI API key: %1</source>
        <translation>OCI API キーを読み込めません: %1</translation>
    </message>
    <message>
        <source>Check key_file in profile [%1].</source>
        <translation>プロファイル [%1] の key_file を確認してください。</translation>
    </message>
    <message>
        <source>the OCI API key is not a readable PEM private key</source>
        <translation>OCI API キーが読み取り可能な PEM 形式の秘密鍵ではありません</translation>
    </message>
    <message>
        <source>Check the file and pass_phrase in profile [%1].</source>
        <translation>ファイルと、プロファイル [%1] の pass_phrase を確認してください。</translation>
    </message>
    <message>
        <source>the OCI API key is not an RSA key</source>
        <translation>OCI API キーが RSA 鍵ではありません</translation>
    </message>
    <message>
        <source>OCI request signatures use RSA keys; upload an RSA API key.</source>
        <translation>OCI のリクエスト署名には RSA 鍵を使用します。RSA の API キーをアップロードしてください。</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the request</source>
        <translation>OpenSSL でリクエストに署名できませんでした</translation>
    </message>
    <message>
        <source>Check that the OCI API key is a valid RSA key.</source>
        <translation>OCI API キーが有効な RSA 鍵であることを確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1: no answer within %n second(s)</source>
        <translation>
            <numerusform>%1: %n 秒以内に応答がありません</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that the server is running and reachable.</source>
        <translation>サーバーが稼働中で、接続可能であることを確認してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check the server URL and that the server is running.</source>
        <translation>サーバーの URL と、サーバーが稼働中であることを確認してください。</translation>
    </message>
    <message>
        <source>Check the server URL; the kernel or session may be gone.</source>
        <translation>サーバーの URL を確認してください。カーネルまたはセッションがすでに存在しない可能性があります。</translation>
    </message>
    <message>
        <source>The server failed; see its log, and retry.</source>
        <translation>サーバーでエラーが発生しました。サーバーのログを確認してから再試行してください。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 が HTTP %2 を返しました: %3</translation>
    </message>
    <message>
        <source>Spark REST API at %1</source>
        <translation>%1 の Spark REST API</translation>
    </message>
    <message>
        <source>%1 lists no Spark application</source>
        <translation>%1 に Spark アプリケーションがありません</translation>
    </message>
    <message>
        <source>Point --spark-rest at the driver UI of the kernel&apos;s Spark session.</source>
        <translation>--spark-rest には、カーネルの Spark セッションのドライバー UI を指定してください。</translation>
    </message>
    <message>
        <source>%1 answered stages in an unknown shape</source>
        <translation>%1 からステージ情報が不明な形式で返されました</translation>
    </message>
    <message>
        <source>Spark stage %1 (%2) failed: %3</source>
        <translation>Spark ステージ %1（%2）が失敗しました: %3</translation>
    </message>
    <message>
        <source>%1 is not JSON</source>
        <translation>%1 が JSON ではありません</translation>
    </message>
    <message>
        <source>the frame is not a JSON object</source>
        <translation>フレームが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the message has no header</source>
        <translation>メッセージにヘッダーがありません</translation>
    </message>
    <message numerus="yes">
        <source>binary frame of %n byte(s)</source>
        <translation>
            <numerusform>%n バイトのバイナリフレーム</numerusform>
        </translation>
    </message>
    <message>
        <source>bad buffer count %1</source>
        <translation>バッファー数 %1 が不正です</translation>
    </message>
    <message>
        <source>offsets out of order</source>
        <translation>オフセットの順序が不正です</translation>
    </message>
    <message>
        <source>bad offset count %1</source>
        <translation>オフセット数 %1 が不正です</translation>
    </message>
    <message>
        <source>not asked: an earlier check failed</source>
        <translation>未実施: 前のチェックが失敗しました</translation>
    </message>
    <message>
        <source>The server rejected the credentials: check the token (MWB_JUPYTER_TOKEN) or the OCI profile (an OCI session token expires after about an hour: run &quot;oci session authenticate&quot; again).</source>
        <translation>サーバーが認証情報を拒否しました。トークン（MWB_JUPYTER_TOKEN）または OCI プロファイルを確認してください（OCI セッショントークンの有効期限は約 1 時間です。&quot;oci session authenticate&quot; を再度実行してください）。</translation>
    </message>
    <message>
        <source>malformed kernel message: %1</source>
        <translation>カーネルメッセージの形式が正しくありません: %1</translation>
    </message>
    <message>
        <source>The server does not speak the Jupyter kernel WebSocket protocol; check the URL.</source>
        <translation>サーバーが Jupyter カーネルの WebSocket プロトコルに対応していません。URL を確認してください。</translation>
    </message>
    <message>
        <source>cannot write the local Jupyter server&apos;s configuration</source>
        <translation>ローカル Jupyter サーバーの設定を書き込めません</translation>
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
            <numerusform>%n ミリ秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Set ANTHROPIC_API_KEY, or store the key in the keychain (service &quot;%1&quot;, key &quot;%2&quot;).</source>
        <translation>ANTHROPIC_API_KEY を設定するか、キーチェーンにキーを保存してください（サービス &quot;%1&quot;、キー &quot;%2&quot;）。</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, not a price</source>
        <translation>%1 の値 &quot;%2&quot; は価格ではありません</translation>
    </message>
    <message>
        <source>Give US dollars per million tokens, e.g. 3.0, or unset it.</source>
        <translation>100 万トークンあたりの米ドル額（例: 3.0）を指定するか、設定を解除してください。</translation>
    </message>
    <message>
        <source>MWB_ANTHROPIC_BASE_URL is &quot;%1&quot;, not an http(s) URL</source>
        <translation>MWB_ANTHROPIC_BASE_URL の値 &quot;%1&quot; は http(s) の URL ではありません</translation>
    </message>
    <message>
        <source>Give the API&apos;s base URL, e.g. https://api.anthropic.com, or unset it.</source>
        <translation>API のベース URL（例: https://api.anthropic.com）を指定するか、設定を解除してください。</translation>
    </message>
    <message>
        <source>no Anthropic API key: ANTHROPIC_API_KEY is not set and the keychain has no entry for it</source>
        <translation>Anthropic の API キーがありません: ANTHROPIC_API_KEY が設定されておらず、キーチェーンにもエントリがありません</translation>
    </message>
    <message>
        <source>no Anthropic API key is configured</source>
        <translation>Anthropic の API キーが設定されていません</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a body that is not a message: %3</source>
        <translation>%1 が HTTP %2 を返しましたが、本文がメッセージではありません: %3</translation>
    </message>
    <message>
        <source>Check that MWB_ANTHROPIC_BASE_URL points at the Messages API.</source>
        <translation>MWB_ANTHROPIC_BASE_URL が Messages API を指していることを確認してください。</translation>
    </message>
    <message>
        <source>no answer within %1</source>
        <translation>%1 以内に応答がありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check MWB_ANTHROPIC_BASE_URL, the proxy and the TLS setup.</source>
        <translation>MWB_ANTHROPIC_BASE_URL、プロキシ、TLS の設定を確認してください。</translation>
    </message>
    <message>
        <source>HTTP %1 (%2): %3</source>
        <translation>HTTP %1（%2）: %3</translation>
    </message>
    <message>
        <source>the Anthropic API key was rejected (%1 answered HTTP %2: %3)</source>
        <translation>Anthropic の API キーが拒否されました（%1 が HTTP %2 を返しました: %3）</translation>
    </message>
    <message>
        <source>Check the key: set ANTHROPIC_API_KEY to a valid key, or store it in the keychain (service &quot;%1&quot;, key &quot;%2&quot;).</source>
        <translation>キーを確認してください。ANTHROPIC_API_KEY に有効なキーを設定するか、キーチェーンに保存してください（サービス &quot;%1&quot;、キー &quot;%2&quot;）。</translation>
    </message>
    <message>
        <source>The API says what it objected to; a prompt that is too long or an unknown parameter are the usual causes.</source>
        <translation>API の応答に問題点が示されています。よくある原因は、プロンプトが長すぎることや不明なパラメーターです。</translation>
    </message>
    <message>
        <source>Check the model name (MWB_LLM_MODEL) and MWB_ANTHROPIC_BASE_URL.</source>
        <translation>モデル名（MWB_LLM_MODEL）と MWB_ANTHROPIC_BASE_URL を確認してください。</translation>
    </message>
    <message>
        <source>The request is larger than the API accepts; the cell or its output is too big.</source>
        <translation>リクエストが API の受け付けるサイズを超えています。セルまたはその出力が大きすぎます。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3): %4</source>
        <translation>%1 が HTTP %2（%3）を返しました: %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not succeed after %n attempt(s); the last one: %2</source>
        <translation>
            <numerusform>%1 は %n 回試行しても成功しませんでした。最後の試行: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Anthropic may be overloaded or rate limiting this key, or the network is down; wait a few minutes and run the job again.</source>
        <translation>Anthropic が過負荷になっているか、このキーにレート制限をかけているか、ネットワークがダウンしている可能性があります。数分待ってからジョブを再度実行してください。</translation>
    </message>
    <message>
        <source>LLM judge (%1)</source>
        <translation>LLM 判定（%1）</translation>
    </message>
    <message>
        <source>the judge prompt :/mwb/prompts/judge.md is missing from this build</source>
        <translation>判定用プロンプト :/mwb/prompts/judge.md がこのビルドに含まれていません</translation>
    </message>
    <message>
        <source>Rebuild: resources/prompts/judge.md must exist when CMake configures.</source>
        <translation>再ビルドしてください。CMake の構成時に resources/prompts/judge.md が存在している必要があります。</translation>
    </message>
    <message>
        <source>%1 (it began: &quot;%2&quot;)</source>
        <translation>%1（回答の冒頭: &quot;%2&quot;）</translation>
    </message>
</context>
<context>
    <name>Mwb::Notebook</name>
    <message>
        <source>Export the folder from Databricks again with format DBC.</source>
        <translation>Databricks からフォルダーを DBC 形式で再度エクスポートしてください。</translation>
    </message>
    <message>
        <source>not a Databricks NotebookV1 document (no &quot;commands&quot; list)</source>
        <translation>Databricks NotebookV1 ドキュメントではありません（&quot;commands&quot; リストがありません）</translation>
    </message>
    <message>
        <source>command %1 is not a JSON object</source>
        <translation>コマンド %1 が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>not a readable DBC archive (broken or truncated ZIP, code %1)</source>
        <translation>読み取り可能な DBC アーカイブではありません（ZIP が破損しているか切り詰められています。コード %1）</translation>
    </message>
    <message>
        <source>cannot read the archive entry (code %1)</source>
        <translation>アーカイブのエントリを読み込めません（コード %1）</translation>
    </message>
    <message>
        <source>the archive entry is damaged (checksum or data error %1)</source>
        <translation>アーカイブのエントリが破損しています（チェックサムまたはデータのエラー %1）</translation>
    </message>
    <message>
        <source>the archive entry is larger than %1 MiB</source>
        <translation>アーカイブのエントリが %1 MiB を超えています</translation>
    </message>
    <message>
        <source>the archive&apos;s directory is damaged (code %1)</source>
        <translation>アーカイブのディレクトリ情報が破損しています（コード %1）</translation>
    </message>
    <message>
        <source>cannot create the archive (code %1)</source>
        <translation>アーカイブを作成できません（コード %1）</translation>
    </message>
    <message>
        <source>cannot add %1 to the archive</source>
        <translation>%1 をアーカイブに追加できません</translation>
    </message>
    <message>
        <source>cannot finish the archive (code %1)</source>
        <translation>アーカイブを完成できません（コード %1）</translation>
    </message>
    <message>
        <source>Open and save it in Jupyter, or export it from Databricks again.</source>
        <translation>Jupyter で開いて保存し直すか、Databricks から再度エクスポートしてください。</translation>
    </message>
    <message>
        <source>not a notebook: the top level is not a JSON object</source>
        <translation>ノートブックではありません: 最上位が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>not a notebook: &quot;nbformat&quot; is missing or not a number</source>
        <translation>ノートブックではありません: &quot;nbformat&quot; がないか、数値ではありません</translation>
    </message>
    <message>
        <source>unsupported nbformat major version %1; this reads nbformat 4 (4.0 to 4.5)</source>
        <translation>nbformat のメジャーバージョン %1 はサポートされていません。読み込めるのは nbformat 4（4.0〜4.5）です</translation>
    </message>
    <message>
        <source>Convert it with &quot;jupyter nbconvert --to notebook --nbformat 4&quot; first.</source>
        <translation>先に &quot;jupyter nbconvert --to notebook --nbformat 4&quot; で変換してください。</translation>
    </message>
    <message>
        <source>not a notebook: &quot;nbformat_minor&quot; is missing or invalid</source>
        <translation>ノートブックではありません: &quot;nbformat_minor&quot; がないか、無効です</translation>
    </message>
    <message>
        <source>not a notebook: &quot;cells&quot; is missing or not a list</source>
        <translation>ノートブックではありません: &quot;cells&quot; がないか、リストではありません</translation>
    </message>
    <message>
        <source>not a notebook: &quot;metadata&quot; is not an object</source>
        <translation>ノートブックではありません: &quot;metadata&quot; がオブジェクトではありません</translation>
    </message>
    <message>
        <source>cell %1 is not a JSON object</source>
        <translation>セル %1 が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>cell %1 has an unknown cell_type &quot;%2&quot; (expected code, markdown or raw)</source>
        <translation>セル %1 の cell_type &quot;%2&quot; は不明です（code、markdown、raw のいずれかである必要があります）</translation>
    </message>
    <message>
        <source>cell %1: &quot;source&quot; is missing or is neither a string nor a list of strings</source>
        <translation>セル %1: &quot;source&quot; がないか、文字列でも文字列のリストでもありません</translation>
    </message>
    <message>
        <source>cell %1: &quot;id&quot; is not a string</source>
        <translation>セル %1: &quot;id&quot; が文字列ではありません</translation>
    </message>
    <message>
        <source>the archive holds %1 notebooks (%2)</source>
        <translation>アーカイブには %1 個のノートブックが含まれています（%2）</translation>
    </message>
    <message>
        <source>Name one as &quot;%1!&lt;path&gt;&quot;.</source>
        <translation>&quot;%1!&lt;path&gt;&quot; の形式で 1 つを指定してください。</translation>
    </message>
    <message>
        <source>the archive has no notebook &quot;%1&quot;</source>
        <translation>アーカイブにノートブック &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>unknown Databricks source extension &quot;.%1&quot;</source>
        <translation>不明な Databricks ソースの拡張子 &quot;.%1&quot; です</translation>
    </message>
    <message>
        <source>Use .py, .sql, .scala or .r.</source>
        <translation>.py、.sql、.scala、.r のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>無効な UTF-8 です</translation>
    </message>
    <message>
        <source>Save the file as UTF-8.</source>
        <translation>ファイルを UTF-8 で保存してください。</translation>
    </message>
    <message>
        <source>missing the &quot;%1&quot; header line</source>
        <translation>ヘッダー行 &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>This is a plain script, not a Databricks notebook export; export the notebook with format SOURCE, or rename the file if its language is different.</source>
        <translation>これは Databricks ノートブックのエクスポートではなく、通常のスクリプトです。ノートブックを SOURCE 形式でエクスポートするか、言語が異なる場合はファイル名を変更してください。</translation>
    </message>
    <message>
        <source>unknown notebook format &quot;%1&quot;</source>
        <translation>不明なノートブック形式 &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>Use .ipynb, .py, .sql, .scala, .r or .dbc.</source>
        <translation>.ipynb、.py、.sql、.scala、.r、.dbc のいずれかを使用してください。</translation>
    </message>
</context>
<context>
    <name>Mwb::Report</name>
    <message>
        <source>the run&apos;s report is missing</source>
        <translation>実行のレポートがありません</translation>
    </message>
    <message>
        <source>The job stopped before writing its report; run &quot;mwb migrate-job&quot; for it again.</source>
        <translation>ジョブはレポートを書き込む前に停止しました。このジョブに対して &quot;mwb migrate-job&quot; を再度実行してください。</translation>
    </message>
    <message>
        <source>the migrate-job run %1 has no job report</source>
        <translation>migrate-job の実行 %1 にはジョブレポートがありません</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>実行 %1</translation>
    </message>
    <message>
        <source>the validation run %1 wrote no report</source>
        <translation>検証の実行 %1 はレポートを書き込んでいません</translation>
    </message>
    <message>
        <source>Run &quot;mwb validate&quot; again with --report-dir DIR.</source>
        <translation>--report-dir DIR を指定して &quot;mwb validate&quot; を再度実行してください。</translation>
    </message>
    <message>
        <source>The report folder was moved or deleted; run &quot;mwb validate&quot; again with --report-dir DIR.</source>
        <translation>レポートフォルダーが移動または削除されています。--report-dir DIR を指定して &quot;mwb validate&quot; を再度実行してください。</translation>
    </message>
    <message>
        <source>Validation %1</source>
        <translation>検証 %1</translation>
    </message>
    <message>
        <source>Data job %1</source>
        <translation>データジョブ %1</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>コピー: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>ステータス: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>the data job %1 has no status yet</source>
        <translation>データジョブ %1 にはまだステータスがありません</translation>
    </message>
    <message>
        <source>It is still running or was stopped; &quot;mwb data status %1&quot; reads its checkpoint, &quot;mwb data resume %1&quot; finishes it.</source>
        <translation>まだ実行中か、停止されています。&quot;mwb data status %1&quot; でチェックポイントを確認でき、&quot;mwb data resume %1&quot; で完了させることができます。</translation>
    </message>
    <message>
        <source>runs of kind &quot;%1&quot; have no report</source>
        <translation>種類 &quot;%1&quot; の実行にはレポートがありません</translation>
    </message>
    <message>
        <source>Reports exist for migrate-job, data and validate runs.</source>
        <translation>レポートがあるのは migrate-job、data、validate の実行のみです。</translation>
    </message>
    <message>
        <source>PDF export needs the GUI libraries, which were not started</source>
        <translation>PDF のエクスポートには GUI ライブラリが必要ですが、起動されていません</translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation>PDF を書き込めません: %1</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>フォルダーが存在し、書き込み可能であることを確認してください。</translation>
    </message>
</context>
<context>
    <name>Mwb::Rewrite</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>Check the permissions of the output base.</source>
        <translation>出力ベースフォルダーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>ファイルを書き込めません: %1</translation>
    </message>
    <message>
        <source>Check the free space and permissions of the output base.</source>
        <translation>出力ベースフォルダーの空き容量とアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation>ファイルを置き換えられません: %1</translation>
    </message>
    <message>
        <source>Write {&quot;&lt;s3 bucket&gt;&quot;: {&quot;bucket&quot;: &quot;&lt;oci bucket&gt;&quot;, &quot;namespace&quot;: &quot;&lt;namespace&gt;&quot;}}.</source>
        <translation>{&quot;&lt;s3 bucket&gt;&quot;: {&quot;bucket&quot;: &quot;&lt;oci bucket&gt;&quot;, &quot;namespace&quot;: &quot;&lt;namespace&gt;&quot;}} の形式で記述してください。</translation>
    </message>
    <message>
        <source>the bucket mapping is not a JSON object</source>
        <translation>バケットマッピングが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the mapping of bucket &quot;%1&quot; needs a non-empty &quot;bucket&quot; and &quot;namespace&quot;</source>
        <translation>バケット &quot;%1&quot; のマッピングには、空でない &quot;bucket&quot; と &quot;namespace&quot; が必要です</translation>
    </message>
    <message>
        <source>Write {&quot;catalogs&quot;: [&quot;main&quot;, &quot;prod.sales&quot;]}: catalogs or catalog.schema pairs.</source>
        <translation>{&quot;catalogs&quot;: [&quot;main&quot;, &quot;prod.sales&quot;]} の形式で、カタログまたは catalog.schema の組を記述してください。</translation>
    </message>
    <message>
        <source>the catalog manifest has no &quot;catalogs&quot; list</source>
        <translation>カタログマニフェストに &quot;catalogs&quot; リストがありません</translation>
    </message>
    <message>
        <source>&quot;catalogs&quot; holds a value that is not a catalog name</source>
        <translation>&quot;catalogs&quot; にカタログ名ではない値が含まれています</translation>
    </message>
    <message>
        <source>%pip is not run on AIDP; the packages are listed under &quot;Required Packages&quot; for the cluster libraries</source>
        <translation>AIDP では %pip は実行されません。パッケージはクラスターライブラリ用に &quot;必要なパッケージ&quot; に記載されます</translation>
    </message>
    <message>
        <source>%sh runs through subprocess on AIDP</source>
        <translation>AIDP では %sh を subprocess 経由で実行します</translation>
    </message>
    <message>
        <source>Unicode look-alikes (curly quotes, dashes, no-break or zero-width spaces) replaced by ASCII in code</source>
        <translation>コード内の紛らわしい Unicode 文字（曲線引用符、ダッシュ、ノーブレークスペース、ゼロ幅スペース）を ASCII に置換しました</translation>
    </message>
    <message>
        <source>The cell was left unchanged; fix it by hand or let Pass 2 handle it.</source>
        <translation>このセルは変更していません。手作業で修正するか、Pass 2 に任せてください。</translation>
    </message>
    <message>
        <source>os.environ supplies the token</source>
        <translation>トークンは os.environ から取得します</translation>
    </message>
    <message>
        <source>AIDP job-run helper for Databricks job triggers</source>
        <translation>Databricks のジョブトリガー用の AIDP ジョブ実行ヘルパー</translation>
    </message>
    <message>
        <source>plots render with the Agg backend on AIDP</source>
        <translation>AIDP ではプロットを Agg バックエンドで描画します</translation>
    </message>
    <message>
        <source>indentation mixes tabs and spaces; Python 3 rejects it (TabError). Re-indent with spaces.</source>
        <translation>インデントにタブとスペースが混在しています。Python 3 ではエラー（TabError）になります。スペースでインデントし直してください。</translation>
    </message>
    <message>
        <source>AIDP marks Scala cells with %scala</source>
        <translation>AIDP では Scala セルを %scala で示します</translation>
    </message>
    <message>
        <source>%matplotlib is IPython-only; plots use the Agg backend</source>
        <translation>%matplotlib は IPython 専用です。プロットには Agg バックエンドを使用します</translation>
    </message>
    <message>
        <source>unknown magic &quot;%%%1&quot;; it was left as it is</source>
        <translation>不明なマジックコマンド &quot;%%%1&quot; です。そのまま残しました</translation>
    </message>
    <message>
        <source>%run points at the migrated .ipynb copy (absolute, no spaces, no trailing / or comment)</source>
        <translation>%run は移行後の .ipynb コピーを指します（絶対パス、空白なし、末尾の / やコメントなし）</translation>
    </message>
    <message>
        <source>job parameters come from oidlUtils.parameters on AIDP</source>
        <translation>AIDP ではジョブパラメーターを oidlUtils.parameters から取得します</translation>
    </message>
    <message>
        <source>widgets are not defined on AIDP: parameters come from the job</source>
        <translation>AIDP ではウィジェットは定義されません。パラメーターはジョブから渡されます</translation>
    </message>
    <message>
        <source>task values cross tasks through oidlUtils.parameters on AIDP</source>
        <translation>AIDP ではタスク値を oidlUtils.parameters 経由でタスク間に受け渡します</translation>
    </message>
    <message>
        <source>upstream task values are job parameters on AIDP (taskKey dropped)</source>
        <translation>AIDP では上流タスクの値はジョブパラメーターになります（taskKey は削除）</translation>
    </message>
    <message>
        <source>oidlUtils.notebook.exit returns the notebook&apos;s value on AIDP</source>
        <translation>AIDP では oidlUtils.notebook.exit がノートブックの値を返します</translation>
    </message>
    <message>
        <source>restartPython is not available on AIDP; libraries are cluster libraries</source>
        <translation>AIDP では restartPython を使用できません。ライブラリはクラスターライブラリとして扱います</translation>
    </message>
    <message>
        <source>child notebooks run through oidlUtils.notebook.run with the migrated path and a non-zero timeout</source>
        <translation>子ノートブックは、移行後のパスと 0 以外のタイムアウトを指定して oidlUtils.notebook.run で実行します</translation>
    </message>
    <message>
        <source>schema auto-merge is set per write on AIDP: .option(&quot;mergeSchema&quot;, &quot;true&quot;)</source>
        <translation>AIDP ではスキーマの自動マージを書き込みごとに設定します: .option(&quot;mergeSchema&quot;, &quot;true&quot;)</translation>
    </message>
    <message>
        <source>spark.databricks.* settings do not exist on AIDP</source>
        <translation>AIDP には spark.databricks.* の設定がありません</translation>
    </message>
    <message>
        <source>Databricks job %1 runs as AIDP job %2 (db_to_aidp_job_map)</source>
        <translation>Databricks ジョブ %1 は AIDP ジョブ %2 として実行します（db_to_aidp_job_map）</translation>
    </message>
    <message>
        <source>Databricks job %1 has no AIDP job in db_to_aidp_job_map</source>
        <translation>Databricks ジョブ %1 に対応する AIDP ジョブが db_to_aidp_job_map にありません</translation>
    </message>
    <message>
        <source>AIDP&apos;s display() takes Spark DataFrames only; a pandas DataFrame is printed</source>
        <translation>AIDP の display() は Spark DataFrame のみを受け付けます。pandas DataFrame は print で出力します</translation>
    </message>
    <message>
        <source>figures are shown with show() on AIDP</source>
        <translation>AIDP では図を show() で表示します</translation>
    </message>
    <message>
        <source>DataFrame.display() is Databricks-only; AIDP&apos;s display(df) is used</source>
        <translation>DataFrame.display() は Databricks 専用です。AIDP の display(df) を使用します</translation>
    </message>
    <message>
        <source>schema auto-merge moved from the spark.databricks conf to the write</source>
        <translation>スキーマの自動マージを spark.databricks の設定から書き込み処理に移しました</translation>
    </message>
    <message>
        <source>DESCRIBE DETAIL is Delta-only; DESCRIBE EXTENDED is used and its Location row read by name</source>
        <translation>DESCRIBE DETAIL は Delta 専用です。DESCRIBE EXTENDED を使用し、その Location 行を名前で読み取ります</translation>
    </message>
    <message>
        <source>hard-coded Databricks token removed; set DATABRICKS_TOKEN in the environment (secrets never live in notebooks)</source>
        <translation>ハードコードされた Databricks トークンを削除しました。環境変数 DATABRICKS_TOKEN を設定してください（シークレットをノートブックに記述してはいけません）</translation>
    </message>
    <message>
        <source>a hard-coded Databricks token was removed; rotate it, it has been in the notebook source</source>
        <translation>ハードコードされた Databricks トークンを削除しました。このトークンはノートブックのソースに含まれていたため、ローテーションしてください</translation>
    </message>
    <message>
        <source>unclosed bracket &quot;%1&quot;</source>
        <translation>括弧 &quot;%1&quot; が閉じられていません</translation>
    </message>
    <message>
        <source>unterminated triple-quoted string</source>
        <translation>三重引用符の文字列が終了していません</translation>
    </message>
    <message>
        <source>unbalanced quote %1</source>
        <translation>引用符 %1 の対応が取れていません</translation>
    </message>
    <message>
        <source>unbalanced bracket &quot;%1&quot;</source>
        <translation>括弧 &quot;%1&quot; の対応が取れていません</translation>
    </message>
    <message>
        <source>the workspace folder %1 of job &quot;%2&quot; does not exist</source>
        <translation>ジョブ &quot;%2&quot; のワークスペースフォルダー %1 が存在しません</translation>
    </message>
    <message>
        <source>Pass --workspace DIR, or run mwb build-dag again from this project.</source>
        <translation>--workspace DIR を指定するか、このプロジェクトで mwb build-dag を再度実行してください。</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; is a %2, not a notebook: not rewritten</source>
        <translation>タスク &quot;%1&quot; はノートブックではなく %2 です。書き換えていません</translation>
    </message>
    <message>
        <source>notebook %1 of job &quot;%2&quot; is not in the workspace %3</source>
        <translation>ジョブ &quot;%2&quot; のノートブック %1 がワークスペース %3 にありません</translation>
    </message>
    <message>
        <source>Export it into the workspace folder and run mwb build-dag again.</source>
        <translation>ワークスペースフォルダーにエクスポートしてから、mwb build-dag を再度実行してください。</translation>
    </message>
    <message>
        <source>%1 references %2, which is not in the workspace; its path points where the migrated copy would be</source>
        <translation>%1 が参照する %2 はワークスペースにありません。パスは移行後のコピーが置かれる予定の場所を指しています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2, cell %3, line %4)</source>
        <translation>&quot;%1&quot;（%2、セル %3、行 %4）</translation>
    </message>
    <message>
        <source>job &quot;%1&quot;: s3 bucket(s) without an entry in the bucket mapping: %2; nothing was written</source>
        <translation>ジョブ &quot;%1&quot;: バケットマッピングにエントリのない s3 バケット: %2。何も書き込んでいません</translation>
    </message>
    <message>
        <source>Add the buckets to the file passed with --bucket-mapping.</source>
        <translation>--bucket-mapping で指定したファイルにバケットを追加してください。</translation>
    </message>
    <message numerus="yes">
        <source>[%1] %2: %n change(s)</source>
        <translation>
            <numerusform>[%1] %2: 変更 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>the migration registry %1 is unreadable (%2); it was moved to %3 and every notebook is migrated again</source>
        <translation>移行レジストリ %1 を読み込めません（%2）。%3 に移動し、すべてのノートブックを再度移行します</translation>
    </message>
    <message>
        <source>no &quot;entries&quot; object</source>
        <translation>&quot;entries&quot; オブジェクトがありません</translation>
    </message>
    <message>
        <source>Migration report: %1</source>
        <translation>移行レポート: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>ソース: %1</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>出力: %1</translation>
    </message>
    <message>
        <source>Cells: %1 (%2 code), %3 changed, %4 change(s)</source>
        <translation>セル: %1（コード %2）、変更されたセル %3、変更 %4 件</translation>
    </message>
    <message>
        <source>Lint: %1 finding(s), %2 blocker(s)</source>
        <translation>Lint: 指摘 %1 件、ブロッカー %2 件</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>No rule fired: the notebook runs on AIDP as it is.</source>
        <translation>適用されたルールはありません。このノートブックはそのまま AIDP で実行できます。</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>セル</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>Lint</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>指摘はありません。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Required Packages</source>
        <translation>必要なパッケージ</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>Unmapped Databricks Job Triggers</source>
        <translation>対応付けのない Databricks ジョブトリガー</translation>
    </message>
    <message>
        <source>cell %1, line %2: job %3</source>
        <translation>セル %1、行 %2: ジョブ %3</translation>
    </message>
    <message>
        <source>Add them to the manifest&apos;s db_to_aidp_job_map, for example:</source>
        <translation>マニフェストの db_to_aidp_job_map に追加してください。例:</translation>
    </message>
    <message>
        <source>Cells left for Pass 2 / the LLM</source>
        <translation>Pass 2 / LLM に残したセル</translation>
    </message>
    <message>
        <source>None: no Databricks marker is left.</source>
        <translation>なし: Databricks マーカーは残っていません。</translation>
    </message>
    <message>
        <source>Cells still carrying Databricks markers: %1</source>
        <translation>Databricks マーカーが残っているセル: %1</translation>
    </message>
    <message>
        <source>the aidp_compat shim serves the remaining dbutils calls (fs, secrets, ...)</source>
        <translation>残りの dbutils 呼び出し（fs、secrets、...）は aidp_compat シムが処理します</translation>
    </message>
    <message>
        <source>displayHTML comes from the aidp_compat shim on AIDP</source>
        <translation>AIDP では displayHTML を aidp_compat シムが提供します</translation>
    </message>
    <message>
        <source>the LLM rewrite was discarded: it dropped code instead of commenting it out</source>
        <translation>LLM による書き換えを破棄しました: コードをコメントアウトせずに削除していました</translation>
    </message>
    <message>
        <source>rewritten by the LLM (markers: %1)</source>
        <translation>LLM により書き換えました（マーカー: %1）</translation>
    </message>
    <message>
        <source>Databricks job %1 is not in db_to_aidp_job_map; the trigger was commented out</source>
        <translation>Databricks ジョブ %1 が db_to_aidp_job_map にないため、トリガーをコメントアウトしました</translation>
    </message>
    <message>
        <source>not a Pass-1 summary: no &quot;notebooks&quot; list</source>
        <translation>Pass 1 のサマリーではありません: &quot;notebooks&quot; リストがありません</translation>
    </message>
    <message>
        <source>Run &quot;mwb rewrite --manifest&quot; again to write it</source>
        <translation>&quot;mwb rewrite --manifest&quot; を再度実行して書き込んでください</translation>
    </message>
    <message>
        <source>DBFS paths live in the %1 volume on AIDP</source>
        <translation>AIDP では DBFS のパスは %1 ボリュームに置かれます</translation>
    </message>
    <message>
        <source>S3 bucket %1 is OCI bucket %2 in namespace %3 (bucket mapping)</source>
        <translation>S3 バケット %1 は名前空間 %3 の OCI バケット %2 に対応します（バケットマッピング）</translation>
    </message>
    <message>
        <source>a SQL cell is no longer SQL; check that no SQL feature was lost</source>
        <translation>SQL セルが SQL ではなくなりました。SQL の機能が失われていないか確認してください</translation>
    </message>
    <message>
        <source>the number of &quot;%1&quot; writes changed during the rewrite</source>
        <translation>書き換えの前後で &quot;%1&quot; による書き込みの数が変わりました</translation>
    </message>
    <message>
        <source>%run uses the relative path &quot;%1&quot;; AIDP resolves %run paths from the workspace root (rewrite with --manifest to make them absolute)</source>
        <translation>%run が相対パス &quot;%1&quot; を使用しています。AIDP は %run のパスをワークスペースのルートから解決します（--manifest を指定して書き換えると絶対パスになります）</translation>
    </message>
    <message>
        <source>the %run path &quot;%1&quot; has a doubled extension or output base</source>
        <translation>%run のパス &quot;%1&quot; で拡張子または出力ベースフォルダーが重複しています</translation>
    </message>
    <message>
        <source>%fs is a Databricks magic; use dbutils.fs (aidp_compat shim) instead</source>
        <translation>%fs は Databricks のマジックコマンドです。代わりに dbutils.fs（aidp_compat シム）を使用してください</translation>
    </message>
    <message>
        <source>dbutils is served by the aidp_compat shim here; check the call is supported</source>
        <translation>ここでは dbutils を aidp_compat シムが提供します。その呼び出しがサポートされていることを確認してください</translation>
    </message>
    <message>
        <source>dbutils does not exist on AIDP in this cell</source>
        <translation>このセルでは AIDP 上に dbutils が存在しません</translation>
    </message>
    <message>
        <source>%1 after &quot;from pyspark.sql.functions import *&quot; call pyspark&apos;s functions, not Python&apos;s builtins; use builtins.%2 or import functions as F</source>
        <translation>&quot;from pyspark.sql.functions import *&quot; の後の %1 は、Python の組み込み関数ではなく pyspark の関数を呼び出します。builtins.%2 を使用するか、functions を F としてインポートしてください</translation>
    </message>
    <message>
        <source>the cell was reduced to pass</source>
        <translation>セルが pass だけになりました</translation>
    </message>
    <message>
        <source>the child notebook path is computed at run time; migrate its targets and point the path at the migrated copies by hand</source>
        <translation>子ノートブックのパスは実行時に算出されます。ターゲットを移行し、パスが移行後のコピーを指すように手作業で修正してください</translation>
    </message>
    <message>
        <source>the notebook.run path &quot;%1&quot; has a doubled extension or output base</source>
        <translation>notebook.run のパス &quot;%1&quot; で拡張子または出力ベースフォルダーが重複しています</translation>
    </message>
    <message>
        <source>an s3:// path is left; map its bucket in the bucket mapping</source>
        <translation>s3:// パスが残っています。バケットマッピングでそのバケットを対応付けてください</translation>
    </message>
    <message>
        <source>the table %1 keeps its catalog &quot;%2&quot;; it must exist on AIDP or be listed in the catalog manifest</source>
        <translation>テーブル %1 のカタログ &quot;%2&quot; はそのままです。このカタログは AIDP に存在するか、カタログマニフェストに記載されている必要があります</translation>
    </message>
    <message>
        <source>Databricks markers remain (%1): left for Pass 2 / the LLM</source>
        <translation>Databricks マーカーが残っています（%1）: Pass 2 / LLM に委ねます</translation>
    </message>
    <message>
        <source>1-part name qualified with AIDP&apos;s default catalog and schema</source>
        <translation>1 部構成の名前を AIDP の既定のカタログとスキーマで修飾しました</translation>
    </message>
    <message>
        <source>2-part name qualified with AIDP&apos;s default catalog</source>
        <translation>2 部構成の名前を AIDP の既定のカタログで修飾しました</translation>
    </message>
    <message>
        <source>the Hive metastore catalog spark_catalog is AIDP&apos;s default catalog</source>
        <translation>Hive メタストアのカタログ spark_catalog は AIDP の既定のカタログです</translation>
    </message>
    <message>
        <source>catalog %1 is listed in the catalog manifest: remapped to default</source>
        <translation>カタログ %1 はカタログマニフェストに記載されているため、default に再マッピングしました</translation>
    </message>
</context>
<context>
    <name>Mwb::Run</name>
    <message>
        <source>
[... %1 characters cut]</source>
        <translation>
[... %1 文字を省略]</translation>
    </message>
    <message>
        <source>the source notebook is not available</source>
        <translation>移行元のノートブックは利用できません</translation>
    </message>
    <message>
        <source>refused: %1 is not a notebook of this job</source>
        <translation>拒否: %1 はこのジョブのノートブックではありません</translation>
    </message>
    <message>
        <source>cell must be 0..%1</source>
        <translation>cell は 0..%1 の範囲で指定してください</translation>
    </message>
    <message>
        <source>code must be non-empty and under %1 characters</source>
        <translation>code は空でなく、%1 文字未満である必要があります</translation>
    </message>
    <message>
        <source>this kernel has no Spark session, so there are no tables to inspect</source>
        <translation>このカーネルには Spark セッションがないため、調べられるテーブルはありません</translation>
    </message>
    <message>
        <source>not a table name: %1</source>
        <translation>テーブル名ではありません: %1</translation>
    </message>
    <message>
        <source>not a schema name: %1</source>
        <translation>スキーマ名ではありません: %1</translation>
    </message>
    <message>
        <source>note is empty</source>
        <translation>note が空です</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>記録しました</translation>
    </message>
    <message>
        <source>code must be the complete, non-empty cell text</source>
        <translation>code には空でないセル全体のテキストを指定してください</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>提出しました</translation>
    </message>
    <message>
        <source>start_index must be between 1 and %1 (the failing cell)</source>
        <translation>start_index は 1 から %1（失敗したセル）までの範囲で指定してください</translation>
    </message>
    <message>
        <source>fixed_code must be the complete, non-empty cell text</source>
        <translation>fixed_code には空でないセル全体のテキストを指定してください</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由の記載なし</translation>
    </message>
    <message>
        <source>rewinding to cell %1</source>
        <translation>セル %1 まで巻き戻します</translation>
    </message>
    <message>
        <source>unknown tool %1</source>
        <translation>不明なツール %1</translation>
    </message>
    <message>
        <source>the fixer ended without submitting code</source>
        <translation>修正機能がコードを提出せずに終了しました</translation>
    </message>
    <message>
        <source>the %run target cannot be read from the cell</source>
        <translation>セルから %run の対象を読み取れません</translation>
    </message>
    <message>
        <source>a %sql cell needs Spark, and this kernel has none (run the job on AIDP or on a Jupyter server with Spark)</source>
        <translation>%sql セルには Spark が必要ですが、このカーネルにはありません（ジョブは AIDP か、Spark のある Jupyter サーバーで実行してください）</translation>
    </message>
    <message>
        <source>a %%1 cell needs a kernel that runs %1 (AIDP notebooks do); this kernel runs Python</source>
        <translation>%%1 セルには %1 を実行できるカーネルが必要です（AIDP のノートブックは対応しています）。このカーネルは Python を実行します</translation>
    </message>
    <message>
        <source>an empty %fs command</source>
        <translation>空の %fs コマンド</translation>
    </message>
    <message>
        <source>the cell uses %1 (Spark), and this kernel has none (run the job on AIDP or on a Jupyter server with Spark)</source>
        <translation>セルは %1（Spark）を使用していますが、このカーネルには Spark がありません（ジョブは AIDP か、Spark のある Jupyter サーバーで実行してください）</translation>
    </message>
    <message>
        <source>the cell imports %1 (Spark), and this kernel has none (run the job on AIDP or on a Jupyter server with Spark)</source>
        <translation>セルは %1（Spark）をインポートしていますが、このカーネルには Spark がありません（ジョブは AIDP か、Spark のある Jupyter サーバーで実行してください）</translation>
    </message>
    <message>
        <source>the cell uses %1, which cell %2 defines, and cell %2 cannot run on this kernel</source>
        <translation>セルはセル %2 で定義された %1 を使用していますが、セル %2 はこのカーネルでは実行できません</translation>
    </message>
    <message>
        <source>migrate-job %1</source>
        <translation>migrate-job %1</translation>
    </message>
    <message>
        <source>%1: the manifest has no job &quot;%2&quot;</source>
        <translation>%1: マニフェストにジョブ &quot;%2&quot; がありません</translation>
    </message>
    <message>
        <source>the LLM is not usable: %1</source>
        <translation>LLM を使用できません: %1</translation>
    </message>
    <message>
        <source>Pass 1 produced nothing</source>
        <translation>Pass 1 で何も出力されませんでした</translation>
    </message>
    <message>
        <source>stopped on request during Pass 1</source>
        <translation>Pass 1 の途中で要求により停止しました</translation>
    </message>
    <message>
        <source>--only-tasks names &quot;%1&quot;, which is not a task of job &quot;%2&quot;</source>
        <translation>--only-tasks で指定された &quot;%1&quot; は、ジョブ &quot;%2&quot; のタスクではありません</translation>
    </message>
    <message>
        <source>--start-task &quot;%1&quot; matches no task of job &quot;%2&quot;</source>
        <translation>--start-task &quot;%1&quot; に一致するタスクがジョブ &quot;%2&quot; にありません</translation>
    </message>
    <message>
        <source>not selected in this run and not migrated before</source>
        <translation>この実行では選択されておらず、以前にも移行されていません</translation>
    </message>
    <message>
        <source>the migrated notebook could not be written: %1</source>
        <translation>移行後のノートブックを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>write failed</source>
        <translation>書き込みに失敗しました</translation>
    </message>
    <message>
        <source>not run: stopped on request</source>
        <translation>未実行: 要求により停止しました</translation>
    </message>
    <message numerus="yes">
        <source>none of its %n code cell(s) could run on this kernel, so nothing was verified; run the job on AIDP (or a Jupyter server with Spark) to verify them</source>
        <translation>
            <numerusform>%n 個のコードセルのいずれもこのカーネルで実行できなかったため、何も検証されていません。検証するには、ジョブを AIDP（または Spark のある Jupyter サーバー）で実行してください</numerusform>
        </translation>
    </message>
    <message>
        <source>not run: %1</source>
        <translation>未実行: %1</translation>
    </message>
    <message>
        <source>not run (also cells %1): %2</source>
        <translation>未実行（セル %1 も同様）: %2</translation>
    </message>
    <message>
        <source>%run target without a migrated copy (not in the exported workspace): %1</source>
        <translation>移行後のコピーがない %run の対象（エクスポートしたワークスペースにありません）: %1</translation>
    </message>
    <message>
        <source>%1 is not a count: &quot;%2&quot;</source>
        <translation>%1 が件数ではありません: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected the table header &quot;%1&quot; under &quot;## %2&quot;</source>
        <translation>&quot;## %2&quot; の下に表のヘッダー &quot;%1&quot; が必要です</translation>
    </message>
    <message>
        <source>expected the table separator &quot;%1&quot;</source>
        <translation>表の区切り行 &quot;%1&quot; が必要です</translation>
    </message>
    <message>
        <source>a task row needs 5 cells (Task, Status, OK, Failed, Fixed) between pipes, found %1</source>
        <translation>タスクの行にはパイプで区切られた 5 つのセル（Task、Status、OK、Failed、Fixed）が必要ですが、%1 個でした</translation>
    </message>
    <message>
        <source>a task row without a task name or status</source>
        <translation>タスク名またはステータスのないタスクの行</translation>
    </message>
    <message>
        <source>the OK column of task &quot;%1&quot;</source>
        <translation>タスク &quot;%1&quot; の OK 列</translation>
    </message>
    <message>
        <source>the Failed column of task &quot;%1&quot;</source>
        <translation>タスク &quot;%1&quot; の Failed 列</translation>
    </message>
    <message>
        <source>the Fixed column of task &quot;%1&quot;</source>
        <translation>タスク &quot;%1&quot; の Fixed 列</translation>
    </message>
    <message>
        <source>unexpected text after the task table</source>
        <translation>タスクの表の後に予期しないテキストがあります</translation>
    </message>
    <message>
        <source>the &quot;## %1&quot; section has no table</source>
        <translation>&quot;## %1&quot; セクションに表がありません</translation>
    </message>
    <message>
        <source>expected &quot;- **&lt;task&gt;** cell &lt;n&gt;: &lt;note&gt;&quot;, &quot;- **&lt;task&gt;**: &lt;note&gt;&quot; or &quot;None.&quot;</source>
        <translation>&quot;- **&lt;task&gt;** cell &lt;n&gt;: &lt;note&gt;&quot;、&quot;- **&lt;task&gt;**: &lt;note&gt;&quot;、&quot;None.&quot; のいずれかが必要です</translation>
    </message>
    <message>
        <source>expected &quot;: &lt;note&gt;&quot; or &quot; cell &lt;n&gt;: &lt;note&gt;&quot; after the task name</source>
        <translation>タスク名の後には &quot;: &lt;note&gt;&quot; または &quot; cell &lt;n&gt;: &lt;note&gt;&quot; が必要です</translation>
    </message>
    <message>
        <source>unexpected text after the trigger snippet</source>
        <translation>トリガーのスニペットの後に予期しないテキストがあります</translation>
    </message>
    <message>
        <source>expected a ```json snippet or &quot;None.&quot;</source>
        <translation>```json のスニペットまたは &quot;None.&quot; が必要です</translation>
    </message>
    <message>
        <source>the ```json snippet is not closed</source>
        <translation>```json のスニペットが閉じられていません</translation>
    </message>
    <message>
        <source>expected &quot;- Scanned: &lt;n&gt;&quot;, &quot;- Unmigrated targets: &lt;n&gt;&quot;, &quot;- Migrated: &lt;n&gt;&quot; or &quot;- Failed: &lt;n&gt;&quot;</source>
        <translation>&quot;- Scanned: &lt;n&gt;&quot;、&quot;- Unmigrated targets: &lt;n&gt;&quot;、&quot;- Migrated: &lt;n&gt;&quot;、&quot;- Failed: &lt;n&gt;&quot; のいずれかが必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; が 2 回記載されています</translation>
    </message>
    <message>
        <source>the &quot;## %1&quot; section misses &quot;- %2: &lt;n&gt;&quot;</source>
        <translation>&quot;## %1&quot; セクションに &quot;- %2: &lt;n&gt;&quot; がありません</translation>
    </message>
    <message>
        <source>expected &quot;- &lt;item&gt;&quot; lines or &quot;None.&quot;</source>
        <translation>&quot;- &lt;item&gt;&quot; の行または &quot;None.&quot; が必要です</translation>
    </message>
    <message>
        <source>expected &quot;- &lt;key&gt;: &lt;value&gt;&quot;</source>
        <translation>&quot;- &lt;key&gt;: &lt;value&gt;&quot; の形式である必要があります</translation>
    </message>
    <message>
        <source>a job report starts with &quot;%1&lt;job&gt;&quot;</source>
        <translation>ジョブレポートは &quot;%1&lt;job&gt;&quot; で始まる必要があります</translation>
    </message>
    <message>
        <source>unexpected line in the report header (expected &quot;- Date:&quot;, &quot;- Tasks:&quot; and &quot;- Parameters:&quot; once each)</source>
        <translation>レポートのヘッダーに予期しない行があります（&quot;- Date:&quot;、&quot;- Tasks:&quot;、&quot;- Parameters:&quot; がそれぞれ 1 回ずつ必要です）</translation>
    </message>
    <message>
        <source>the report header needs &quot;- Date:&quot;, &quot;- Tasks:&quot; and &quot;- Parameters:&quot; lines</source>
        <translation>レポートのヘッダーには &quot;- Date:&quot;、&quot;- Tasks:&quot;、&quot;- Parameters:&quot; の行が必要です</translation>
    </message>
    <message>
        <source>the section &quot;## %1&quot; appears twice</source>
        <translation>セクション &quot;## %1&quot; が 2 回出現しています</translation>
    </message>
    <message>
        <source>the %1 block opened here is not closed</source>
        <translation>ここで開始した %1 ブロックが閉じられていません</translation>
    </message>
    <message>
        <source>the report has no &quot;## %1&quot; section</source>
        <translation>レポートに &quot;## %1&quot; セクションがありません</translation>
    </message>
    <message>
        <source>&quot;- Tasks: %1&quot; but the task table has %2 row(s)</source>
        <translation>&quot;- Tasks: %1&quot; となっていますが、タスクの表は %2 行です</translation>
    </message>
    <message>
        <source>cannot create the folder of the migration log</source>
        <translation>移行ログのフォルダーを作成できません</translation>
    </message>
    <message>
        <source>Check that --output-base points to a writable folder.</source>
        <translation>--output-base が書き込み可能なフォルダーを指していることを確認してください。</translation>
    </message>
    <message>
        <source>cannot open the migration log: %1</source>
        <translation>移行ログを開けません: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>(none in the source notebook)</source>
        <translation>（移行元のノートブックにはなし）</translation>
    </message>
    <message>
        <source>Result: %1 (OK %2, fixed %3, failed %4, not run %5)</source>
        <translation>結果: %1（OK %2、修正済み %3、失敗 %4、未実行 %5）</translation>
    </message>
    <message>
        <source>- Cell %1: auto-fixed (attempt %2)</source>
        <translation>- セル %1: 自動修正済み（試行 %2）</translation>
    </message>
    <message>
        <source>- Cell %1: failed: %2</source>
        <translation>- セル %1: 失敗: %2</translation>
    </message>
    <message>
        <source>- Cell %1: not run: %2</source>
        <translation>- セル %1: 未実行: %2</translation>
    </message>
    <message>
        <source>the migrated notebook cannot be read: %1</source>
        <translation>移行後のノートブックを読み込めません: %1</translation>
    </message>
    <message>
        <source>no kernel service for %1 (the OCI API key could not be loaded)</source>
        <translation>%1 のカーネルサービスがありません（OCI API キーを読み込めませんでした）</translation>
    </message>
    <message>
        <source>no kernel on %1: %2</source>
        <translation>%1 にカーネルがありません: %2</translation>
    </message>
    <message>
        <source>could not install the runtime shim into the kernel: %1</source>
        <translation>ランタイムシムをカーネルにインストールできませんでした: %1</translation>
    </message>
    <message>
        <source>the sandbox schema %1 could not be created or checked: %2 (writes would not be redirected; grant CREATE SCHEMA, or run with --no-redirect-schema deliberately)</source>
        <translation>サンドボックスのスキーマ %1 を作成または確認できませんでした: %2（書き込みがリダイレクトされなくなります。CREATE SCHEMA を付与するか、意図的に --no-redirect-schema を指定して実行してください）</translation>
    </message>
    <message>
        <source>stopped on request</source>
        <translation>要求により停止しました</translation>
    </message>
    <message>
        <source>the notebook exited in cell %1</source>
        <translation>ノートブックはセル %1 で終了しました</translation>
    </message>
    <message numerus="yes">
        <source>%n child cell(s) verified</source>
        <translation>
            <numerusform>子セル %n 個を検証しました</numerusform>
        </translation>
    </message>
    <message>
        <source>checked per child cell</source>
        <translation>子セルごとに確認済み</translation>
    </message>
    <message>
        <source>not retried: %1</source>
        <translation>再試行しません: %1</translation>
    </message>
    <message>
        <source>(no output; status %1)</source>
        <translation>（出力なし、ステータス %1）</translation>
    </message>
    <message>
        <source>cell %1 has not run yet</source>
        <translation>セル %1 はまだ実行されていません</translation>
    </message>
    <message>
        <source>cell %1: %2</source>
        <translation>セル %1: %2</translation>
    </message>
    <message>
        <source>fixer: %1</source>
        <translation>修正機能: %1</translation>
    </message>
    <message numerus="yes">
        <source>fixup_cell refused: already rewound %n time(s) in this task</source>
        <translation>
            <numerusform>fixup_cell を拒否しました: このタスクではすでに %n 回巻き戻しています</numerusform>
        </translation>
    </message>
    <message>
        <source>fixup_cell: cell %1 rewritten and replayed from there (reason: %2)</source>
        <translation>fixup_cell: セル %1 を書き換え、そこから再実行しました（理由: %2）</translation>
    </message>
    <message>
        <source>%run nesting deeper than %1 levels</source>
        <translation>%run の入れ子が %1 階層を超えています</translation>
    </message>
    <message>
        <source>the %run target %1 has no migrated copy (see Dependency Backfill)</source>
        <translation>%run の対象 %1 に移行後のコピーがありません（Dependency Backfill を参照）</translation>
    </message>
    <message>
        <source>the %run target cannot be read: %1</source>
        <translation>%run の対象を読み込めません: %1</translation>
    </message>
    <message>
        <source>%run cycle: %1 is already running, not run again</source>
        <translation>%run の循環: %1 はすでに実行中のため、再度は実行しません</translation>
    </message>
    <message>
        <source>%run %1, cell %2: %3</source>
        <translation>%run %1、セル %2: %3</translation>
    </message>
    <message>
        <source>not run: the run stopped because no kernel could be started</source>
        <translation>未実行: カーネルを起動できなかったため、実行を停止しました</translation>
    </message>
    <message>
        <source>task.json of an earlier run was unreadable (%1); moved to %2, the task runs again</source>
        <translation>以前の実行の task.json を読み込めませんでした（%1）。%2 に移動し、タスクを再度実行します</translation>
    </message>
    <message>
        <source>JOB_REPORT.md is written by &quot;mwb migrate-job&quot;; run the job again to rewrite it, or correct the line by hand.</source>
        <translation>JOB_REPORT.md は &quot;mwb migrate-job&quot; によって書き込まれます。ジョブを再度実行して書き直すか、この行を手動で修正してください。</translation>
    </message>
</context>
<context>
    <name>Mwb::Validate</name>
    <message>
        <source>missing in the target</source>
        <translation>移行先にありません</translation>
    </message>
    <message>
        <source>only in the target</source>
        <translation>移行先にのみ存在します</translation>
    </message>
    <message>
        <source>not carried over by the type mapping</source>
        <translation>型マッピングで引き継がれません</translation>
    </message>
    <message>
        <source>the source schema cannot be mapped to %1: %2</source>
        <translation>移行元のスキーマを %1 にマッピングできません: %2</translation>
    </message>
    <message>
        <source>the table is missing in the target</source>
        <translation>テーブルが移行先にありません</translation>
    </message>
    <message>
        <source>the column is missing in the target</source>
        <translation>列が移行先にありません</translation>
    </message>
    <message>
        <source>the target type does not hold what the mapping needs (%1 expected)</source>
        <translation>移行先の型は、マッピングに必要な値を保持できません（想定: %1）</translation>
    </message>
    <message>
        <source>dialect spelling of the same values</source>
        <translation>同じ値の方言による表記の違い</translation>
    </message>
    <message>
        <source>mapping: %1</source>
        <translation>マッピング: %1</translation>
    </message>
    <message>
        <source>nullability differs</source>
        <translation>NULL 許容性が異なります</translation>
    </message>
    <message>
        <source>the default is present on one side only</source>
        <translation>既定値が片側にのみ存在します</translation>
    </message>
    <message>
        <source>the column is only in the target</source>
        <translation>列が移行先にのみ存在します</translation>
    </message>
    <message>
        <source>the primary key differs</source>
        <translation>主キーが異なります</translation>
    </message>
    <message>
        <source>the number of CHECK constraints differs</source>
        <translation>CHECK 制約の数が異なります</translation>
    </message>
    <message>
        <source>CHECK constraints the mapping does not carry over</source>
        <translation>マッピングで引き継がれない CHECK 制約</translation>
    </message>
    <message>
        <source>the table is only in the target</source>
        <translation>テーブルが移行先にのみ存在します</translation>
    </message>
    <message>
        <source>the view is missing in the target</source>
        <translation>ビューが移行先にありません</translation>
    </message>
    <message>
        <source>the trigger is missing in the target</source>
        <translation>トリガーが移行先にありません</translation>
    </message>
    <message>
        <source>the view is only in the target</source>
        <translation>ビューが移行先にのみ存在します</translation>
    </message>
    <message>
        <source>the trigger is only in the target</source>
        <translation>トリガーが移行先にのみ存在します</translation>
    </message>
    <message>
        <source>Counting the rows of %1</source>
        <translation>%1 の行数をカウントしています</translation>
    </message>
    <message>
        <source>Checksumming %1</source>
        <translation>%1 のチェックサムを計算しています</translation>
    </message>
    <message>
        <source>Reading the key range of %1</source>
        <translation>%1 のキー範囲を読み取っています</translation>
    </message>
    <message>
        <source>Checksumming key ranges of %1</source>
        <translation>%1 のキー範囲ごとのチェックサムを計算しています</translation>
    </message>
    <message>
        <source>Reading rows of %1</source>
        <translation>%1 の行を読み取っています</translation>
    </message>
    <message>
        <source>the checksums of %1 differ but no differing row was located</source>
        <translation>%1 のチェックサムが異なりますが、差異のある行を特定できませんでした</translation>
    </message>
    <message>
        <source>expected TABLE.COLUMN=KIND:VALUE</source>
        <translation>TABLE.COLUMN=KIND:VALUE の形式で指定してください</translation>
    </message>
    <message>
        <source>the table or column name is empty</source>
        <translation>テーブル名または列名が空です</translation>
    </message>
    <message>
        <source>no tolerance given</source>
        <translation>許容範囲が指定されていません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KIND:NON-NEGATIVE-NUMBER</source>
        <translation>&quot;%1&quot; は KIND:NON-NEGATIVE-NUMBER の形式ではありません</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (abs, rel, time)</source>
        <translation>不明な種類 &quot;%1&quot; です（abs、rel、time）</translation>
    </message>
    <message>
        <source>expected TABLE=SHARE with a share between 0 and 1</source>
        <translation>TABLE=SHARE の形式で、割合を 0～1 の範囲で指定してください</translation>
    </message>
    <message>
        <source>missing in target</source>
        <translation>移行先にありません</translation>
    </message>
    <message>
        <source>extra in target</source>
        <translation>移行先に余分にあります</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>Validation report</source>
        <translation>検証レポート</translation>
    </message>
    <message>
        <source>Result: **%1**</source>
        <translation>結果: **%1**</translation>
    </message>
    <message>
        <source>Source: `%1`</source>
        <translation>移行元: `%1`</translation>
    </message>
    <message>
        <source>Target: `%1`</source>
        <translation>移行先: `%1`</translation>
    </message>
    <message>
        <source>Run: %1, %2 – %3</source>
        <translation>実行: %1、%2 – %3</translation>
    </message>
    <message>
        <source>Unexplained data differences: %1; real schema differences: %2</source>
        <translation>説明のつかないデータの差異: %1、実際のスキーマの差異: %2</translation>
    </message>
    <message>
        <source>Sample: %1 rows per table, seed %2</source>
        <translation>サンプル: テーブルごとに %1 行、シード %2</translation>
    </message>
    <message>
        <source>Interrupted: not every table was compared</source>
        <translation>中断されました: 一部のテーブルは比較されていません</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>テーブル一覧</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Source rows</source>
        <translation>移行元の行数</translation>
    </message>
    <message>
        <source>Target rows</source>
        <translation>移行先の行数</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>欠落</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>余分</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>許容範囲内</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>読み取った行数</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Tolerance %1</source>
        <translation>許容範囲 %1</translation>
    </message>
    <message>
        <source>Allowed mismatch share: %1</source>
        <translation>許容される不一致の割合: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>移行元</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>移行先</translation>
    </message>
    <message>
        <source>within tolerance</source>
        <translation>許容範囲内</translation>
    </message>
    <message>
        <source>… and %1 more differing rows not listed.</source>
        <translation>… ほかに差異のある %1 行は省略しました。</translation>
    </message>
    <message>
        <source>Sampled rows that differ: %1</source>
        <translation>差異のあるサンプル行: %1</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>差異はありません。</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Mapping expects</source>
        <translation>マッピングの想定</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>expected by the mapping</source>
        <translation>マッピングによる想定内</translation>
    </message>
    <message>
        <source>real</source>
        <translation>実際の差異</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>移行元: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>移行先: %1</translation>
    </message>
    <message>
        <source>cannot create the report folder</source>
        <translation>レポートフォルダーを作成できません</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>パスとその権限を確認してください。</translation>
    </message>
    <message>
        <source>the source has no table &quot;%1&quot;</source>
        <translation>移行元にテーブル &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>Check the names given to --tables (they match exactly).</source>
        <translation>--tables に指定した名前を確認してください（完全一致で照合されます）。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 が失敗しました: %2</translation>
    </message>
    <message>
        <source>Check that the table exists on both sides and that the user may read it.</source>
        <translation>テーブルが両側に存在し、ユーザーに読み取り権限があることを確認してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Write TABLE.COLUMN=abs:N, rel:N or time:SECONDS, or TABLE=SHARE for --allow-mismatch.</source>
        <translation>TABLE.COLUMN=abs:N、rel:N、time:SECONDS、または --allow-mismatch 用に TABLE=SHARE の形式で記述してください。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::CellGridView</name>
    <message>
        <source>%1, cell %2 of %3</source>
        <translation>%1、セル %2 / %3</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>未実行</translation>
    </message>
    <message numerus="yes">
        <source>%1 after %n attempt(s)</source>
        <translation>
            <numerusform>%n 回試行後に %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::CellInspector</name>
    <message>
        <source>Select a cell in a review to see its outputs and run attempts.</source>
        <translation>レビュー内のセルを選択すると、その出力と実行試行が表示されます。</translation>
    </message>
    <message>
        <source>No such cell on this side.</source>
        <translation>こちら側にはこのセルがありません。</translation>
    </message>
    <message>
        <source>Cell %1</source>
        <translation>セル %1</translation>
    </message>
    <message>
        <source>No outputs.</source>
        <translation>出力はありません。</translation>
    </message>
    <message>
        <source>Databricks output</source>
        <translation>Databricks の出力</translation>
    </message>
    <message>
        <source>Migrated output</source>
        <translation>移行後の出力</translation>
    </message>
    <message>
        <source>Run attempts</source>
        <translation>実行試行</translation>
    </message>
    <message>
        <source>No run recorded for this cell yet.</source>
        <translation>このセルの実行記録はまだありません。</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>試行 %1</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Error patterns</source>
        <translation>エラーパターン</translation>
    </message>
    <message>
        <source>Driver log</source>
        <translation>ドライバーログ</translation>
    </message>
    <message>
        <source>LLM judge</source>
        <translation>LLM 判定</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>未実施</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::ChangesModel</name>
    <message>
        <source>%1

Before: %2
After: %3</source>
        <translation>%1

変更前: %2
変更後: %3</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>指摘</translation>
    </message>
    <message>
        <source>cell %1, line %2</source>
        <translation>セル %1、行 %2</translation>
    </message>
    <message>
        <source>cell %1</source>
        <translation>セル %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::ChangesPanel</name>
    <message>
        <source>Show one rule</source>
        <translation>特定のルールのみを表示</translation>
    </message>
    <message>
        <source>Show change records, or findings of one severity</source>
        <translation>変更記録、または特定の重大度の指摘を表示</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>ブロッカー</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Nits</source>
        <translation>軽微</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>すべてのルール</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 件中 %1 件</translation>
    </message>
    <message>
        <source>Open notebook</source>
        <translation>開いているノートブック</translation>
    </message>
    <message>
        <source>Whole job</source>
        <translation>ジョブ全体</translation>
    </message>
    <message>
        <source>Changes of the open notebook, or of every notebook of its job</source>
        <translation>開いているノートブック、またはそのジョブのすべてのノートブックの変更</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::ClusterProfile</name>
    <message>
        <source>cluster profile &quot;%1&quot;</source>
        <translation>クラスタープロファイル &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a cluster profile has no name</source>
        <translation>名前のないクラスタープロファイルがあります</translation>
    </message>
    <message>
        <source>Give every profile a name.</source>
        <translation>すべてのプロファイルに名前を付けてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Jupyter server URL</source>
        <translation>&quot;%1&quot; は Jupyter サーバーの URL ではありません</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, e.g. http://127.0.0.1:8888/.</source>
        <translation>サーバーのアドレスを指定してください (例: http://127.0.0.1:8888/)。</translation>
    </message>
    <message>
        <source>the Jupyter URL contains a token or password</source>
        <translation>Jupyter URL にトークンまたはパスワードが含まれています</translation>
    </message>
    <message>
        <source>Remove it from the URL and put the token in the Token field: it goes to the keychain.</source>
        <translation>URL から削除し、トークンは [トークン] フィールドに入力してください。トークンはキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>OCI profile</source>
        <translation>OCI プロファイル</translation>
    </message>
    <message>
        <source>data lake OCID</source>
        <translation>データレイク OCID</translation>
    </message>
    <message>
        <source>workspace id</source>
        <translation>ワークスペース ID</translation>
    </message>
    <message>
        <source>cluster id</source>
        <translation>クラスター ID</translation>
    </message>
    <message>
        <source>the %1 is missing</source>
        <translation>%1 が指定されていません</translation>
    </message>
    <message>
        <source>AIDP needs the ~/.oci/config profile, the data lake OCID, the workspace and the cluster (see mwb exec --help).</source>
        <translation>AIDP には ~/.oci/config のプロファイル、データレイク OCID、ワークスペース、クラスターが必要です (mwb exec --help を参照)。</translation>
    </message>
    <message>
        <source>&quot;clusters&quot; in workbench.json is not an object</source>
        <translation>workbench.json の &quot;clusters&quot; がオブジェクトではありません</translation>
    </message>
    <message>
        <source>Write &quot;clusters&quot;: {&quot;name&quot;: {&quot;kind&quot;: &quot;jupyter&quot;, &quot;url&quot;: &quot;http://...&quot;}}.</source>
        <translation>&quot;clusters&quot;: {&quot;name&quot;: {&quot;kind&quot;: &quot;jupyter&quot;, &quot;url&quot;: &quot;http://...&quot;}} の形式で記述してください。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::ClustersPage</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Jupyter server</source>
        <translation>Jupyter サーバー</translation>
    </message>
    <message>
        <source>Oracle AI Data Platform</source>
        <translation>Oracle AI Data Platform</translation>
    </message>
    <message>
        <source>from the data lake OCID</source>
        <translation>データレイク OCID から取得</translation>
    </message>
    <message>
        <source>default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>サーバー URL:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>トークン:</translation>
    </message>
    <message>
        <source>OCI profile:</source>
        <translation>OCI プロファイル:</translation>
    </message>
    <message>
        <source>OCI config file:</source>
        <translation>OCI 設定ファイル:</translation>
    </message>
    <message>
        <source>Data lake OCID:</source>
        <translation>データレイク OCID:</translation>
    </message>
    <message>
        <source>Workspace id:</source>
        <translation>ワークスペース ID:</translation>
    </message>
    <message>
        <source>Cluster id:</source>
        <translation>クラスター ID:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>リージョン:</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>カーネル:</translation>
    </message>
    <message>
        <source>mwb options:</source>
        <translation>mwb オプション:</translation>
    </message>
    <message>
        <source>Open a project to edit its cluster profiles (workbench.json).</source>
        <translation>クラスタープロファイル (workbench.json) を編集するには、プロジェクトを開いてください。</translation>
    </message>
    <message>
        <source>Kernels that jobs run on, kept in %1. Tokens go to the system keychain.</source>
        <translation>ジョブを実行するカーネルです (%1 に保存)。トークンはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>変更なし (キーチェーンに保存済み)</translation>
    </message>
    <message>
        <source>kept in memory for this session only</source>
        <translation>このセッションの間のみメモリに保持</translation>
    </message>
    <message>
        <source>Two cluster profiles are called &quot;%1&quot;. Rename one of them.</source>
        <translation>&quot;%1&quot; という名前のクラスタープロファイルが 2 つあります。どちらかの名前を変更してください。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::CommandPreview</name>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>The equivalent mwb command; run it in the project folder.</source>
        <translation>同等の mwb コマンドです。プロジェクトフォルダーで実行してください。</translation>
    </message>
    <message>
        <source>Copy the command line to the clipboard</source>
        <translation>コマンドラインをクリップボードにコピー</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::ConnectionPicker</name>
    <message>
        <source>sqlite:///path/file.db or postgresql://user@host:5432/db</source>
        <translation>sqlite:///path/file.db または postgresql://user@host:5432/db</translation>
    </message>
    <message>
        <source>A profile from connections.json, or a URL</source>
        <translation>connections.json のプロファイル、または URL</translation>
    </message>
    <message>
        <source>A profile name from connections.json or a connection URL without password (sqlite:///abs/path.db, postgresql://user@host:5432/db, mysql://user@host:3306/db). Passwords come from the keychain or PGPASSWORD / MWB_PASSWORD.</source>
        <translation>connections.json のプロファイル名、またはパスワードを含まない接続 URL (sqlite:///abs/path.db、postgresql://user@host:5432/db、mysql://user@host:3306/db)。パスワードはキーチェーンまたは PGPASSWORD / MWB_PASSWORD から取得されます。</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a SQLite database file</source>
        <translation>SQLite データベースファイルを選択</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite データベース</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite データベース (*.db *.sqlite *.sqlite3);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose the source database: a profile of connections.json or a URL.</source>
        <translation>移行元データベースを選択してください: connections.json のプロファイルまたは URL。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>移行元: %1</translation>
    </message>
    <message>
        <source>Choose the target database: a profile of connections.json or a URL.</source>
        <translation>移行先データベースを選択してください: connections.json のプロファイルまたは URL。</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>移行先: %1</translation>
    </message>
    <message>
        <source>Source and target are the same database (%1).</source>
        <translation>移行元と移行先が同じデータベースです（%1）。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::ConnectionProfile</name>
    <message>
        <source>a connection profile has no name</source>
        <translation>名前のない接続プロファイルがあります</translation>
    </message>
    <message>
        <source>Give every profile a name.</source>
        <translation>すべてのプロファイルに名前を付けてください。</translation>
    </message>
    <message>
        <source>the profile name &quot;%1&quot; cannot be used</source>
        <translation>プロファイル名 &quot;%1&quot; は使用できません</translation>
    </message>
    <message>
        <source>A name has no leading or trailing spaces and no &quot;://&quot; (mwb would take it for a URL).</source>
        <translation>名前の先頭と末尾に空白を含めず、&quot;://&quot; も含めないでください (mwb が URL と解釈するため)。</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>プロファイル &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>connections.json has no &quot;profiles&quot; object</source>
        <translation>connections.json に &quot;profiles&quot; オブジェクトがありません</translation>
    </message>
    <message>
        <source>Write {&quot;profiles&quot;: {&quot;name&quot;: {&quot;url&quot;: &quot;postgresql://user@host/db&quot;}}}.</source>
        <translation>{&quot;profiles&quot;: {&quot;name&quot;: {&quot;url&quot;: &quot;postgresql://user@host/db&quot;}}} の形式で記述してください。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::ConnectionsPage</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>the profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>optional CA certificate file</source>
        <translation>CA 証明書ファイル (省略可)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>TLS mode:</source>
        <translation>TLS モード:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA 証明書:</translation>
    </message>
    <message>
        <source>Keychain key:</source>
        <translation>キーチェーンのキー:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Open a project to edit its connection profiles (connections.json).</source>
        <translation>接続プロファイル (connections.json) を編集するには、プロジェクトを開いてください。</translation>
    </message>
    <message>
        <source>Profiles of this project, in %1. mwb commands take a profile name wherever they take a connection URL.</source>
        <translation>このプロジェクトのプロファイルです (%1 に保存)。mwb コマンドでは、接続 URL を指定できる箇所でプロファイル名を使用できます。</translation>
    </message>
    <message>
        <source>SQLite files have no password.</source>
        <translation>SQLite ファイルにはパスワードがありません。</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Saved in the system keychain (service &quot;%1&quot;, key &quot;%2&quot;), never in connections.json.</source>
        <translation>システムのキーチェーン (サービス &quot;%1&quot;、キー &quot;%2&quot;) に保存されます。connections.json には保存されません。</translation>
    </message>
    <message>
        <source>kept for this session</source>
        <translation>このセッションの間保持</translation>
    </message>
    <message>
        <source>No system keychain is available: the password is kept in memory for this session only and you will be asked for it each time. It is never written to disk.</source>
        <translation>システムのキーチェーンを利用できません。パスワードはこのセッションの間のみメモリに保持され、毎回入力を求められます。ディスクに書き込まれることはありません。</translation>
    </message>
    <message>
        <source>Two profiles are called &quot;%1&quot;. Rename one of them.</source>
        <translation>&quot;%1&quot; という名前のプロファイルが 2 つあります。どちらかの名前を変更してください。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>接続できませんでした: %1</translation>
    </message>
    <message>
        <source>Connected, but a query failed.</source>
        <translation>接続しましたが、クエリが失敗しました。</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>%1 に接続しました。</translation>
    </message>
    <message>
        <source>Connected to %1 over %2.</source>
        <translation>%2 で %1 に接続しました。</translation>
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
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Stop after the current batch; the job checkpoints and can be resumed (sends SIGTERM)</source>
        <translation>現在のバッチの後で停止します。ジョブはチェックポイントを保存し、後で再開できます (SIGTERM を送信)</translation>
    </message>
    <message>
        <source>Continue the job after its last committed batch (mwb data resume)</source>
        <translation>最後にコミットされたバッチの続きからジョブを再開します (mwb data resume)</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>ログ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Isolated rows</source>
        <translation>隔離された行(&amp;I)</translation>
    </message>
    <message>
        <source>The job&apos;s process (pid %1) is gone; nothing to stop.</source>
        <translation>ジョブのプロセス (pid %1) は既に終了しています。停止する対象はありません。</translation>
    </message>
    <message>
        <source>Stop requested: the job ends after the current batch.</source>
        <translation>停止を要求しました。ジョブは現在のバッチの後で終了します。</translation>
    </message>
    <message>
        <source>Resuming job %1</source>
        <translation>ジョブ %1 を再開しています</translation>
    </message>
    <message>
        <source>Validating %1 table(s)…</source>
        <translation>%1 個のテーブルを検証しています…</translation>
    </message>
    <message>
        <source>%1 missing in the target, %2 extra, %3 changed</source>
        <translation>ターゲットに不足 %1、余分 %2、変更 %3</translation>
    </message>
    <message>
        <source>job %1 is not in the history</source>
        <translation>ジョブ %1 は履歴にありません</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 行</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <source>validation %1</source>
        <translation>検証 %1</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>停止中…</translation>
    </message>
    <message>
        <source>copying, %1 rows/s</source>
        <translation>コピー中、%1 行/秒</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>reading status…</source>
        <translation>ステータスを読み込み中…</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>経過時間 %1</translation>
    </message>
    <message>
        <source>Data job</source>
        <translation>データジョブ</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::DataMigrationDialog</name>
    <message>
        <source>&amp;Truncate each target table before copying into it</source>
        <translation>コピー前に各ターゲットテーブルを切り詰める(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the job at the first table that &amp;fails</source>
        <translation>最初に失敗したテーブルでジョブを停止する(&amp;F)</translation>
    </message>
    <message>
        <source>Isolate refused &amp;rows and go on (else the table fails)</source>
        <translation>拒否された行を隔離して続行する (しない場合はテーブルが失敗)(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Validate the target against the source after the copy</source>
        <translation>コピー後にターゲットをソースと照合して検証する(&amp;V)</translation>
    </message>
    <message>
        <source>Copy Data</source>
        <translation>データのコピー</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>すべてのテーブル</translation>
    </message>
    <message>
        <source>One table</source>
        <translation>1 つのテーブル</translation>
    </message>
    <message>
        <source>Checked tables</source>
        <translation>チェックしたテーブル</translation>
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
        <translation>行数に達する前でも、値のサイズがこの値に達した時点でバッチを区切ります。</translation>
    </message>
    <message>
        <source>Rows the target refuses go to &lt;table&gt;_failed.jsonl in the job folder.</source>
        <translation>ターゲットが拒否した行は、ジョブフォルダーの &lt;table&gt;_failed.jsonl に出力されます。</translation>
    </message>
    <message>
        <source>Row counts, checksums per key range and the schema, as mwb validate does.</source>
        <translation>mwb validate と同様に、行数、キー範囲ごとのチェックサム、スキーマを検証します。</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>ソース(&amp;S):</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>ターゲット(&amp;G):</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Read the tables of the source again</source>
        <translation>ソースのテーブルを再度読み込みます</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>バッチサイズ(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Memory per batch:</source>
        <translation>バッチあたりのメモリ(&amp;M):</translation>
    </message>
    <message>
        <source>Choose the source to see its tables in copy order.</source>
        <translation>ソースを選択すると、そのテーブルがコピー順に表示されます。</translation>
    </message>
    <message>
        <source>Choose the table to copy.</source>
        <translation>コピーするテーブルを選択してください。</translation>
    </message>
    <message>
        <source>Reading the tables of the source …</source>
        <translation>ソースのテーブルを読み込んでいます…</translation>
    </message>
    <message>
        <source>The tables of the source cannot be read: %1</source>
        <translation>ソースのテーブルを読み込めません: %1</translation>
    </message>
    <message>
        <source>Check at least one table to copy.</source>
        <translation>コピーするテーブルを 1 つ以上チェックしてください。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::DiffPane</name>
    <message>
        <source>Source notebook</source>
        <translation>移行元ノートブック</translation>
    </message>
    <message>
        <source>Migrated notebook</source>
        <translation>移行後ノートブック</translation>
    </message>
    <message>
        <source>Notebook differences</source>
        <translation>ノートブックの差分</translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s)</source>
        <translation>
            <numerusform>⋯ 変更のない行 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n unchanged cell(s)</source>
        <translation>
            <numerusform>⋯ 変更のないセル %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>(removed in the migrated notebook)</source>
        <translation>（移行後ノートブックでは削除）</translation>
    </message>
    <message>
        <source>(new in the migrated notebook)</source>
        <translation>（移行後ノートブックで追加）</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>outputs differ</source>
        <translation>出力が異なる</translation>
    </message>
    <message>
        <source>metadata differs</source>
        <translation>メタデータが異なる</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Cell %1 · %2 · %3</source>
        <extracomment>Diff view cell header: cell number, language, change</extracomment>
        <translation>セル %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::FailedRowsModel</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::FailedRowsView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 rows; open the file for the rest: %3</source>
        <translation>%2 行のうち最初の %1 行を表示しています。残りはファイルを開いて確認してください: %3</translation>
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
            <numerusform>(JSON でない行が %n 行あります)</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows were isolated.</source>
        <translation>隔離された行はありません。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::GeneralPage</name>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>A new language applies the next time the workbench starts.</source>
        <translation>言語の変更はワークベンチの次回起動時に適用されます。</translation>
    </message>
    <message>
        <source>Light and dark follow the system&apos;s colour scheme.</source>
        <translation>ライト/ダークはシステムの配色設定に従います。</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>外観:</translation>
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
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>開始 %1</translation>
    </message>
    <message>
        <source>Duration %1</source>
        <translation>所要時間 %1</translation>
    </message>
    <message>
        <source>Run id %1</source>
        <translation>実行 ID %1</translation>
    </message>
    <message>
        <source>Duration (log scale) by run, oldest to newest</source>
        <translation>実行ごとの所要時間 (対数スケール)、古い順</translation>
    </message>
    <message>
        <source>No runs to chart</source>
        <translation>グラフに表示する実行がありません</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::HistoryModel</name>
    <message>
        <source>%1 so far</source>
        <translation>%1 経過</translation>
    </message>
    <message>
        <source>Run id: %1</source>
        <translation>実行 ID: %1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>レポート: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>ステータス: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <source>The run still says &quot;running&quot;, but its process %1 is gone: it was killed before it could finish.</source>
        <translation>実行のステータスは &quot;running&quot; のままですが、プロセス %1 は既に存在しません。完了前に強制終了されました。</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>終了 %1</translation>
    </message>
    <message>
        <source>Code cells of a migrate-job run, summed over its tasks</source>
        <translation>migrate-job 実行のコードセル数 (タスク全体の合計)</translation>
    </message>
    <message>
        <source>Rows of a data copy; failed rows are isolated in *_failed.jsonl</source>
        <translation>データコピーの行数。失敗した行は *_failed.jsonl に隔離されます</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Job / title</source>
        <translation>ジョブ / タイトル</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Cells OK</source>
        <translation>OK セル</translation>
    </message>
    <message>
        <source>Cells failed</source>
        <translation>失敗セル</translation>
    </message>
    <message>
        <source>Cells fixed</source>
        <translation>修正済みセル</translation>
    </message>
    <message>
        <source>Rows copied</source>
        <translation>コピー済み行</translation>
    </message>
    <message>
        <source>Rows failed</source>
        <translation>失敗行</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::HistoryPoller</name>
    <message>
        <source>No run history in %1 (.mwb/history.sqlite is missing).</source>
        <translation>%1 に実行履歴がありません (.mwb/history.sqlite が見つかりません)。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::HistoryRun</name>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差異あり</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>一部成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Migrate job</source>
        <translation>ジョブ移行</translation>
    </message>
    <message>
        <source>Data copy</source>
        <translation>データコピー</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>検証</translation>
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
        <translation>%1 時間 %2 分</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::HistoryView</name>
    <message>
        <source>Filter by job, title or run id</source>
        <translation>ジョブ、タイトル、実行 ID で絞り込み</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>すべての結果</translation>
    </message>
    <message>
        <source>Partial / differences</source>
        <translation>一部成功 / 差異あり</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Read the run history again (it also reloads every few seconds)</source>
        <translation>実行履歴を再度読み込みます (数秒ごとにも自動で再読み込みされます)</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>プロジェクトが開かれていません。</translation>
    </message>
    <message>
        <source>No runs in this project yet. Migrate-job, data and validate runs started here or with &quot;mwb&quot; appear in this list.</source>
        <translation>このプロジェクトにはまだ実行がありません。ここで、または &quot;mwb&quot; で開始した migrate-job、データ、検証の実行がこの一覧に表示されます。</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>開始 %1</translation>
    </message>
    <message>
        <source>running for %1</source>
        <translation>実行中 %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>所要時間 %1</translation>
    </message>
    <message>
        <source>run id %1</source>
        <translation>実行 ID %1</translation>
    </message>
    <message>
        <source>Its process (%1) is gone without writing an end: it was killed. Data jobs continue with &quot;mwb data resume %2&quot;.</source>
        <translation>プロセス (%1) が終了を記録せずに消えました。強制終了されています。データジョブは &quot;mwb data resume %2&quot; で続行できます。</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 件の実行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s)</source>
        <translation>
            <numerusform>%1 / %n 件の実行</numerusform>
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
        <translation>レポートを開く(&amp;R)</translation>
    </message>
    <message>
        <source>Stop after the current cell; the run checkpoints and can be resumed (sends SIGTERM)</source>
        <translation>現在のセルの後で停止します。実行はチェックポイントを保存し、後で再開できます (SIGTERM を送信)</translation>
    </message>
    <message>
        <source>%v of %m cells</source>
        <translation>%v / %m セル</translation>
    </message>
    <message>
        <source>The run&apos;s process (pid %1) is gone; nothing to stop.</source>
        <translation>実行のプロセス (pid %1) は既に終了しています。停止する対象はありません。</translation>
    </message>
    <message>
        <source>Stop requested: the run ends after the current cell.</source>
        <translation>停止を要求しました。実行は現在のセルの後で終了します。</translation>
    </message>
    <message>
        <source>run %1 is not in the history</source>
        <translation>実行 %1 は履歴にありません</translation>
    </message>
    <message>
        <source>The run&apos;s process (pid %1) ended without recording a result.</source>
        <translation>実行のプロセス (pid %1) が結果を記録せずに終了しました。</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>停止中…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>reading history…</source>
        <translation>履歴を読み込み中…</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>経過時間 %1</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>残り約 %1</translation>
    </message>
    <message>
        <source>Job monitor</source>
        <translation>ジョブモニター</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::LaunchDialog</name>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Runs in %1</source>
        <translation>実行場所: %1</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::LlmPage</name>
    <message>
        <source>Remove key</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <source>mwb&apos;s default</source>
        <translation>mwb のデフォルト</translation>
    </message>
    <message>
        <source>Anthropic API key:</source>
        <translation>Anthropic API キー:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>The key is used by the fixer and the judge of migrate-job runs. A key in the ANTHROPIC_API_KEY environment variable takes precedence.</source>
        <translation>このキーは migrate-job 実行の修正 (fixer) と判定 (judge) に使用されます。環境変数 ANTHROPIC_API_KEY にキーが設定されている場合は、そちらが優先されます。</translation>
    </message>
    <message>
        <source>Looking for a stored key…</source>
        <translation>保存済みのキーを検索しています…</translation>
    </message>
    <message>
        <source>A key is kept in memory for this session.</source>
        <translation>このセッションの間、キーがメモリに保持されています。</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain.</source>
        <translation>キーはシステムのキーチェーンに保存されています。</translation>
    </message>
    <message>
        <source>No key is stored. A key typed here is saved in the system keychain.</source>
        <translation>キーは保存されていません。ここに入力したキーはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>No system keychain is available: a key typed here is kept in memory for this session only and never written to disk.</source>
        <translation>システムのキーチェーンを利用できません。ここに入力したキーはこのセッションの間のみメモリに保持され、ディスクに書き込まれることはありません。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::MigrateJobDialog</name>
    <message>
        <source>Turn the sandbox off?</source>
        <translation>サンドボックスを無効にしますか?</translation>
    </message>
    <message>
        <source>Without the sandbox, the cells of this job write to their real tables, schemas and storage paths while they run.</source>
        <translation>サンドボックスを使用しない場合、このジョブのセルは実行中に実際のテーブル、スキーマ、ストレージパスに書き込みます。</translation>
    </message>
    <message>
        <source>Only do this when the target may be changed by the migration run. Turn the sandbox off?</source>
        <translation>移行の実行によってターゲットが変更されても問題ない場合にのみ行ってください。サンドボックスを無効にしますか?</translation>
    </message>
    <message>
        <source>Migrate Job</source>
        <translation>ジョブ移行</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Jobs and tasks</source>
        <translation>ジョブとタスク</translation>
    </message>
    <message>
        <source>The job manifest written by mwb build-dag (reports/&lt;job&gt;_manifest.json).</source>
        <translation>mwb build-dag が出力したジョブマニフェスト (reports/&lt;job&gt;_manifest.json)。</translation>
    </message>
    <message>
        <source>Choose a job manifest</source>
        <translation>ジョブマニフェストを選択</translation>
    </message>
    <message>
        <source>Job manifests (*_manifest.json);;JSON files (*.json)</source>
        <translation>ジョブマニフェスト (*_manifest.json);;JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>&amp;Manifest:</source>
        <translation>マニフェスト(&amp;M):</translation>
    </message>
    <message>
        <source>Job / task</source>
        <translation>ジョブ / タスク</translation>
    </message>
    <message>
        <source>Layer and cells</source>
        <translation>レイヤーとセル</translation>
    </message>
    <message>
        <source>Unchecked jobs are left out (--jobs); when tasks are unchecked, only the checked ones run, even if a previous run finished them (--only-tasks).</source>
        <translation>チェックを外したジョブは除外されます (--jobs)。タスクのチェックを外すと、チェックされたタスクのみが、以前の実行で完了済みであっても実行されます (--only-tasks)。</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>カーネル</translation>
    </message>
    <message>
        <source>Local Python kernel (private jupyter-server)</source>
        <translation>ローカル Python カーネル (専用の jupyter-server)</translation>
    </message>
    <message>
        <source>Jupyter server</source>
        <translation>Jupyter サーバー</translation>
    </message>
    <message>
        <source>Oracle AI Data Platform (AIDP)</source>
        <translation>Oracle AI Data Platform (AIDP)</translation>
    </message>
    <message>
        <source>Starts jupyter-server on 127.0.0.1 for this run.</source>
        <translation>この実行のために 127.0.0.1 で jupyter-server を起動します。</translation>
    </message>
    <message>
        <source>The server URL without token; the token comes from MWB_JUPYTER_TOKEN.</source>
        <translation>トークンを含まないサーバー URL。トークンは MWB_JUPYTER_TOKEN から取得されます。</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>サーバー URL(&amp;U):</translation>
    </message>
    <message>
        <source>The profile in ~/.oci/config that signs the requests.</source>
        <translation>リクエストに署名する ~/.oci/config 内のプロファイル。</translation>
    </message>
    <message>
        <source>from the data-lake OCID</source>
        <translation>データレイク OCID から取得</translation>
    </message>
    <message>
        <source>OCI &amp;profile:</source>
        <translation>OCI プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Data lake OCID:</source>
        <translation>データレイク OCID(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Workspace id:</source>
        <translation>ワークスペース ID(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Cluster id:</source>
        <translation>クラスター ID(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>R&amp;un on:</source>
        <translation>実行先(&amp;U):</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Where migrated notebooks and reports go; relative paths are inside the project.</source>
        <translation>移行済みのノートブックとレポートの出力先。相対パスはプロジェクト内のパスとして扱われます。</translation>
    </message>
    <message>
        <source>Run from this task on, in layer order; earlier tasks are not run.</source>
        <translation>このタスクからレイヤー順に実行します。それより前のタスクは実行しません。</translation>
    </message>
    <message>
        <source>Tasks of one layer run at the same time, each on its own kernel.</source>
        <translation>同じレイヤーのタスクを、それぞれ専用のカーネルで同時に実行します。</translation>
    </message>
    <message>
        <source>How often the LLM fixer may retry one failing cell.</source>
        <translation>LLM の修正機能が 1 つの失敗したセルを再試行できる回数。</translation>
    </message>
    <message>
        <source>Fix failing cells with the &amp;LLM (Anthropic)</source>
        <translation>失敗したセルを LLM（Anthropic）で修正(&amp;L)</translation>
    </message>
    <message>
        <source>The key comes from the keychain or ANTHROPIC_API_KEY, never from the command line.</source>
        <translation>キーはキーチェーンまたは ANTHROPIC_API_KEY から取得し、コマンドラインからは取得しません。</translation>
    </message>
    <message>
        <source>S&amp;kip what a previous run finished</source>
        <translation>前回の実行で完了した分をスキップ(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>出力フォルダー(&amp;O):</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>出力フォルダー</translation>
    </message>
    <message>
        <source>Start &amp;at task:</source>
        <translation>開始タスク(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Parallel tasks:</source>
        <translation>並列タスク数(&amp;P):</translation>
    </message>
    <message>
        <source>Max &amp;fix attempts:</source>
        <translation>最大修正試行回数(&amp;F):</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Redirect the job&apos;s &amp;writes to the sandbox</source>
        <translation>ジョブの書き込みをサンドボックスにリダイレクト(&amp;W)</translation>
    </message>
    <message>
        <source>Table writes go to the sandbox schema and path writes to the sandbox bucket, so running the job changes no real data.</source>
        <translation>テーブルへの書き込みはサンドボックスのスキーマへ、パスへの書き込みはサンドボックスのバケットへ送られるため、ジョブを実行しても実際のデータは変更されません。</translation>
    </message>
    <message>
        <source>Rewrite inputs</source>
        <translation>書き換えの入力</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>Catalogs whose 3-part names are remapped: {&quot;catalogs&quot;: [...]}.</source>
        <translation>3 部構成の名前を再マッピングするカタログ: {&quot;catalogs&quot;: [...]}。</translation>
    </message>
    <message>
        <source>S3 bucket → OCI bucket and namespace.</source>
        <translation>S3 バケット → OCI バケットと名前空間。</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Catalog manifest:</source>
        <translation>カタログマニフェスト(&amp;C):</translation>
    </message>
    <message>
        <source>Catalog manifest</source>
        <translation>カタログマニフェスト</translation>
    </message>
    <message>
        <source>&amp;Bucket mapping:</source>
        <translation>バケットマッピング(&amp;B):</translation>
    </message>
    <message>
        <source>Bucket mapping</source>
        <translation>バケットマッピング</translation>
    </message>
    <message>
        <source>the manifest&apos;s</source>
        <translation>マニフェストに記録されたもの</translation>
    </message>
    <message>
        <source>The exported Databricks workspace folder.</source>
        <translation>エクスポートした Databricks ワークスペースのフォルダー。</translation>
    </message>
    <message>
        <source>&lt;output folder&gt;/volumes</source>
        <translation>&lt;出力フォルダー&gt;/volumes</translation>
    </message>
    <message>
        <source>Folder that stands for /Volumes on the kernel&apos;s machine (local and Jupyter kernels).</source>
        <translation>カーネルが動作するマシン上で /Volumes の代わりに使用するフォルダー（ローカルおよび Jupyter カーネル）。</translation>
    </message>
    <message>
        <source>One per line: /mnt/raw=/data/raw</source>
        <translation>1 行に 1 つ: /mnt/raw=/data/raw</translation>
    </message>
    <message>
        <source>Databricks mount points and the folders that stand for them on the kernel&apos;s machine.</source>
        <translation>Databricks のマウントポイントと、カーネルが動作するマシン上でそれぞれに対応するフォルダー。</translation>
    </message>
    <message>
        <source>python3 (AIDP: notebook)</source>
        <translation>python3（AIDP: notebook）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&quot;Kernel hung&quot; when a cell has not started within this time.</source>
        <translation>この時間内にセルが開始されない場合は &quot;カーネルのハング&quot; と判定します。</translation>
    </message>
    <message>
        <source>Also send cells the rules left with Databricks markers to the LLM</source>
        <translation>ルールによる書き換え後も Databricks マーカーが残るセルを LLM にも送る</translation>
    </message>
    <message>
        <source>optional: Spark UI/REST root</source>
        <translation>省略可: Spark UI/REST のルート</translation>
    </message>
    <message>
        <source>&amp;Workspace folder:</source>
        <translation>ワークスペースフォルダー(&amp;W):</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>ワークスペースフォルダー</translation>
    </message>
    <message>
        <source>&amp;Volumes root:</source>
        <translation>Volumes ルート(&amp;V):</translation>
    </message>
    <message>
        <source>Volumes root</source>
        <translation>Volumes ルート</translation>
    </message>
    <message>
        <source>&amp;Mounts:</source>
        <translation>マウント(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Kernel name:</source>
        <translation>カーネル名(&amp;K):</translation>
    </message>
    <message>
        <source>Cell &amp;time limit:</source>
        <translation>セルの制限時間(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Busy time limit:</source>
        <translation>ビジー待ちの制限時間(&amp;B):</translation>
    </message>
    <message>
        <source>Sandbox &amp;schema:</source>
        <translation>サンドボックスのスキーマ(&amp;S):</translation>
    </message>
    <message>
        <source>Sandbox b&amp;ucket:</source>
        <translation>サンドボックスのバケット(&amp;U):</translation>
    </message>
    <message>
        <source>Sandbox &amp;namespace:</source>
        <translation>サンドボックスの名前空間(&amp;N):</translation>
    </message>
    <message>
        <source>S&amp;park REST:</source>
        <translation>Spark REST(&amp;P):</translation>
    </message>
    <message>
        <source>Advanced options</source>
        <translation>詳細オプション</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>タスク %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n レイヤー</numerusform>
        </translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>レイヤー %1</translation>
    </message>
    <message numerus="yes">
        <source>%n code cell(s)</source>
        <translation>
            <numerusform>コードセル %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Depends on: %1</source>
        <translation>依存先: %1</translation>
    </message>
    <message>
        <source>the first task</source>
        <translation>最初のタスク</translation>
    </message>
    <message>
        <source>Choose a job manifest (mwb build-dag writes reports/&lt;job&gt;_manifest.json).</source>
        <translation>ジョブのマニフェストを選択してください（mwb build-dag が reports/&lt;job&gt;_manifest.json を書き出します）。</translation>
    </message>
    <message>
        <source>The manifest cannot be read: %1</source>
        <translation>マニフェストを読み込めません: %1</translation>
    </message>
    <message>
        <source>The manifest %1 holds no job.</source>
        <translation>マニフェスト %1 にジョブがありません。</translation>
    </message>
    <message>
        <source>Check at least one task to run.</source>
        <translation>実行するタスクを 1 つ以上チェックしてください。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; has no task &quot;%2&quot; to start at: check only the job that has it, or start at the first task.</source>
        <translation>ジョブ &quot;%1&quot; には開始タスク &quot;%2&quot; がありません。そのタスクを含むジョブのみをチェックするか、最初のタスクから開始してください。</translation>
    </message>
    <message>
        <source>Enter the Jupyter server URL, e.g. http://127.0.0.1:8888/.</source>
        <translation>Jupyter サーバーの URL を入力してください（例: http://127.0.0.1:8888/）。</translation>
    </message>
    <message>
        <source>The Jupyter server URL &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>Jupyter サーバーの URL &quot;%1&quot; は http:// または https:// の URL ではありません。</translation>
    </message>
    <message>
        <source>Remove the credentials from the Jupyter URL; the token goes into MWB_JUPYTER_TOKEN (Settings).</source>
        <translation>Jupyter の URL から認証情報を削除してください。トークンは MWB_JUPYTER_TOKEN（設定）に指定します。</translation>
    </message>
    <message>
        <source>OCI profile</source>
        <translation>OCI プロファイル</translation>
    </message>
    <message>
        <source>data lake OCID</source>
        <translation>データレイクの OCID</translation>
    </message>
    <message>
        <source>workspace id</source>
        <translation>ワークスペース ID</translation>
    </message>
    <message>
        <source>cluster id</source>
        <translation>クラスター ID</translation>
    </message>
    <message>
        <source>AIDP needs: %1.</source>
        <translation>AIDP には次の項目が必要です: %1。</translation>
    </message>
    <message>
        <source>Choose the output folder.</source>
        <translation>出力フォルダーを選択してください。</translation>
    </message>
    <message>
        <source>catalog manifest</source>
        <translation>カタログマニフェスト</translation>
    </message>
    <message>
        <source>bucket mapping</source>
        <translation>バケットマッピング</translation>
    </message>
    <message>
        <source>The %1 file %2 does not exist.</source>
        <translation>%1 のファイル %2 が存在しません。</translation>
    </message>
    <message>
        <source>The workspace folder %1 does not exist.</source>
        <translation>ワークスペースフォルダー %1 が存在しません。</translation>
    </message>
    <message>
        <source>The mount &quot;%1&quot; is not POINT=DIR (e.g. /mnt/raw=/data/raw).</source>
        <translation>マウント &quot;%1&quot; が POINT=DIR の形式ではありません（例: /mnt/raw=/data/raw）。</translation>
    </message>
    <message>
        <source>Sending cells to the LLM in Pass 1 needs the LLM: turn the LLM on or that option off.</source>
        <translation>Pass 1 でセルを LLM に送るには LLM が必要です。LLM を有効にするか、そのオプションを無効にしてください。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::NotebookCellWidget</name>
    <message>
        <source>Cell %1 (%2)</source>
        <translation>セル %1（%2）</translation>
    </message>
    <message>
        <source>… output truncated (%1 characters in all; the notebook file has the rest)</source>
        <translation>… 出力を省略しました（全 %1 文字。残りはノートブックファイルにあります）</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy Cell &amp;Source</source>
        <translation>セルのソースをコピー(&amp;S)</translation>
    </message>
    <message>
        <source>Copy &amp;Output</source>
        <translation>出力をコピー(&amp;O)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::NotebookDiffView</name>
    <message>
        <source>Computing differences…</source>
        <translation>差分を計算しています…</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>左右に並べて表示</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>インライン表示</translation>
    </message>
    <message>
        <source>Source and migrated notebook next to each other</source>
        <translation>移行元と移行後のノートブックを左右に並べて表示します</translation>
    </message>
    <message>
        <source>One column: removed lines above the lines that replace them</source>
        <translation>1 列で表示: 削除された行を、置き換え後の行の上に表示します</translation>
    </message>
    <message>
        <source>Hide Unchanged Cells</source>
        <translation>変更のないセルを隠す</translation>
    </message>
    <message>
        <source>Ignore Whitespace</source>
        <translation>空白を無視</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>前の変更</translation>
    </message>
    <message>
        <source>Previous change (Shift+F7)</source>
        <translation>前の変更（Shift+F7）</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>次の変更</translation>
    </message>
    <message>
        <source>Next change (F7)</source>
        <translation>次の変更（F7）</translation>
    </message>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>変更なし</translation>
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
        <translation>セル: %1（コード: %2）</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>This notebook has no cells.</source>
        <translation>このノートブックにはセルがありません。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::ProjectModel</name>
    <message>
        <source>(unnamed job)</source>
        <translation>（名前のないジョブ）</translation>
    </message>
    <message>
        <source>job · tasks: %1 · layers: %2</source>
        <translation>ジョブ · タスク: %1 · レイヤー: %2</translation>
    </message>
    <message>
        <source>Job id: %1</source>
        <translation>ジョブ ID: %1</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>マニフェスト: %1</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>ワークスペース: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>レイヤー %1</translation>
    </message>
    <message>
        <source>no layer</source>
        <translation>レイヤーなし</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · not in workspace</source>
        <translation>%1 · ワークスペースにありません</translation>
    </message>
    <message>
        <source>%1 (%2 code)</source>
        <translation>%1（コード %2）</translation>
    </message>
    <message>
        <source>A %1 is not a notebook: the workbench shows and migrates notebook tasks only.</source>
        <translation>%1 はノートブックではありません。このワークベンチで表示・移行できるのはノートブックタスクのみです。</translation>
    </message>
    <message>
        <source>Notebook: %1</source>
        <translation>ノートブック: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <source>The notebook is not in the workspace; export it and rebuild the manifest.</source>
        <translation>このノートブックはワークスペースにありません。エクスポートしてからマニフェストを再作成してください。</translation>
    </message>
    <message>
        <source>Runs after: %1</source>
        <translation>先行タスク: %1</translation>
    </message>
    <message>
        <source>Some %run dependencies of this notebook need attention.</source>
        <translation>このノートブックの %run 依存関係の一部に確認が必要です。</translation>
    </message>
    <message>
        <source>%1 · cell %2</source>
        <translation>%1 · セル %2</translation>
    </message>
    <message>
        <source>not in workspace</source>
        <translation>ワークスペースにありません</translation>
    </message>
    <message>
        <source>not followed: nested too deep</source>
        <translation>未追跡: 入れ子が深すぎます</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>Path expression: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>パス式: &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>The path is computed when the notebook runs, so it cannot be followed before the run.</source>
        <translation>パスはノートブックの実行時に算出されるため、実行前には追跡できません。</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>ターゲット: %1</translation>
    </message>
    <message>
        <source>Called from cell %1 of %2</source>
        <translation>%2 のセル %1 から呼び出し</translation>
    </message>
    <message>
        <source>Argument %1 = %2</source>
        <translation>引数 %1 = %2</translation>
    </message>
    <message>
        <source>The target is not in the exported workspace: export it too, or fix the path in the calling cell, then rebuild the manifest.</source>
        <translation>ターゲットはエクスポートされたワークスペースにありません。ターゲットもエクスポートするか、呼び出し元のセルのパスを修正してから、マニフェストを再作成してください。</translation>
    </message>
    <message>
        <source>The target is already being run further up this chain; it is not followed again.</source>
        <translation>ターゲットはこの呼び出しチェーンの上位ですでに実行されているため、再度は追跡しません。</translation>
    </message>
    <message>
        <source>The chain is nested deeper than the dependency scanner follows; raise the depth limit of &quot;mwb build-dag&quot; to see more.</source>
        <translation>呼び出しチェーンの入れ子が、依存関係スキャナーが追跡する深さを超えています。さらに表示するには &quot;mwb build-dag&quot; の深さの上限を引き上げてください。</translation>
    </message>
    <message>
        <source>It could not be read: %1</source>
        <translation>読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>セル</translation>
    </message>
    <message>
        <source>dynamic path</source>
        <translation>動的パス</translation>
    </message>
    <message>
        <source>cycle, not followed</source>
        <translation>循環のため未追跡</translation>
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
        <translation>レポートを Markdown として保存します</translation>
    </message>
    <message>
        <source>Save the report as one self-contained HTML page (as &quot;mwb report export --format html&quot;)</source>
        <translation>レポートを単体で完結する HTML ページ 1 つとして保存します（&quot;mwb report export --format html&quot; と同じ）</translation>
    </message>
    <message>
        <source>Save the report as a PDF (A4)</source>
        <translation>レポートを PDF（A4）として保存します</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>エクスポート:</translation>
    </message>
    <message>
        <source>Loading the report of %1…</source>
        <translation>%1 のレポートを読み込んでいます…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>読み込み元: %1</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>レポートなし</translation>
    </message>
    <message>
        <source>Select a run to see its report.</source>
        <translation>レポートを表示する実行を選択してください。</translation>
    </message>
    <message>
        <source>Export Report as Markdown</source>
        <translation>レポートを Markdown としてエクスポート</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown ファイル (*.md)</translation>
    </message>
    <message>
        <source>Export Report as HTML</source>
        <translation>レポートを HTML としてエクスポート</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML ファイル (*.html)</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>レポートを PDF としてエクスポート</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation>エクスポートするレポートがありません。</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 にエクスポートしています…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::RunLogModel</name>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::RunLogView</name>
    <message>
        <source>All tasks</source>
        <translation>すべてのタスク</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>すべてのレベル</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告とエラー</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>すべてのテーブル</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::RunProcess</name>
    <message>
        <source>A run is already going in this monitor; stop it or open another one.</source>
        <translation>このモニターではすでに実行中です。停止するか、別のモニターを開いてください。</translation>
    </message>
    <message>
        <source>Cannot start %1: %2. Set MWB_EXECUTABLE to the mwb program, or put mwb on the PATH.</source>
        <translation>%1 を起動できません: %2。MWB_EXECUTABLE に mwb プログラムを設定するか、mwb を PATH に追加してください。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::SchemaCopyPreview</name>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Apply to target…</source>
        <translation>移行先に適用…</translation>
    </message>
    <message>
        <source>Profile or URL, e.g. sqlite:///path/shop.db</source>
        <translation>プロファイルまたは URL（例: sqlite:///path/shop.db）</translation>
    </message>
    <message>
        <source>A connection profile of the project&apos;s connections.json, or a database URL without a password (the password comes from PGPASSWORD / MWB_PASSWORD or the keychain)</source>
        <translation>プロジェクトの connections.json にある接続プロファイル、またはパスワードを含まないデータベース URL（パスワードは PGPASSWORD / MWB_PASSWORD またはキーチェーンから取得します）</translation>
    </message>
    <message>
        <source>SQLite file…</source>
        <translation>SQLite ファイル…</translation>
    </message>
    <message>
        <source>Choose a SQLite database file as the source</source>
        <translation>移行元として SQLite データベースファイルを選択します</translation>
    </message>
    <message>
        <source>The dialect the DDL is generated for</source>
        <translation>DDL の生成対象の方言</translation>
    </message>
    <message>
        <source>Read the source schema and generate the DDL (nothing is written)</source>
        <translation>移行元のスキーマを読み取り、DDL を生成します（何も書き込みません）</translation>
    </message>
    <message>
        <source>Drop the running preview</source>
        <translation>実行中のプレビューを破棄します</translation>
    </message>
    <message>
        <source>Save files</source>
        <translation>ファイルを保存</translation>
    </message>
    <message>
        <source>Write tables.sql, indexes.sql, … and summary.json into .tmp/schema-copy/&lt;timestamp&gt; of the project</source>
        <translation>プロジェクトの .tmp/schema-copy/&lt;timestamp&gt; に tables.sql、indexes.sql、… と summary.json を書き込みます</translation>
    </message>
    <message>
        <source>Save into the project (.tmp/schema-copy/…)</source>
        <translation>プロジェクトに保存（.tmp/schema-copy/…）</translation>
    </message>
    <message>
        <source>Save into a folder…</source>
        <translation>フォルダーに保存…</translation>
    </message>
    <message>
        <source>Create the schema in a target database with mwb schema-copy --apply</source>
        <translation>mwb schema-copy --apply で移行先データベースにスキーマを作成します</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>移行元(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Target dialect:</source>
        <translation>移行先の方言(&amp;T):</translation>
    </message>
    <message>
        <source>Choose a source and press Preview; then select an object or a file to see its DDL.</source>
        <translation>移行元を選択して「プレビュー」を押し、オブジェクトまたはファイルを選択すると DDL が表示されます。</translation>
    </message>
    <message>
        <source>Double-click an entry (or press Enter) to show its object</source>
        <translation>エントリをダブルクリック（または Enter キーを押す）すると、そのオブジェクトを表示します</translation>
    </message>
    <message>
        <source>Warnings and skipped</source>
        <translation>警告とスキップ</translation>
    </message>
    <message>
        <source>Apply output</source>
        <translation>適用の出力</translation>
    </message>
    <message>
        <source>Choose a source connection and a target dialect, then press Preview.</source>
        <translation>移行元の接続と移行先の方言を選択して、「プレビュー」を押してください。</translation>
    </message>
    <message>
        <source>Choose a source connection first.</source>
        <translation>先に移行元の接続を選択してください。</translation>
    </message>
    <message>
        <source>Cannot use the source: %1</source>
        <translation>移行元を使用できません: %1</translation>
    </message>
    <message>
        <source>Reading the schema of %1 and generating %2 DDL…</source>
        <translation>%1 のスキーマを読み取り、%2 の DDL を生成しています…</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>プレビューをキャンセルしました。</translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>プレビューに失敗しました: %1</translation>
    </message>
    <message>
        <source>Warnings and skipped (%1)</source>
        <translation>警告とスキップ（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n table(s), %3 view(s), %4 trigger(s); %5 warning(s), %6 skipped.</source>
        <translation>
            <numerusform>%1 → %2: テーブル %n、ビュー %3、トリガー %4、警告 %5、スキップ %6。</numerusform>
        </translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>テーブル %1</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>ビュー %1</translation>
    </message>
    <message>
        <source>Trigger %1</source>
        <translation>トリガー %1</translation>
    </message>
    <message>
        <source>Routine %1</source>
        <translation>ルーチン %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>ファイル %1</translation>
    </message>
    <message>
        <source>Index %1</source>
        <translation>インデックス %1</translation>
    </message>
    <message>
        <source>Foreign key %1</source>
        <translation>外部キー %1</translation>
    </message>
    <message>
        <source>not translated, original source</source>
        <translation>未変換、元のソース</translation>
    </message>
    <message>
        <source>Select an object or a file.</source>
        <translation>オブジェクトまたはファイルを選択してください。</translation>
    </message>
    <message>
        <source>%1 is not in the object tree.</source>
        <translation>%1 はオブジェクトツリーにありません。</translation>
    </message>
    <message>
        <source>Nothing to save: run a preview first.</source>
        <translation>保存するものがありません。先にプレビューを実行してください。</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>保存に失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1</source>
        <translation>
            <numerusform>%n 個のファイルを %1 に保存しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the schema-copy files into</source>
        <translation>スキーマコピーのファイルの保存先</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite データベース</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite データベース (*.db *.sqlite *.sqlite3);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot apply to this target: %1</source>
        <translation>この移行先には適用できません: %1</translation>
    </message>
    <message>
        <source>Applied: mwb exited with 0.</source>
        <translation>適用しました: mwb は 0 で終了しました。</translation>
    </message>
    <message>
        <source>Apply failed: mwb exited with %1.</source>
        <translation>適用に失敗しました: mwb は %1 で終了しました。</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <source>Applying to %1…</source>
        <translation>%1 に適用しています…</translation>
    </message>
    <message>
        <source>Apply to target</source>
        <translation>移行先に適用</translation>
    </message>
    <message>
        <source>Create the tables, indexes, foreign keys, views and triggers in this %1 database
(a profile or a URL; a new SQLite file is created):</source>
        <translation>この %1 データベースにテーブル、インデックス、外部キー、ビュー、トリガーを作成します
（プロファイルまたは URL。存在しない SQLite ファイルは新規作成されます）:</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::SchemaObjectModel</name>
    <message>
        <source>Tables</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>%1 is not in the generated script.</source>
        <translation>%1 は生成されたスクリプトにありません。</translation>
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
            <numerusform>インデックス %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foreign key(s)</source>
        <translation>
            <numerusform>外部キー %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>（型なし）</translation>
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
        <translation>ID 列</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>既定値 %1</translation>
    </message>
    <message>
        <source>generated: %1</source>
        <translation>生成列: %1</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>主キー</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>一意</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック制約</translation>
    </message>
    <message>
        <source>The index %1 is not created in %2 (see its warning).</source>
        <translation>インデックス %1 は %2 では作成されません（警告を参照）。</translation>
    </message>
    <message>
        <source>not created</source>
        <translation>未作成</translation>
    </message>
    <message>
        <source>FK → %1</source>
        <translation>FK → %1</translation>
    </message>
    <message>
        <source>not translated</source>
        <translation>未変換</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>トリガー</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>対象: %1</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>ルーチン</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>プロシージャー</translation>
    </message>
    <message>
        <source>function</source>
        <translation>関数</translation>
    </message>
    <message>
        <source>Generated files</source>
        <translation>生成されたファイル</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Not translated to the target dialect; its source goes to skipped/.</source>
        <translation>移行先の方言に変換されていません。ソースは skipped/ に出力されます。</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>移行元</translation>
    </message>
    <message>
        <source>Source (%1)</source>
        <translation>移行元（%1）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>移行先</translation>
    </message>
    <message>
        <source>Target (%1)</source>
        <translation>移行先（%1）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::SchemaWarningsModel</name>
    <message>
        <source>skipped (%1)</source>
        <translation>スキップ（%1）</translation>
    </message>
    <message>
        <source>%1
Not translated; the original source is in %2.</source>
        <translation>%1
変換されていません。元のソースは %2 にあります。</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::SecretPrompt</name>
    <message>
        <source>Anthropic API key:</source>
        <translation>Anthropic API キー:</translation>
    </message>
    <message>
        <source>Token of the Jupyter server of cluster profile &quot;%1&quot;:</source>
        <translation>クラスタープロファイル &quot;%1&quot; の Jupyter サーバーのトークン:</translation>
    </message>
    <message>
        <source>Password of the connection &quot;%1&quot;:</source>
        <translation>接続 &quot;%1&quot; のパスワード:</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>パスワードが必要です</translation>
    </message>
    <message>
        <source>No system keychain is available: the answer is kept in memory until the workbench closes and never written to disk.</source>
        <translation>システムのキーチェーンを利用できません。入力内容はワークベンチを閉じるまでメモリ内に保持され、ディスクには書き込まれません。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::SecretStore</name>
    <message>
        <source>the keychain refused the request (error %1)</source>
        <translation>キーチェーンが要求を拒否しました（エラー %1）</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>キーチェーンが応答しませんでした</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::TableChecklist</name>
    <message>
        <source>Check &amp;all</source>
        <translation>すべてチェック(&amp;A)</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>すべてのチェックを外す(&amp;N)</translation>
    </message>
    <message>
        <source>Reading the tables of %1 …</source>
        <translation>%1 のテーブルを読み取っています…</translation>
    </message>
    <message>
        <source>Cannot read the source tables: %1</source>
        <translation>移行元のテーブルを読み取れません: %1</translation>
    </message>
    <message>
        <source>The source database has no tables.</source>
        <translation>移行元データベースにテーブルがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) in copy order: a table comes after the tables its foreign keys point to.</source>
        <translation>
            <numerusform>コピー順に並んだテーブル %n 個: 各テーブルは、その外部キーが参照するテーブルの後に並びます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Foreign-key cycles are loaded without order and checked afterwards: %1.</source>
        <translation>外部キーの循環は順序を付けずに読み込み、後でチェックします: %1。</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::TableProgressModel</name>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>copying</source>
        <translation>コピー中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>done, rows isolated</source>
        <translation>完了（行を隔離）</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>differs from source</source>
        <translation>移行元と差異あり</translation>
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
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピー済み</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>隔離</translation>
    </message>
    <message>
        <source>Source rows</source>
        <translation>移行元の行数</translation>
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
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>修正済み</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
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
        <translation>移行済み</translation>
    </message>
    <message>
        <source>INTERRUPTED</source>
        <translation>INTERRUPTED</translation>
    </message>
    <message>
        <source>%1 / %2 cells</source>
        <translation>%1 / %2 セル</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>修正済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
</context>
<context>
    <name>Mwb::Widgets::ValidateDialog</name>
    <message>
        <source>Compare the &amp;schema after type mapping</source>
        <translation>型マッピング後のスキーマを比較(&amp;S)</translation>
    </message>
    <message>
        <source>Validate Data</source>
        <translation>データの検証</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source> rows per table</source>
        <translation> 行（テーブルごと）</translation>
    </message>
    <message>
        <source>Rows per table compared value by value, on top of the checksums.</source>
        <translation>チェックサムに加えて、値単位で比較するテーブルごとの行数。</translation>
    </message>
    <message>
        <source>The same seed picks the same sample rows.</source>
        <translation>同じシードでは同じサンプル行が選ばれます。</translation>
    </message>
    <message>
        <source>validation.json, validation.md and validation.html are written here.</source>
        <translation>validation.json、validation.md、validation.html はここに書き込まれます。</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>移行元(&amp;S):</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>移行先(&amp;G):</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック項目</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Sample &amp;rows:</source>
        <translation>サンプル行数(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Reports to:</source>
        <translation>レポートの出力先(&amp;R):</translation>
    </message>
    <message>
        <source>One per line: orders.total=abs:0.01</source>
        <translation>1 行に 1 つ: orders.total=abs:0.01</translation>
    </message>
    <message>
        <source>Column tolerances TABLE.COLUMN=abs:X|rel:X|time:SECONDS</source>
        <translation>列の許容範囲 TABLE.COLUMN=abs:X|rel:X|time:SECONDS</translation>
    </message>
    <message>
        <source>One per line: events=0.001</source>
        <translation>1 行に 1 つ: events=0.001</translation>
    </message>
    <message>
        <source>Share of a table&apos;s rows allowed to differ, TABLE=SHARE (0 to 1)</source>
        <translation>差異を許容するテーブルの行の割合 TABLE=SHARE（0～1）</translation>
    </message>
    <message>
        <source>Sample s&amp;eed:</source>
        <translation>サンプルのシード(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Tolerances:</source>
        <translation>許容範囲(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Allowed mismatch:</source>
        <translation>許容する不一致(&amp;A):</translation>
    </message>
    <message>
        <source>Tolerances and sampling</source>
        <translation>許容範囲とサンプリング</translation>
    </message>
    <message>
        <source>Tables (unchecked ones are not compared)</source>
        <translation>テーブル（チェックを外したテーブルは比較しません）</translation>
    </message>
    <message>
        <source>Reports folder</source>
        <translation>レポートフォルダー</translation>
    </message>
    <message>
        <source>Choose the source to see its tables.</source>
        <translation>テーブルを表示するには移行元を選択してください。</translation>
    </message>
    <message>
        <source>Reading the tables of the source …</source>
        <translation>移行元のテーブルを読み取っています…</translation>
    </message>
    <message>
        <source>Check at least one table to compare.</source>
        <translation>比較するテーブルを 1 つ以上チェックしてください。</translation>
    </message>
    <message>
        <source>Enter the sample seed (a whole number).</source>
        <translation>サンプルのシード（整数）を入力してください。</translation>
    </message>
    <message>
        <source>Tolerance &quot;%1&quot;: %2</source>
        <translation>許容範囲 &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Allowed mismatch &quot;%1&quot;: %2</source>
        <translation>許容する不一致 &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>Mwb::Workflow</name>
    <message>
        <source>Export the job again with the Jobs API 2.1 (GET /api/2.1/jobs/get).</source>
        <translation>Jobs API 2.1（GET /api/2.1/jobs/get）でジョブを再度エクスポートしてください。</translation>
    </message>
    <message>
        <source>a job&apos;s settings are not a JSON object</source>
        <translation>ジョブの設定が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>job &quot;%1&quot;: &quot;tasks&quot; is not a list</source>
        <translation>ジョブ &quot;%1&quot;: &quot;tasks&quot; がリストではありません</translation>
    </message>
    <message>
        <source>job &quot;%1&quot;: a task is not a JSON object</source>
        <translation>ジョブ &quot;%1&quot;: JSON オブジェクトではないタスクがあります</translation>
    </message>
    <message>
        <source>job &quot;%1&quot;: a task has no &quot;task_key&quot;</source>
        <translation>ジョブ &quot;%1&quot;: &quot;task_key&quot; のないタスクがあります</translation>
    </message>
    <message>
        <source>job &quot;%1&quot;: task_key &quot;%2&quot; is used twice</source>
        <translation>ジョブ &quot;%1&quot;: task_key &quot;%2&quot; が重複しています</translation>
    </message>
    <message>
        <source>Task keys must be unique within a job.</source>
        <translation>タスクキーはジョブ内で一意である必要があります。</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; is a notebook task without &quot;notebook_path&quot;</source>
        <translation>タスク &quot;%1&quot; は &quot;notebook_path&quot; のないノートブックタスクです</translation>
    </message>
    <message>
        <source>task &quot;%1&quot;: &quot;depends_on&quot; is not a list</source>
        <translation>タスク &quot;%1&quot;: &quot;depends_on&quot; がリストではありません</translation>
    </message>
    <message>
        <source>task &quot;%1&quot;: a depends_on entry has no task_key</source>
        <translation>タスク &quot;%1&quot;: task_key のない depends_on エントリがあります</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; depends on &quot;%2&quot;, which is not a task of job &quot;%3&quot;</source>
        <translation>タスク &quot;%1&quot; は &quot;%2&quot; に依存していますが、&quot;%2&quot; はジョブ &quot;%3&quot; のタスクではありません</translation>
    </message>
    <message>
        <source>Fix depends_on or export the complete job.</source>
        <translation>depends_on を修正するか、ジョブ全体をエクスポートしてください。</translation>
    </message>
    <message>
        <source>Expected a Databricks Jobs API 2.1 document: a job&apos;s settings, a jobs/get response or {&quot;jobs&quot;: [...]}.</source>
        <translation>Databricks Jobs API 2.1 のドキュメント（ジョブの設定、jobs/get のレスポンス、または {&quot;jobs&quot;: [...]}）が必要です。</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>最上位が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>&quot;jobs&quot; is not a list</source>
        <translation>&quot;jobs&quot; がリストではありません</translation>
    </message>
    <message>
        <source>an entry of &quot;jobs&quot; is not a JSON object</source>
        <translation>&quot;jobs&quot; に JSON オブジェクトではないエントリがあります</translation>
    </message>
    <message>
        <source>no job found (no &quot;settings&quot;, &quot;tasks&quot; or &quot;jobs&quot; key)</source>
        <translation>ジョブが見つかりません（&quot;settings&quot;、&quot;tasks&quot;、&quot;jobs&quot; のいずれのキーもありません）</translation>
    </message>
    <message>
        <source>two jobs are named &quot;%1&quot;; their manifests would overwrite each other</source>
        <translation>2 つのジョブが同じ名前 &quot;%1&quot; です。互いのマニフェストを上書きしてしまいます</translation>
    </message>
    <message>
        <source>Rename one of them.</source>
        <translation>どちらかの名前を変更してください。</translation>
    </message>
    <message>
        <source>not a job manifest (no &quot;jobs&quot; list)</source>
        <translation>ジョブのマニフェストではありません（&quot;jobs&quot; リストがありません）</translation>
    </message>
    <message>
        <source>Build it with &quot;mwb build-dag&quot;.</source>
        <translation>&quot;mwb build-dag&quot; で作成してください。</translation>
    </message>
    <message>
        <source>%1 in %2 (cell %3) computes its path at run time (%4); it cannot be resolved before the run</source>
        <translation>%2（セル %3）の %1 はパスを実行時に算出するため（%4）、実行前には解決できません</translation>
    </message>
    <message>
        <source>%1 target %2 (from %3, cell %4) is not in the workspace</source>
        <translation>%1 のターゲット %2（%3 のセル %4 から）がワークスペースにありません</translation>
    </message>
    <message>
        <source>dependency cycle %1; broken at %2 -&gt; %3</source>
        <translation>依存関係の循環 %1。%2 -&gt; %3 で切断しました</translation>
    </message>
    <message>
        <source>%1 nests deeper than %2 levels; its dependencies were not followed</source>
        <translation>%1 の入れ子が %2 階層を超えているため、その依存関係は追跡しませんでした</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; is a %2, not a notebook task; it is kept in the DAG but not migrated</source>
        <translation>タスク &quot;%1&quot; はノートブックタスクではなく %2 です。DAG には残しますが、移行はしません</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; of job &quot;%2&quot; names notebook %3, which is not in the workspace %4 (looked for %5)</source>
        <translation>ジョブ &quot;%2&quot; のタスク &quot;%1&quot; が指定するノートブック %3 は、ワークスペース %4 にありません（検索先: %5）</translation>
    </message>
    <message>
        <source>Export that notebook into the workspace folder, or fix notebook_path.</source>
        <translation>そのノートブックをワークスペースフォルダーにエクスポートするか、notebook_path を修正してください。</translation>
    </message>
    <message>
        <source>notebook of task &quot;%1&quot;: %2</source>
        <translation>タスク &quot;%1&quot; のノートブック: %2</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; has a task dependency cycle: %2</source>
        <translation>ジョブ &quot;%1&quot; にタスクの依存関係の循環があります: %2</translation>
    </message>
    <message>
        <source>Remove one of these depends_on entries; a job&apos;s tasks must form a DAG.</source>
        <translation>これらの depends_on エントリのいずれかを削除してください。ジョブのタスクは DAG を構成する必要があります。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review Databricks jobs and notebooks on their way to AIDP.</source>
        <translation>AIDP へ移行する Databricks のジョブとノートブックをレビューします。</translation>
    </message>
    <message>
        <source>Project folder with reports/*_manifest.json.</source>
        <translation>reports/*_manifest.json を含むプロジェクトフォルダー。</translation>
    </message>
    <message>
        <source>Open the notebook of the task TASK_KEY.</source>
        <translation>タスク TASK_KEY のノートブックを開きます。</translation>
    </message>
    <message>
        <source>Save a PNG of the screen to FILE once the window is shown, then quit.</source>
        <translation>ウィンドウが表示されたら画面の PNG を FILE に保存して終了します。</translation>
    </message>
    <message>
        <source>Give at most one project folder.</source>
        <translation>プロジェクトフォルダーは 1 つまでしか指定できません。</translation>
    </message>
    <message>
        <source>Could not open the notebook of task %1.</source>
        <translation>タスク %1 のノートブックを開けませんでした。</translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <translation>スクリーンショットを %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>Review notebook A against notebook B (give B as the last argument).</source>
        <translation>ノートブック A とノートブック B を比較してレビューします（B は最後の引数として指定します）。</translation>
    </message>
    <message>
        <source>--diff needs two notebooks: --diff A B.</source>
        <translation>--diff にはノートブックを 2 つ指定してください: --diff A B。</translation>
    </message>
    <message>
        <source>Open the project&apos;s run history.</source>
        <translation>プロジェクトの実行履歴を開きます。</translation>
    </message>
    <message>
        <source>Preview the Markdown report FILE (a JOB_REPORT.md, a validation.md).</source>
        <translation>Markdown レポート FILE（JOB_REPORT.md、validation.md）をプレビューします。</translation>
    </message>
    <message>
        <source>Preview the schema copy of SOURCE (a connection URL or profile).</source>
        <translation>SOURCE（接続 URL またはプロファイル）のスキーマコピーをプレビューします。</translation>
    </message>
    <message>
        <source>Target dialect of --schema-copy: sqlite, postgres or mysql.</source>
        <translation>--schema-copy の移行先の方言: sqlite、postgres、mysql。</translation>
    </message>
    <message>
        <source>Open the launch dialog KIND: migrate-job, data or validate.</source>
        <translation>起動ダイアログ KIND を開きます: migrate-job、data、validate。</translation>
    </message>
    <message>
        <source>Milliseconds to wait before --screenshot (default 1500).</source>
        <translation>--screenshot の前に待機するミリ秒数（既定 1500）。</translation>
    </message>
    <message>
        <source>Unknown target dialect %1: use sqlite, postgres or mysql.</source>
        <translation>不明な移行先の方言 %1 です。sqlite、postgres、mysql のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Unknown dialog %1: use migrate-job, data or validate.</source>
        <translation>不明なダイアログ %1 です。migrate-job、data、validate のいずれかを指定してください。</translation>
    </message>
</context>
</TS>
