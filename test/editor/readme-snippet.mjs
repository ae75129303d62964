#!/usr/bin/env node
// Writes the README's code block marked `<!-- editor-test: NAME … -->` (the fenced block right after the marker) to
// OUT, so the editor tests run the setup exactly as a user copies it, and README and tests cannot drift apart.
//
// usage: node test/editor/readme-snippet.mjs NAME OUT
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [name, out] = process.argv.slice(2);
if (!name || !out) {
  console.error('usage: node test/editor/readme-snippet.mjs NAME OUT');
  process.exit(2);
}
const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const marker = readme.indexOf(`<!-- editor-test: ${name} `);
if (marker < 0) {
  console.error(`README.md has no <!-- editor-test: ${name} … --> marker`);
  process.exit(1);
}
const block = /```[a-z]*\n([\s\S]*?)\n```/.exec(readme.slice(marker));
if (!block) {
  console.error(`no fenced code block after the ${name} marker`);
  process.exit(1);
}
writeFileSync(out, `${block[1]}\n`);
console.log(`${name}: ${block[1].split('\n').length} lines from README.md -> ${out}`);
