/** A small argument reader for the CLI: flags, repeatable options, and positional paths. */

export interface CliArgs {
  command: string | undefined;
  flags: Set<string>;
  options: Map<string, string[]>;
  paths: string[];
}

/** Options that take a value (`--catalog dds` or `--catalog=dds`); anything else starting with -- is a flag. */
const VALUE_OPTIONS = new Set(['catalog', 'catalog-path', 'format', 'max-warnings', 'locale']);

export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  const args: CliArgs = { command, flags: new Set(), options: new Map(), paths: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--') {
      args.paths.push(...rest.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      args.paths.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!VALUE_OPTIONS.has(name)) {
      args.flags.add(name);
      continue;
    }
    const value = inline ?? rest[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    args.options.set(name, [...(args.options.get(name) ?? []), value]);
  }
  return args;
}

export class UsageError extends Error {}
