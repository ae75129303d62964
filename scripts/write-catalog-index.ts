/**
 * Writes dist/catalog-index.json: the bundled catalogs (catalogs/) parsed once at build time, which the server and
 * the CLI read instead of parsing the pages (see server/src/catalog/catalogIndex.ts). Run by esbuild.mjs.
 *   node --import tsx scripts/write-catalog-index.ts [OUT]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadCatalogFolder } from '../server/src/catalog/catalogFolder';
import { catalogIndexOf } from '../server/src/catalog/catalogIndex';
import { nodeFileSystem } from '../server/src/catalog/nodeFileSystem';

const root = join(__dirname, '..');
const folder = join(root, 'catalogs');
const out = process.argv[2] ?? join(root, 'dist', 'catalog-index.json');
// No time budget: the index must hold what the pages say, however busy the machine building it is.
const parsed = loadCatalogFolder(folder, 'bundled', nodeFileSystem, { parseBudgetMs: Infinity });
const index = catalogIndexOf(folder, parsed, nodeFileSystem);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(index));
const entries = index.catalogs.reduce((sum, catalog) => sum + catalog.entries.length, 0);
process.stdout.write(`  ${out}: ${index.catalogs.length} catalogs, ${entries} entries, ${index.problems.length} problems\n`);
