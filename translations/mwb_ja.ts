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
        <source>&amp;Close Notebook</source>
        <translation>ノートブックを閉じる(&amp;C)</translation>
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
</context>
</TS>
