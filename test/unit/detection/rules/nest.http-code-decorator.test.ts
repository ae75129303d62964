import { ruleTester } from './ruleTester';

ruleTester("nest.http-code-decorator", {
  found: [
    "class C { @Post() @HttpCode(«204») create() {} }",
    "class C { @HttpCode(«4040») x() {} }",
  ],
  ignored: [
    "class C { @Get(':id') @Version(200) x() {} }",
  ],
});
