// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/clusterprofile.h"

#include "settings/projectjsonfile.h"

#include "core/jsonio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Mwb::Widgets {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Mwb::Widgets::ClusterProfile)
};

QString fileOf(const QString &projectDir)
{
    return QDir(projectDir).filePath(u"workbench.json"_s);
}

void addOption(QStringList &args, const QString &option, const QString &value)
{
    if (!value.trimmed().isEmpty()) {
        args << option << value.trimmed();
    }
}

} // namespace

QStringList ClusterProfile::arguments(Command command) const
{
    QStringList args;
    if (kind == Kind::Jupyter) {
        addOption(args, u"--jupyter"_s, jupyterUrl);
    } else {
        addOption(args, u"--aidp"_s, ociProfile);
        addOption(args, u"--oci-config"_s, ociConfig);
        addOption(args, u"--datalake"_s, datalake);
        addOption(args, command == Command::Exec ? u"--workspace"_s : u"--aidp-workspace"_s, workspace);
        addOption(args, u"--cluster"_s, cluster);
        addOption(args, u"--region"_s, region);
        addOption(args, u"--aidp-endpoint"_s, endpoint);
        addOption(args, u"--aidp-ws-endpoint"_s, wsEndpoint);
    }
    addOption(args, u"--kernel"_s, kernel);
    return args;
}

Core::Result<void> ClusterProfile::validate() const
{
    const QString where = Tr::tr("cluster profile \"%1\"").arg(name);
    if (name.trimmed().isEmpty() || name != name.trimmed()) {
        return Core::Error::inFile({}, Tr::tr("a cluster profile has no name"), Tr::tr("Give every profile a name."));
    }
    if (kind == Kind::Jupyter) {
        const QUrl url(jupyterUrl.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
            return Core::Error::inFile(where, Tr::tr("\"%1\" is not a Jupyter server URL").arg(jupyterUrl),
                Tr::tr("Give the server's address, e.g. http://127.0.0.1:8888/."));
        }
        if (!url.password().isEmpty() || url.query().contains(u"token="_s)) {
            return Core::Error::inFile(where, Tr::tr("the Jupyter URL contains a token or password"),
                Tr::tr("Remove it from the URL and put the token in the Token field: it goes to "
                       "the keychain."));
        }
        return {};
    }
    const QList<std::pair<QString, QString>> required { { ociProfile, Tr::tr("OCI profile") },
        { datalake, Tr::tr("data lake OCID") }, { workspace, Tr::tr("workspace id") },
        { cluster, Tr::tr("cluster id") } };
    for (const auto &[value, label] : required) {
        if (value.trimmed().isEmpty()) {
            return Core::Error::inFile(where, Tr::tr("the %1 is missing").arg(label),
                Tr::tr("AIDP needs the ~/.oci/config profile, the data lake OCID, the workspace "
                       "and the cluster (see mwb exec --help)."));
        }
    }
    return {};
}

Core::Result<QList<ClusterProfile>> readClusterProfiles(const QString &projectDir)
{
    const QString file = fileOf(projectDir);
    QList<ClusterProfile> profiles;
    if (!QFileInfo::exists(file)) {
        return profiles;
    }
    auto bytes = Core::readFile(file);
    if (!bytes) {
        return bytes.error();
    }
    auto json = Core::parseOrderedJson(*bytes, file);
    if (!json) {
        return json.error();
    }
    if (!json->is_object() || !json->contains("clusters")) {
        return profiles;
    }
    const auto &all = (*json)["clusters"];
    if (!all.is_object()) {
        return Core::Error::inFile(file, Tr::tr("\"clusters\" in workbench.json is not an object"),
            Tr::tr("Write \"clusters\": {\"name\": {\"kind\": \"jupyter\", \"url\": \"http://...\"}}."));
    }
    for (auto it = all.begin(); it != all.end(); ++it) {
        const auto &p = it.value();
        ClusterProfile profile;
        profile.name = Core::fromStd(it.key());
        profile.kind
            = Core::stringValue(p, "kind") == u"aidp" ? ClusterProfile::Kind::Aidp : ClusterProfile::Kind::Jupyter;
        profile.kernel = Core::stringValue(p, "kernel");
        profile.jupyterUrl = Core::stringValue(p, "url");
        profile.ociProfile = Core::stringValue(p, "oci_profile");
        profile.ociConfig = Core::stringValue(p, "oci_config");
        profile.datalake = Core::stringValue(p, "datalake");
        profile.workspace = Core::stringValue(p, "workspace");
        profile.cluster = Core::stringValue(p, "cluster");
        profile.region = Core::stringValue(p, "region");
        profile.endpoint = Core::stringValue(p, "aidp_endpoint");
        profile.wsEndpoint = Core::stringValue(p, "aidp_ws_endpoint");
        profiles << profile;
    }
    return profiles;
}

Core::Result<void> writeClusterProfiles(const QString &projectDir, const QList<ClusterProfile> &profiles)
{
    Core::OrderedJson all = Core::OrderedJson::object();
    for (const ClusterProfile &profile : profiles) {
        Core::OrderedJson p = Core::OrderedJson::object();
        const auto put = [&p](const char *key, const QString &value) {
            if (!value.trimmed().isEmpty()) {
                p[key] = Core::toStd(value.trimmed());
            }
        };
        if (profile.kind == ClusterProfile::Kind::Jupyter) {
            p["kind"] = "jupyter";
            put("url", profile.jupyterUrl);
        } else {
            p["kind"] = "aidp";
            put("oci_profile", profile.ociProfile);
            put("oci_config", profile.ociConfig);
            put("datalake", profile.datalake);
            put("workspace", profile.workspace);
            put("cluster", profile.cluster);
            put("region", profile.region);
            put("aidp_endpoint", profile.endpoint);
            put("aidp_ws_endpoint", profile.wsEndpoint);
        }
        put("kernel", profile.kernel);
        all[Core::toStd(profile.name)] = p;
    }
    return writeProjectJsonMember(fileOf(projectDir), "clusters", all);
}

} // namespace Mwb::Widgets
