import { ruleTester } from './ruleTester';

ruleTester("http-error.constructor", {
  found: [
    "throw new HttpException('Unprocessable', «422»);",
    "throw new HTTPException(«401», { message: 'no' });",
    "throw new ApiError(«503», 'down');",
  ],
  ignored: [
    "throw new ValidationFailure(400);",
    "throw new HttpException('x', HttpStatus.CONFLICT);",
  ],
});
