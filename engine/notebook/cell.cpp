// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebook/cell.h"

using namespace Qt::StringLiterals;

namespace Mwb::Notebook {

namespace {

QStringView firstLine(const QString &text)
{
    const QStringView view(text);
    const qsizetype nl = view.indexOf(u'\n');
    return nl < 0 ? view : view.left(nl);
}

} // namespace

QString Cell::magic() const
{
    return kind == CellKind::Code ? magicWord(firstLine(source)) : QString();
}

Language Cell::language(Language notebookLanguage) const
{
    switch (kind) {
    case CellKind::Markdown:
        return Language::Markdown;
    case CellKind::Raw:
        return Language::Raw;
    case CellKind::Code:
        break;
    }
    const QStringView line = firstLine(source).trimmed();
    // "!pip install x" is IPython's shell escape running pip; treat it like %pip.
    if (line.startsWith(u"!pip ") || line.startsWith(u"!pip3 ")) {
        return Language::Pip;
    }
    if (const auto language = languageOfMagic(magicWord(line))) {
        return *language;
    }
    return notebookLanguage;
}

QString Cell::body() const
{
    const QString word = magic();
    const auto language = languageOfMagic(word);
    if (!language || *language == Language::Run || *language == Language::Pip || *language == Language::Fs) {
        return source;
    }
    const qsizetype nl = source.indexOf(u'\n');
    // "%sh ls -l" keeps the command that follows the magic on the same line.
    const QStringView line = firstLine(source).trimmed();
    const qsizetype percents = line.startsWith(u"%%") ? 2 : 1;
    const QString rest = line.mid(percents + word.size()).trimmed().toString();
    const QString tail = nl < 0 ? QString() : source.mid(nl + 1);
    if (rest.isEmpty()) {
        return tail;
    }
    return tail.isEmpty() ? rest : rest + u'\n' + tail;
}

Cell Cell::fromDatabricksCommand(const QString &text)
{
    Cell cell;
    const QStringView first = firstLine(text);
    const QString word = magicWord(first);
    if (languageOfMagic(word) != Language::Markdown && word != u"raw") {
        cell.source = text;
        return cell;
    }
    cell.kind = word == u"raw" ? CellKind::Raw : CellKind::Markdown;
    // "%md # Title" puts markdown on the magic line itself.
    const QString rest = first.trimmed().mid(1 + word.size()).trimmed().toString();
    const qsizetype nl = text.indexOf(u'\n');
    const QString tail = nl < 0 ? QString() : text.mid(nl + 1);
    cell.source = rest.isEmpty() ? tail : (nl < 0 ? rest : rest + u'\n' + tail);
    if (word != u"md" && word != u"raw") {
        cell.extra["metadata"]["mwb"]["magic"] = Core::toStd(u'%' + word);
    }
    return cell;
}

QString Cell::databricksCommandText() const
{
    if (kind == CellKind::Code) {
        return source;
    }
    QString magic = kind == CellKind::Raw ? u"%raw"_s : u"%md"_s;
    const auto meta = extra.find("metadata");
    if (meta != extra.end() && meta->is_object() && meta->contains("mwb")) {
        const QString stored = Core::stringValue((*meta)["mwb"], "magic");
        magic = stored.isEmpty() ? magic : stored;
    }
    return source.isEmpty() ? magic : magic + u'\n' + source;
}

} // namespace Mwb::Notebook
