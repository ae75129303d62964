/**
 * The extensionTestsPath module: VS Code's extension host (desktop through @vscode/test-electron, or
 * code-server through test/editor/run-vscode-tests.mjs) loads it and awaits run(). It runs every
 * bundled *.test.js next to it with mocha's tdd interface; a rejected promise means failed tests.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  // The trust run (STATUS_CATALOG_SUITE=trust, see run-vscode-tests.mjs) opens the workspace untrusted and runs
  // only trust.test.js; the main run, trusted, runs the rest.
  const trustRun = process.env['STATUS_CATALOG_SUITE'] === 'trust';
  const files = fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js') && (name === 'trust.test.js') === trustRun).sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      const total = mocha.suite.total();
      // Runners and CI logs look for this line.
      console.log(`${total - failures} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} of ${total} editor tests failed`));
      else resolve();
    });
  });
}
