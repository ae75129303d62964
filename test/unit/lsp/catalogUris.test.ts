/**
 * The web server's `catalogPaths`: its folders are URIs on the workspace folder's file system. A path with a scheme
 * is taken as it is; an absolute one keeps the workspace's scheme and authority; a relative one is under the
 * workspace folder once trusted; `..` never climbs above the root.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveCatalogUris } from '../../../server/src/lsp/catalogPaths';
import { hasUriScheme, isUriSource } from '../../../server/src/uriPaths';

const ROOT = 'vscode-vfs://github/acme/shop';

describe('resolveCatalogUris', () => {
  it('takes a URI as it is, less its trailing slashes, trusted or not', () => {
    assert.deepEqual(resolveCatalogUris(['https://docs.example/codes//', 'vscode-vfs://github/acme/docs/catalogs'], ROOT, false), {
      folders: ['https://docs.example/codes', 'vscode-vfs://github/acme/docs/catalogs'], skippedUntrusted: [], skippedNoFolder: [],
    });
  });

  it('puts an absolute path on the workspace folder\'s scheme and authority, normalized', () => {
    assert.deepEqual(resolveCatalogUris(['/team/./catalogs/', '/../../etc', '\\team\\win'], `${ROOT}/`, false).folders, [
      'vscode-vfs://github/team/catalogs', 'vscode-vfs://github/etc', 'vscode-vfs://github/team/win',
    ]);
  });

  it('resolves a relative path under the workspace folder only once trusted, and never above the root', () => {
    assert.deepEqual(resolveCatalogUris(['catalogs', '../../../../up', 'a/../b/./c'], ROOT, true).folders, [
      'vscode-vfs://github/acme/shop/catalogs', 'vscode-vfs://github/up', 'vscode-vfs://github/acme/shop/b/c',
    ]);
    assert.deepEqual(resolveCatalogUris(['catalogs', '/abs'], ROOT, false), {
      folders: ['vscode-vfs://github/abs'], skippedUntrusted: ['catalogs'], skippedNoFolder: [],
    });
  });

  it('skips a path that is not a URI when there is no workspace folder', () => {
    assert.deepEqual(resolveCatalogUris(['catalogs', '/abs', 'memfs://x/catalogs'], undefined, true), {
      folders: ['memfs://x/catalogs'], skippedUntrusted: [], skippedNoFolder: ['catalogs', '/abs'],
    });
  });

  it('reads a workspace folder at the root of its authority', () => {
    assert.deepEqual(resolveCatalogUris(['catalogs', '/'], 'memfs://x', true).folders, ['memfs://x/catalogs', 'memfs://x/']);
  });

  it('does not take a drive letter for a scheme', () => {
    assert.deepEqual(resolveCatalogUris(['c://catalogs'], ROOT, true).folders, ['vscode-vfs://github/acme/shop/c:/catalogs']);
  });
});

describe('isUriSource and hasUriScheme', () => {
  it('take a source with any scheme for a URI, a folder only with an authority, and a drive path for neither', () => {
    const cases = ['vscode-vfs://github/a/x.md', 'memfs:/catalogs/x.md', 'https://docs.example/x', '/repo/x.md', 'C:\\repo\\x.md', 'c:/repo/x.md', 'x.md'];
    assert.deepEqual(cases.map((path) => [isUriSource(path), hasUriScheme(path)]), [
      [true, true], [true, false], [true, true], [false, false], [false, false], [false, false], [false, false],
    ]);
  });
});
