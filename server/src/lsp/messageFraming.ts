/**
 * The base protocol's framing (`Content-Length: N\r\n\r\n` then N bytes of UTF-8 JSON), read only as far as the
 * entry stub needs: where the first message of a byte stream ends. The server's own connection reads every message
 * after it with vscode-jsonrpc, which the stub does not load.
 */

/** Headers longer than this without their blank line are not LSP: the stream is handed over as it is. */
export const MAX_HEADER_BYTES = 8192;

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');

export type Framing =
  | { kind: 'complete'; bodyStart: number; bodyEnd: number }
  | { kind: 'incomplete' }
  | { kind: 'broken'; reason: string };

/** Where the first message in `bytes` lies, whether more bytes are needed, or why it cannot be one. */
export function frameFirstMessage(bytes: Buffer): Framing {
  const headerEnd = bytes.indexOf(HEADER_END);
  if (headerEnd < 0) {
    return bytes.length > MAX_HEADER_BYTES ? { kind: 'broken', reason: `no end of headers in the first ${MAX_HEADER_BYTES} bytes` } : { kind: 'incomplete' };
  }
  if (headerEnd > MAX_HEADER_BYTES) return { kind: 'broken', reason: `headers longer than ${MAX_HEADER_BYTES} bytes` };
  let length: number | undefined;
  for (const line of bytes.toString('ascii', 0, headerEnd).split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) return { kind: 'broken', reason: `a header line without a colon: ${JSON.stringify(line.slice(0, 80))}` };
    if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,15}$/.test(value)) return { kind: 'broken', reason: `Content-Length is not a number: ${JSON.stringify(value.slice(0, 80))}` };
    length = Number(value);
  }
  if (length === undefined) return { kind: 'broken', reason: 'no Content-Length header' };
  const bodyStart = headerEnd + HEADER_END.length;
  const bodyEnd = bodyStart + length;
  return bytes.length < bodyEnd ? { kind: 'incomplete' } : { kind: 'complete', bodyStart, bodyEnd };
}

/** One message framed for the wire, as vscode-jsonrpc's writer frames it. */
export function frameMessage(message: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}
