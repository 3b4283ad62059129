// Times Microsoft Recognizers-Text (number, percentage and currency) on the drafts of a corpus and
// prints its throughput in the benchmark's words, so it can stand beside claimcheck's.
"use strict";
const fs = require("fs");
const path = require("path");
const Suite = require("@microsoft/recognizers-text-suite");

function draftsUnder(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...draftsUnder(full));
    else if (/\.(md|txt)$/.test(entry.name)) found.push(full);
  }
  return found;
}

function main() {
  const args = process.argv.slice(2);
  let maxSeconds = Infinity;
  const at = args.indexOf("--max-seconds");
  if (at >= 0) {
    maxSeconds = Number(args[at + 1]);
    args.splice(at, 2);
  }
  if (args.length !== 1) {
    console.error("usage: node run.js [--max-seconds N] DRAFTS_DIR");
    process.exit(2);
  }
  const files = draftsUnder(args[0]);
  const culture = Suite.Culture.English;
  // The recognizers build their models on first use; that set-up is not throughput.
  Suite.recognizeNumber("warm up 3.6 trillion", culture);
  Suite.recognizePercentage("8.3 percent", culture);
  Suite.recognizeCurrency("$891.1 billion", culture);

  let bytes = 0;
  let found = 0;
  let done = 0;
  const start = process.hrtime.bigint();
  let seconds = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    // The recognizers work best on a paragraph at a time, as drafts are written.
    for (const paragraph of text.split(/\n\s*\n/)) {
      found += Suite.recognizeNumber(paragraph, culture).length;
      found += Suite.recognizePercentage(paragraph, culture).length;
      found += Suite.recognizeCurrency(paragraph, culture).length;
    }
    bytes += Buffer.byteLength(text, "utf8");
    done += 1;
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (seconds > maxSeconds) break;
  }
  const sample = done < files.length ? ` (stopped after ${maxSeconds} s: ${done} of ${files.length} drafts)` : "";
  console.log(`Recognizers-Text number+percentage+currency: ${(bytes / 1e6 / seconds).toFixed(3)} MB/s ` +
              `on ${(bytes / 1e6).toFixed(1)} MB${sample}, ${found} entities`);
}

main();
