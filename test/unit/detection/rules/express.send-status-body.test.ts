import { ruleTester } from './ruleTester';

ruleTester("express.send-status-body", {
  found: [
    "res.send(«404», 'Not found');",
  ],
  ignored: [
    "res.send(404);",
    "socket.send(200, data);",
  ],
});
