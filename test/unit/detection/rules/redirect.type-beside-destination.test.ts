import { ruleTester } from './ruleTester';

ruleTester("redirect.type-beside-destination", {
  found: [
    { code: "{\"redirects\": [{\"source\": \"/old\", \"destination\": \"/new\", \"type\": «301»}]}", language: 'json' },
    "const r = { source: '/a', destination: '/b', type: «308» };",
  ],
  ignored: [
    { code: "{\"source\": \"/old\", \"type\": 200}", language: 'json' },
    { code: "{\"type\": 301, \"name\": \"x\"}", language: 'json' },
  ],
});
