"""Hostile drafts: broken encodings, odd line ends, huge and absurd numbers, files that cannot be read."""
import json
import os
import unittest

from hostile import CONFLICT_A, TempDir, is_root, run


class Encodings(TempDir):
    def test_invalid_utf8_is_read_around_and_claims_next_to_it_are_found(self):
        path = self.write("a.txt", b"In 2024, exports rose \xff\xfe\xc3 8.1 percent to $3 trillion.\n")
        r = run("extract", path)
        self.assertEqual(r.code, 0, r)
        claims = [json.loads(line) for line in r.stdout.splitlines()]
        self.assertEqual([c["text"] for c in claims], ["8.1 percent", "$3 trillion"])
        # Columns count code points; each invalid byte is one column: "In 2024, exports rose " is 22.
        self.assertEqual(claims[0]["column"], 22 + 3 + 1 + 1)

    def test_nul_bytes_are_spaces_and_do_not_end_the_text(self):
        path = self.write("a.txt", b"In 2024, exports\x00 rose 8.1 percent.\x00\x00 Imports fell 2.5 percent in 2024.\n")
        r = run("extract", path)
        self.assertEqual(r.code, 0, r)
        texts = [json.loads(line)["text"] for line in r.stdout.splitlines()]
        self.assertEqual(texts, ["8.1 percent", "2.5 percent"])

    def test_a_bom_is_invisible_to_the_date_line_and_to_columns(self):
        path = self.write("a.txt", "\ufeffdate 2025-07-11\n\nLast year, exports totaled $3.58 trillion.\n")
        r = run("extract", path)
        self.assertEqual(r.code, 0, r)
        claim = json.loads(r.stdout.splitlines()[0])
        self.assertEqual((claim["period"], claim["line"], claim["column"]), ("2024", 3, 28))

    def test_crlf_and_lone_cr_both_end_lines(self):
        path = self.write("a.txt", b"date 2025-07-11\r\n\r\nIn 2024, exports rose 8.1 percent.\rImports fell 2.5 percent in 2024.\r\n")
        r = run("extract", path)
        self.assertEqual(r.code, 0, r)
        claims = [json.loads(line) for line in r.stdout.splitlines()]
        self.assertEqual([(c["text"], c["line"], c["column"]) for c in claims],
                         [("8.1 percent", 3, 23), ("2.5 percent", 4, 14)])


class Numbers(TempDir):
    def test_absurd_numbers_do_not_crash_and_keep_every_output_valid(self):
        path = self.write("a.txt",
                          "date 2025-07-11\n\n"
                          f"In 2024, exports totaled ${'9' * 400} billion, up 1e400 percent.\n"
                          f"In 2024, imports totaled 0.{'0' * 300}1 trillion yuan, up -0 percent.\n"
                          "In 2024, the trade surplus was -0.0 billion yuan and exports rose 1,2,3,4,5 percent.\n")
        r = run("extract", path)
        self.assertEqual(r.code, 0, r)
        claims = [json.loads(line) for line in r.stdout.splitlines()]
        tiny = [c for c in claims if c["unit"] == "CNY" and c["metric"] == "imports"]
        self.assertEqual(len(tiny), 1)
        self.assertAlmostEqual(tiny[0]["value"] / 1e-289, 1.0)  # 1e-301 of a trillion
        for fmt in ("json", "sarif"):
            r = run("check", "--format", fmt, path)
            self.assertIn(r.code, (0, 1), r)
            json.loads(r.stdout)

    def test_a_number_too_big_for_a_double_is_never_reported_as_zero(self):
        path = self.write("a.txt", f"In 2024, exports totaled ${'9' * 400} billion.\n")
        r = run("extract", path)
        self.assertEqual(r.code, 0, r)
        values = [json.loads(line).get("value") for line in r.stdout.splitlines()]
        self.assertNotIn(0, values)


class UnusualFiles(TempDir):
    def test_an_empty_file_is_one_document_with_no_claims(self):
        path = self.write("empty.md", b"")
        r = run("check", "--format", "json", path)
        self.assertEqual(r.code, 0, r)
        self.assertEqual((r.json()["documents"], r.json()["claims"], r.json()["findings"]), (1, 0, []))

    def test_a_binary_file_named_md_is_read_without_crash_and_outputs_stay_valid(self):
        # A fixed pseudo-random byte pattern, so that a failure can be replayed.
        data = bytes((i * 7919 + (i >> 3) * 31) % 256 for i in range(256 * 1024))
        path = self.write("image.md", data)
        r = run("check", "--format", "json", "--fail-on", "never", path, timeout=60)
        self.assertEqual(r.code, 0, r)
        self.assertEqual((r.json()["documents"], r.json()["summary"]["unreadable"]), (1, 0))
        r = run("check", "--format", "sarif", "--fail-on", "never", path, timeout=60)
        self.assertEqual(r.code, 0, r)
        self.assertEqual(r.json()["version"], "2.1.0")
        r = run("check", "--fail-on", "never", path, timeout=60)
        self.assertEqual(r.code, 0, r)
        self.assertNotIn(b"\x1b", r.out)

    def test_a_path_given_twice_is_read_once(self):
        path = self.write("a.txt", CONFLICT_A)
        r = run("check", "--format", "json", path, path, os.path.join(self.dir, ".", "a.txt"))
        self.assertEqual(r.code, 0, r)
        self.assertEqual(r.json()["documents"], 1)
        self.assertEqual(r.json()["claims"], 2)

    def test_a_missing_path_is_named_and_fails_the_run(self):
        path = self.write("a.txt", CONFLICT_A)
        missing = os.path.join(self.dir, "nope.md")
        r = run("check", "--format", "json", path, missing)
        self.assertEqual(r.code, 2, r)
        self.assertIn(f"cannot read {missing}: No such file or directory", r.stderr)
        self.assertEqual((r.json()["documents"], r.json()["summary"]["unreadable"]), (1, 1))


class Folders(TempDir):
    def test_a_symlink_loop_is_reported_once_and_the_rest_is_checked(self):
        self.write("drafts/a.txt", CONFLICT_A)
        os.symlink("..", os.path.join(self.dir, "drafts", "loop"))
        r = run("check", "--format", "json", os.path.join(self.dir, "drafts"))
        self.assertEqual(r.code, 2, r)
        self.assertIn("symbolic link loop", r.stderr)
        self.assertEqual((r.json()["documents"], r.json()["summary"]["unreadable"]), (1, 1))

    def test_a_dangling_symlink_named_like_a_draft_is_unreadable(self):
        self.write("drafts/a.txt", CONFLICT_A)
        os.symlink("/nonexistent/b.md", os.path.join(self.dir, "drafts", "b.md"))
        r = run("check", "--format", "json", os.path.join(self.dir, "drafts"))
        self.assertEqual(r.code, 2, r)
        self.assertIn("drafts/b.md: No such file or directory", r.stderr)
        self.assertEqual((r.json()["documents"], r.json()["summary"]["unreadable"]), (1, 1))

    def test_links_to_a_draft_and_to_a_folder_are_followed_and_a_file_reached_twice_is_read_once(self):
        self.write("drafts/a.txt", CONFLICT_A)
        self.write("elsewhere/notes/b.md", "In 2024, China's imports rose 2.5 percent.\n")
        os.symlink("a.txt", os.path.join(self.dir, "drafts", "same-as-a.txt"))
        os.symlink(os.path.join(self.dir, "elsewhere", "notes"), os.path.join(self.dir, "drafts", "notes"))
        r = run("extract", os.path.join(self.dir, "drafts"))
        self.assertEqual(r.code, 0, r)
        files = [os.path.relpath(json.loads(line)["file"], self.dir) for line in r.stdout.splitlines()]
        # a.txt once (its link is the same file), then b.md through the linked folder, in sorted order.
        self.assertEqual(sorted(set(files)), ["drafts/a.txt", "drafts/notes/b.md"])
        self.assertEqual(files, sorted(files))

    def test_a_file_without_read_permission_is_unreadable(self):
        if is_root():
            self.skipTest("running as root, where mode 000 is still readable; the dangling symlink test covers this")
        self.write("drafts/a.txt", CONFLICT_A)
        os.chmod(self.write("drafts/b.md", "Exports rose 5 percent."), 0)
        r = run("check", "--format", "json", os.path.join(self.dir, "drafts"))
        self.assertEqual(r.code, 2, r)
        self.assertIn("drafts/b.md: Permission denied", r.stderr)
        self.assertEqual((r.json()["documents"], r.json()["summary"]["unreadable"]), (1, 1))

    def test_a_named_pipe_in_a_folder_does_not_hang_the_run(self):
        self.write("drafts/a.txt", CONFLICT_A)
        os.mkfifo(os.path.join(self.dir, "drafts", "pipe.md"))
        r = run("check", "--format", "json", os.path.join(self.dir, "drafts"), timeout=30)
        self.assertEqual(r.code, 2, r)
        self.assertIn("pipe.md: not a regular file", r.stderr)
        self.assertEqual((r.json()["documents"], r.json()["summary"]["unreadable"]), (1, 1))


if __name__ == "__main__":
    unittest.main()
