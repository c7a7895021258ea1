// Loads the TypeScript compiler: the `typescript` package on the module path, else Debian's node-typescript
// (/usr/share/nodejs/typescript). Exits with status 3 and a note when neither is there.
"use strict";
for (const name of ["typescript", "/usr/share/nodejs/typescript"]) {
  try {
    module.exports = require(name);
    break;
  } catch (error) {
    // Try the next place.
  }
}
if (!module.exports || !module.exports.createSourceFile) {
  process.stderr.write(`${require("path").basename(process.argv[1] || "node")}: the TypeScript compiler is not installed (apt-get install node-typescript)\n`);
  process.exit(3);
}
