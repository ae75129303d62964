import { ruleTester } from './ruleTester';

ruleTester("nest.redirect-decorator", {
  found: [
    "class C { @Get() @Redirect('https://example.com', «301») go() {} }",
  ],
  ignored: [
    "class C { @Get() @Redirect(301) go() {} }",
  ],
});
