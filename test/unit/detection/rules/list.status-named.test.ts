import { ruleTester } from './ruleTester';

ruleTester("list.status-named", {
  found: [
    "const retry = { statusCodes: [«408», «413», «429»] };",
    { code: "{\"retryStatusCodes\": [«429», «503»]}", language: 'json' },
  ],
  ignored: [
    "const sizes = [200, 404];",
  ],
});
