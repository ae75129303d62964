/**
 * node:url for the web build. Only `file:` URLs are paths; the web server meets them rarely (VS Code for the
 * Web names files by `vscode-vfs:`, `vscode-remote:` and the like, kept as URIs), so POSIX only.
 */
export function fileURLToPath(url: string | URL): string {
  const parsed = typeof url === 'string' ? new URL(url) : url;
  if (parsed.protocol !== 'file:') throw new TypeError(`not a file URL: ${parsed.href}`);
  return decodeURIComponent(parsed.pathname);
}

export function pathToFileURL(path: string): URL {
  const encoded = path.split('/').map((segment) => encodeURIComponent(segment)).join('/');
  return new URL(`file://${encoded.startsWith('/') ? '' : '/'}${encoded}`);
}

export default { fileURLToPath, pathToFileURL };
