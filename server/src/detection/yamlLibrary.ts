/**
 * The `yaml` package, loaded at its first use: only YAML documents and OpenAPI specs in YAML need it, and it is
 * a quarter of a megabyte the server would otherwise compile before answering anything. esbuild.mjs keeps it in
 * dist/yaml.js of its own, as it keeps parse5 and the TypeScript compiler; from the sources it is a plain require.
 */
import type * as Yaml from 'yaml';

let library: typeof Yaml | undefined;

export function yamlLibrary(): typeof Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (library ??= require('yaml') as typeof Yaml);
}
