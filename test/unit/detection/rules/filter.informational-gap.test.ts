import { ruleTester } from './ruleTester';

ruleTester("filter.informational-gap", {
  ignored: [
    "if (res.httpStatus === 150) {}",
    "if (res.status < 200) {}",
  ],
  ruledOut: [
    "if (spawnSync('x').status === «130») {}",
    { code: "{\"status\": «150»}", language: 'json' },
  ],
});
