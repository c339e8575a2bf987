# SPDX-License-Identifier: GPL-3.0-or-later
"""A Databricks dbutils compatibility object for running migrated notebooks outside Databricks.

fs works on local paths; "/Volumes/..." goes under the volumes root (MWB_VOLUMES_ROOT or the
install option) and "dbfs:/x" / "/dbfs/x" under "/Volumes/default/default/dbfs/x", the mapping of
the rewrite rules. secrets come from environment variables MWB_SECRET_<SCOPE>_<KEY>.
"""

import collections
import os
import re
import shutil

FileInfo = collections.namedtuple("FileInfo", "path name size modificationTime")
SecretMetadata = collections.namedtuple("SecretMetadata", "key")
SecretScope = collections.namedtuple("SecretScope", "name")
MountInfo = collections.namedtuple("MountInfo", "mountPoint source encryptionType")


def _env_name(*parts):
    return "MWB_SECRET_" + "_".join(re.sub(r"[^A-Za-z0-9]", "_", p).upper() for p in parts)


class Fs:
    def __init__(self, state):
        self._state = state

    def _local(self, path):
        path = str(path)
        if path.startswith("file:"):
            return path[len("file:"):]
        if path.startswith("dbfs:/"):
            path = "/" + path[len("dbfs:/"):]
            if not path.startswith("/Volumes/"):
                path = "/Volumes/default/default/dbfs" + path
        elif path.startswith("/dbfs/"):
            path = "/Volumes/default/default/dbfs/" + path[len("/dbfs/"):]
        for mount_point, target in self._state.mounts:
            if path == mount_point or path.startswith(mount_point + "/"):
                return target + path[len(mount_point):]
        if path.startswith("/Volumes/") and self._state.volumes_root:
            return os.path.join(self._state.volumes_root, path[len("/Volumes/"):])
        return path

    def ls(self, path):
        local = self._local(path)
        if os.path.isfile(local):
            entries = [(os.path.dirname(local), os.path.basename(local))]
            base = str(path).rsplit("/", 1)[0]
        else:
            entries = [(local, n) for n in sorted(os.listdir(local))]
            base = str(path).rstrip("/")
        out = []
        for folder, name in entries:
            full = os.path.join(folder, name)
            st = os.stat(full)
            is_dir = os.path.isdir(full)
            shown = name + ("/" if is_dir else "")
            out.append(FileInfo(base + "/" + shown, shown, 0 if is_dir else st.st_size, int(st.st_mtime * 1000)))
        return out

    def mkdirs(self, path):
        os.makedirs(self._local(path), exist_ok=True)
        return True

    def put(self, file, contents, overwrite=False):
        local = self._local(file)
        if os.path.exists(local) and not overwrite:
            raise FileExistsError("dbutils.fs.put: %s exists; pass overwrite=True" % file)
        os.makedirs(os.path.dirname(local) or ".", exist_ok=True)
        with open(local, "w", encoding="utf-8") as f:
            f.write(contents)
        return True

    def head(self, file, max_bytes=65536):
        with open(self._local(file), "rb") as f:
            return f.read(max_bytes).decode("utf-8", errors="replace")

    def cp(self, source, dest, recurse=False):
        src, dst = self._local(source), self._local(dest)
        if os.path.isdir(src):
            if not recurse:
                raise IsADirectoryError("dbutils.fs.cp: %s is a directory; pass recurse=True" % source)
            shutil.copytree(src, dst, dirs_exist_ok=True)
        else:
            os.makedirs(os.path.dirname(dst) or ".", exist_ok=True)
            shutil.copy2(src, dst)
        return True

    def mv(self, source, dest, recurse=False):
        src = self._local(source)
        if os.path.isdir(src) and not recurse:
            raise IsADirectoryError("dbutils.fs.mv: %s is a directory; pass recurse=True" % source)
        dst = self._local(dest)
        os.makedirs(os.path.dirname(dst) or ".", exist_ok=True)
        shutil.move(src, dst)
        return True

    def rm(self, path, recurse=False):
        local = self._local(path)
        if os.path.isdir(local):
            if not recurse:
                raise IsADirectoryError("dbutils.fs.rm: %s is a directory; pass recurse=True" % path)
            shutil.rmtree(local)
            return True
        if os.path.exists(local):
            os.remove(local)
            return True
        return False

    def mounts(self):
        return [MountInfo(point, target, "") for point, target in self._state.mounts]

    def help(self):
        print("dbutils.fs (Migration Workbench shim): ls, mkdirs, put, head, cp, mv, rm on local paths")


class Secrets:
    def get(self, scope, key):
        name = _env_name(scope, key)
        if name not in os.environ:
            raise KeyError("secret %s/%s not found: set the environment variable %s" % (scope, key, name))
        return os.environ[name]

    def getBytes(self, scope, key):
        return self.get(scope, key).encode("utf-8")

    def list(self, scope):
        prefix = _env_name(scope) + "_"
        return [SecretMetadata(k[len(prefix):].lower()) for k in sorted(os.environ) if k.startswith(prefix)]

    def listScopes(self):
        return []


class Widgets:
    def __init__(self, state):
        self._state = state

    def _define(self, name, defaultValue):
        self._state.widget_defaults[str(name)] = "" if defaultValue is None else str(defaultValue)

    def text(self, name, defaultValue="", label=None):
        self._define(name, defaultValue)

    def dropdown(self, name, defaultValue, choices, label=None):
        self._define(name, defaultValue)

    def combobox(self, name, defaultValue, choices, label=None):
        self._define(name, defaultValue)

    def multiselect(self, name, defaultValue, choices, label=None):
        self._define(name, defaultValue)

    def get(self, name):
        """The job parameter ``name``, else the widget's default; like Databricks, an error when neither exists."""
        name = str(name)
        if name in self._state.parameters:
            return self._state.parameters[name]
        if name in self._state.widget_defaults:
            return self._state.widget_defaults[name]
        raise ValueError("InputWidgetNotDefined: no input widget named %s is defined" % name)

    def getArgument(self, name, defaultValue=None):
        try:
            return self.get(name)
        except ValueError:
            return defaultValue

    def remove(self, name):
        self._state.widget_defaults.pop(str(name), None)

    def removeAll(self):
        self._state.widget_defaults.clear()


class NotebookUtils:
    def __init__(self, oidl):
        self._oidl = oidl

    def exit(self, value):
        self._oidl.notebook.exit(value)

    def run(self, path, timeout_seconds=0, arguments=None):
        return self._oidl.notebook.run(path, timeout_seconds or 3600, arguments or {})


class TaskValues:
    def __init__(self, state):
        self._state = state

    def set(self, key, value):
        self._state.set_task_value(key, value)

    def get(self, taskKey, key, default=None, debugValue=None):
        if str(key) in self._state.task_values:
            return self._state.task_values[str(key)]
        return debugValue if default is None else default


class Jobs:
    def __init__(self, state):
        self.taskValues = TaskValues(state)


class DBUtils:
    def __init__(self, state, oidl):
        self.fs = Fs(state)
        self.secrets = Secrets()
        self.widgets = Widgets(state)
        self.notebook = NotebookUtils(oidl)
        self.jobs = Jobs(state)

    def help(self):
        print("dbutils (Migration Workbench shim): fs, secrets, widgets, notebook, jobs.taskValues")

    def __repr__(self):
        return "<dbutils (Migration Workbench runtime shim)>"
