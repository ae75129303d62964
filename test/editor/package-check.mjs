#!/usr/bin/env node
// Packages the extension as it is built now (dist/ from `npm run build` or `npm run package`) into a
// .vsix with the same vsce options as `npm run package`, without rebuilding, and checks what is in
// the archive: the bundled client and server, the catalogs, the marketplace files, and no
// node_modules or sources. The web build (dist/web/) ships beside the desktop one. The UI test then installs this .vsix.
//
// usage: node test/editor/package-check.mjs OUT.vsix
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = resolve(process.argv[2] || join(root, 'test', 'output', 'status-catalog.vsix'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// The vsce arguments of the package script ("node esbuild.mjs --production && vsce package …").
const vsceStep = pkg.scripts.package.split('&&').map((s) => s.trim()).find((s) => s.startsWith('vsce package'));
if (!vsceStep) throw new Error('scripts.package has no "vsce package" step');
const args = [...vsceStep.split(/\s+/).slice(1), '--out', out];
const vsce = join(root, 'node_modules', '.bin', 'vsce');
console.log(`vsce ${args.join(' ')}`);
execFileSync(vsce, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });

const entries = zipEntryNames(readFileSync(out));
const files = entries.filter((entry) => entry.startsWith('extension/') && !entry.endsWith('/')).map((entry) => entry.slice('extension/'.length));
const problems = [];
const required = ['package.json', 'dist/client.js', 'dist/server.js', 'dist/server-main.js', 'dist/typescript.js',
  'dist/parse5.js', 'dist/yaml.js', 'dist/catalog-index.json', 'dist/web/client.js', 'dist/web/server.js', 'catalogs/status-catalog.json',
  'catalogs/http-status-codes.en.json', pkg.icon, 'readme.md', 'changelog.md', 'LICENSE.txt',
  'package.nls.json', 'package.nls.zh-cn.json', 'l10n/bundle.l10n.zh-cn.json'];
for (const file of required) if (!files.includes(file)) problems.push(`missing ${file}`);
// Files package.json itself points at: the entry points (desktop and web) and any contributed JSON schemas.
if (!pkg.browser) problems.push('package.json has no "browser" entry (the web build)');
if (!pkg.capabilities?.virtualWorkspaces?.description) problems.push('package.json does not say what works in a virtual workspace');
const referenced = [pkg.main, pkg.browser, ...(pkg.contributes?.jsonValidation ?? []).map((v) => v.url).filter((url) => url.startsWith('./'))];
for (const file of referenced) {
  const path = file.replace(/^\.\//, '');
  if (!files.includes(path)) problems.push(`missing ${path} (referenced by package.json)`);
}
for (const catalog of readCatalogSources()) {
  if (!files.includes(`catalogs/${catalog}`)) problems.push(`missing bundled catalog catalogs/${catalog}`);
}
// The Extensions view renders an installed extension's readme without a base URI and only loads http(s) images
// (relative and data: ones are dropped), so vsce rewrites each image to the repository's raw URL (--baseImagesUrl):
// every image must be such a URL naming a file of this repository.
const readme = zipEntryText(readFileSync(out), 'extension/readme.md');
if (!readme.startsWith('# Status Catalog\n\n**What an HTTP status code means')) problems.push('readme.md is not the marketplace README (README.marketplace.md)');
const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)|<img[^>]+src=["']([^"']+)["']/g)].map((m) => m[1] ?? m[2]);
if (images.length === 0) problems.push('readme.md shows no image (the screenshot is missing)');
const imagesBase = /--baseImagesUrl\s+(\S+)/.exec(vsceStep)?.[1];
for (const image of images) {
  const file = imagesBase && image.startsWith(`${imagesBase}/`) ? image.slice(imagesBase.length + 1) : undefined;
  if (!file) problems.push(`readme.md image ${image.slice(0, 80)} is not under --baseImagesUrl`);
  else if (!existsSync(join(root, file))) problems.push(`readme.md image ${image} names ${file}, which is not in the repository`);
}
for (const file of files) {
  if (/(^|\/)node_modules\//.test(file)) problems.push(`node_modules in the package: ${file}`);
  else if (/\.(ts|map)$/.test(file) || /^(client|server|test|docs|scripts|bench)\//.test(file)) problems.push(`source or test file in the package: ${file}`);
  else if (file.endsWith('.v8cache')) problems.push(`a build-time code cache in the package (Electron never reads it): ${file}`);
}

const bytes = statSync(out).size;
console.log(`${out}: ${(bytes / 1024 / 1024).toFixed(2)} MB (${bytes} bytes), ${files.length} files:`);
for (const file of files.sort()) console.log(`  ${file}`);
if (problems.length) {
  console.log(`FAIL:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('package contents OK');

/** The entry names of a zip archive (a .vsix is one), read from its central directory. */
function zipEntryNames(zip) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])); // end of central directory record
  if (end < 0) throw new Error(`${out} is not a zip archive`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i} in ${out}`);
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

/** The text of one stored or deflated entry of a zip archive, found through its central directory. */
function zipEntryText(zip, name) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(dataAt, dataAt + compressed);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  throw new Error(`${name} is not in ${out}`);
}

/** The catalog files the bundled manifest lists: each must ship. */
function readCatalogSources() {
  const manifest = JSON.parse(readFileSync(join(root, 'catalogs', 'status-catalog.json'), 'utf8'));
  return manifest.catalogs.map((entry) => entry.source);
}
