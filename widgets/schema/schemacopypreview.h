// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "db/connectionspec.h"

#include <memory>

#include <QProcess>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QModelIndex;
class QPlainTextEdit;
class QPushButton;
class QSyntaxHighlighter;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace Mwb::Db {
struct SchemaCopyResult;
}

namespace Mwb::Widgets {

class SchemaObjectModel;
class SchemaWarningsModel;

// The schema-copy preview document (WORKBENCH_UI.md, "Schema-copy preview"; issue 9): pick a source
// connection (a profile of the project's connections.json or a URL) and a target dialect; Preview reads
// the schema and generates the DDL off the GUI thread (Db::prepareSchemaCopy, the code path of
// `mwb schema-copy`). Left: the source objects; right: the DDL of the selected object or file,
// highlighted as SQL; below: warnings and skipped items, each activating its object. "Save files"
// writes the CLI's files (Db::writeSchemaCopy); "Apply to target" runs `mwb schema-copy --apply`.
class SchemaCopyPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaCopyPreview)

public:
    // `projectDir`: where connections.json is read and where files are saved (.tmp/schema-copy/<timestamp>)
    // and the working directory of the mwb process.
    explicit SchemaCopyPreview(const QString &projectDir, QWidget *parent = nullptr);
    ~SchemaCopyPreview() override;

    QString projectDir() const { return m_projectDir; }
    // Re-reads the profile names of connections.json into the source box.
    void reloadProfiles();
    QStringList profileNames() const;

    // A profile name or a URL (sqlite:///abs/file.db, postgresql://user@host/db, mysql://...).
    void setSource(const QString &urlOrProfile);
    QString source() const;
    void setTargetDialect(Db::DialectKind dialect);
    Db::DialectKind targetDialect() const;

    // Starts reading and generating in a worker thread; previewFinished() follows. A result of an
    // earlier request that arrives later is dropped (request ids).
    void preview();
    // Drops the running preview's result when it arrives (the read itself runs to its end in the worker).
    void cancelPreview();
    bool isPreviewRunning() const;
    // The last successful preview, nullptr before one.
    const Db::SchemaCopyResult *result() const;

    // Shows the object of a warning / skipped item (as SchemaWarningsModel names it): selects it in the
    // tree and shows its DDL. False when no tree node matches.
    bool selectObject(const QString &object, const QString &warningKind = {});
    // Shows one generated file ("tables.sql", "skipped/functions.sql").
    bool selectFile(const QString &path);
    // The text in the DDL pane, and what it shows ("Table orders", "tables.sql").
    QString ddlText() const;
    QString ddlTitle() const;
    // The warnings shown above the DDL: those of the selected object and its parts, one per line.
    QString objectWarningsText() const;

    // Writes the files of the last preview into `folder` (empty = <project>/.tmp/schema-copy/<UTC timestamp>)
    // with the engine's writer; returns the folder.
    Core::Result<QString> saveFiles(const QString &folder = {});

    // Runs `mwb schema-copy --source <source> --target-dialect <dialect> --apply <target>` in the project folder,
    // its output in the "Apply output" tab; applyFinished() follows. `target` is a profile name or URL
    // (never with a password: mwb takes it from PGPASSWORD / MWB_PASSWORD or the keychain).
    // False when an apply is already running or there is no source.
    bool applyTo(const QString &target);
    bool isApplyRunning() const;
    // The mwb arguments applyTo() would use (without the program).
    QStringList applyArguments(const QString &target) const;

    SchemaObjectModel *objectModel() const { return m_objects; }
    SchemaWarningsModel *warningsModel() const { return m_warnings; }
    QTreeView *objectView() const { return m_tree; }
    QTreeView *warningsView() const { return m_warningsView; }
    QPlainTextEdit *ddlView() const { return m_ddl; }
    QPlainTextEdit *applyOutput() const { return m_applyLog; }
    QTabWidget *bottomTabs() const { return m_bottomTabs; }
    QString statusText() const;

Q_SIGNALS:
    void previewFinished(bool ok);
    void filesSaved(const QString &folder);
    void applyFinished(bool ok, int exitCode);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome;
    void showOutcome(quint64 requestId, const QString &sourceText, const std::shared_ptr<Outcome> &outcome);
    void showNode(const QModelIndex &index);
    void activateWarning(const QModelIndex &index);
    void chooseSqliteFile();
    void askSaveFolder();
    void askApplyTarget();
    void setStatus(const QString &text);
    void updateActions();

    QString m_projectDir;
    SchemaObjectModel *m_objects;
    SchemaWarningsModel *m_warnings;
    QComboBox *m_sourceBox;
    QToolButton *m_browse;
    QComboBox *m_dialectBox;
    QPushButton *m_previewButton;
    QPushButton *m_cancelButton;
    QToolButton *m_saveButton;
    QPushButton *m_applyButton;
    QTreeView *m_tree;
    QLabel *m_ddlTitle;
    QLabel *m_ddlWarnings;
    QPlainTextEdit *m_ddl;
    QSyntaxHighlighter *m_highlighter = nullptr;
    QTabWidget *m_bottomTabs;
    QTreeView *m_warningsView;
    QPlainTextEdit *m_applyLog;
    QLabel *m_status;
    QProcess *m_apply = nullptr;
    std::unique_ptr<Db::SchemaCopyResult> m_result;
    QString m_resultSource; // the source text of m_result
    quint64 m_requestId = 0;
    bool m_running = false;
};

} // namespace Mwb::Widgets
