import { ruleTester } from './ruleTester';

ruleTester("status.comparison", {
  found: [
    "if (res.status === «404») {}",
    "if (statusCode >= «500») {}",
    "if («204» === this.statusCode) {}",
  ],
  ignored: [
    "if (width === 404) {}",
  ],
});
