// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/ociconfig.h"

#include "kernel/tr.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Mwb::Kernel {

namespace {

QString expandHome(const QString &path)
{
    if (path == u"~" || path.startsWith(u"~/")) {
        return QDir::homePath() + path.mid(1);
    }
    return path;
}

} // namespace

QString OciConfig::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("OCI_CLI_CONFIG_FILE");
    return fromEnvironment.isEmpty() ? QDir::homePath() + u"/.oci/config"_s : expandHome(fromEnvironment);
}

Core::Result<QString> OciConfig::keyId() const
{
    if (!securityTokenFile.isEmpty()) {
        QFile file(securityTokenFile);
        if (!file.open(QIODevice::ReadOnly)) {
            return Core::Error::inFile(securityTokenFile, Tr::tr("cannot read the OCI security token: %1").arg(file.errorString()),
                                       Tr::tr("Run \"oci session authenticate --profile %1\" again.").arg(profile));
        }
        return QString(u"ST$"_s + QString::fromUtf8(file.readAll()).trimmed());
    }
    return QString(tenancy + u'/' + user + u'/' + fingerprint);
}

Core::Result<OciConfig> OciConfig::read(const QString &path, const QString &profile)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return Core::Error::inFile(path, Tr::tr("cannot read the OCI configuration: %1").arg(file.errorString()),
                                   Tr::tr("Create it with \"oci setup config\" or pass --oci-config FILE."));
    }
    QHash<QString, QHash<QString, QString>> sections;
    QString section;
    QTextStream in(&file);
    int lineNumber = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';')) {
            continue;
        }
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = line.mid(1, line.size() - 2).trimmed();
            sections[section];
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0 || section.isEmpty()) {
            return Core::Error::at(path, lineNumber, 1, Tr::tr("expected \"[PROFILE]\" or \"key=value\""),
                                   Tr::tr("Fix the line or recreate the file with \"oci setup config\"."));
        }
        sections[section].insert(line.left(equals).trimmed().toLower(), line.mid(equals + 1).trimmed());
    }
    if (!sections.contains(profile)) {
        return Core::Error::inFile(path, Tr::tr("no profile [%1] in the OCI configuration").arg(profile),
                                   Tr::tr("Use one of: %1.").arg(sections.keys().join(u", "_s)));
    }
    QHash<QString, QString> values = sections.value(u"DEFAULT"_s);
    const auto own = sections.value(profile);
    for (auto it = own.begin(); it != own.end(); ++it) {
        values.insert(it.key(), it.value());
    }
    OciConfig config;
    config.profile = profile;
    config.user = values.value(u"user"_s);
    config.tenancy = values.value(u"tenancy"_s);
    config.fingerprint = values.value(u"fingerprint"_s);
    config.keyFile = expandHome(values.value(u"key_file"_s));
    config.passPhrase = values.value(u"pass_phrase"_s);
    config.region = values.value(u"region"_s);
    config.securityTokenFile = expandHome(values.value(u"security_token_file"_s));
    QStringList missing;
    if (config.keyFile.isEmpty()) {
        missing << u"key_file"_s;
    }
    if (config.securityTokenFile.isEmpty()) {
        for (const auto &[key, value] : {std::pair {u"user"_s, config.user}, std::pair {u"tenancy"_s, config.tenancy},
                                         std::pair {u"fingerprint"_s, config.fingerprint}}) {
            if (value.isEmpty()) {
                missing << key;
            }
        }
    }
    if (!missing.isEmpty()) {
        return Core::Error::inFile(path, Tr::tr("profile [%1] lacks %2").arg(profile, missing.join(u", "_s)),
                                   Tr::tr("Add the keys, or recreate the profile with \"oci setup config\"."));
    }
    return config;
}

QString regionFromOcid(const QString &ocid)
{
    const QStringList parts = ocid.split(u'.');
    if (parts.size() < 5 || parts.at(0) != u"ocid1") {
        return {};
    }
    const QString region = parts.at(3).toLower();
    // Region keys of the first regions, which their OCIDs carry instead of the region identifier
    // (OCI docs "Regions and Availability Domains", Region Key column).
    static const QHash<QString, QString> legacyKeys {
        {u"iad"_s, u"us-ashburn-1"_s}, {u"phx"_s, u"us-phoenix-1"_s},   {u"fra"_s, u"eu-frankfurt-1"_s},
        {u"lhr"_s, u"uk-london-1"_s},  {u"yyz"_s, u"ca-toronto-1"_s},   {u"nrt"_s, u"ap-tokyo-1"_s},
        {u"icn"_s, u"ap-seoul-1"_s},   {u"bom"_s, u"ap-mumbai-1"_s},    {u"gru"_s, u"sa-saopaulo-1"_s},
        {u"zrh"_s, u"eu-zurich-1"_s},  {u"syd"_s, u"ap-sydney-1"_s},    {u"ams"_s, u"eu-amsterdam-1"_s},
    };
    return legacyKeys.value(region, region);
}

} // namespace Mwb::Kernel
