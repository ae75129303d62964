import { ruleTester } from './ruleTester';

ruleTester("hono.response-helper", {
  found: [
    "return c.json({ error: 'x' }, «404»);",
    "return c.text('Oops', «500»);",
    "return json(data, «404»);",
  ],
  ignored: [
    "doc.text('hello', 100, 200);",
    "this.add.text(100, 200, 'Hi');",
  ],
});
