import { ruleTester } from './ruleTester';

ruleTester("supertest.expect", {
  found: [
    "request(app).get('/').expect(«200», done);",
    "agent.expect(«302»);",
  ],
  ignored: [
    "request(app).get('/').expect('122');",
    "expect(200).toBe(x);",
    "request(app).get('/').expect('Content-Type', /json/);",
  ],
});
