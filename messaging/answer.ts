/**
 * Answering tab messages in a content script without webextension-polyfill (the content scripts
 * do without its bytes and start-up): a handler returns a promise of its answer, or undefined
 * for a message that is not its own; the answer goes back through `sendResponse`, kept open by
 * returning true, which Chrome and Firefox both support natively.
 */

/** What a content script answers to one message; undefined leaves it to other listeners. */
export type MessageAnswerer = (message: unknown) => Promise<unknown> | undefined;

type NativeListener = (message: unknown, sender: unknown, sendResponse: (answer?: unknown) => void) => true | undefined;

/** The part of `runtime.onMessage` used here. */
export interface MessageEvent {
  addListener(listener: NativeListener): void;
  removeListener(listener: NativeListener): void;
}

/**
 * Listens on `event` with `answer` and returns a function that stops listening. A handler that
 * fails answers with nothing, so the sender's promise settles instead of waiting forever.
 */
export function answerMessages(event: MessageEvent, answer: MessageAnswerer): () => void {
  const listener: NativeListener = (message, _sender, sendResponse) => {
    const answering = answer(message);
    if (answering === undefined) return undefined;
    answering.then(
      (value) => sendResponse(value),
      () => sendResponse(undefined),
    );
    return true;
  };
  event.addListener(listener);
  return () => event.removeListener(listener);
}
