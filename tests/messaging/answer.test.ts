import { describe, expect, it, vi } from 'vitest';
import { answerMessages, type MessageEvent } from '../../messaging/answer';

type Listener = Parameters<MessageEvent['addListener']>[0];

/** A runtime.onMessage stand-in that delivers one message to its listeners, as the browser does. */
function fakeEvent() {
  const listeners = new Set<Listener>();
  return {
    addListener: (listener: Listener) => void listeners.add(listener),
    removeListener: (listener: Listener) => void listeners.delete(listener),
    listeners,
    /** Delivers `message`; resolves with the answer, or 'none' when no listener kept the channel open. */
    deliver(message: unknown): Promise<unknown> {
      return new Promise((resolve) => {
        let kept = false;
        for (const listener of listeners) if (listener(message, {}, resolve) === true) kept = true;
        if (!kept) resolve('none');
      });
    },
  };
}

describe('answerMessages', () => {
  it('answers through sendResponse, keeping the channel open for a promised answer', async () => {
    const event = fakeEvent();
    answerMessages(event, (message) => (message === 'ping' ? Promise.resolve({ pong: true }) : undefined));
    await expect(event.deliver('ping')).resolves.toEqual({ pong: true });
  });

  it('leaves a message that is not its own to others', async () => {
    const event = fakeEvent();
    answerMessages(event, () => undefined);
    await expect(event.deliver('other')).resolves.toBe('none');
  });

  it('answers with nothing when the handler fails, so the sender does not wait forever', async () => {
    const event = fakeEvent();
    answerMessages(event, () => Promise.reject(new Error('gone')));
    await expect(event.deliver('ping')).resolves.toBeUndefined();
  });

  it('stops listening when asked', async () => {
    const event = fakeEvent();
    const answer = vi.fn(() => Promise.resolve(1));
    const stop = answerMessages(event, answer);
    stop();
    expect(event.listeners.size).toBe(0);
    await expect(event.deliver('ping')).resolves.toBe('none');
    expect(answer).not.toHaveBeenCalled();
  });
});
