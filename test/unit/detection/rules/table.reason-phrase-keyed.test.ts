import { ruleTester } from './ruleTester';

ruleTester("table.reason-phrase-keyed", {
  found: [
    "const messages = { «404»: 'Not Found', «500»: 'Oops' };",
    { code: "{\"messages\": {«\"404\"»: \"Not Found\", «\"500\"»: \"Oops\"}}", language: 'json' },
  ],
  ignored: [
    "const messages = { 404: 'Missing', 500: 'Oops' };",
  ],
});
