/**
 * The command line's arguments, read by Node's `util.parseArgs` in strict mode: an unknown flag or a missing
 * value is a usage error (exit 2), never taken for a path.
 */
import { parseArgs } from 'node:util';

export type CommandName = 'parse' | 'list' | 'check';

export interface CliArgs {
  command: CommandName | undefined;
  help: boolean;
  version: boolean;
  json: boolean;
  /** parse: each table's verdict; list: the rule that found each literal, or the verdict at FILE:LINE:COL. */
  explain: boolean;
  quiet: boolean;
  format: string | undefined;
  config: string | undefined;
  catalogs: string[];
  catalogPaths: string[];
  locale: string | undefined;
  maxWarnings: number | undefined;
  paths: string[];
}

export class UsageError extends Error {}

const COMMANDS: readonly CommandName[] = ['parse', 'list', 'check'];

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  json: { type: 'boolean' },
  explain: { type: 'boolean' },
  quiet: { type: 'boolean' },
  format: { type: 'string' },
  config: { type: 'string' },
  catalog: { type: 'string', multiple: true },
  'catalog-path': { type: 'string', multiple: true },
  locale: { type: 'string' },
  'max-warnings': { type: 'string' },
} as const;

/** Which command takes which option (help and version go with every command). */
const ALLOWED: Record<CommandName, ReadonlySet<string>> = {
  parse: new Set(['json', 'explain']),
  list: new Set(['json', 'explain', 'config', 'catalog', 'catalog-path', 'locale']),
  check: new Set(['format', 'quiet', 'max-warnings', 'config', 'catalog', 'catalog-path', 'locale']),
};

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs explains itself ("Unknown option '--formt'"); its advice about '--' is for scripts, not users.
    const message = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error);
    throw new UsageError(message);
  }
  const { values, positionals } = parsed;
  const [first, ...paths] = positionals;
  if (first !== undefined && !COMMANDS.includes(first as CommandName)) {
    if (values.help || values.version) return base(values, undefined, []);
    throw new UsageError(`unknown command '${first}' (parse, list or check)`);
  }
  const command = first as CommandName | undefined;
  if (command) {
    for (const name of Object.keys(values)) {
      if (name === 'help' || name === 'version') continue;
      if (!ALLOWED[command].has(name)) throw new UsageError(`--${name} is not an option of ${command}`);
    }
  }
  return base(values, command, paths);
}

function base(values: Record<string, string | boolean | string[] | undefined>, command: CommandName | undefined, paths: string[]): CliArgs {
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const list = (name: string) => (Array.isArray(values[name]) ? (values[name] as string[]) : []);
  const maxWarningsText = text('max-warnings');
  let maxWarnings: number | undefined;
  if (maxWarningsText !== undefined) {
    maxWarnings = /^\d+$/.test(maxWarningsText.trim()) ? Number(maxWarningsText) : Number.NaN;
    if (!Number.isSafeInteger(maxWarnings)) throw new UsageError(`--max-warnings takes a whole number, not '${maxWarningsText}'`);
  }
  return {
    command,
    help: values['help'] === true,
    version: values['version'] === true,
    json: values['json'] === true,
    explain: values['explain'] === true,
    quiet: values['quiet'] === true,
    format: text('format'),
    config: text('config'),
    catalogs: list('catalog').flatMap((value) => value.split(',')).map((id) => id.trim().toLowerCase()).filter((id) => id !== ''),
    catalogPaths: list('catalog-path'),
    locale: text('locale')?.trim(),
    maxWarnings,
    paths,
  };
}
