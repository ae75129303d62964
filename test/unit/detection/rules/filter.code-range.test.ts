import { ruleTester } from './ruleTester';

ruleTester("filter.code-range", {
  ignored: [
    "res.status(4040);",
  ],
  ruledOut: [
    "const r = { status: «4040» };",
    { code: "{\"status\": «150.5»}", language: 'json' },
  ],
});
