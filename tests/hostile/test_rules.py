"""Hostile rules files: every one is refused with file:line:col, exit 2, and nothing is checked."""
import os
import unittest
import re

from hostile import CONFLICT_A, CONFLICT_B, TempDir, run

LOCATED_ERROR = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?P<col>\d+): error: (?P<message>.+)$", re.M)


class RulesFiles(TempDir):
    def assert_refused(self, rules_text, *messages):
        """Validating fails with located errors (in order), and a check run with it prints nothing."""
        rules = self.write("claimcheck.yaml", rules_text)
        r = run("rules", "validate", rules, timeout=60)
        self.assertEqual(r.code, 2, r)
        errors = [(int(m["line"]), int(m["col"]), m["message"]) for m in LOCATED_ERROR.finditer(r.stderr)]
        self.assertEqual(len(errors), len(messages), r.stderr)
        self.assertEqual([e[:2] + (e[2][:len(msg)],) for e, msg in zip(errors, [m[2] for m in messages])],
                         list(messages), r.stderr)
        self.assertIn("does not validate", r.stderr)
        a, b = self.write("a.txt", CONFLICT_A), self.write("b.txt", CONFLICT_B)
        for fmt in ("text", "json"):
            r = run("check", "--rules", rules, "--format", fmt, a, b, timeout=60)
            self.assertEqual((r.code, r.out), (2, b""), r)

    def test_a_rate_of_zero_and_a_negative_rate_are_refused(self):
        self.assert_refused("version: 1\nrates:\n"
                            "  - {pair: USD/CNY, period: 2024, rate: 0}\n"
                            "  - {pair: USD/EUR, period: 2024, rate: -0.9}\n",
                            (3, 41, "rate must be greater than zero"), (4, 41, "rate must be greater than zero"))

    def test_a_tolerance_of_1000_percent_is_refused(self):
        self.assert_refused("version: 1\ntolerance: 1000%\n", (2, 12, "tolerance must be a percentage"))

    def test_a_metric_id_given_twice_is_refused(self):
        self.assert_refused("version: 1\nmetrics:\n"
                            "  gadgets: {aliases: [gadget sales]}\n"
                            "  gadgets: {aliases: [gadget revenue]}\n",
                            (4, 3, "duplicate key 'gadgets' in metrics"))

    def test_an_alias_shared_by_two_metrics_is_refused(self):
        self.assert_refused("version: 1\nmetrics:\n"
                            "  gadgets: {aliases: [gadget sales]}\n"
                            "  widgets: {aliases: [gadget sales]}\n",
                            (4, 23, "alias 'gadget sales' of metric 'widgets' already names metric 'gadgets'"))

    def test_deeply_nested_yaml_is_refused_without_a_stack_overflow(self):
        self.assert_refused("version: 1\nmetrics: " + "[" * 100000 + "]" * 100000 + "\n",
                            (2, 200010, "YAML syntax"))

    def test_an_alias_bomb_is_refused_before_it_expands(self):
        lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
        lines += ["metrics:", "  bomb: {aliases: *a9}"]
        self.assert_refused("\n".join(lines) + "\n", (1, 1, "the file expands to more than"))

    def test_an_alias_inside_its_own_anchor_is_refused_without_a_stack_overflow(self):
        # Found by fuzz_rules: rules/loader.cpp count_nodes recurses around the cycle until the stack
        # overflows (ASan: stack-overflow in count_nodes, loader.cpp:126).
        rules = self.write("claimcheck.yaml", "a: &a [*a]\n")
        r = run("rules", "validate", rules, timeout=60)
        self.assertEqual(r.code, 2, r)
        self.assertRegex(r.stderr, r"claimcheck\.yaml:1:\d+: error: ")

    def test_a_comma_where_yaml_cpp_would_loop_is_refused(self):
        # Found by fuzz_rules: yaml-cpp 0.7 never returns from these (timeouts of the fuzzer).
        for text, column in ((",a: 1\n", 1), ('"",\n', 3), ("[a],\n", 4), ('""&",\n', 5), ('[x "],e\n', 6),
                             ('&\rx:",\n', 6)):
            with self.subTest(text=text):
                self.assert_refused("version: 1\n" + text, (2, column, "YAML syntax: outside brackets, ','"))
        self.assert_refused("version: 1\n\0,\n", (2, 1, "the file holds a NUL byte"))

    def test_a_50_mb_rules_file_is_refused_quickly(self):
        """Big input: a 50 MB file is written at test time."""
        entry = "  metric_{:07d}: {{aliases: [thing number {:07d}]}}\n"
        count = 50 * 1024 * 1024 // len(entry.format(0, 0))
        rules = os.path.join(self.dir, "claimcheck.yaml")
        with open(rules, "w") as f:
            f.write("version: 1\nmetrics:\n")
            f.writelines(entry.format(i, i) for i in range(count))
        self.assertGreaterEqual(os.path.getsize(rules), 50 * 1024 * 1024 - 100)
        r = run("rules", "validate", rules, timeout=60)
        self.assertEqual(r.code, 2, r)
        self.assertIn("a rules file may hold at most 10 MB", r.stderr)
        self.assertLess(r.seconds, 30)
