/**
 * On embed pages: tells the host page (our parent frame, and only it) the quiz's height as it
 * changes and what the learner does, in the protocol of src/lib/embed/protocol.ts.
 */
import { EMBED_TYPE, EMBED_VERSION, isMeasureRequest } from '../lib/embed/protocol.ts';

if (window.parent !== window) {
  // The host's origin is unknown (anyone may embed us) and nothing here is secret: hence "*".
  const post = (message: Record<string, unknown>): void =>
    window.parent.postMessage({ type: EMBED_TYPE, v: EMBED_VERSION, ...message }, '*');
  let last = -1;
  const report = (): void => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) post({ event: 'resize', height: (last = height) });
  };
  new ResizeObserver(report).observe(document.documentElement);
  // embed.js may start after our first report (it loads async): it asks, and we tell it again.
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || !isMeasureRequest(event.data)) return;
    last = -1;
    report();
  });
  for (const name of ['quiz:answered', 'quiz:completed']) {
    document.addEventListener(name, (event) => post({ event: name, detail: (event as CustomEvent).detail as unknown }));
  }
  report();
}
