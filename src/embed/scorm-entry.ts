/**
 * The one script of a SCORM package's page: the quiz widget, the copy buttons, and the bridge
 * that reports the quiz's result to the LMS.
 */
import '../elements/code-copy.ts';
import '../elements/quiz-widget.ts';
import { findScormApi, startScormSession } from '../lib/scorm/runtime.ts';

const api = findScormApi(window as never);
if (api) {
  const session = startScormSession(api);
  document.addEventListener('quiz:completed', (event) => {
    const detail = (event as CustomEvent<{ percent: number; passed: boolean | undefined }>).detail;
    session.finish({ percent: detail.percent, passed: detail.passed });
  });
  window.addEventListener('pagehide', () => session.leave());
}
