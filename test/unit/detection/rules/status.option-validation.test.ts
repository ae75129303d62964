import { ruleTester } from './ruleTester';

ruleTester("status.option-validation", {
  found: [
    "const schema = { emptyStatusCode: Joi.valid(«200», «204»).default(«204») };",
    "const options = { statusCode: z.number().min(«100»).max(«599») };",
    "const schema = Joi.object({ statuses: Joi.array().items(Joi.number()).min(1).default([«200», «204»]) });",
  ],
  ignored: [
    "const schema = { width: Joi.number().min(100).default(200) };",
  ],
});
