"""Failing closed and leaving no trace: unreadable inputs and interruptions never exit 0, output does not
depend on --jobs or directory order, and a run writes nothing but stdout and stderr."""
import os
import signal
import subprocess
import time
import unittest

from hostile import BIN, CONFLICT_A, CONFLICT_B, TempDir, run, tree_digest


def numbered_draft(n, lines):
    """A dated draft of `lines` sentences about different metrics, so that every sentence is a claim."""
    body = "".join(f"In 2024, sales of product {n}-{i} rose {i % 90 + 1}.{i % 10} percent to ${i % 50 + 1} billion.\n"
                   for i in range(lines))
    return f"date 2025-07-11\n\n{body}"


class FailingClosed(TempDir):
    def test_an_unreadable_input_exits_2_even_when_nothing_is_found_and_the_summary_counts_it(self):
        clean = self.write("clean.txt", CONFLICT_A)
        missing = os.path.join(self.dir, "missing.md")
        r = run("check", "--fail-on", "never", clean, missing)
        self.assertEqual(r.code, 2, r)
        self.assertIn("1 document, 2 claims", r.stdout)
        self.assertIn("1 input could not be read", r.stdout)
        r = run("extract", clean, missing)
        self.assertEqual(r.code, 2, r)
        self.assertEqual(len(r.stdout.splitlines()), 2)

    def start_on_big_input(self):
        folder = os.path.join(self.dir, "drafts")
        if not os.path.isdir(folder):
            for n in range(40):
                self.write(f"drafts/{n:03d}.txt", numbered_draft(n, 2000))
        env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0")
        return subprocess.Popen([BIN, "check", "--jobs", "2", folder], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env)

    def test_sigint_and_sigterm_on_a_big_input_never_exit_0(self):
        """Big input: 40 drafts of 2,000 claims each, written at test time."""
        for sig in (signal.SIGINT, signal.SIGTERM):
            proc = self.start_on_big_input()
            time.sleep(1.0)
            self.assertIsNone(proc.poll(), "the run ended before the signal; make the input bigger")
            proc.send_signal(sig)
            proc.communicate(timeout=60)
            self.assertNotEqual(proc.returncode, 0)

    def test_an_interrupted_run_says_how_many_files_were_read(self):
        proc = self.start_on_big_input()
        time.sleep(1.0)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        self.assertEqual(proc.returncode, 130)
        self.assertRegex(err.decode(), r"interrupted.*\d+ of 40 files read")


class Deterministic(TempDir):
    def test_output_is_byte_identical_whatever_jobs_is(self):
        folder = os.path.join(self.dir, "drafts")
        for n in range(12):
            self.write(f"drafts/{n:02d}.txt", CONFLICT_A if n % 2 else CONFLICT_B)
        for fmt in ("text", "json", "sarif", "github"):
            outputs = {run("check", "--format", fmt, "--jobs", str(jobs), folder).out for jobs in (1, 2, 7)}
            self.assertEqual(len(outputs), 1, fmt)

    def test_output_does_not_depend_on_the_order_files_were_created_in(self):
        names = [f"{n:02d}-draft.txt" for n in range(12)]
        for folder, order in (("one", names), ("two", list(reversed(names)))):
            for name in order:
                self.write(f"{folder}/{name}", CONFLICT_A if "3" in name else CONFLICT_B)
        for fmt in ("text", "json"):
            one = run("check", "--format", fmt, ".", cwd=os.path.join(self.dir, "one"))
            two = run("check", "--format", fmt, ".", cwd=os.path.join(self.dir, "two"))
            self.assertEqual(one.code, 1, one)
            self.assertEqual(one.out, two.out)


class NoWrites(TempDir):
    def test_a_run_changes_nothing_in_the_drafts_or_the_working_folder(self):
        drafts = os.path.join(self.dir, "drafts")
        self.write("drafts/a.txt", CONFLICT_A)
        self.write("drafts/b.md", CONFLICT_B)
        work = os.path.join(self.dir, "work")
        os.makedirs(work)
        before = (tree_digest(drafts), tree_digest(work))
        os.chmod(work, 0o555)
        os.chmod(drafts, 0o555)
        for args in (("check", drafts), ("check", "--format", "sarif", drafts), ("extract", drafts)):
            r = run(*args, cwd=work)
            self.assertIn(r.code, (0, 1), r)
        self.assertEqual((tree_digest(drafts), tree_digest(work)), before)
        self.assertEqual(os.listdir(work), [])


if __name__ == "__main__":
    unittest.main()
