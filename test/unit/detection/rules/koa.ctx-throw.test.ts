import { ruleTester } from './ruleTester';

ruleTester("koa.ctx-throw", {
  found: [
    "ctx.throw(«403», 'forbidden');",
  ],
  ignored: [
    "throw 403;",
  ],
});
