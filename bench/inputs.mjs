// Deterministic benchmark inputs, generated in the repository's own code so a clone measures on its own:
// Express-style TypeScript handlers, request logs in JSON (pretty-printed or minified on one line), and an OpenAPI
// document in YAML.
// Each input comes with where to hover (on status literals), and where to type (inside a string, far away).

/** A small seeded generator: same seed, same inputs. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const ERRORS = [400, 401, 403, 404, 404, 409, 422];
const SUCCESSES = [200, 200, 201, 204];
const RESOURCES = ['users', 'orders', 'invoices', 'projects', 'teams', 'events'];

/** `lines` lines of route handlers; hovers on `res.status(NNN)` literals, the edit inside an `"error"` message. */
export function typeScriptHandlers(lines) {
  const random = seeded(7);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const out = ['import { Router } from "./router";', 'export const router = new Router();', ''];
  while (out.length < lines - 8) {
    const resource = pick(RESOURCES);
    const id = out.length;
    out.push(`router.get("/api/${resource}/${id}/:id", (req, res) => {`);
    out.push('  const item = store.get(Number(req.params.id));');
    out.push(`  if (!item) return res.status(${pick(ERRORS)}).json({ error: "no such ${resource}", id });`);
    out.push(`  if (!item.active) return res.status(403).json({ error: "inactive ${resource}" });`);
    out.push(`  return res.status(${pick(SUCCESSES)}).json(item);`);
    out.push('});');
    out.push('');
  }
  const text = out.join('\n') + '\n';
  return { text, languageId: 'typescript', ...places(text, /res\.status\((\d{3})\)/g, /error: "no such \w+/g) };
}

/** Request logs, one object per 9 lines (or all on one line when `minified`). */
export function jsonRequestLog(records, { minified = false } = {}) {
  const random = seeded(11);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const rows = [];
  for (let i = 0; i < records; i++) {
    const statusCode = pick([...ERRORS, ...SUCCESSES, 500, 503]);
    rows.push({
      id: i,
      name: `req-${i}`,
      method: pick(['GET', 'POST', 'PUT', 'DELETE']),
      path: `/api/${pick(RESOURCES)}/${Math.floor(random() * 100_000)}`,
      statusCode,
      ok: statusCode < 400,
      latencyMs: Math.round(random() * 90_000) / 100,
    });
  }
  const text = (minified ? JSON.stringify(rows) : JSON.stringify(rows, null, 2)) + '\n';
  const statusPattern = minified ? /"statusCode":(\d{3})/g : /"statusCode": (\d{3})/g;
  return { text, languageId: 'json', ...places(text, statusPattern, minified ? /"name":"req-\d+/g : /"name": "req-\d+/g) };
}

/** An OpenAPI document of `paths` paths in YAML, two operations each; the edit at the end of a response description. */
export function openApiYaml(paths) {
  const random = seeded(13);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const out = ['openapi: 3.0.3', 'info:', '  title: Shop API', '  version: 1.0.0', 'paths:'];
  for (let i = 0; i < paths; i++) {
    const resource = pick(RESOURCES);
    out.push(`  /${resource}/${i}/{id}:`);
    for (const method of ['get', 'put']) {
      out.push(`    ${method}:`, `      operationId: ${method}${resource}${i}`, `      summary: ${method === 'get' ? 'Read' : 'Replace'} one of the ${resource}`);
      out.push('      parameters:', '        - name: id', '          in: path', '          required: true', '          schema:', '            type: string');
      out.push('      responses:');
      for (const code of [pick(SUCCESSES), pick(ERRORS), 500]) {
        out.push(`        '${code}':`, `          description: Answer for the ${resource} number ${i}`);
        if (code < 300) out.push('          content:', '            application/json:', '              schema:', `                $ref: '#/components/schemas/Item'`);
      }
    }
  }
  out.push('components:', '  schemas:', '    Item:', '      type: object', '      properties:', '        id:', '          type: string', '');
  const text = out.join('\n');
  return { text, languageId: 'yaml', ...places(text, /'(\d{3})':/g, /description: Answer for the \w+ number \d+/g) };
}

/**
 * Offsets of two status literals (at 50% and 75% of the text) to hover, and where to type: at the end of a match
 * of `typing` near 40% of the text (inside a string), so the edit is far from the hovers.
 */
function places(text, literal, typing) {
  const literalNear = (fraction) => {
    literal.lastIndex = Math.floor(text.length * fraction);
    const match = literal.exec(text);
    return match.index + match[0].indexOf(match[1]) + 1;
  };
  typing.lastIndex = Math.floor(text.length * 0.4);
  const edit = typing.exec(text);
  return { hovers: [literalNear(0.5), literalNear(0.75)], editAt: edit.index + edit[0].length };
}
