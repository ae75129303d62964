// The class a status slot's branch suggests (server/src/detection/branchContext.ts), seen through slotAt.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { slotAt } from './marked';

const classAt = (text: string) => slotAt(text)?.preferredClass;

describe('branch context of a status slot', () => {
  it('prefers 4xx in a branch where something is missing or after throw', () => {
    assert.equal(classAt('async (req, res) => {\n  const user = await find();\n  if (!user) return res.status(|);\n}'), 4);
    assert.equal(classAt('if (user == null) { res.status(|) }'), 4);
    assert.equal(classAt('if (orders.length === 0) res.status(|)'), 4);
    assert.equal(classAt('if (user) { ok() } else { res.status(|) }'), 4);
    assert.equal(classAt('throw createError(|)'), 4);
    assert.equal(classAt("throw new HttpException('Forbidden', |)"), 4);
  });

  it('prefers 5xx where an error came back or was caught', () => {
    assert.equal(classAt('db.query(sql, (err, rows) => { if (err) return res.status(|); })'), 5);
    assert.equal(classAt('try { run() } catch (e) { res.status(|) }'), 5);
  });

  it('prefers 2xx on the success path: after a guard that returned, in a try block, when the value is there', () => {
    assert.equal(classAt('async (req, res) => {\n  if (!user) return res.status(404).end();\n  res.status(|);\n}'), 2);
    assert.equal(classAt('try { await save(); res.status(|) } catch (e) {}'), 2);
    assert.equal(classAt('if (user) { res.status(|) }'), 2);
    assert.equal(classAt('if (err) { next(err) } else { res.status(|) }'), 2);
  });

  it('says nothing without a signal, and never looks past the enclosing function', () => {
    assert.equal(classAt('res.status(|)'), undefined);
    assert.equal(classAt('if (!user) { const f = () => res.status(|); }'), undefined);
  });
});
