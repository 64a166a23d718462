/**
 * Parses a saved page into a DOM in Node (happy-dom), with scripts and network loading off,
 * so command-line tools run the same page code as the content script.
 */
import { Window } from 'happy-dom';

/** The document of `html` as if served at `url`, plus a `close()` that frees the window. */
export function parseHtml(html: string, url = 'http://localhost/'): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  window.document.write(html);
  return { document: window.document as unknown as Document, close: () => window.happyDOM.close() };
}
