import { ruleTester } from './ruleTester';

ruleTester("expect.status-matcher", {
  found: [
    "expect(res.status).toBe(«201»);",
    "expect(res.statusCode).to.be.at.least(«400»);",
    "res.status.should.equal(«200»);",
  ],
  ignored: [
    "expect(res.body.length).toBe(200);",
  ],
});
