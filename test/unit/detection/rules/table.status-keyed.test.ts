import { ruleTester } from './ruleTester';

ruleTester("table.status-keyed", {
  found: [
    "const STATUS_TEXT = { «404»: 'Missing', «500»: 'Broken' };",
  ],
  ignored: [
    "const SIZES = { 404: 'a' };",
  ],
});
