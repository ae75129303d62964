import { ruleTester } from './ruleTester';

ruleTester("pact.match-status", {
  found: [
    "matchStatus(«200», response);",
    "MatchersV3.matchStatus(«404», body);",
  ],
  ignored: [
    "matchSize(200, x);",
  ],
});
