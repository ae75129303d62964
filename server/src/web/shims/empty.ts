/**
 * Every other Node built-in for the web build. The bundled TypeScript compiler names os, inspector and the like
 * in code that runs only under Node (it tests for a Node host first); nothing of ours does.
 */
export default {};
