import { ruleTester } from './ruleTester';

ruleTester("status.switch-case", {
  found: [
    "switch (res.status) { case «404»: break; case «500»: break; }",
  ],
  ignored: [
    "switch (width) { case 404: break; }",
  ],
});
