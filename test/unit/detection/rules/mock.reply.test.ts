import { ruleTester } from './ruleTester';

ruleTester("mock.reply", {
  found: [
    "nock('http://x').get('/').reply(«200», { ok: true });",
    "mock.onGet('/users').replyOnce(«500»);",
  ],
  ignored: [
    "reply(200);",
  ],
});
