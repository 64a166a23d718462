/**
 * The stylesheet of the in-page UI (kind colours follow the page highlights of `page/highlight.ts`), adopted by its shadow root. Every property the components rely
 * on is set here, because nothing may be inherited from (or broken by) the page: the host resets
 * with `all: initial`, and sizes are in px since `rem` would follow the page's root font size.
 * The colours are the extension pages' own (`components/shared/palette.css`), inlined as text
 * at build time so the shadow root's stylesheet stays self-contained.
 */
import paletteCss from '../shared/palette.css?inline';

/** A card's width (px): fixed, so the overlay can place a card without measuring it. */
export const CARD_WIDTH = 360;

/**
 * The most a card grows to (px) before its content scrolls. The overlay narrows it to the room
 * beside the mention through the card layer's `--cx-card-max-height`.
 */
export const CARD_MAX_HEIGHT = 480;

export const pageUiCss = `
:host {
  all: initial !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  display: block !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  pointer-events: none !important;
}
.cx-root, .cx-root * {
  box-sizing: border-box;
}
${paletteCss}
.cx-root {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 14px;
  font-weight: 400;
  font-style: normal;
  line-height: 1.45;
  color: var(--cx-fg);
  text-align: left;
  text-transform: none;
  letter-spacing: normal;
  word-spacing: normal;
  white-space: normal;
  direction: ltr;
  color-scheme: light dark;
  pointer-events: none;
}
.cx-layer {
  position: fixed;
  top: 0;
  left: 0;
  display: block;
  margin: 0;
  padding: 0;
  pointer-events: auto;
  width: max-content;
}
.cx-layer[hidden] {
  display: none;
}
/* A card rendered ahead of its hover delay: laid out and painted, unseen and inert. Its own
   compositing layer lets it appear with a change of opacity alone. */
.cx-card-layer {
  will-change: opacity;
}
.cx-layer.cx-card-layer[hidden][data-staged] {
  display: block;
  opacity: 0;
  pointer-events: none;
}
.cx-card {
  display: block;
  width: ${CARD_WIDTH}px;
  max-width: calc(100vw - 16px);
  max-height: var(--cx-card-max-height, min(${CARD_MAX_HEIGHT}px, calc(100vh - 16px)));
  overflow: auto;
  margin: 0;
  padding: 12px 14px;
  background: var(--cx-bg);
  color: var(--cx-fg);
  border: 1px solid var(--cx-line);
  border-radius: 8px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.18), 0 1px 3px rgba(0, 0, 0, 0.12);
  outline: none;
}
.cx-card:focus-visible {
  outline: 2px solid var(--cx-accent);
  outline-offset: 2px;
}
.cx-head {
  display: flex;
  align-items: flex-start;
  gap: 8px;
  margin: 0 0 6px 0;
}
.cx-title {
  display: block;
  flex: 1 1 auto;
  margin: 0;
  padding: 0;
  font-size: 16px;
  font-weight: 650;
  line-height: 1.3;
  color: var(--cx-fg);
  overflow-wrap: anywhere;
}
.cx-badges {
  display: flex;
  flex-wrap: wrap;
  gap: 4px;
  margin: 0 0 8px 0;
}
.cx-badge {
  display: inline-block;
  padding: 1px 7px;
  border-radius: 999px;
  font-size: 12px;
  font-weight: 600;
  line-height: 1.5;
  background: var(--cx-soft);
  color: var(--cx-muted);
}
.cx-badge[data-kind="person"] { color: var(--cx-person); }
.cx-badge[data-kind="organization"] { color: var(--cx-organization); }
.cx-badge[data-kind="state"] { color: var(--cx-state); }
.cx-badge[data-kind="place"] { color: var(--cx-place); }
.cx-badge[data-kind="date"] { color: var(--cx-date); }
.cx-p {
  display: block;
  margin: 0 0 8px 0;
  padding: 0;
  overflow-wrap: anywhere;
}
.cx-muted {
  color: var(--cx-muted);
}
.cx-notice {
  display: block;
  margin: 0 0 8px 0;
  padding: 6px 8px;
  border-radius: 6px;
  background: var(--cx-soft);
  color: var(--cx-muted);
  font-size: 13px;
}
.cx-section {
  display: block;
  margin: 0 0 8px 0;
}
.cx-label {
  display: block;
  margin: 0 0 2px 0;
  font-size: 12px;
  font-weight: 600;
  color: var(--cx-muted);
  text-transform: none;
}
.cx-quote {
  display: block;
  margin: 0;
  padding: 0 0 0 8px;
  border-left: 3px solid var(--cx-line);
  font-style: italic;
  overflow-wrap: anywhere;
}
.cx-mentions {
  display: flex;
  align-items: center;
  gap: 6px;
  margin: 0 0 8px 0;
  font-size: 13px;
  color: var(--cx-muted);
}
.cx-mentions-text {
  flex: 1 1 auto;
}
.cx-actions {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px;
  margin: 10px 0 0 0;
}
.cx-button, .cx-link {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-height: 28px;
  margin: 0;
  padding: 3px 10px;
  border: 1px solid var(--cx-line);
  border-radius: 6px;
  background: var(--cx-bg);
  color: var(--cx-fg);
  font: inherit;
  font-size: 13px;
  font-weight: 500;
  line-height: 1.4;
  text-decoration: none;
  cursor: pointer;
  appearance: none;
}
.cx-button:hover, .cx-link:hover {
  background: var(--cx-soft);
}
.cx-button:focus-visible, .cx-link:focus-visible, .cx-input:focus-visible, .cx-textarea:focus-visible {
  outline: 2px solid var(--cx-accent);
  outline-offset: 1px;
}
.cx-button:disabled {
  cursor: default;
  opacity: 0.5;
}
.cx-primary {
  background: var(--cx-accent);
  border-color: var(--cx-accent);
  color: var(--cx-accent-fg);
}
.cx-primary:hover {
  background: var(--cx-accent);
  filter: brightness(1.08);
}
.cx-icon-button {
  min-width: 28px;
  padding: 3px 6px;
}
.cx-link {
  color: var(--cx-accent);
}
.cx-editor {
  display: block;
  margin: 10px 0 0 0;
  padding: 10px 0 0 0;
  border-top: 1px solid var(--cx-line);
}
.cx-textarea, .cx-input {
  display: block;
  width: 100%;
  margin: 0 0 8px 0;
  padding: 6px 8px;
  border: 1px solid var(--cx-line);
  border-radius: 6px;
  background: var(--cx-bg);
  color: var(--cx-fg);
  font: inherit;
  font-size: 14px;
  line-height: 1.4;
}
.cx-textarea {
  min-height: 84px;
  resize: vertical;
}
.cx-status {
  display: block;
  margin: 0 0 6px 0;
  font-size: 13px;
}
.cx-status[data-tone="error"] { color: var(--cx-error); }
.cx-status[data-tone="ok"] { color: var(--cx-ok); }
.cx-hint {
  font-size: 12px;
  color: var(--cx-muted);
}
.cx-list {
  display: flex;
  flex-direction: column;
  width: 380px;
  max-width: calc(100vw - 16px);
  max-height: min(560px, calc(100vh - 32px));
  margin: 0;
  padding: 12px;
  background: var(--cx-bg);
  color: var(--cx-fg);
  border: 1px solid var(--cx-line);
  border-radius: 10px;
  box-shadow: 0 12px 36px rgba(0, 0, 0, 0.22);
}
.cx-list-options {
  display: block;
  flex: 1 1 auto;
  overflow: auto;
  margin: 0;
  padding: 0;
  list-style: none;
}
.cx-group-label {
  display: block;
  margin: 8px 0 2px 0;
  padding: 0 6px;
  font-size: 12px;
  font-weight: 650;
  color: var(--cx-muted);
}
.cx-option {
  display: flex;
  justify-content: space-between;
  gap: 8px;
  margin: 0;
  padding: 4px 6px;
  border-radius: 5px;
  cursor: pointer;
  list-style: none;
}
.cx-option[aria-selected="true"] {
  background: var(--cx-accent);
  color: var(--cx-accent-fg);
}
.cx-option[aria-selected="true"] .cx-muted {
  color: var(--cx-accent-fg);
}
.cx-selection-button {
  box-shadow: 0 4px 14px rgba(0, 0, 0, 0.2);
}
@media (prefers-reduced-motion: no-preference) {
  .cx-card-layer:not([hidden]), .cx-list, .cx-selection-button {
    animation: cx-appear 120ms ease-out;
  }
}
@keyframes cx-appear {
  from { opacity: 0; transform: translateY(2px); }
  to { opacity: 1; transform: none; }
}
.cx-note-body {
  white-space: pre-wrap;
}
.cx-visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
}
`;
