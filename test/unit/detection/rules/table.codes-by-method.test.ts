import { ruleTester } from './ruleTester';

ruleTester("table.codes-by-method", {
  found: [
    "const DEFAULT_CODES = { get: «200», post: «201», delete: «204» };",
  ],
  ignored: [
    "const timeouts = { get: 200, post: 300 };",
  ],
});
