import { ruleTester } from './ruleTester';

ruleTester("status.named-property", {
  found: [
    "const r = { statusCode: «404» };",
    { code: "{\"status\": «422»}", language: 'json' },
    { code: "{\"StatusCode\": «\"200\"»}", language: 'json' },
    { code: "{\"errors\": [{\"status\": «\"422\"», \"title\": \"Invalid\"}]}", language: 'json' },
  ],
  ignored: [
    "const r = { width: 404 };",
    { code: "{\"exitStatus\": 130}", language: 'json' },
    { code: "{\"status\": 130}", language: 'json' },
  ],
});
