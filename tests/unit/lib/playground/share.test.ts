import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare } from '../../../../src/lib/playground/index.ts';

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');

describe('encodeShare and decodeShare', () => {
  it('round-trips tabs, names and text, unicode included', () => {
    const tabs = [
      { name: 'orders.yaml', text: 'apiVersion: v1\nkind: Service\n# “quotes” and ünïcode\n' },
      { name: 'Dockerfile', text: 'FROM rust:1.85\n' },
    ];
    expect(decodeShare(encodeShare(tabs))).toEqual({ tabs });
  });

  it('says nothing about a hash that is not playground state', () => {
    expect(decodeShare('')).toBeUndefined();
    expect(decodeShare('#top')).toBeUndefined();
  });

  it('refuses damaged, oversized and hostile links with a reason', () => {
    expect(decodeShare('#s=%%%')).toMatchObject({ problem: 'not-encoded' });
    expect(decodeShare('#s=aGVsbG8')).toMatchObject({ problem: 'not-deflated' });
    expect(decodeShare(`#s=${'A'.repeat(200_000)}`)).toMatchObject({ problem: 'too-large' });
    expect(decodeShare(`#s=${b64(deflateSync(strToU8('<script>alert(1)</script>')))}`)).toMatchObject({ problem: 'not-json' });
    expect(decodeShare(`#s=${b64(deflateSync(strToU8('{"v":1,"tabs":[["a.yaml",{"x":1}]]}')))}`)).toMatchObject({ problem: 'wrong-shape' });
    // 3 MB of zeros deflate to a few KB: a decompression bomb is refused, quickly.
    const bomb = b64(deflateSync(new Uint8Array(3 * 1024 * 1024)));
    expect(decodeShare(`#s=${bomb}`)).toMatchObject({ problem: 'too-large' });
  });

  it('cleans file names and keeps hostile text as plain text', () => {
    const share = encodeShare([{ name: '../../etc/\u0000passwd', text: '<img src=x onerror=alert(1)>' }]);
    expect(decodeShare(share)).toEqual({ tabs: [{ name: '....etcpasswd', text: '<img src=x onerror=alert(1)>' }] });
  });

  it('never throws, whatever the hash', () => {
    fc.assert(fc.property(fc.string(), (text) => void decodeShare(`#s=${text}`)));
  });
});
