import { ruleTester } from './ruleTester';

ruleTester("table.status-named-enum", {
  found: [
    "enum HttpStatusCode { Ok = «200», Missing = «404» }",
  ],
  ignored: [
    "enum Sizes { Small = 200 }",
  ],
});
