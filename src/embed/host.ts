/**
 * embed.js, the script a host page adds next to our quiz iframes. It sizes each of our iframes to
 * its content and re-dispatches the quiz's events on the iframe element (`quiz:answered`,
 * `quiz:completed`), so the host can listen. It acts only on messages whose source is one of our
 * iframes on the page and whose origin is our site's (or "null" for an iframe sandboxed without
 * allow-same-origin, which is how we recommend embedding), and ignores anything malformed.
 */
import { parseEmbedMessage } from '../lib/embed/protocol.ts';

(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script?.src) return;
  const site = new URL('./', script.src);
  const prefix = new URL('embed/quiz/', site).href;
  window.addEventListener('message', (event) => {
    const frame = Array.from(document.querySelectorAll('iframe')).find((f) => f.src.startsWith(prefix) && f.contentWindow === event.source);
    if (!frame) return;
    const opaque = frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');
    if (event.origin !== site.origin && !(opaque && event.origin === 'null')) return;
    const message = parseEmbedMessage(event.data);
    if (!message) return;
    if (message.event === 'resize') frame.style.height = `${message.height}px`;
    else frame.dispatchEvent(new CustomEvent(message.event, { detail: message.detail, bubbles: true }));
  });
})();
