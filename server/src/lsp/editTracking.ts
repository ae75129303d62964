/**
 * Documents that report each change as offsets: `TextDocuments` applies an editor's incremental changes
 * without telling anyone where they were, and carrying an analysis through an edit needs exactly that.
 */
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentEdit } from '../service/editedAnalysis';

/** One `didChange`: the version it starts from, the one it makes, and each change in order. */
export interface DocumentChange {
  uri: string;
  fromVersion: number;
  toVersion: number;
  edits: DocumentEdit[];
}

/** A `TextDocuments` configuration that applies changes as usual and hands each one, as offsets, to `onChange`. */
export function editReportingDocuments(onChange: (change: DocumentChange) => void): TextDocumentsConfiguration<TextDocument> {
  return {
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
    update: (document, changes, version) => {
      const fromVersion = document.version;
      const edits: DocumentEdit[] = [];
      let current = document;
      for (const change of changes) {
        const before = current.getText();
        const span = changeSpan(current, before, change);
        current = TextDocument.update(current, [change], version);
        edits.push({ ...span, before, after: current.getText() });
      }
      onChange({ uri: document.uri, fromVersion, toVersion: version, edits });
      return current;
    },
  };
}

function changeSpan(document: TextDocument, before: string, change: TextDocumentContentChangeEvent): { start: number; end: number; text: string } {
  if ('range' in change) {
    return { start: document.offsetAt(change.range.start), end: document.offsetAt(change.range.end), text: change.text };
  }
  // A whole-text change: the span is what differs between the texts.
  const after = change.text;
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}
