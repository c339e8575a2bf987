// SPDX-License-Identifier: GPL-3.0-or-later
// Every reader gets thousands of mutated copies of real fixtures and must answer with a notebook or
// a clear error (file named, message given), never a crash, a hang or an exception.
#include "notebook/dbcarchive.h"
#include "notebook/notebookio.h"
#include "workflow/jobdefinition.h"
#include "workflow/manifest.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Mwb;

namespace {

constexpr int kMutantsPerReader = 1500;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QByteArray> seeds(const QStringList &patterns)
{
    QList<QByteArray> out;
    for (const QString &root : QStringList { QStringLiteral(MWB_SOURCE_DIR) + u"/examples"_s, QStringLiteral(MWB_FIXTURES_DIR) }) {
        QDirIterator it(root, patterns, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            out.append(readAll(it.next()));
        }
    }
    return out;
}

// One random edit of the kinds that damaged files show: bit flips, cut-offs, lost or doubled
// ranges, structural characters and invalid UTF-8 dropped in.
QByteArray mutate(QByteArray data, QRandomGenerator &rng)
{
    static const QByteArray specials("{}[]\":,\\\n\r\t\0\xFF\xC3\xE2 0-e#%", 22);
    const int edits = 1 + static_cast<int>(rng.bounded(4));
    for (int e = 0; e < edits && !data.isEmpty(); ++e) {
        const auto size = static_cast<quint32>(data.size());
        const qsizetype at = rng.bounded(size);
        switch (rng.bounded(7)) {
        case 0:
            data[at] = static_cast<char>(data.at(at) ^ (1 << rng.bounded(8)));
            break;
        case 1:
            data.truncate(at);
            break;
        case 2:
            data.remove(at, 1 + rng.bounded(64));
            break;
        case 3:
            data.insert(at, data.mid(rng.bounded(size), 1 + rng.bounded(64)));
            break;
        case 4:
            data[at] = specials.at(rng.bounded(static_cast<quint32>(specials.size())));
            break;
        case 5:
            data.insert(at, specials.at(rng.bounded(static_cast<quint32>(specials.size()))));
            break;
        default:
            data[at] = static_cast<char>(rng.bounded(256));
            break;
        }
    }
    return data;
}

} // namespace

class TestReaderFuzz final : public QObject
{
    Q_OBJECT

private:
    void fuzz(const QStringList &patterns, const QString &fileName,
              const std::function<std::optional<Core::Error>(const QByteArray &, const QString &)> &read)
    {
        const QList<QByteArray> inputs = seeds(patterns);
        QVERIFY2(!inputs.isEmpty(), qPrintable(patterns.join(u',')));
        QRandomGenerator rng(20261121); // fixed seed: a failure reproduces
        int rejected = 0;
        for (int i = 0; i < kMutantsPerReader; ++i) {
            const QByteArray mutant = mutate(inputs.at(i % inputs.size()), rng);
            std::optional<Core::Error> error;
            try {
                error = read(mutant, fileName);
            } catch (const std::exception &e) {
                QFAIL(qPrintable(u"mutant %1 threw: %2"_s.arg(i).arg(QString::fromUtf8(e.what()))));
            }
            if (error) {
                ++rejected;
                QVERIFY2(error->toString().contains(fileName), qPrintable(error->toString()));
                QVERIFY2(!error->message.trimmed().isEmpty(), "an error must say what happened");
            }
        }
        // The mutations must actually exercise the error paths.
        QVERIFY2(rejected > kMutantsPerReader / 4, qPrintable(u"only %1 rejected"_s.arg(rejected)));
        qInfo("%s: %d mutants, %d rejected with an error, %d still readable", qPrintable(fileName), kMutantsPerReader,
              rejected, kMutantsPerReader - rejected);
    }

    static std::optional<Core::Error> notebookError(const QByteArray &bytes, const QString &name)
    {
        auto nb = Notebook::readNotebookBytes(bytes, name);
        if (!nb) {
            return nb.error();
        }
        // What was read must also be writable again.
        (void)Notebook::serializeNotebook(*nb, u"x.ipynb"_s);
        return std::nullopt;
    }

private Q_SLOTS:
    void ipynb()
    {
        fuzz({ u"*.ipynb"_s }, u"mutant.ipynb"_s, notebookError);
    }
    void databricksSource()
    {
        fuzz({ u"*.py"_s }, u"mutant.py"_s, notebookError);
    }
    void databricksSourceOtherLanguages()
    {
        fuzz({ u"*.sql"_s }, u"mutant.sql"_s, notebookError);
        fuzz({ u"*.scala"_s }, u"mutant.scala"_s, notebookError);
        fuzz({ u"*.r"_s }, u"mutant.r"_s, notebookError);
    }
    void dbc()
    {
        fuzz({ u"*.dbc"_s }, u"mutant.dbc"_s, [](const QByteArray &bytes, const QString &name) -> std::optional<Core::Error> {
            auto entries = Notebook::readDbc(bytes, name);
            return entries ? std::nullopt : std::optional<Core::Error>(entries.error());
        });
    }
    void jobsJson()
    {
        fuzz({ u"retail_daily_etl.json"_s, u"jobs_export.json"_s }, u"mutant_jobs.json"_s,
             [](const QByteArray &bytes, const QString &name) -> std::optional<Core::Error> {
                 auto jobs = Workflow::readJobs(bytes, name);
                 return jobs ? std::nullopt : std::optional<Core::Error>(jobs.error());
             });
    }
    void manifest()
    {
        fuzz({ u"*_manifest.json"_s }, u"mutant_manifest.json"_s,
             [](const QByteArray &bytes, const QString &name) -> std::optional<Core::Error> {
                 auto manifest = Workflow::readManifest(bytes, name);
                 return manifest ? std::nullopt : std::optional<Core::Error>(manifest.error());
             });
    }
};

QTEST_GUILESS_MAIN(TestReaderFuzz)
#include "tst_readerfuzz.moc"
