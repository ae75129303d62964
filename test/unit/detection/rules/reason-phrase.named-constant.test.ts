import { ruleTester } from './ruleTester';

ruleTester("reason-phrase.named-constant", {
  found: [
    "const HTTP_NOT_FOUND = «404»;",
    "enum Codes { Created = «201» }",
    "class C { static OK = «200»; }",
  ],
  ignored: [
    "const MAX_ITEMS = 404;",
  ],
});
