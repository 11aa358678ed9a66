/** Writing text to the clipboard, with a fallback for pages where the Clipboard API is missing or refused. */

/** Copies text; throws when neither way works (the caller says so to the reader). */
export async function writeClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Plain http on a non-local host, or a sandboxed frame: fall back to a selection.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'sr-only';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}
