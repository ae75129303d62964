import { ruleTester } from './ruleTester';

ruleTester("status.named-declaration", {
  found: [
    "const status = «302»;",
    "function f(statusCode = «200») {}",
    { code: "const el = <Error statusCode={«404»} />;", language: 'typescriptreact' },
  ],
  ignored: [
    "const width = 302;",
  ],
});
