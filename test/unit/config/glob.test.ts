import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileGlob, GlobSyntaxError } from '../../../server/src/config/glob';

const matches = (pattern: string, path: string) => compileGlob(pattern).matches(path);

describe('config globs', () => {
  it('match a name at any depth when the pattern has no slash, and anchor it otherwise', () => {
    assert.equal(matches('*.json', 'a.json'), true);
    assert.equal(matches('*.json', 'src/deep/a.json'), true);
    assert.equal(matches('*.json', 'a.ts'), false);
    assert.equal(matches('src/*.ts', 'src/a.ts'), true);
    assert.equal(matches('src/*.ts', 'lib/src/a.ts'), false);
    assert.equal(matches('/src/*.ts', 'src/a.ts'), true);
  });

  it('take everything under a folder that matches', () => {
    assert.equal(matches('dist', 'dist/a/b.js'), true);
    assert.equal(matches('generated/', 'pkg/generated/x.ts'), true);
    assert.equal(matches('test/fixtures/**', 'test/fixtures/a/b.json'), true);
    assert.equal(matches('test/fixtures/**', 'test/other.json'), false);
  });

  it('read **, ?, classes, braces and escapes', () => {
    assert.equal(matches('src/**/x.ts', 'src/x.ts'), true);
    assert.equal(matches('src/**/x.ts', 'src/a/b/x.ts'), true);
    assert.equal(matches('src/**/x.ts', 'src/ax.ts'), false);
    assert.equal(matches('a?.ts', 'ab.ts'), true);
    assert.equal(matches('a?.ts', 'a/.ts'), false);
    assert.equal(matches('[a-c]x.ts', 'bx.ts'), true);
    assert.equal(matches('[!a-c]x.ts', 'bx.ts'), false);
    assert.equal(matches('*.{ts,tsx}', 'a.tsx'), true);
    assert.equal(matches('*.{ts,tsx}', 'a.js'), false);
    assert.equal(matches('\\*.ts', '*.ts'), true);
    assert.equal(matches('\\*.ts', 'a.ts'), false);
    assert.equal(matches('*', 'anything/at/all'), true);
  });

  it('refuse patterns that cannot be read', () => {
    assert.throws(() => compileGlob('[ab'), GlobSyntaxError);
    assert.throws(() => compileGlob('{a,b'), GlobSyntaxError);
    assert.throws(() => compileGlob('  '), GlobSyntaxError);
    assert.throws(() => compileGlob('{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}'), GlobSyntaxError);
  });

  it('match without backtracking blow-up', () => {
    const pattern = compileGlob('*a*a*a*a*a*a*a*a*a*a*b');
    const path = 'a'.repeat(5000);
    assert.equal(pattern.matches(path), false);
  });
});
