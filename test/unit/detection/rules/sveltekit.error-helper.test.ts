import { ruleTester } from './ruleTester';

ruleTester("sveltekit.error-helper", {
  found: [
    "throw error(«404», 'Not found');",
    "return fail(«400», { missing: true });",
  ],
  ignored: [
    "console.error(500);",
    "logger.error(404, 'x');",
  ],
});
