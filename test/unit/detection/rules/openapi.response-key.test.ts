import { ruleTester } from './ruleTester';

ruleTester("openapi.response-key", {
  found: [
    { code: "{\"responses\": {«\"200\"»: {\"description\": \"ok\"}, «\"4XX\"»: {}, \"default\": {}}}", language: 'json' },
    "const route = { response: { «200»: schema, «404»: errorSchema } };",
    { code: "{\"responses\": {«\"4040\"»: {}}}", language: 'json' },
    "const replies = { «201»: created };",
  ],
  ignored: [
    { code: "{\"response\": {\"200\": 12}}", language: 'json' },
  ],
});
