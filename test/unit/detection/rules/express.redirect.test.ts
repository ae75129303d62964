import { ruleTester } from './ruleTester';

ruleTester("express.redirect", {
  found: [
    "res.redirect(«301», 'https://example.com');",
    "return NextResponse.redirect(url, «307»);",
    "return sendRedirect(event, '/', «302»);",
  ],
  ignored: [
    "res.redirect('/home');",
  ],
});
