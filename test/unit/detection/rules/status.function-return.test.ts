import { ruleTester } from './ruleTester';

ruleTester("status.function-return", {
  found: [
    "function getStatusCodeFromKey(code) { return TABLE[code] ?? «500»; }",
    "const statuses = arr.map((r) => { if (r.error) return r.error.httpStatus; return «200»; });",
  ],
  ignored: [
    "function size() { return 200; }",
  ],
});
