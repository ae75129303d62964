/**
 * node:path for the web build (esbuild aliases `node:path` and `path` here). The browser server's paths are the
 * path parts of URIs, always POSIX, so this is POSIX path logic only; `win32.isAbsolute` still tells a drive
 * path, which a manifest written on Windows may contain and must be refused.
 */
export const sep = '/';

export function isAbsolute(path: string): boolean {
  return path.startsWith('/');
}

export function normalize(path: string): string {
  if (path === '') return '.';
  const absolute = isAbsolute(path);
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (part !== '..' || !absolute) parts.push(part);
  }
  const joined = parts.join('/');
  const trailing = path.endsWith('/') && joined !== '' ? '/' : '';
  if (absolute) return `/${joined}${trailing}`;
  return joined === '' ? '.' : `${joined}${trailing}`;
}

export function join(...paths: string[]): string {
  const nonEmpty = paths.filter((path) => path !== '');
  return nonEmpty.length === 0 ? '.' : normalize(nonEmpty.join('/'));
}

/** Against `/` where Node would take the working directory: a worker has none. */
export function resolve(...paths: string[]): string {
  let resolved = '';
  for (let i = paths.length - 1; i >= 0 && !isAbsolute(resolved); i--) {
    const path = paths[i]!;
    if (path !== '') resolved = resolved === '' ? path : `${path}/${resolved}`;
  }
  const normalized = normalize(`/${resolved}`);
  return normalized.length > 1 ? normalized.replace(/\/+$/, '') : normalized;
}

export function relative(from: string, to: string): string {
  const fromParts = resolve(from).split('/').filter(Boolean);
  const toParts = resolve(to).split('/').filter(Boolean);
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
  return [...fromParts.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
}

export function dirname(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0) return '.';
  return slash === 0 ? '/' : trimmed.slice(0, slash);
}

export function basename(path: string, extension?: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return extension && base.endsWith(extension) && base !== extension ? base.slice(0, -extension.length) : base;
}

export function extname(path: string): string {
  const base = basename(path);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot);
}

export const posix = { sep, isAbsolute, normalize, join, resolve, relative, dirname, basename, extname };

export const win32 = {
  isAbsolute: (path: string): boolean => /^[\\/]/.test(path) || /^[a-z]:[\\/]/i.test(path),
};

export default { ...posix, posix, win32 };
