import { ruleTester } from './ruleTester';

ruleTester("list.used-as-status", {
  found: [
    "if ([«200», «204»].includes(res.status)) {}",
    "it.each([«200», «201»])('ok', (code) => { expect(res.status).toBe(code); });",
    "expect(res.status).toBeOneOf([«200», «201»]);",
  ],
  ignored: [
    "[200, 204].includes(width);",
  ],
});
