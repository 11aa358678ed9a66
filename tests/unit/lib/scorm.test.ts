import { describe, expect, it } from 'vitest';
import { findScormApi, scormTime, startScormSession, type ScormApi } from '../../../src/lib/scorm/runtime.ts';

type Win = { API?: ScormApi; parent: Win | null; opener?: Win | null };

/** A fake LMS that records every call. */
function lms(): ScormApi & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    LMSInitialize: () => (calls.push('init'), 'true'),
    LMSSetValue: (name, value) => (calls.push(`${name}=${value}`), 'true'),
    LMSCommit: () => (calls.push('commit'), 'true'),
    LMSFinish: () => (calls.push('finish'), 'true'),
  };
}

function chain(depth: number, api?: ScormApi): { top: Win; bottom: Win } {
  const top: Win = { parent: null, ...(api ? { API: api } : {}) };
  top.parent = top;
  let bottom = top;
  for (let i = 0; i < depth; i++) bottom = { parent: bottom };
  return { top, bottom };
}

describe('findScormApi', () => {
  it('finds the API on the window itself, or on a parent up to a few frames up', () => {
    const api = lms();
    expect(findScormApi({ API: api, parent: null })).toBe(api);
    expect(findScormApi(chain(3, api).bottom)).toBe(api);
    // Beyond eight hops the search stops rather than walking a pathological chain.
    expect(findScormApi(chain(12, api).bottom)).toBeUndefined();
  });

  it('falls back to the opener window and its parents (LMSs that open courses in a pop-up)', () => {
    const api = lms();
    const popup: Win = { parent: null, opener: chain(2, api).bottom };
    popup.parent = popup;
    expect(findScormApi(popup)).toBe(api);
  });

  it('steps over windows it may not look into, and finds nothing where there is no LMS', () => {
    const api = lms();
    const { top } = chain(0, api);
    const crossOrigin = {
      parent: top,
      get API(): ScormApi {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    } as Win;
    expect(findScormApi({ parent: crossOrigin })).toBe(api);
    const sealed = {
      parent: null,
      get opener(): Win {
        throw new DOMException('Blocked', 'SecurityError');
      },
    } as Win;
    expect(findScormApi(sealed)).toBeUndefined();
    expect(findScormApi(chain(2).bottom)).toBeUndefined();
  });
});

describe('scormTime', () => {
  it('writes a SCORM 1.2 timespan, clamped at both ends', () => {
    expect(scormTime(0)).toBe('0000:00:00.00');
    expect(scormTime(3_723_450)).toBe('0001:02:03.45');
    expect(scormTime(-5)).toBe('0000:00:00.00');
    expect(scormTime(1e12)).toMatch(/^9999:/);
  });
});

describe('startScormSession', () => {
  it('reports score, pass or fail against the pass mark, and the time, then commits and finishes once', () => {
    for (const [passed, status] of [
      [true, 'passed'],
      [false, 'failed'],
      [undefined, 'completed'],
    ] as const) {
      const api = lms();
      let clock = 1_000;
      const session = startScormSession(api, () => clock);
      clock += 65_000;
      session.finish({ percent: 66.7, passed });
      session.finish({ percent: 100, passed: true });
      session.leave();
      expect(api.calls).toEqual([
        'init',
        'cmi.core.score.raw=67',
        'cmi.core.score.min=0',
        'cmi.core.score.max=100',
        `cmi.core.lesson_status=${status}`,
        'cmi.core.session_time=0000:01:05.00',
        'commit',
        'finish',
      ]);
    }
  });

  it('leaving before the end records an incomplete attempt without a score', () => {
    const api = lms();
    startScormSession(api, () => 0).leave();
    expect(api.calls).toEqual(['init', 'cmi.core.lesson_status=incomplete', 'cmi.core.session_time=0000:00:00.00', 'commit', 'finish']);
  });
});
