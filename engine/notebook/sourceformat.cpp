// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebook/sourceformat.h"
#include "notebook/tr.h"

#include "core/textposition.h"
#include "core/utf8.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Mwb::Notebook {

namespace {

struct RawCell
{
    QStringList lines;
};

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

void trimBlankLines(QStringList &lines)
{
    while (!lines.isEmpty() && isBlank(lines.first())) {
        lines.removeFirst();
    }
    while (!lines.isEmpty() && isBlank(lines.last())) {
        lines.removeLast();
    }
}

} // namespace

std::optional<Language> sourceLanguageForSuffix(const QString &suffix)
{
    const QString s = suffix.toLower();
    if (s == u"py") {
        return Language::Python;
    }
    if (s == u"sql") {
        return Language::Sql;
    }
    if (s == u"scala") {
        return Language::Scala;
    }
    if (s == u"r") {
        return Language::R;
    }
    return std::nullopt;
}

Core::Result<Notebook> readDatabricksSource(const QByteArray &bytes, const QString &fileName)
{
    const QFileInfo info(fileName);
    const auto fileLanguage = sourceLanguageForSuffix(info.suffix());
    if (!fileLanguage) {
        return Core::Error::inFile(fileName, Tr::tr("unknown Databricks source extension \".%1\"").arg(info.suffix()),
                                   Tr::tr("Use .py, .sql, .scala or .r."));
    }
    const qsizetype bad = Core::firstInvalidUtf8(bytes);
    if (bad >= 0) {
        const auto pos = Core::positionAtByte(bytes, bad);
        return Core::Error::at(fileName, pos.line, pos.column, Tr::tr("invalid UTF-8"), Tr::tr("Save the file as UTF-8."));
    }
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    text.replace(u"\r\n"_s, u"\n"_s);
    const QStringList lines = text.split(u'\n');

    const QString c = lineCommentPrefix(*fileLanguage);
    const QString header = c + u" Databricks notebook source";
    if (lines.isEmpty() || lines.first().trimmed() != header) {
        return Core::Error::at(fileName, 1, 1, Tr::tr("missing the \"%1\" header line").arg(header),
                               Tr::tr("This is a plain script, not a Databricks notebook export; export the notebook "
                                      "with format SOURCE, or rename the file if its language is different."));
    }
    const QString separator = c + u" COMMAND ----------";
    const QString magicPrefix = c + u" MAGIC";
    static const QRegularExpression titleRe(u"^(?:#|--|//) DBTITLE (\\d+),(.*)$"_s);

    QList<RawCell> blocks(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed() == separator) {
            blocks.append(RawCell {});
        } else {
            blocks.last().lines.append(lines.at(i));
        }
    }

    Notebook notebook;
    notebook.name = info.completeBaseName();
    notebook.language = *fileLanguage;
    for (RawCell &block : blocks) {
        trimBlankLines(block.lines);
        Cell cell;
        QString title;
        bool showTitle = false;
        if (!block.lines.isEmpty()) {
            const auto match = titleRe.match(block.lines.first());
            if (match.hasMatch() && block.lines.first().startsWith(c)) {
                title = match.captured(2);
                showTitle = match.captured(1) != u"0";
                block.lines.removeFirst();
            }
        }
        const bool magic = !block.lines.isEmpty() && block.lines.first().startsWith(magicPrefix);
        if (magic) {
            QStringList stripped;
            stripped.reserve(block.lines.size());
            for (const QString &line : std::as_const(block.lines)) {
                if (line.startsWith(magicPrefix + u' ')) {
                    stripped.append(line.mid(magicPrefix.size() + 1));
                } else if (line.startsWith(magicPrefix) && line.trimmed() == magicPrefix) {
                    stripped.append(QString());
                } else {
                    stripped.append(line); // hand-edited line without the prefix: keep it as it is
                }
            }
            cell = Cell::fromDatabricksCommand(stripped.join(u'\n'));
        } else {
            cell.source = block.lines.join(u'\n');
        }
        cell.title = title;
        cell.showTitle = showTitle;
        notebook.cells.append(std::move(cell));
    }
    return notebook;
}

QByteArray writeDatabricksSource(const Notebook &notebook, Language fileLanguage)
{
    const QString c = lineCommentPrefix(fileLanguage);
    const QString magicPrefix = c + u" MAGIC";
    QStringList cellTexts;
    for (const Cell &cell : notebook.cells) {
        QStringList out;
        if (!cell.title.isEmpty()) {
            out.append(c + u" DBTITLE " + (cell.showTitle ? u'1' : u'0') + u',' + cell.title);
        }
        QStringList lines = cell.databricksCommandText().split(u'\n');
        // Markdown, raw and magic cells are MAGIC-prefixed; a plain cell is in the notebook's
        // language, which a file of another language must name with its magic.
        bool prefixed = !cell.isCode() || !cell.magic().isEmpty();
        if (!prefixed && notebook.language != fileLanguage) {
            lines.prepend(u'%' + languageName(notebook.language));
            prefixed = true;
        }
        for (const QString &line : std::as_const(lines)) {
            if (!prefixed) {
                out.append(line);
            } else {
                out.append(line.isEmpty() ? magicPrefix : magicPrefix + u' ' + line);
            }
        }
        cellTexts.append(out.join(u'\n'));
    }
    QString text = c + u" Databricks notebook source\n";
    text += cellTexts.join(u"\n\n"_s + c + u" COMMAND ----------\n\n"_s);
    text += u'\n';
    return text.toUtf8();
}

} // namespace Mwb::Notebook
