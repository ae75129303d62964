import { ruleTester } from './ruleTester';

ruleTester("status.lookup-call", {
  found: [
    "getStatusText(«404»);",
    "getReasonPhrase(«404»);",
    "isSuccessStatusCode(«204»);",
    "reason.lookup(«200»);",
  ],
  ignored: [
    "lookup(200);",
    "dns.lookup(200);",
  ],
});
