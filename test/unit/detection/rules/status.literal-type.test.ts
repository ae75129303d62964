import { ruleTester } from './ruleTester';

ruleTester("status.literal-type", {
  found: [
    "interface R { status: «200» | «201» }",
    "type SuccessStatus = «200» | «204»;",
  ],
  ignored: [
    "interface R { width: 200 }",
  ],
});
