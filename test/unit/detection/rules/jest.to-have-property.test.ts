import { ruleTester } from './ruleTester';

ruleTester("jest.to-have-property", {
  found: [
    "expect(res).toHaveProperty('status', «101»);",
  ],
  ignored: [
    "expect(res).toHaveProperty('width', 200);",
  ],
});
