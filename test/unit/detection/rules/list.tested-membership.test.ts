import { ruleTester } from './ruleTester';

ruleTester("list.tested-membership", {
  found: [
    "const NULL_BODY = new Set([«204», «304»]);\nif (NULL_BODY.has(res.status)) {}",
  ],
  ignored: [
    "const SIZES = new Set([204, 304]);\nif (SIZES.has(width)) {}",
  ],
});
