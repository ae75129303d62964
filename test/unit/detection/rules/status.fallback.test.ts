import { ruleTester } from './ruleTester';

ruleTester("status.fallback", {
  found: [
    "const s = err.status || «500»;",
    "send(hasStatus ? this.raw.statusCode : «302»);",
  ],
  ignored: [
    "const w = width || 500;",
  ],
});
