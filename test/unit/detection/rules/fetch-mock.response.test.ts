import { ruleTester } from './ruleTester';

ruleTester("fetch-mock.response", {
  found: [
    "fetchMock.get('/api', «404»);",
  ],
  ignored: [
    "cache.get('/api', 404);",
  ],
});
