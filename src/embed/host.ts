/**
 * embed.js, the script a host page adds next to our quiz iframes. It sizes each of our iframes to
 * its content and re-dispatches the quiz's events on the iframe element (`quiz:answered`,
 * `quiz:completed`), so the host can listen. It acts only on messages whose source is one of our
 * iframes on the page and whose origin is our site's (or "null" for an iframe sandboxed without
 * allow-same-origin, which is how we recommend embedding), and ignores anything malformed.
 */
import { EMBED_TYPE, EMBED_VERSION, parseEmbedMessage } from '../lib/embed/protocol.ts';

(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script?.src) return;
  const site = new URL('./', script.src);
  const prefix = new URL('embed/quiz/', site).href;
  const ours = (): HTMLIFrameElement[] => Array.from(document.querySelectorAll('iframe')).filter((f) => f.src.startsWith(prefix));
  window.addEventListener('message', (event) => {
    const frame = ours().find((f) => f.contentWindow === event.source);
    if (!frame) return;
    const opaque = frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');
    if (event.origin !== site.origin && !(opaque && event.origin === 'null')) return;
    const message = parseEmbedMessage(event.data);
    if (!message) return;
    if (message.event === 'resize') frame.style.height = `${message.height}px`;
    else frame.dispatchEvent(new CustomEvent(message.event, { detail: message.detail, bubbles: true }));
  });
  // Quizzes that loaded before this script reported their height to no one: ask them again. A frame
  // still loading reports by itself once it has.
  for (const frame of ours()) frame.contentWindow?.postMessage({ type: EMBED_TYPE, v: EMBED_VERSION, event: 'measure' }, '*');
})();
