import { ruleTester } from './ruleTester';

ruleTester("status.assignment", {
  found: [
    "res.statusCode = «404»;",
    "ctx.status = «201»;",
    "HTTP_STATUS.GONE_AWAY = «410»;",
  ],
  ignored: [
    "el.width = 404;",
  ],
});
