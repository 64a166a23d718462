/** Saves text as a file the way a page can: a Blob URL on an `<a download>` clicked once. */

/** Starts the download of `text` as `filename`; the Blob URL is released right after. */
export function downloadText(file: { filename: string; mimeType: string; text: string }, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The click has handed the Blob to the download; revoking later leaves the browser time to read it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
