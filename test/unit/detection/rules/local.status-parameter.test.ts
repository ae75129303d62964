import { ruleTester } from './ruleTester';

ruleTester("local.status-parameter", {
  found: [
    "function abort(socket, code) { res.writeHead(code); }\nabort(s, «400»);",
    "function strip(status) { return status; }\nstrip(«204»);",
  ],
  ignored: [
    "function pad(n, width) { return n; }\npad(1, 200);",
  ],
});
