import { ruleTester } from './ruleTester';

ruleTester("response.code-property", {
  found: [
    "throw { code: «404», message: 'Not found' };",
    "const err = { code: «404», errors: [] };",
    { code: "{\"code\": «404», \"errors\": []}", language: 'json' },
    { code: "{\"code\": «200», \"status\": \"OK\"}", language: 'json' },
  ],
  ignored: [
    "const user = { code: 404 };",
    { code: "{\"code\": 200, \"name\": \"x\"}", language: 'json' },
  ],
});
