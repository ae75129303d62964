/**
 * The client's half of `statusCatalog/clientFile` (lsp/protocol.ts): the web server reads catalog folders
 * through VS Code's workspace file system, which serves every scheme (vscode-vfs for github.dev, the remote
 * file system in code-server). The checks of the Node server's disk reads hold here too: only a regular file
 * inside the folder asked under, at most MAX_CATALOG_BYTES. A link is refused, since where it leads cannot be
 * asked of a virtual file system.
 */
import * as vscode from 'vscode';
import { errorMessage } from '../../server/src/errors';
import type { ClientFileParams, ClientFileResult } from '../../server/src/lsp/protocol';

/** The same bound as the Node server's (catalog/nodeFileSystem.ts). */
const MAX_CATALOG_BYTES = 2 * 1024 * 1024;

export async function answerFileRequest(params: ClientFileParams): Promise<ClientFileResult> {
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(params.uri, true);
  } catch (error) {
    return { error: `not a URI (${errorMessage(error)})` };
  }
  try {
    if (params.kind === 'readDirectory') {
      return { names: (await vscode.workspace.fs.readDirectory(uri)).map(([name]) => name) };
    }
    const stat = await vscode.workspace.fs.stat(uri);
    if (params.kind === 'stat') return { stat: { type: kindOf(stat.type), size: stat.size } };
    if (params.folder !== undefined && !isInside(uri, vscode.Uri.parse(params.folder, true))) {
      return { error: 'leads outside the catalog folder; not read' };
    }
    if (stat.type & vscode.FileType.SymbolicLink) return { error: 'is a link (not followed in a virtual workspace); not read' };
    if (kindOf(stat.type) !== 'file') return { error: `is not a regular file (${kindOf(stat.type) === 'directory' ? 'a folder' : 'not a file'}); not read` };
    if (stat.size > MAX_CATALOG_BYTES) {
      return { error: `is ${stat.size} bytes, more than a catalog page can be (${MAX_CATALOG_BYTES}); page too large, skipped` };
    }
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.byteLength > MAX_CATALOG_BYTES) return { error: `is more than ${MAX_CATALOG_BYTES} bytes; page too large, skipped` };
    return { text: new TextDecoder('utf-8').decode(bytes) };
  } catch (error) {
    return { error: errorMessage(error) };
  }
}

function kindOf(type: vscode.FileType): 'file' | 'directory' | 'other' {
  if (type & vscode.FileType.Directory) return 'directory';
  if (type & vscode.FileType.File) return 'file';
  return 'other';
}

/** Whether `uri` names something strictly under `folder` (same scheme and authority, a path below it). */
function isInside(uri: vscode.Uri, folder: vscode.Uri): boolean {
  if (uri.scheme !== folder.scheme || uri.authority !== folder.authority) return false;
  const base = folder.path.replace(/\/+$/, '');
  const segments = uri.path.split('/');
  return uri.path.startsWith(`${base}/`) && !segments.includes('..') && !segments.includes('.');
}
