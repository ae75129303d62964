import { ruleTester } from './ruleTester';

ruleTester("table.status-keyed-lookup", {
  found: [
    "const text = http.STATUS_CODES[«404»];",
    "const r = responses[«404»];",
  ],
  ignored: [
    "const x = sizes[404];",
  ],
});
