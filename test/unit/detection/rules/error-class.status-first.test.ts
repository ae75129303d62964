import { ruleTester } from './ruleTester';

ruleTester("error-class.status-first", {
  found: [
    "throw new SomeKitError(«404», 'Not found');",
    "throw new AppError(\n  «409»,\n  'exists'\n);",
  ],
  ignored: [
    "throw new Error(404);",
    "throw new RangeError(255);",
    "new ParserError('line', 200);",
  ],
});
