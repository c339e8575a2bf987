# SPDX-License-Identifier: GPL-3.0-or-later
# Settings (issue 9).
mwb_add_test(widgets secretstore LIBS mwb_widgets mwb_db GUI)
mwb_add_test(widgets settingsdialog LIBS mwb_widgets mwb_db GUI)
mwb_add_test(widgets secretsleak LIBS mwb_widgets mwb_db GUI)
target_compile_definitions(tst_secretsleak PRIVATE MWB_EXECUTABLE="$<TARGET_FILE:mwb>")
add_dependencies(tst_secretsleak mwb)

# The same tests with a real Secret Service: a private D-Bus session (dbus-run-session) with
# gnome-keyring-daemon unlocked by a throw-away password, its keyring files in a temporary HOME.
# Packages: dbus-daemon and gnome-keyring (scripts/setup.sh).
find_program(MWB_DBUS_RUN_SESSION dbus-run-session)
find_program(MWB_GNOME_KEYRING_DAEMON gnome-keyring-daemon)
if(MWB_DBUS_RUN_SESSION AND MWB_GNOME_KEYRING_DAEMON)
    # No ';' in the script: CMake would split the command there.
    # No ';' in the script: CMake would split the command there. The daemon runs in the foreground
    # as a child of the script, so that it is ended with the test even if the bus outlives it.
    set(mwb_keyring_wrapper [[
home=$(mktemp -d /tmp/mwb-keyring.XXXXXX) || exit 1
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run" MWB_TEST_KEYRING=1
mkdir -m 700 "$home/run"
printf pw | gnome-keyring-daemon --foreground --unlock --components=secrets >"$home/keyring.log" 2>&1 &
keyring=$!
tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true
do
    tries=$((tries + 1))
    if [ $tries -gt 100 ]
    then
        echo "gnome-keyring-daemon did not register on the private D-Bus session:" >&2
        cat "$home/keyring.log" >&2
        kill $keyring
        exit 1
    fi
    sleep 0.1
done
"$@"
rc=$?
kill $keyring
wait $keyring
rm -rf "$home"
exit $rc
]])
    foreach(unit secretstore secretsleak)
        add_test(NAME widgets/${unit}_keyring
                 COMMAND ${MWB_DBUS_RUN_SESSION} -- sh -c "${mwb_keyring_wrapper}" sh $<TARGET_FILE:tst_${unit}>)
        set_tests_properties(widgets/${unit}_keyring PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
    endforeach()
else()
    message(WARNING "dbus-run-session or gnome-keyring-daemon not found: the keychain tests are not run "
                    "(scripts/setup.sh installs them)")
endif()
