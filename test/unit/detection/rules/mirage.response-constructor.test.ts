import { ruleTester } from './ruleTester';

ruleTester("mirage.response-constructor", {
  found: [
    "return new Response(«404», {}, { errors: ['not found'] });",
  ],
  ignored: [
    "return new Response(JSON.stringify(body), { status: 201 });",
  ],
});
