import { ruleTester } from './ruleTester';

ruleTester("reason-phrase.entry", {
  found: [
    "const CODES = { NOT_FOUND: «404», CREATED: «201» };",
    { code: "{\"OK\": «200», \"Not Found\": «404», \"Created\": «201», \"Enhance Your Calm\": «420»}", language: 'json' },
  ],
  ignored: [
    "const sizes = { SMALL: 200, LARGE: 404 };",
  ],
});
