import { ruleTester } from './ruleTester';

ruleTester("schema.status-enum", {
  found: [
    { code: "{\"status\": {\"enum\": [«200», «404»]}}", language: 'json' },
  ],
  ignored: [
    { code: "{\"size\": {\"enum\": [200, 404]}}", language: 'json' },
  ],
});
