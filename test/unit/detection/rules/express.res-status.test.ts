import { ruleTester } from './ruleTester';

ruleTester("express.res-status", {
  found: [
    "res.status(«404»).send('x');",
    "res.sendStatus(«204»);",
    "res.writeHead(«200», { 'Content-Type': 'text/plain' });",
    "next(createError(«404»));",
    "res.status(«4040»);",
    "expect(res).toHaveStatus(«201»);",
  ],
  ignored: [
    "res.status();",
    "ws.close(1000);",
    "createError(1002, 'close');",
  ],
});
