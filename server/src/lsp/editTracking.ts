/**
 * Documents that report each change as offsets: `TextDocuments` applies an editor's incremental changes
 * without telling anyone where they were, and carrying an analysis through an edit needs exactly that.
 */
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentEdit } from '../service/editedAnalysis';
import { PieceTextDocument } from './pieceTextDocument';

/** One `didChange`: the version it starts from, the one it makes, and each change in order. */
export interface DocumentChange {
  uri: string;
  fromVersion: number;
  toVersion: number;
  edits: DocumentEdit[];
}

/**
 * A `TextDocuments` configuration whose documents apply an edit without copying their text (pieceTextDocument.ts)
 * and hand each change, as offsets, to `onChange`.
 */
export function editReportingDocuments(onChange: (change: DocumentChange) => void): TextDocumentsConfiguration<PieceTextDocument> {
  return {
    create: (uri, languageId, version, content) => new PieceTextDocument(uri, languageId, version, content),
    update: (document, changes, version) => {
      const fromVersion = document.version;
      const edits: DocumentEdit[] = [];
      for (const change of changes) {
        edits.push(changeSpan(document, change));
        document.update([change], version);
      }
      onChange({ uri: document.uri, fromVersion, toVersion: version, edits });
      return document;
    },
  };
}

function changeSpan(document: TextDocument, change: TextDocumentContentChangeEvent): DocumentEdit {
  if ('range' in change) {
    return { start: document.offsetAt(change.range.start), end: document.offsetAt(change.range.end), text: change.text };
  }
  // A whole-text change: the span is what differs between the texts.
  const before = document.getText();
  const after = change.text;
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}
