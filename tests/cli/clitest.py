"""Shared helpers of the command-line tests: where the binary and the shared folder are, and running it."""
import json
import os
import subprocess
import tempfile
import unittest

BIN = os.environ.get("CLAIMCHECK_BIN", "claimcheck")
SHARED = os.environ.get("CLAIMCHECK_SHARED_DIR", os.path.join(os.path.dirname(__file__), "../../../shared"))
SOURCE = os.environ.get("CLAIMCHECK_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "../.."))
SEEDS = os.path.join(SHARED, "seeds")
SEED_DATED = os.path.join(SEEDS, "000_f21e5918f760a7ed.txt")
SEED_UNDATED = os.path.join(SEEDS, "001_f1b43f7d977fbb38.txt")


def run(*args, cwd=None, env=None):
    """Runs claimcheck; returns (exit code, stdout, stderr) as text."""
    full_env = dict(os.environ)
    full_env["NO_COLOR"] = "1"
    if env:
        full_env.update(env)
    proc = subprocess.run([BIN, *args], cwd=cwd, env=full_env, capture_output=True, timeout=300)
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


def extract(*paths, extra=()):
    code, out, err = run("extract", *extra, *paths)
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def check_json(*args, cwd=None):
    code, out, err = run("check", "--format", "json", *args, cwd=cwd)
    return code, json.loads(out) if out.strip() else None, err


class TempDir(unittest.TestCase):
    """A test case with a fresh temporary folder in self.dir."""

    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory()
        self.dir = self._tmp.name

    def tearDown(self):
        self._tmp.cleanup()

    def write(self, name, content, mode="w"):
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, mode) as f:
            f.write(content)
        return path


def seed_text(path):
    with open(path, encoding="utf-8") as f:
        return f.read()
