import { ruleTester } from './ruleTester';

ruleTester("recording.name-of-status", {
  found: [
    { code: "{\"name\": «\"201\"», \"request\": {\"url\": \"http://echo.example.com/status/201\"}}", language: 'json' },
  ],
  ignored: [
    { code: "{\"name\": \"201\", \"request\": {\"url\": \"http://echo.example.com/post\"}}", language: 'json' },
  ],
});
