// Preloaded into the spawned server (`node --require`): at exit, writes the modules it loaded and the files it read
// (JSON: { modules, reads }) to the path in STATUS_CATALOG_LOADED_FILES, so a test can tell what starting cost.
const fs = require('node:fs');

const out = process.env.STATUS_CATALOG_LOADED_FILES;
const reads = [];
// The server reads catalog pages through openSync (nodeFileSystem.ts), other files through readFileSync.
for (const name of ['openSync', 'readFileSync']) {
  const original = fs[name];
  fs[name] = function recorded(path, ...rest) {
    if (typeof path === 'string') reads.push(path);
    return original.call(this, path, ...rest);
  };
}
process.on('exit', () => {
  if (!out) return;
  fs.writeFileSync(out, JSON.stringify({ modules: Object.keys(require.cache), reads }));
});
