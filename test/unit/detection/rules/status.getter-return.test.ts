import { ruleTester } from './ruleTester';

ruleTester("status.getter-return", {
  found: [
    "class E { get status() { return «404»; } }",
    "const e = { statusCode: () => «200» };",
  ],
  ignored: [
    "class E { get width() { return 404; } }",
  ],
});
