import { ruleTester } from './ruleTester';

ruleTester("fastify.reply-type-key", {
  found: [
    "app.get<{ Reply: { «200»: User; «404»: ErrorBody } }>('/', handler);",
  ],
  ignored: [
    "type Sizes = { 200: string };",
  ],
});
