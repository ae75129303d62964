import { ruleTester } from './ruleTester';

ruleTester("exclude.size-constraint", {
  ignored: [
    "const s = { status: { maxLength: 255 } };",
  ],
  ruledOut: [
    "const s = { status: { maxLength: «255» } };",
    { code: "{\"status\": {\"type\": \"string\", \"maxLength\": «255»}}", language: 'json' },
  ],
});
