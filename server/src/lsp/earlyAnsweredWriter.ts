/**
 * The server's writer after a `--stdio` handover (stdioHandover.ts): the entry stub has already answered
 * `initialize`, so the server's own answer to that request id is not sent again: a second response to one id is an
 * error to the client. Should the server's answer differ from the stub's (capabilities.ts is the one source of
 * both, so it should not), or be an error, the client is told in its log instead of never knowing.
 */
import { isDeepStrictEqual } from 'node:util';
import type { MessageWriter, ResponseMessage } from 'vscode-languageserver/node';
import { Message, MessageType } from './languageServerLibrary';
import type { StdioHandover } from './stdioHandover';

type Answered = NonNullable<StdioHandover['answered']>;

export class EarlyAnsweredWriter implements MessageWriter {
  private pending: Answered | undefined;

  constructor(
    private readonly inner: MessageWriter,
    answered: Answered,
  ) {
    this.pending = answered;
  }

  get onError(): MessageWriter['onError'] {
    return this.inner.onError;
  }

  get onClose(): MessageWriter['onClose'] {
    return this.inner.onClose;
  }

  write(message: Message): Promise<void> {
    const answered = this.pending;
    if (!answered || !Message.isResponse(message) || message.id !== answered.id) return this.inner.write(message);
    this.pending = undefined;
    const problem = differenceFromEarlyAnswer(message, answered);
    return problem ? this.inner.write({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: MessageType.Error, message: problem } } as Message) : Promise.resolve();
  }

  end(): void {
    this.inner.end();
  }

  dispose(): void {
    this.inner.dispose();
  }
}

/** What the client missed by getting the stub's answer instead of this one, if anything. */
function differenceFromEarlyAnswer(response: ResponseMessage, answered: Answered): string | undefined {
  if (response.error) {
    return `initialize failed after it was answered (the server may not work as its capabilities say): ${response.error.message}`;
  }
  if (isDeepStrictEqual(response.result, answered.result)) return undefined;
  return `initialize was answered with ${JSON.stringify(answered.result)}, but the server answers ${JSON.stringify(response.result)}`;
}
