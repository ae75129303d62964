import { ruleTester } from './ruleTester';

ruleTester("mock.called-with-status", {
  found: [
    "expect(res.status).toHaveBeenCalledWith(«404»);",
    "sinon.assert.calledWith(res.status, «404»);",
  ],
  ignored: [
    "expect(log).toHaveBeenCalledWith(404);",
  ],
});
