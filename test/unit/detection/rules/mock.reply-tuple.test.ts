import { ruleTester } from './ruleTester';

ruleTester("mock.reply-tuple", {
  found: [
    "mock.onGet('/x').reply(() => [«201», { id: 1 }]);",
    "server.respondWith('GET', '/x', [«404», {}, '']);",
  ],
  ignored: [
    "mock.onGet('/x').reply(() => [{ id: 1 }, 201]);",
  ],
});
