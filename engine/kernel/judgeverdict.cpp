// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/judgeverdict.h"

#include "kernel/tr.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Mwb::Kernel {

Core::Result<JudgeVerdict> JudgeVerdict::parse(const QString &answer)
{
    const QStringList lines = answer.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        // Markdown emphasis around the keyword ("**PASS:** ...") is common in model output.
        line.remove(u"**"_s);
        if (line.startsWith(u"PASS:", Qt::CaseInsensitive)) {
            JudgeVerdict verdict;
            verdict.passed = true;
            verdict.reason = line.mid(5).trimmed();
            return verdict;
        }
        if (line.startsWith(u"ISSUE:", Qt::CaseInsensitive)) {
            // The FIX part may continue on the following lines.
            QString rest = line.mid(6);
            for (qsizetype j = i + 1; j < lines.size(); ++j) {
                rest += u'\n' + lines.at(j);
            }
            JudgeVerdict verdict;
            const qsizetype fix = rest.indexOf(u"FIX:"_s, 0, Qt::CaseInsensitive);
            if (fix < 0) {
                verdict.issue = rest.trimmed();
            } else {
                QString issue = rest.left(fix).trimmed();
                if (issue.endsWith(u'|')) {
                    issue.chop(1);
                }
                verdict.issue = issue.trimmed();
                verdict.suggestion = rest.mid(fix + 4).trimmed();
            }
            return verdict;
        }
    }
    return Core::Error::inFile({}, Tr::tr("the judge's answer is neither \"PASS: ...\" nor \"ISSUE: ... | FIX: ...\""),
                               Tr::tr("The cell is not counted as verified; ask again."));
}

} // namespace Mwb::Kernel
