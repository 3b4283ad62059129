// Documents: reading drafts (txt, md, html) into text whose byte offsets match the original file.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

enum class Format { text, markdown, html };

struct Sentence {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::size_t paragraph = 0;  // sentences of one paragraph share the number
};

// A line-level silencing comment ("<!-- claimcheck: ignore conflict -->"): it silences findings of
// the named checks (all checks when empty) on the line after it.
struct Suppression {
  std::size_t line = 0;  // 1-based line that is silenced
  std::vector<std::string> checks;
};

struct Document {
  std::string path;      // as given or found while walking a directory
  Format format = Format::text;
  std::string original;  // the file's bytes
  // Same length as original: markup, front matter, code blocks and comments replaced by spaces
  // (newlines kept, block-level tags become newlines), entities decoded and padded with spaces, so
  // that every offset into text is the offset of the same character in the original file.
  std::string text;
  std::optional<std::string> date;  // "YYYY-MM-DD" from front matter or a leading "date" line
  std::vector<Sentence> sentences;
  std::vector<Suppression> suppressions;
  std::vector<std::size_t> line_starts;  // byte offset of each line's first byte

  // 1-based line and column (column in Unicode code points) of a byte offset.
  std::pair<std::size_t, std::size_t> line_column(std::size_t offset) const;
  // The same, continuing from a known position (known_offset on known_line at known_column) at or
  // before offset: for claims visited in order, the line is found by walking on over the line starts
  // in between instead of a search, and on the known line only the bytes after the known position are
  // decoded (for many claims on one long line, counting from the line start each time would be
  // quadratic).
  std::pair<std::size_t, std::size_t> line_column(std::size_t offset, std::size_t known_offset, std::size_t known_line,
                                                  std::size_t known_column) const;
  std::string_view line_text(std::size_t line) const;  // without its line end
};

Format format_for_path(std::string_view path);  // by extension; .txt and unknown are text

// Builds a Document from bytes already read: cleans the text, finds the date, sentences, lines and
// suppressions. Never fails: invalid UTF-8 and NUL bytes are kept as they are in `original` and
// become spaces in `text`.
Document make_document(std::string path, std::string bytes);

// Splits cleaned text into sentences; survives a missing space after a full stop ("chain.In the")
// and abbreviations (U.S., Oct., No., Inc.). Blank lines start a new paragraph.
std::vector<Sentence> split_sentences(std::string_view text);

struct ReadError {
  std::string path;
  std::string message;
};

// Expands files and directories (recursed in sorted order; .md, .markdown, .txt, .html, .htm) into
// a sorted list of file paths without duplicates. Paths that cannot be read become errors.
std::vector<std::string> collect_paths(const std::vector<std::string>& inputs,
                                       const std::vector<std::string>& ignore_globs,
                                       std::vector<ReadError>& errors);

// Reads one file whole; nullopt with an error message when it cannot.
std::optional<std::string> read_file(const std::string& path, std::string& error);

}  // namespace claimcheck
