// Preloaded into the spawned server (`node --require`): writes the modules loaded when the process first writes to
// stdout (JSON: string[]) to the path in STATUS_CATALOG_FIRST_WRITE, so a test can tell what answering cost.
const fs = require('node:fs');

const out = process.env.STATUS_CATALOG_FIRST_WRITE;
const write = process.stdout.write;
process.stdout.write = function firstWrite(...args) {
  process.stdout.write = write;
  if (out) fs.writeFileSync(out, JSON.stringify(Object.keys(require.cache)));
  return write.apply(this, args);
};
