"""Bad values, paths and keys given to the real CLI: one sentence, exit status 2, no traceback, nothing probed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.evidence.crypto import keys
from desktop_app.gui.dialogs.export_dialog import default_name
from desktop_app.store.log import HistoryStore, default_db_path
from tests.history_builder import add_series

T0 = 1_780_000_020.0
NO_LAB = "/nonexistent/lab.json"  # a safety net: were a value not refused first, the lab's absence would stop it


@pytest.fixture
def place(tmp_path) -> Path:
    (tmp_path / "afile").write_text("not a folder")
    (tmp_path / "existing.zip").write_bytes(b"someone's file")
    (tmp_path / "folder.zip").mkdir()
    return tmp_path


def settings(tmp_path: Path, text: str) -> Path:
    cfg = tmp_path / "cfg-settings"
    cfg.mkdir(exist_ok=True)
    (cfg / "settings.json").write_text(text)
    return cfg


# (arguments with {p} for the test's folder, what the one sentence says)
CASES: list[tuple[str, str]] = [
    ("probe --interval nan", "--interval must be between 1 second and one day (86400 seconds)."),
    ("probe --interval inf", "--interval must be between 1 second and one day"),
    ("probe --interval=-inf", "--interval must be between 1 second and one day"),
    ("probe --interval 0", "--interval must be between 1 second and one day"),
    ("probe --interval 1e9", "--interval must be between 1 second and one day"),
    ("probe --timeout inf", "--timeout must be between 0.5 and 60 seconds."),
    ("probe --timeout 1e-9", "--timeout must be between 0.5 and 60 seconds."),
    ("probe --timeout nan", "--timeout must be between 0.5 and 60 seconds."),
    ("probe --timeout=-1", "--timeout must be between 0.5 and 60 seconds."),
    ("history --timeout inf", "--timeout must be between 0.5 and 60 seconds."),
    ("incidents --merge-gap nan", "--merge-gap must be between 0 and 604800 seconds (a week)."),
    ("incidents --merge-gap inf", "--merge-gap must be between 0 and 604800 seconds (a week)."),
    ("incidents --merge-gap=-1", "--merge-gap must be between 0 and 604800 seconds (a week)."),
    ("history --since 1h --until 2h", "--until must be later than --since."),
    ("export --since 1h --until 2h -o {p}/a.zip", "--until must be later than --since."),
    ("export -o {p}/folder.zip", ("{p}/folder.zip is a folder; give the bundle a file name inside it, e.g. "
                                 "{p}/folder.zip/vantage-evidence.zip.")),
    ("export -o {p}/existing.zip", ("{p}/existing.zip already exists; choose another name, or give --force to "
                                   "replace it.")),
    ("export -o {p}/afile/b.zip", "The output folder {p}/afile is a file, not a folder; give a folder with -o."),
    ("export -o {p}/a.txt", "{p}/a.txt should end in .zip: the bundle is a zip file."),
    ("history --data-dir {p}/afile", ("The data folder {p}/afile is a file, not a folder; give a folder with "
                                     "--data-dir (or in Settings).")),
    ("history --data-dir {p}/afile/sub", ("The data folder {p}/afile/sub cannot be made: {p}/afile is a file, not "
                                         "a folder; give another folder with --data-dir (or in Settings).")),
    ("history --data-dir /proc/vantage-test", ("The data folder /proc/vantage-test cannot be created (No such file "
                                              "or directory); give a folder you can write to with --data-dir")),
    ("export -o {p}/x.zip --data-dir {p}/afile", "The data folder {p}/afile is a file, not a folder"),
    ("probe --data-dir {p}/afile", "The data folder {p}/afile is a file, not a folder"),
    ("history --config-dir {p}/afile", ("The settings folder {p}/afile is a file, not a folder; give a folder "
                                       "with --config-dir.")),
    ("keys show --config-dir {p}/afile/cfg", ("The settings folder {p}/afile/cfg cannot be made: {p}/afile is a "
                                             "file, not a folder")),
]


def run_main(argv: list[str], capsys) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command, says", CASES)
def test_a_bad_value_is_one_sentence_and_exit_2(command, says, place, capsys):
    argv = command.format(p=place).split()
    if argv[0] == "probe" and "--lab" not in argv:
        argv += ["--lab", NO_LAB]
    code, out, err = run_main(argv, capsys)
    assert code == 2, (command, out, err)
    assert err.startswith("vantage: ") and says.format(p=place) in err, err
    assert err.count("\n") == 1 and "Traceback" not in out + err
    assert (place / "existing.zip").read_bytes() == b"someone's file"


@pytest.mark.parametrize("text, says", [
    ('{"timeout_s": NaN}', "timeout_s"),
    ('{"timeout_s": Infinity}', "timeout_s"),
    ('{"timeout_s": 1e-9}', "timeout_s"),
    ('{"interval_s": 1e400}', "interval_s"),
    ('{"data_dir": "relative/path"}', "data_dir"),
    ("[1, 2]", "JSON object"),
])
def test_a_bad_value_in_the_settings_file_is_one_sentence(text, says, tmp_path, capsys):
    cfg = settings(tmp_path, text)
    code, out, err = run_main(["probe", "--config-dir", str(cfg), "--lab", NO_LAB], capsys)
    assert code == 2 and "Your settings could not be read" in err and says in err, err
    assert err.count("\n") == 1 and "Traceback" not in out + err


def test_a_data_folder_in_the_settings_that_is_a_file_is_one_sentence(place, capsys):
    cfg = settings(place, json.dumps({"data_dir": str(place / "afile")}))
    code, _, err = run_main(["history", "--config-dir", str(cfg)], capsys)
    assert code == 2 and f"The data folder {place / 'afile'} is a file, not a folder" in err


def test_a_targets_file_that_is_a_folder_is_named_not_ignored(tmp_path, capsys):
    cfg = tmp_path / "cfg"
    (cfg / "targets.toml").mkdir(parents=True)
    code, out, err = run_main(["catalogue", "--config-dir", str(cfg)], capsys)
    assert code == 2 and not out
    assert err == (f"vantage: the catalogue could not be loaded: {cfg / 'targets.toml'}: file: is not a file; "
                   "remove it or move it aside, and write your own targets in a file of that name\n")


@pytest.fixture
def history(tmp_path) -> Path:
    data = tmp_path / "data-hist"
    with HistoryStore.open(default_db_path(data)) as store:
        add_series(store, T0, 60.0, [{}] * 3)
    return data


def test_export_replaces_an_existing_file_only_with_force(history, place, capsys):
    target = place / "existing.zip"
    argv = ["export", "--data-dir", str(history), "--config-dir", str(place / "cfg"), "--since", "2026-05-28T00:00Z",
            "-o", str(target)]
    code, _, err = run_main(argv, capsys)
    assert code == 2 and "already exists" in err and target.read_bytes() == b"someone's file"
    code, out, _ = run_main([*argv, "--force"], capsys)
    assert code == 0 and out.startswith(f"Wrote {target} (")
    assert target.read_bytes()[:2] == b"PK"


def test_export_writes_the_report_in_the_language_asked_else_the_settings_one(history, place, capsys):
    import zipfile
    base = ["export", "--data-dir", str(history), "--config-dir", str(place / "cfg"), "--since", "2026-05-28T00:00Z"]
    code, _, err = run_main([*base, "--language", "ur", "-o", str(place / "ur.zip")], capsys)
    assert code == 0, err
    with zipfile.ZipFile(place / "ur.zip") as bundle:
        html = bundle.read("report.html").decode()
        manifest = json.loads(bundle.read("manifest.json"))
    assert '<html lang="ur" dir="rtl">' in html and manifest["report_language"] == "ur"
    cfg = settings(place, json.dumps({"language": "fa"}))
    code, _, err = run_main([*base, "--config-dir", str(cfg), "-o", str(place / "fa.zip")], capsys)
    assert code == 0, err
    with zipfile.ZipFile(place / "fa.zip") as bundle:
        assert '<html lang="fa" dir="rtl">' in bundle.read("report.html").decode()
    with pytest.raises(SystemExit) as refused:  # argparse refuses it before anything is done
        main([*base, "--language", "de", "-o", str(place / "de.zip")])
    assert refused.value.code == 2 and "invalid choice: 'de'" in capsys.readouterr().err
    assert not (place / "de.zip").exists()


def test_two_default_export_names_in_one_minute_differ():
    minute = time.mktime((2026, 11, 28, 19, 4, 0, 0, 0, -1))
    assert default_name(minute + 1) != default_name(minute + 12)
    assert default_name(minute + 12) == "vantage-evidence-20261128-190412.zip"


# ---------------------------------------------------------------------------------------------------- keys

@pytest.fixture
def protected(tmp_path) -> Path:
    cfg = tmp_path / "keys-cfg"
    keys.create(cfg, b"correct horse battery staple")
    return cfg


def vantage(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True,
                          input=stdin, timeout=120, env=dict(os.environ))


def test_rotating_a_protected_key_without_a_passphrase_is_refused_off_a_terminal(protected):
    before = keys.inspect(protected).fingerprint
    done = vantage("keys", "rotate", "--config-dir", str(protected))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr == (f"vantage: The signing key {keys.key_path(protected)} is protected by a passphrase, and "
                           "the new key would have none. Give a passphrase for the new key, or say explicitly that "
                           "it needs none (`vantage keys rotate --no-passphrase`).\n")
    assert keys.inspect(protected).fingerprint == before and not keys.previous(protected)


def test_no_passphrase_says_so_explicitly(protected, capsys):
    before = keys.inspect(protected).fingerprint
    code, out, _ = run_main(["keys", "rotate", "--no-passphrase", "--config-dir", str(protected)], capsys)
    assert code == 0 and "no passphrase" in out and not keys.is_encrypted(protected)
    assert [k.fingerprint for k in keys.previous(protected)] == [before]


def test_rotating_at_a_terminal_asks_for_the_new_passphrase_twice(protected, tmp_path):
    """A real pseudo-terminal: getpass reads from it exactly as from a person's."""
    import pty

    pid, fd = pty.fork()
    if pid == 0:  # the child: the real CLI, with the pty as its controlling terminal
        os.execv(sys.executable, [sys.executable, "-m", "desktop_app", "keys", "rotate",
                                  "--config-dir", str(protected)])
    seen = b""
    answers = [b"new secret words\n", b"new secret words\n"]
    try:
        while True:
            try:
                chunk = os.read(fd, 1024)
            except OSError:  # EIO: the child has closed the terminal
                break
            if not chunk:
                break
            seen += chunk
            if answers and seen.rstrip().endswith(b":"):  # a prompt is waiting
                os.write(fd, answers.pop(0))
                seen += b"<typed>"
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0, seen
    assert b"protected by a passphrase" in seen and b"Traceback" not in seen
    assert keys.is_encrypted(protected)
    assert keys.load(protected, b"new secret words").fingerprint != keys.previous(protected)[0].fingerprint


@pytest.mark.parametrize("action", ["export-public", "show"])
def test_the_public_half_needs_no_passphrase(protected, action):
    done = vantage("keys", action, "--config-dir", str(protected))  # stdin is empty: a prompt would fail
    info = keys.inspect(protected)
    assert done.returncode == 0 and "Traceback" not in done.stderr and not done.stderr, done.stderr
    first = done.stdout.splitlines()[0]
    assert first == (info.public_line if action == "export-public" else info.fingerprint)
