/**
 * The `status-catalog` command line: the language service without an editor.
 *   status-catalog parse [--json] FILE...
 *   status-catalog list [--json] [--catalog ID]... [--catalog-path DIR]... [--locale L] PATH...
 *   status-catalog check [--format stylish|json|sarif] [--max-warnings N] [--catalog ID]... PATH...
 */
import { join } from 'node:path';
import { loadRegistry } from '../catalog/loadCatalogs';
import { nodeFileSystem } from '../catalog/nodeFileSystem';
import { analyzeFiles } from './analyzeFiles';
import { type CliArgs, parseArgs, UsageError } from './args';
import { checkExitCode, checkFiles, formatSarif, formatStylish } from './checkCommand';
import { formatListed, listLiterals } from './listCommand';
import { runParse } from './parseCommand';

const VERSION = '0.1.0';

const USAGE = `usage:
  status-catalog parse [--json] FILE...
  status-catalog list [--json] [--catalog ID]... [--catalog-path DIR]... [--locale L] PATH...
  status-catalog check [--format stylish|json|sarif] [--max-warnings N] [--catalog ID]... [--catalog-path DIR]... PATH...
`;

function main(argv: readonly string[]): number {
  const out = (text: string) => process.stdout.write(text);
  let args: CliArgs;
  try {
    args = parseArgs(argv);
    if (args.flags.has('version')) {
      out(`${VERSION}\n`);
      return 0;
    }
    if (!args.command || args.command === 'help' || args.flags.has('help')) {
      out(USAGE);
      return args.command || args.flags.has('help') ? 0 : 2;
    }
    if (args.paths.length === 0) throw new UsageError(`${args.command}: give at least one path`);
    switch (args.command) {
      case 'parse':
        return runParse(args.paths, args.flags.has('json'), out);
      case 'list':
      case 'check':
        return runOnSources(args, out);
      default:
        throw new UsageError(`unknown command '${args.command}'`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`status-catalog: ${error.message}\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

function runOnSources(args: CliArgs, out: (text: string) => void): number {
  const bundled = join(__dirname, '..', 'catalogs');
  const { registry, problems } = loadRegistry(bundled, args.options.get('catalog-path') ?? [], nodeFileSystem);
  for (const problem of problems) process.stderr.write(`${problem.file}:${problem.line}: ${problem.message}\n`);
  const catalogs = (args.options.get('catalog') ?? []).flatMap((value) => value.split(',')).map((id) => id.trim().toLowerCase());
  const unknown = catalogs.filter((id) => !registry.hasService(id));
  if (unknown.length > 0) throw new UsageError(`unknown catalog ${unknown.join(', ')} (known: ${registry.serviceIds().join(', ')})`);
  let failed = false;
  const locale = args.options.get('locale')?.at(-1) ?? 'en';
  const analyses = analyzeFiles(args.paths, registry, { catalogs, locale }, (path, message) => {
    failed = true;
    process.stderr.write(`${path}: ${message}\n`);
  });
  if (args.command === 'list') {
    const listed = listLiterals(analyses);
    out(args.flags.has('json') ? `${JSON.stringify(listed, null, 2)}\n` : `${formatListed(listed)}\n`);
    return failed ? 1 : 0;
  }
  const format = args.options.get('format')?.at(-1) ?? 'stylish';
  const maxWarningsText = args.options.get('max-warnings')?.at(-1);
  const maxWarnings = maxWarningsText === undefined ? undefined : Number(maxWarningsText);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) throw new UsageError('--max-warnings takes a whole number');
  const checked = checkFiles(analyses);
  if (format === 'json') out(`${JSON.stringify(checked, null, 2)}\n`);
  else if (format === 'sarif') out(formatSarif(checked, VERSION));
  else if (format === 'stylish') out(formatStylish(checked, locale));
  else throw new UsageError(`unknown format '${format}' (stylish, json or sarif)`);
  return failed ? 1 : checkExitCode(checked, maxWarnings);
}

process.exitCode = main(process.argv.slice(2));
