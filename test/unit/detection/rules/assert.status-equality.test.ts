import { ruleTester } from './ruleTester';

ruleTester("assert.status-equality", {
  found: [
    "assert.equal(res.statusCode, «200»);",
    "t.is(response.status, «404»);",
    "assert.isAtLeast(res.status, «400»);",
  ],
  ignored: [
    "assert.equal(items.length, 200);",
  ],
});
