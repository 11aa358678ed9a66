/**
 * SCORM 1.2 for a quiz page inside a learning platform: find the LMS's API object in parent or
 * opener windows, start a session, and on completion report the score (0-100), the status
 * (passed or failed against the quiz's pass mark, completed when it has none) and the session
 * time, then commit and finish. Without an LMS the quiz works as a plain quiz.
 */

/** The SCORM 1.2 runtime API an LMS provides as `window.API`. */
export interface ScormApi {
  LMSInitialize(arg: ''): string;
  LMSSetValue(name: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSFinish(arg: ''): string;
}

type WindowLike = { API?: ScormApi; parent: WindowLike | null; opener?: WindowLike | null };

function search(start: WindowLike | null | undefined): ScormApi | undefined {
  let win = start;
  for (let hops = 0; win && hops < 8; hops++) {
    try {
      if (win.API && typeof win.API.LMSInitialize === 'function') return win.API;
    } catch {
      // A cross-origin window we may not look into: keep climbing.
    }
    if (!win.parent || win.parent === win) break;
    win = win.parent;
  }
  return undefined;
}

/** The LMS API seen from `win`: its own or a parent's first, then its opener's. */
export function findScormApi(win: WindowLike): ScormApi | undefined {
  let opener: WindowLike | null | undefined;
  try {
    opener = win.opener;
  } catch {
    opener = undefined;
  }
  return search(win) ?? search(opener);
}

/** A SCORM 1.2 CMITimespan, "HHHH:MM:SS.SS". */
export function scormTime(milliseconds: number): string {
  const total = Math.max(0, milliseconds) / 1000;
  const hours = Math.min(9999, Math.floor(total / 3600));
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `${String(hours).padStart(4, '0')}:${String(minutes).padStart(2, '0')}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** The result a finished quiz reports. */
export interface ScormResult {
  percent: number;
  passed: boolean | undefined;
}

/** A session with the LMS: call `finish` with the result, or `leave` when the page goes away first. */
export function startScormSession(api: ScormApi, now: () => number = Date.now): { finish(result: ScormResult): void; leave(): void } {
  const started = now();
  let done = false;
  api.LMSInitialize('');
  const close = (status: string, result?: ScormResult): void => {
    if (done) return;
    done = true;
    if (result) {
      api.LMSSetValue('cmi.core.score.raw', String(Math.round(result.percent)));
      api.LMSSetValue('cmi.core.score.min', '0');
      api.LMSSetValue('cmi.core.score.max', '100');
    }
    api.LMSSetValue('cmi.core.lesson_status', status);
    api.LMSSetValue('cmi.core.session_time', scormTime(now() - started));
    api.LMSCommit('');
    api.LMSFinish('');
  };
  return {
    finish: (result) => close(result.passed === undefined ? 'completed' : result.passed ? 'passed' : 'failed', result),
    leave: () => close('incomplete'),
  };
}
