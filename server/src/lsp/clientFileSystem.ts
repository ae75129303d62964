/**
 * The web server's catalog file access: each read is a `statusCatalog/clientFile` request that the client
 * answers from VS Code's workspace file system. The texts read are kept (the latest per file), so the quick
 * fixes that edit a catalog page work on the text its catalog was built from, without a synchronous read.
 */
import type { Connection } from 'vscode-languageserver';
import type { AsyncCatalogFileSystem } from '../catalog/catalogFolder';
import { ClientFileRequestMethod, type ClientFileParams, type ClientFileResult } from './protocol';

export interface ClientFileSystem extends AsyncCatalogFileSystem {
  /** The text last read of a file, if it was read. */
  lastText(uri: string): string | undefined;
}

export function clientFileSystem(connection: Pick<Connection, 'sendRequest'>): ClientFileSystem {
  const texts = new Map<string, string>();
  const ask = async (params: ClientFileParams): Promise<ClientFileResult> => {
    const result = await connection.sendRequest<ClientFileResult>(ClientFileRequestMethod, params);
    if (typeof result !== 'object' || result === null) throw new Error(`the client answered ${params.kind} with ${JSON.stringify(result)}`);
    if ('error' in result) throw new Error(result.error);
    return result;
  };
  return {
    async readDirectory(folder) {
      const result = await ask({ kind: 'readDirectory', uri: folder });
      if (!('names' in result)) throw new Error('the client answered a folder listing without names');
      return result.names;
    },
    async readFile(uri, folder) {
      const result = await ask(folder === undefined ? { kind: 'readFile', uri } : { kind: 'readFile', uri, folder });
      if (!('text' in result)) throw new Error('the client answered a file read without text');
      texts.set(uri, result.text);
      return result.text;
    },
    lastText: (uri) => texts.get(uri),
  };
}
