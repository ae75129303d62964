/**
 * node:fs for the web build: there is no local disk in a Web Worker. Catalog folders are read through the
 * client (lsp/clientFileSystem.ts); code that would touch the disk is never reached there (the Node-only
 * watchers, the workspace index over file: roots, project config files), and fails loudly if it were.
 */
function unavailable(name: string): never {
  throw new Error(`${name}: no local file system in the browser`);
}

export const constants = { O_RDONLY: 0, O_NONBLOCK: 0 };
export const closeSync = (): never => unavailable('closeSync');
export const fstatSync = (): never => unavailable('fstatSync');
export const lstatSync = (): never => unavailable('lstatSync');
export const openSync = (): never => unavailable('openSync');
export const readdirSync = (): never => unavailable('readdirSync');
export const readFileSync = (): never => unavailable('readFileSync');
export const readSync = (): never => unavailable('readSync');
export const realpathSync = (): never => unavailable('realpathSync');
export const statSync = (): never => unavailable('statSync');
export const existsSync = (): boolean => false;
export const watch = (): never => unavailable('watch');

export default { constants, closeSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync, existsSync, watch };
