import { ruleTester } from './ruleTester';

ruleTester("koa.ctx-assert", {
  found: [
    "ctx.assert(user, «401», 'Please login');",
  ],
  ignored: [
    "assert(value, 'message', 200);",
  ],
});
