// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>
class TestSecretsLeak : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestSecretsLeak)
#include "tst_secretsleak.moc"
