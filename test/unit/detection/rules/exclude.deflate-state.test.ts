import { ruleTester } from './ruleTester';

ruleTester("exclude.deflate-state", {
  ignored: [
    "if (res.status === 404) { res.status = 0; }",
  ],
  ruledOut: [
    "function deflate(s) { if (s.status === 42) { s.status = «113»; } if (s.status === «103») { s.status = 666; } }",
  ],
});
