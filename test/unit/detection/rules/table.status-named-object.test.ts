import { ruleTester } from './ruleTester';

ruleTester("table.status-named-object", {
  found: [
    "const HTTP_STATUS = { NOT_FOUND_ERR: «404», GONE_ERR: «410» };",
    { code: "{\"statusCodes\": {\"missing\": «404»}}", language: 'json' },
  ],
  ignored: [
    "const status = { x: 500, y: 300, children: [] };",
    { code: "{\"status\": {\"x\": 500, \"y\": 300, \"wires\": []}}", language: 'json' },
  ],
});
