/**
 * Typed senders. The background answers with an `Outcome`; `callBackground` unwraps it and
 * throws a `ProtocolFailure` carrying the error code, so callers can show a precise message.
 */
import { browser } from 'wxt/browser';
import type {
  BackgroundMessage,
  BackgroundResponse,
  BackgroundType,
  Outcome,
  ProtocolError,
  TabMessage,
  TabResponse,
  TabType,
} from './protocol';

export class ProtocolFailure extends Error {
  readonly code: ProtocolError['code'];
  constructor(error: ProtocolError) {
    super(error.message);
    this.name = 'ProtocolFailure';
    this.code = error.code;
  }
}

/** Sends a message to the background and returns its value, or throws `ProtocolFailure`. */
export async function callBackground<K extends BackgroundType>(
  message: BackgroundMessage<K>,
): Promise<BackgroundResponse<K>> {
  let outcome: Outcome<BackgroundResponse<K>> | undefined;
  try {
    outcome = (await browser.runtime.sendMessage(message)) as Outcome<BackgroundResponse<K>> | undefined;
  } catch (cause) {
    throw new ProtocolFailure({ code: 'unavailable', message: String((cause as Error)?.message ?? cause) });
  }
  if (!outcome) throw new ProtocolFailure({ code: 'unavailable', message: 'No answer from the background.' });
  if (!outcome.ok) throw new ProtocolFailure(outcome.error);
  return outcome.value;
}

/** Sends a message to the content scripts of a tab (top frame). Rejects when none listens. */
export async function callTab<K extends TabType>(tabId: number, message: TabMessage<K>): Promise<TabResponse<K>> {
  return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as TabResponse<K>;
}
