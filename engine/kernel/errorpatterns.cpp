// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/errorpatterns.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Mwb::Kernel {

QStringList findErrorLines(const QString &text)
{
    static const QRegularExpression error(u"(^|[^A-Za-z])(Traceback\\b|Exception:|[A-Z][A-Za-z0-9_]*Error:)"_s);
    static const QRegularExpression ignored(
        u"WARN|deprecated|FutureWarning|UserWarning|DeprecationWarning|should be int, but was"_s,
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (error.match(line).hasMatch() && !ignored.match(line).hasMatch()) {
            out << line.trimmed();
        }
    }
    return out;
}

QString findUnfixableOciError(const QString &text)
{
    static const QStringList patterns {u"NotAuthorizedOrNotFound"_s, u"User does not have required privileges"_s,
                                       u"BucketNotFound"_s, u"GeneratePar operation in LakeSharing"_s};
    for (const QString &pattern : patterns) {
        if (text.contains(pattern)) {
            return pattern;
        }
    }
    return {};
}

} // namespace Mwb::Kernel
