import { ruleTester } from './ruleTester';

ruleTester("status.list-push", {
  found: [
    "retry.statusCodes.push(«502»);",
    "RETRY_STATUSES.add(«503»);",
  ],
  ignored: [
    "sizes.push(200);",
  ],
});
