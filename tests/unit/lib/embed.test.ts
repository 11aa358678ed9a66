import { describe, expect, it } from 'vitest';
import { isMeasureRequest, parseEmbedMessage } from '../../../src/lib/embed/protocol.ts';

describe('the embed protocol', () => {
  it('reads the quiz’s messages and nothing malformed', () => {
    expect(parseEmbedMessage({ type: 'sidecar-academy', v: 1, event: 'resize', height: 640 })).toEqual({
      type: 'sidecar-academy',
      v: 1,
      event: 'resize',
      height: 640,
    });
    expect(parseEmbedMessage({ type: 'sidecar-academy', v: 2, event: 'resize', height: 640 })).toBeUndefined();
    expect(parseEmbedMessage({ type: 'sidecar-academy', v: 1, event: 'resize', height: -1 })).toBeUndefined();
    expect(parseEmbedMessage('resize')).toBeUndefined();
  });

  it('knows the host’s request to measure again, and only it', () => {
    expect(isMeasureRequest({ type: 'sidecar-academy', v: 1, event: 'measure' })).toBe(true);
    expect(isMeasureRequest({ type: 'sidecar-academy', v: 2, event: 'measure' })).toBe(false);
    expect(isMeasureRequest({ type: 'other', v: 1, event: 'measure' })).toBe(false);
    expect(isMeasureRequest(null)).toBe(false);
    expect(isMeasureRequest('measure')).toBe(false);
  });
});
