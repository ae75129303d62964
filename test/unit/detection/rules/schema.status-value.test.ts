import { ruleTester } from './ruleTester';

ruleTester("schema.status-value", {
  found: [
    { code: "{\"status\": {\"type\": \"integer\", \"example\": «404»}}", language: 'json' },
    { code: "{\"statusCode\": {\"minimum\": «100», \"maximum\": «599»}}", language: 'json' },
  ],
  ignored: [
    { code: "{\"size\": {\"example\": 404}}", language: 'json' },
  ],
});
