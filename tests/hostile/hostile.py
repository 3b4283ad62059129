"""Shared helpers of the hostile-input tests: running claimcheck with a time limit and measuring its memory."""
import hashlib
import json
import os
import resource
import subprocess
import tempfile
import time
import unittest

BIN = os.environ.get("CLAIMCHECK_BIN", "claimcheck")

# A run on hostile input must finish; a hang is a failure, not a slow test.
DEFAULT_TIMEOUT = 120


class Run:
    """What one claimcheck run did: exit code, output bytes, peak memory and wall time."""

    def __init__(self, code, out, err, max_rss_mb, seconds):
        self.code = code
        self.out = out
        self.err = err
        self.max_rss_mb = max_rss_mb
        self.seconds = seconds

    @property
    def stdout(self):
        return self.out.decode("utf-8", "replace")

    @property
    def stderr(self):
        return self.err.decode("utf-8", "replace")

    def json(self):
        return json.loads(self.out)

    def __repr__(self):
        return (f"exit {self.code}, {self.seconds:.1f} s, {self.max_rss_mb:.0f} MB; stderr: "
                f"{self.stderr[-2000:]!r}")


def run(*args, cwd=None, timeout=DEFAULT_TIMEOUT, env=None):
    """Runs claimcheck with args; the peak resident memory is that of this one process (wait4)."""
    full_env = dict(os.environ)
    full_env["NO_COLOR"] = "1"
    # Leak checking makes every exit slow on big inputs and is the unit suite's job.
    full_env.setdefault("ASAN_OPTIONS", "detect_leaks=0")
    if env:
        full_env.update(env)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen([BIN, *args], cwd=cwd, env=full_env, stdout=out, stderr=err,
                                stdin=subprocess.DEVNULL)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid != 0:
                break
            if time.monotonic() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                raise AssertionError(f"claimcheck {' '.join(map(str, args))[:200]} did not finish in {timeout} s")
            time.sleep(0.02)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        return Run(proc.returncode, out.read(), err.read(), usage.ru_maxrss / 1024, seconds)


def is_root():
    return os.geteuid() == 0


def tree_digest(root):
    """Names, sizes, modes, times and contents of everything under root: any write shows up."""
    h = hashlib.sha256()
    for folder, dirs, files in sorted(os.walk(root)):
        dirs.sort()
        for name in sorted(dirs + files):
            path = os.path.join(folder, name)
            st = os.lstat(path)
            h.update(f"{os.path.relpath(path, root)}|{st.st_mode}|{st.st_size}|{st.st_mtime_ns}\n".encode())
            if os.path.isfile(path) and not os.path.islink(path):
                with open(path, "rb") as f:
                    h.update(f.read())
    return h.hexdigest()


class TempDir(unittest.TestCase):
    """A test case with a fresh temporary folder in self.dir."""

    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="claimcheck-hostile-")
        self.dir = self._tmp.name

    def tearDown(self):
        for folder, dirs, _ in os.walk(self.dir):
            for name in dirs:
                path = os.path.join(folder, name)
                if not os.path.islink(path):
                    os.chmod(path, 0o755)
        self._tmp.cleanup()

    def write(self, name, content):
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(content.encode("utf-8") if isinstance(content, str) else content)
        return path


# Two drafts that disagree on China's 2024 exports ($3.58 trillion vs $3.1 trillion): one conflict
# finding at error level, so that every report format has something to print.
CONFLICT_A = "date 2025-07-11\n\nIn 2024, China's exports totaled $3.58 trillion, up 5.9 percent.\n"
CONFLICT_B = "date 2025-07-11\n\nIn 2024, China's exports totaled $3.1 trillion, up 5.9 percent.\n"
