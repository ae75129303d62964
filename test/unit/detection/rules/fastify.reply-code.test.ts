import { ruleTester } from './ruleTester';

ruleTester("fastify.reply-code", {
  found: [
    "reply.code(«409»).send(err);",
    "return h.response(body).code(«201»);",
  ],
  ignored: [
    "editor.code(200);",
    "const c = qr.code(300);",
  ],
});
