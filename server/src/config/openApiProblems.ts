/**
 * An `openapi` entry whose document gives no catalog is reported on the entry itself, as an error: the project said
 * its statuses are documented there, and every handler would silently lose its operation otherwise.
 */
import { relative, sep } from 'node:path';
import type { ConfigProblem, ProjectConfig } from './types';

/** Problems for the config's `openapi` entries among `failures` (path → why it gave no catalog). */
export function openApiDocumentProblems(config: ProjectConfig, failures: ReadonlyArray<{ path: string; message: string }>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const { path, offset, length } of config.openapi) {
    const failure = failures.find((f) => f.path === path);
    if (!failure) continue;
    const written = relative(config.folder, path).split(sep).join('/');
    problems.push({ offset, length, severity: 'error', message: `the OpenAPI document ${written} ${failure.message}` });
  }
  return problems;
}
