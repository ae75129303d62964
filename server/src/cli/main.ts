/**
 * The `status-catalog` command line: the language service without an editor. See USAGE below and the README's
 * *Command line* section. Exit codes: 0 clean, 1 problems (or unreadable input), 2 usage or config errors.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KNOWN_LOCALES } from '../config';
import { analyzeSources, type SourceAnalysis } from './analyzeFiles';
import { type CliArgs, parseCliArgs, UsageError } from './args';
import { checkExitCode, checkFiles, type CheckedProblem, formatGithub, formatSarif, formatStylish, formatSummary } from './checkCommand';
import { explainTargets, formatExplanations } from './explainCommand';
import { formatListed, listLiterals } from './listCommand';
import { runParse } from './parseCommand';

const VERSION = '0.1.0';

const USAGE = `usage:
  status-catalog parse [--json] [--explain] FILE...    (--explain: each table found, and why it was or was not read)
  status-catalog list [--json] [--explain] [CATALOG OPTIONS] [PATH... | FILE:LINE:COL...]    (--explain: the rule behind each literal, or the verdict at a position)
  status-catalog check [--format stylish|json|sarif|github] [--quiet] [--max-warnings N] [CATALOG OPTIONS] [PATH...]

PATH defaults to the current folder. Folders are walked for .ts/.tsx/.js/.jsx/.mjs/.cjs/.json/.jsonc files,
leaving out node_modules, .git, what .gitignore ignores and the project config's "ignore".

catalog options (over what status-catalog.config.json says):
  --config FILE        use this config file for every file (default: the nearest status-catalog.config.json)
  --catalog ID         consult these catalogs (repeatable, or comma-separated)
  --catalog-path DIR   add a folder of catalog pages (repeatable)
  --locale L           language of catalog texts: ${KNOWN_LOCALES.join(', ')}

  -h, --help           show this help
  -v, --version        show the version

exit codes: 0 no errors (and warnings within --max-warnings), 1 problems found, 2 bad arguments or config
`;

const FORMATS = ['stylish', 'json', 'sarif', 'github'];

function main(argv: readonly string[]): number {
  const out = (text: string) => {
    process.stdout.write(text);
  };
  try {
    const args = parseCliArgs(argv);
    if (args.version) {
      out(`${VERSION}\n`);
      return 0;
    }
    if (args.help) {
      out(USAGE);
      return 0;
    }
    if (!args.command) throw new UsageError('give a command: parse, list or check');
    if (args.command === 'parse') {
      if (args.paths.length === 0) throw new UsageError('parse: give at least one catalog file');
      return runParse(args.paths, args.json, out, args.explain);
    }
    return runOnSources(args, out);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`status-catalog: ${error.message}\nRun 'status-catalog --help' for usage.\n`);
      return 2;
    }
    throw error;
  }
}

function runOnSources(args: CliArgs, out: (text: string) => void): number {
  const format = args.format ?? 'stylish';
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format '${format}' (${FORMATS.join(', ')})`);
  if (args.locale !== undefined && !KNOWN_LOCALES.includes(args.locale.toLowerCase().split(/[-_]/)[0] ?? '')) {
    throw new UsageError(`unknown locale '${args.locale}' (known: ${KNOWN_LOCALES.join(', ')})`);
  }
  const catalogPaths = args.catalogPaths.map((folder) => {
    if (!isFolder(folder)) throw new UsageError(`--catalog-path: no such folder: ${folder}`);
    return resolve(folder);
  });
  if (args.config !== undefined && !isFile(args.config)) throw new UsageError(`--config: no such file: ${args.config}`);
  let failed = false;
  // `list --explain FILE:LINE:COL`: the verdict at a position.
  const { paths, targets } = args.command === 'list' && args.explain ? explainTargets(args.paths) : { paths: args.paths, targets: [] };
  const sources = [...paths, ...targets.map((t) => t.file)];
  const analysis = analyzeSources(
    sources.length > 0 ? sources : ['.'],
    { folder: join(__dirname, '..', 'catalogs'), index: join(__dirname, 'catalog-index.json') },
    { ...(args.config !== undefined ? { config: args.config } : {}), catalogs: args.catalogs, catalogPaths, ...(args.locale ? { locale: args.locale } : {}) },
    (path, message) => {
      failed = true;
      process.stderr.write(`${path}: ${message}\n`);
    },
    (message) => process.stderr.write(`${message}\n`),
  );
  refuseBrokenSetup(analysis);
  if (args.command === 'list') {
    if (targets.length > 0) out(`${formatExplanations(targets, analysis.analyses)}\n`);
    // Positions alone print their verdicts only; plain paths are listed as usual.
    if (targets.length === 0 || paths.length > 0) {
      const listed = listLiterals(analysis.analyses);
      out(args.json ? `${JSON.stringify(listed, null, 2)}\n` : listed.length > 0 ? `${formatListed(listed, args.explain)}\n` : '');
    }
    return failed ? 1 : 0;
  }
  let checked: CheckedProblem[] = checkFiles(analysis.analyses, analysis.catalogProblems);
  if (args.quiet) checked = checked.filter((p) => p.severity === 'error');
  const fileCount = analysis.analyses.length;
  if (format === 'json') out(`${JSON.stringify(checked, null, 2)}\n`);
  else if (format === 'sarif') out(formatSarif(checked, VERSION));
  else if (format === 'github') out(formatGithub(checked) + formatSummary(checked, fileCount));
  else out(checked.length > 0 ? formatStylish(checked, args.locale ?? 'en') : formatSummary(checked, fileCount));
  return failed ? 1 : checkExitCode(checked, args.maxWarnings);
}

/** A config with problems, or a --catalog that names nothing, stops the run: judging with them would mislead. */
function refuseBrokenSetup(analysis: SourceAnalysis): void {
  if (analysis.configProblems.length > 0) {
    const lines = analysis.configProblems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`);
    throw new UsageError(`the project config has ${analysis.configProblems.length === 1 ? 'a problem' : 'problems'}:\n${lines.join('\n')}`);
  }
  if (analysis.unknownCatalogs.length > 0) {
    throw new UsageError(`unknown catalog ${analysis.unknownCatalogs.join(', ')} (known: ${analysis.knownCatalogs.join(', ') || 'none'})`);
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

// `status-catalog list … | head` closes the pipe early: that is the reader's choice, not an error to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = main(process.argv.slice(2));
