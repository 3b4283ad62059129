// Tests of reading drafts: cleaned text keeps offsets, dates, sentences, lines, silencing comments, paths.
#include "checker/document.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace claimcheck;

namespace {

std::string seed(const std::string& prefix) {
  for (const auto& entry : std::filesystem::directory_iterator(std::string(CLAIMCHECK_SHARED_DIR) + "/seeds")) {
    if (entry.path().filename().string().starts_with(prefix)) {
      std::string error;
      return read_file(entry.path().string(), error).value();
    }
  }
  FAIL("seed " << prefix << " not found");
  return {};
}

std::vector<std::string> sentence_texts(std::string_view text, const std::vector<Sentence>& sentences) {
  std::vector<std::string> texts;
  for (const Sentence& sentence : sentences) texts.emplace_back(text.substr(sentence.offset, sentence.length));
  return texts;
}

std::vector<std::string> sentence_texts(const Document& doc) { return sentence_texts(doc.text, doc.sentences); }

std::size_t index_of(const std::vector<std::string>& texts, std::string_view wanted) {
  for (std::size_t k = 0; k < texts.size(); ++k) {
    if (texts[k] == wanted) return k;
  }
  FAIL("no sentence \"" << wanted << "\"");
  return 0;
}

// A scratch folder under the system's temporary directory, removed at the end of the test.
struct ScratchFolder {
  std::filesystem::path root;
  explicit ScratchFolder(const std::string& name)
      : root(std::filesystem::temp_directory_path() / ("claimcheck-document-test-" + name)) {
    std::filesystem::remove_all(root);
    std::filesystem::create_directories(root);
  }
  ~ScratchFolder() {
    std::error_code ec;
    std::filesystem::permissions(root / "locked", std::filesystem::perms::owner_all, ec);
    std::filesystem::remove_all(root, ec);
  }
  void write(const std::string& relative, const std::string& content) const {
    std::filesystem::create_directories((root / relative).parent_path());
    std::ofstream(root / relative) << content;
  }
};

}  // namespace

TEST_CASE("the seed that opens with a date line gets that date, and the line is not prose") {
  const Document doc = make_document("000.txt", seed("000_"));
  CHECK(doc.date == "2025-07-11");
  CHECK(doc.text.size() == doc.original.size());
  CHECK(doc.original.starts_with(" date 2025-07-11 \n"));
  CHECK(doc.text.starts_with("                 \n"));
  CHECK(sentence_texts(doc).front() == "Huo Jianguo Photo: Courtesy of Huo Jianguo");
}

TEST_CASE("sentences run together without a space in the seed are split at the capital letter") {
  const Document doc = make_document("000.txt", seed("000_"));
  const auto texts = sentence_texts(doc);
  const std::size_t progress = index_of(
      texts,
      "The progress is driven by the country's efforts to increase products value, optimize export structures, "
      "explore the emerging market, and promote digital transformation.");
  CHECK(texts.at(progress + 1) ==
        "In the first half of this year, China's foreign trade experienced a notable increase in tech value, "
        "making further progress in structural optimization.");
  const std::size_t exports = index_of(texts, "Exports totaled $891.1 billion, up by 8.1 percent.");
  CHECK(texts.at(exports - 1).ends_with("reaching nearly $1.29 trillion."));
  CHECK(texts.at(exports + 1).starts_with("The good performance represents"));
  index_of(texts,
           "Last year, China's research and development spending exceeded 3.6 trillion yuan, up by 8.3 percent "
           "year-on-year, ranking second globally.");
  CHECK(texts.back() == "bizopinion@globaltimes.com.cn");
  CHECK(texts.at(texts.size() - 2) ==
        "The author is former president of the research institute of China's Ministry of Commerce.");
  // The photo credit is its own paragraph; the whole article body is the next one.
  CHECK(doc.sentences.front().paragraph == 0);
  CHECK(doc.sentences[1].paragraph == 1);
  CHECK(doc.sentences.back().paragraph == 1);
}

TEST_CASE("the seed without a date has none, keeps its paragraphs, and ends mid-sentence") {
  const Document doc = make_document("001.txt", seed("001_"));
  CHECK_FALSE(doc.date.has_value());
  const auto texts = sentence_texts(doc);
  const std::size_t rd = index_of(
      texts,
      "In 2024, China ranked 11th in the Global Innovation Index, with R&D expenditures exceeding 3.6 trillion "
      "yuan, an 8.3% year-on-year increase, accounting for 2.68% of GDP.");
  CHECK(doc.sentences[rd].paragraph == 1);
  const std::size_t opening = index_of(texts, "Technological innovation is a key driver of China\u2019s high-level opening-up.");
  CHECK(doc.sentences[opening].paragraph == 1);
  CHECK(doc.sentences[opening - 1].paragraph == 0);
  CHECK(texts.back().ends_with("the integration of innovation, industry, and supply chains"));
  CHECK(doc.sentences.back().paragraph == 5);
  // The curly quotes after a full stop belong to the sentence they close.
  CHECK(texts.at(index_of(texts, "Technological innovation is a key driver of China\u2019s high-level opening-up.") + 1)
            .ends_with("\u201Cadvance self-reliance and self-improvement in science and technology.\u201D"));
}

TEST_CASE("abbreviations do not end a sentence unless a capitalised word follows") {
  const std::string text =
      "Exports to the U.S. rose 5 percent. Imports from the U.K. fell. The deal was signed by Mr. Li on Oct. 5. "
      "Apple Inc. reported gains, e.g. in services, vs. last year. Trade with the U.S. In 2024 it grew.";
  CHECK(sentence_texts(text, split_sentences(text)) ==
        std::vector<std::string>{"Exports to the U.S. rose 5 percent.", "Imports from the U.K. fell.",
                                 "The deal was signed by Mr. Li on Oct. 5.",
                                 "Apple Inc. reported gains, e.g. in services, vs. last year.", "Trade with the U.S.",
                                 "In 2024 it grew."});
}

TEST_CASE("the word before a full stop is an abbreviation in any case, and only whole and short enough") {
  // Whether "<word>. next" splits after the stop: a lower-case word after an abbreviation goes on
  // with its sentence, after any other word a new sentence starts.
  const auto splits_after = [](const std::string& word) {
    const std::string text = "It came " + word + ". next it went.";
    return split_sentences(text).size() == 2;
  };
  for (const std::string word : {"mr", "Mr",  "MR", "Prof", "sr",     "u.s", "U.S", "e.g", "Etc", "vs",
                                 "NO", "inc", "Co", "sept", "Approx", "a.m", "cf",  "al",  "J",   "www.example.com",
                                 "x.y"}) {
    CAPTURE(word);
    CHECK_FALSE(splits_after(word));
  }
  // Longer than every abbreviation, an abbreviation inside a longer word, after a digit or an '@',
  // a lone lower-case letter, and an address longer than the words looked back over.
  for (const std::string word : {"percent", "approxi", "xapprox", "tinc", "incs", "5no", "x@no", "j", "zz",
                                 "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.b", "a.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"}) {
    CAPTURE(word);
    CHECK(splits_after(word));
  }
  // A title never ends a sentence before a capital; another abbreviation does, and so does a word.
  CHECK(split_sentences("It was Dr. Li.").size() == 1);
  CHECK(split_sentences("It was in the U.S. Li went.").size() == 2);
  CHECK(split_sentences("It was the Mrs. Li went.").size() == 1);
  // Just inside and just beyond the 24 bytes read back: the word's own dot makes it an address.
  CHECK_FALSE(splits_after(std::string(22, 'a') + ".b"));
  CHECK(splits_after(std::string(23, 'a') + ".b"));
}

TEST_CASE("decimal points, addresses and closing quotes do not split sentences in the wrong place") {
  const std::string text =
      "Growth was 3.6 percent.Exports rose. He called it \"a record.\" Then imports fell! Write to "
      "bizopinion@globaltimes.com.cn for details.";
  CHECK(sentence_texts(text, split_sentences(text)) ==
        std::vector<std::string>{"Growth was 3.6 percent.", "Exports rose.", "He called it \"a record.\"",
                                 "Then imports fell!", "Write to bizopinion@globaltimes.com.cn for details."});
}

TEST_CASE("blank lines start paragraphs, a wrapped line does not, a list after an unfinished line does") {
  const std::string text =
      "Exports rose\nby 5 percent. Imports fell.\n  \nTrade grew.\nKey figures:\n- Exports rose.\nTrade in 2024\n- Imports fell.";
  const auto sentences = split_sentences(text);
  CHECK(sentence_texts(text, sentences) ==
        std::vector<std::string>{"Exports rose\nby 5 percent.", "Imports fell.", "Trade grew.", "Key figures:",
                                 "- Exports rose.", "Trade in 2024", "- Imports fell."});
  std::vector<std::size_t> paragraphs;
  for (const Sentence& sentence : sentences) paragraphs.push_back(sentence.paragraph);
  CHECK(paragraphs == std::vector<std::size_t>{0, 0, 1, 1, 1, 1, 2});
}

TEST_CASE("CRLF and a lone CR are line ends, and text keeps every offset") {
  const Document doc = make_document("crlf.txt", "Exports rose.\r\nImports fell.\rTrade grew.\r\n");
  CHECK(doc.text == "Exports rose. \nImports fell.\nTrade grew. \n");
  CHECK(doc.line_starts == std::vector<std::size_t>{0, 15, 29, 42});
  CHECK(doc.line_column(15) == std::pair<std::size_t, std::size_t>{2, 1});
  CHECK(doc.line_column(37) == std::pair<std::size_t, std::size_t>{3, 9});
  CHECK(doc.line_text(1) == "Exports rose.");
  CHECK(doc.line_text(2) == "Imports fell.");
  CHECK(doc.line_text(3) == "Trade grew.");
  CHECK(sentence_texts(doc) == std::vector<std::string>{"Exports rose.", "Imports fell.", "Trade grew."});
}

TEST_CASE("a position counted on from an earlier one is where a search from the start puts it") {
  // Line starts: 0, 15 ("Imports fell." after CRLF), 29 (after the lone CR), 42, 50 (an empty line), 51.
  const Document doc = make_document("crlf.txt",
                                     "Exports rose.\r\nImports fell.\rTrade grew.\r\n\xE2\x82\xAC"
                                     "5 up\n\nEnd");
  using Position = std::pair<std::size_t, std::size_t>;
  // On the same line, from the known column; on a later line, from that line's start.
  CHECK(doc.line_column(12, 8, 1, 9) == Position{1, 13});
  CHECK(doc.line_column(37, 8, 1, 9) == Position{3, 9});
  CHECK(doc.line_column(46, 37, 3, 9) == Position{4, 3});  // the euro sign is one column
  CHECK(doc.line_column(51, 15, 2, 1) == Position{6, 1});
  // A known position after the offset is not used.
  CHECK(doc.line_column(20, 37, 3, 9) == Position{2, 6});
  // From every character start (a claim never starts inside a UTF-8 sequence) to every offset after it.
  for (std::size_t from = 0; from <= doc.original.size(); ++from) {
    if (from < doc.original.size() && (static_cast<unsigned char>(doc.original[from]) & 0xC0) == 0x80) continue;
    const auto [line, column] = doc.line_column(from);
    for (std::size_t offset = from; offset <= doc.original.size(); ++offset) {
      CHECK(doc.line_column(offset, from, line, column) == doc.line_column(offset));
    }
  }
}

TEST_CASE("a byte order mark is blanked and does not count as a column") {
  const Document doc = make_document("bom.md", "\xEF\xBB\xBF" "Exports rose 5 percent.");
  CHECK(doc.text == "   Exports rose 5 percent.");
  REQUIRE(doc.sentences.size() == 1);
  CHECK(doc.sentences[0].offset == 3);
  CHECK(doc.sentences[0].length == 23);
  CHECK(doc.line_column(3) == std::pair<std::size_t, std::size_t>{1, 1});
  CHECK(doc.line_column(11) == std::pair<std::size_t, std::size_t>{1, 9});
}

TEST_CASE("NUL bytes and invalid UTF-8 become spaces in text but stay in the original") {
  const std::string bytes = std::string("Exports\0rose", 12) + " \xFF\xFE" " by 5% in China\xE2\x80\x99s ports \xC0\xAF\xE2\x80";
  const Document doc = make_document("bad.txt", bytes);
  CHECK(doc.original == bytes);
  CHECK(doc.text == "Exports rose    by 5% in China\xE2\x80\x99s ports     ");
  // Columns count code points of the original: the curly apostrophe is one, each invalid byte one.
  CHECK(doc.line_column(33) == std::pair<std::size_t, std::size_t>{1, 32});
  CHECK(doc.line_column(41) == std::pair<std::size_t, std::size_t>{1, 40});
  CHECK(doc.line_column(43) == std::pair<std::size_t, std::size_t>{1, 42});
}

TEST_CASE("an empty file is a document with one empty line and nothing else") {
  const Document doc = make_document("empty.md", "");
  CHECK(doc.text.empty());
  CHECK(doc.sentences.empty());
  CHECK(doc.suppressions.empty());
  CHECK_FALSE(doc.date.has_value());
  CHECK(doc.line_starts == std::vector<std::size_t>{0});
  CHECK(doc.line_column(0) == std::pair<std::size_t, std::size_t>{1, 1});
  CHECK(doc.line_text(1).empty());
  CHECK(doc.line_text(2).empty());
}

TEST_CASE("Markdown front matter is blanked and its date read, markup is blanked around the words") {
  const std::string markdown =
      "---\ntitle: \"Trade\"\ndate: \"2025-07-11T08:00:00Z\"\n---\n"
      "# Exports in 2025\n\n"
      "In the **first half** of 2025, exports rose [8.1 percent](https://example.com/a_b) to `$1.29` trillion.\n"
      "> ![chart](chart.png) The snake_case name stays.\n";
  const Document doc = make_document("trade.md", markdown);
  CHECK(doc.date == "2025-07-11");
  REQUIRE(doc.text.size() == markdown.size());
  const std::size_t body = markdown.find("In the");
  CHECK(doc.text.substr(0, body) == std::string(3, ' ') + "\n" + std::string(14, ' ') + "\n" +
                                        std::string(28, ' ') + "\n" + std::string(3, ' ') + "\n" +
                                        "  Exports in 2025\n\n");
  CHECK(doc.text.substr(body, 103) ==
        "In the   first half   of 2025, exports rose  8.1 percent                           to  $1.29  trillion.");
  CHECK(sentence_texts(doc) ==
        std::vector<std::string>{"Exports in 2025", doc.text.substr(body, 103), "The snake_case name stays."});
  // Every word is where it was in the original file.
  const std::size_t number = doc.text.find("8.1 percent");
  CHECK(doc.original.substr(number, 11) == "8.1 percent");
  CHECK(doc.line_column(number) == std::pair<std::size_t, std::size_t>{7, 46});
}

TEST_CASE("Markdown fenced code, HTML comments, tables and list bullets are not prose") {
  const std::string markdown =
      "Key figures:\n"
      "- Exports rose 8.1 percent.\n"
      "1. Imports fell.\n\n"
      "```text\nexports = 3.6 trillion\n```\n"
      "~~~\n2024\n~~~\n"
      "| Metric | 2024 |\n|---|---|\n| Exports | 3.6 |\n";
  const Document doc = make_document("figures.md", markdown);
  CHECK(doc.text ==
        "Key figures:\n"
        "  Exports rose 8.1 percent.\n"
        "   Imports fell.\n\n"
        "       \n                      \n   \n"
        "   \n    \n   \n"
        "  Metric   2024  \n         \n  Exports   3.6  \n");
  CHECK(sentence_texts(doc) == std::vector<std::string>{"Key figures:", "Exports rose 8.1 percent.", "Imports fell.",
                                                        "Metric   2024", "Exports   3.6"});
  CHECK(doc.sentences[2].paragraph == 0);
  CHECK(doc.sentences[3].paragraph == 1);
}

TEST_CASE("silencing comments in Markdown cover the next line, or their own line when they share it") {
  const std::string markdown =
      "Exports rose 5 percent.\n"
      "<!-- claimcheck: ignore conflict, scale -->\n"
      "Exports totaled $891.1 billion.\n"
      "Imports fell 2 percent. <!-- claimcheck: ignore -->\n"
      "<!-- a note for editors -->\n";
  const Document doc = make_document("silenced.md", markdown);
  REQUIRE(doc.suppressions.size() == 2);
  CHECK(doc.suppressions[0].line == 3);
  CHECK(doc.suppressions[0].checks == std::vector<std::string>{"conflict", "scale"});
  CHECK(doc.suppressions[1].line == 4);
  CHECK(doc.suppressions[1].checks.empty());
  CHECK(doc.text.find("claimcheck") == std::string::npos);
  CHECK(doc.text.find("editors") == std::string::npos);
  // The comment line is not a blank line: the three sentences are one paragraph.
  const auto& sentences = doc.sentences;
  REQUIRE(sentences.size() == 3);
  CHECK(sentences[2].paragraph == 0);
}

TEST_CASE("silencing comment lines in text files cover the next line and are blanked") {
  const std::string text =
      "Exports rose 5 percent.\n# claimcheck: ignore conflict\nExports totaled $891.1 billion.\n"
      "  // claimcheck: ignore\nImports fell.\n# Not a claimcheck comment\n";
  const Document doc = make_document("silenced.txt", text);
  REQUIRE(doc.suppressions.size() == 2);
  CHECK(doc.suppressions[0].line == 3);
  CHECK(doc.suppressions[0].checks == std::vector<std::string>{"conflict"});
  CHECK(doc.suppressions[1].line == 5);
  CHECK(doc.suppressions[1].checks.empty());
  CHECK(doc.text.substr(24, 30) == std::string(29, ' ') + "\n");
  CHECK(doc.text.find("# Not a claimcheck comment") != std::string::npos);
}

TEST_CASE("HTML tags and scripts are blanked, block tags break sentences, entities decode in place") {
  const std::string html =
      "<html><head><meta name=\"date\" content=\"2025-07-11\"><script>var x = \"3.6 trillion\";</script></head>"
      "<body><h1>Exports &amp; imports</h1><p>Exports rose 8.1&nbsp;percent to &euro;5 billion&mdash;a record"
      "</p><p>Imports fell &#8212; by 2&#x25;.</p><!-- claimcheck: ignore conflict --></body></html>";
  const Document doc = make_document("trade.html", html);
  CHECK(doc.date == "2025-07-11");
  REQUIRE(doc.text.size() == html.size());
  CHECK(doc.text.find("3.6") == std::string::npos);
  const std::size_t heading = html.find("Exports &amp;");
  CHECK(doc.text.substr(heading, 21) == "Exports &     imports");
  const std::size_t euro = html.find("&euro;");
  CHECK(doc.text.substr(euro, 6) == "\xE2\x82\xAC   ");
  CHECK(doc.text.substr(html.find("8.1&nbsp;"), 9) == "8.1      ");
  CHECK(doc.text.substr(html.find("2&#x25;"), 7) == "2%     ");
  CHECK(sentence_texts(doc) ==
        std::vector<std::string>{"Exports &     imports",
                                 "Exports rose 8.1      percent to \xE2\x82\xAC   5 billion\xE2\x80\x94    a record",
                                 "Imports fell \xE2\x80\x94     by 2%     ."});
  CHECK(doc.sentences[1].paragraph != doc.sentences[2].paragraph);
  REQUIRE(doc.suppressions.size() == 1);
  CHECK(doc.suppressions[0].line == 1);  // it shares its line with the text
}

TEST_CASE("numeric entities decode to any character, unknown and control ones stay as written") {
  const Document doc = make_document("odd.html", "<p>&#128512; &bogus; &#0; &lt;b&gt;</p>");
  CHECK(doc.text == "\n\n \xF0\x9F\x98\x80      &bogus; &#0; <   b>   \n\n  ");
}

TEST_CASE("an HTML time element gives the date when there is no date meta element") {
  const Document doc = make_document("t.htm", "<p>Published <time datetime=\"2024-12-31T09:00\">Dec. 31</time>.</p>");
  CHECK(doc.date == "2024-12-31");
}

TEST_CASE("a 50 MB line without a newline is cleaned and split in one pass") {
  const std::string chunk =
      "Exports rose 5.1 percent to $3.6 trillion [in 2024](u) and **imports** <b>fell</b> &amp; U.S. firms e.g. "
      "a.b.c grew. ";
  std::string line;
  line.reserve(50u * 1024u * 1024u + chunk.size());
  std::size_t chunks = 0;
  while (line.size() < 50u * 1024u * 1024u) {
    line += chunk;
    ++chunks;
  }
  const Document doc = make_document("long.md", line);
  CHECK(doc.text.size() == line.size());
  CHECK(doc.sentences.size() == chunks);
  CHECK(doc.line_starts.size() == 1);

  // Brackets, tags and backticks that never close must not make every one of them search the rest.
  const std::string unclosed(10u * 1024u * 1024u, '[');
  CHECK(make_document("brackets.md", unclosed + std::string(5, '`') + "<a" + "](").text.size() ==
        unclosed.size() + 9);
  std::string pattern;
  while (pattern.size() < 10u * 1024u * 1024u) pattern += "[a](<b`&x.y";
  CHECK(make_document("pattern.md", pattern).text.size() == pattern.size());
  CHECK(make_document("pattern.html", pattern).text.size() == pattern.size());
}

TEST_CASE("format follows the extension, and unknown extensions are text") {
  CHECK(format_for_path("drafts/a.md") == Format::markdown);
  CHECK(format_for_path("drafts/a.MARKDOWN") == Format::markdown);
  CHECK(format_for_path("a.htm") == Format::html);
  CHECK(format_for_path("a.html") == Format::html);
  CHECK(format_for_path("a.txt") == Format::text);
  CHECK(format_for_path("notes") == Format::text);
}

TEST_CASE("collect_paths walks folders in order, keeps drafts, drops duplicates and ignored files") {
  const ScratchFolder folder("walk");
  folder.write("b.md", "B.");
  folder.write("a.txt", "A.");
  folder.write("notes.json", "{}");
  folder.write("sub/c.html", "<p>C.</p>");
  folder.write("sub/d.draft.md", "D.");
  folder.write("archive/old.md", "Old.");
  const std::string root = folder.root.generic_string();
  std::vector<ReadError> errors;
  const auto paths = collect_paths({root, root + "/b.md", root + "/./b.md", root + "/notes.json"},
                                   {"archive/**", "*.draft.md"}, errors);
  CHECK(errors.empty());
  CHECK(paths == std::vector<std::string>{root + "/a.txt", root + "/b.md", root + "/notes.json", root + "/sub/c.html"});
}

TEST_CASE("missing files, symlink loops and unreadable folders are errors, not crashes") {
  const ScratchFolder folder("errors");
  folder.write("ok.md", "Fine.");
  std::filesystem::create_directory_symlink(folder.root, folder.root / "loop");
  std::filesystem::create_directories(folder.root / "locked");
  std::ofstream(folder.root / "locked" / "hidden.md") << "Hidden.";
  std::filesystem::permissions(folder.root / "locked", std::filesystem::perms::none);
  // Permissions do not stop the superuser; the unreadable-folder check only runs where they do.
  std::error_code locked_error;
  std::filesystem::directory_iterator probe(folder.root / "locked", locked_error);
  const bool can_lock = static_cast<bool>(locked_error);
  std::vector<ReadError> errors;
  const std::string root = folder.root.generic_string();
  const auto paths = collect_paths({root, root + "/missing.md"}, {}, errors);
  if (can_lock) {
    CHECK(paths == std::vector<std::string>{root + "/ok.md"});
  } else {
    CHECK(paths == std::vector<std::string>{root + "/locked/hidden.md", root + "/ok.md"});
  }
  std::vector<std::string> error_paths;
  for (const ReadError& error : errors) error_paths.push_back(error.path);
  CHECK(std::find(error_paths.begin(), error_paths.end(), root + "/loop") != error_paths.end());
  CHECK(std::find(error_paths.begin(), error_paths.end(), root + "/missing.md") != error_paths.end());
  if (can_lock) CHECK(std::find(error_paths.begin(), error_paths.end(), root + "/locked") != error_paths.end());
}

TEST_CASE("read_file reads a file whole and says why it cannot read one") {
  const ScratchFolder folder("read");
  folder.write("a.md", std::string("Exports\0rose.", 13));
  std::string error;
  CHECK(read_file((folder.root / "a.md").string(), error) == std::string("Exports\0rose.", 13));
  CHECK_FALSE(read_file((folder.root / "missing.md").string(), error).has_value());
  CHECK(error == "No such file or directory");
  CHECK_FALSE(read_file(folder.root.string(), error).has_value());
  CHECK(error == "Is a directory");
}
