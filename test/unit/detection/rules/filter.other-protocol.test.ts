import { ruleTester } from './ruleTester';

ruleTester("filter.other-protocol", {
  ignored: [
  ],
  ruledOut: [
    "import { Client } from 'basic-ftp';\nconst ftp = new FtpClient();\nfunction onFtpReply(reply) { if (reply.code === «250») {} }",
    "// SIP user agent: INVITE, BYE\nconst sip = 'sip:alice@example.com';\nrequest.reject({ statusCode: «488» });\nrequest.reject({ statusCode: «486» });\nrequest.accept({ statusCode: «200» });",
  ],
});
