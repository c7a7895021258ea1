#!/usr/bin/env node
// Parses TypeScript with the TypeScript compiler's own parser and prints its syntax errors.
//
//   node Scripts/oracles/ts-parse.js FILE...     # one line per error: FILE:LINE:COLUMN: message
//   node Scripts/oracles/ts-parse.js --batch     # stdin: a JSON array of {"name", "text"}; stdout: a JSON array
//                                                # of {"name", "errors": ["LINE:COLUMN: message", ...]}
//
// The compiler comes from the `typescript` package on the module path, else from Debian's node-typescript
// (/usr/share/nodejs/typescript). Exit status: 0 when every input parses, 1 when one has errors, 3 when the
// compiler cannot be loaded.
"use strict";
const fs = require("fs");

const ts = require("./load-typescript.js");

function errors(name, text) {
  const kind = /\.(tsx|jsx)$/.test(name) ? ts.ScriptKind.TSX : /\.[cm]?js$/.test(name) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, false, kind);
  return file.parseDiagnostics.map((diagnostic) => {
    const position = file.getLineAndCharacterOfPosition(diagnostic.start || 0);
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
    return `${position.line + 1}:${position.character + 1}: ${message}`;
  });
}

const args = process.argv.slice(2);
if (args[0] === "--version") {
  process.stdout.write(ts.version + "\n");
} else if (args[0] === "--batch") {
  const inputs = JSON.parse(fs.readFileSync(0, "utf8"));
  const results = inputs.map((input) => ({ name: input.name, errors: errors(input.name, input.text) }));
  process.stdout.write(JSON.stringify(results));
} else {
  let failed = false;
  const files = args.length ? args : ["/dev/stdin"];
  for (const path of files) {
    for (const error of errors(path === "/dev/stdin" ? "stdin.ts" : path, fs.readFileSync(path, "utf8"))) {
      process.stdout.write(`${path}:${error}\n`);
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
}
