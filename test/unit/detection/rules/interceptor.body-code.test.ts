import { ruleTester } from './ruleTester';

ruleTester("interceptor.body-code", {
  found: [
    "axios.interceptors.response.use((res) => {\n  if (res.data.code === «401») logout();\n  switch (res.data.code) { case «500»: break; }\n  return res;\n});",
  ],
  ignored: [
    "if (res.data.code === 401) logout();",
    "service.interceptors.request.use((req) => { if (req.data.code === 401) {} });",
  ],
});
