import { ruleTester } from './ruleTester';

ruleTester("enum.code-named-member", {
  found: [
    "/** The HTTP status code of the response */\nexport enum StatusEnum { NUMBER_200 = «200», NUMBER_404 = «404» }",
    "export enum ResponseStatusEnum { NUMBER_201 = «201», NUMBER_409 = «409» }",
  ],
  ignored: [
    "export enum SizeEnum { NUMBER_200 = 200, NUMBER_404 = 404 }",
    "/** The HTTP status */ enum StatusEnum { NUMBER_200 = 200, Other = 404 }",
  ],
});
