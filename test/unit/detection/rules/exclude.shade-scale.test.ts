import { ruleTester } from './ruleTester';

ruleTester("exclude.shade-scale", {
  ignored: [
    "const STATUS_TEXT = { 404: 'Not Found', 500: 'Oops' };",
  ],
  ruledOut: [
    "const palette = { status: { 50: '#fef2f2', «500»: '#ef4444', 900: '#7f1d1d' } };",
    { code: "{\"status\": {\"50\": \"#fff\", «\"500\"»: \"#f00\", \"900\": \"#000\"}}", language: 'json' },
  ],
});
