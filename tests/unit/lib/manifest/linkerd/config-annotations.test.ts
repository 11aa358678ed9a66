import { describe, expect, it } from 'vitest';
import { CONFIG_ANNOTATIONS, isConfigKey } from '../../../../../src/lib/manifest/linkerd/annotations.ts';
import { findings, fixture, messages } from './helpers.ts';

describe('CONFIG_ANNOTATIONS', () => {
  it('holds only names under the config prefixes', () => {
    for (const name of CONFIG_ANNOTATIONS.keys()) expect(isConfigKey(name), name).toBe(true);
  });
});

describe('SA4004 unknown Linkerd config annotation', () => {
  it('reports misspelt, misprefixed and made-up names at the key', () => {
    expect(findings(fixture('sa4004-unknown-config.fail.yaml'), 'SA4004')).toEqual([
      { code: 'SA4004', severity: 'warning', line: 16, column: 9 },
      { code: 'SA4004', severity: 'warning', line: 17, column: 9 },
      { code: 'SA4004', severity: 'warning', line: 18, column: 9 },
      { code: 'SA4004', severity: 'warning', line: 19, column: 9 },
      { code: 'SA4004', severity: 'warning', line: 30, column: 5 },
    ]);
  });

  it('suggests the name that was meant', () => {
    expect(messages(fixture('sa4004-unknown-config.fail.yaml'), 'SA4004')).toMatchInlineSnapshot(`
      [
        "16:9 unknown Linkerd annotation config.linkerd.io/opaque-port; did you mean config.linkerd.io/opaque-ports?",
        "17:9 unknown Linkerd annotation config.linkerd.io/proxy-wait-before-exit-seconds; did you mean config.alpha.linkerd.io/proxy-wait-before-exit-seconds?",
        "18:9 unknown Linkerd annotation config.linkerd.io/inject; did you mean linkerd.io/inject?",
        "19:9 unknown Linkerd annotation config.alpha.linkerd.io/rocket-mode; see the config.alpha.linkerd.io/* names in the proxy configuration reference",
        "30:5 config.linkerd.io/admission-webhooks is read as a namespace label, not an annotation; move it to metadata.labels",
      ]
    `);
  });

  it('accepts names from the proxy configuration reference under all three prefixes', () => {
    expect(findings(fixture('sa4004-unknown-config.pass.yaml'), 'SA4004')).toEqual([]);
  });
});

describe('SA4011 invalid Linkerd config annotation value', () => {
  it('reports port lists, words, durations, ports, quantities, CIDRs and booleans at the value', () => {
    expect(findings(fixture('sa4011-config-value.fail.yaml'), 'SA4011')).toEqual([
      { code: 'SA4011', severity: 'warning', line: 7, column: 47 },
      { code: 'SA4011', severity: 'warning', line: 23, column: 41 },
      { code: 'SA4011', severity: 'warning', line: 24, column: 48 },
      { code: 'SA4011', severity: 'warning', line: 25, column: 40 },
      { code: 'SA4011', severity: 'warning', line: 26, column: 47 },
      { code: 'SA4011', severity: 'warning', line: 27, column: 39 },
      { code: 'SA4011', severity: 'warning', line: 28, column: 44 },
      { code: 'SA4011', severity: 'warning', line: 29, column: 41 },
      { code: 'SA4011', severity: 'warning', line: 30, column: 49 },
    ]);
  });

  it('says what a valid value looks like', () => {
    expect(messages(fixture('sa4011-config-value.fail.yaml'), 'SA4011')).toMatchInlineSnapshot(`
      [
        "7:47 config.linkerd.io/default-inbound-policy: must be one of "all-unauthenticated", "all-authenticated", "cluster-unauthenticated", "cluster-authenticated", "deny" or "audit"",
        "23:41 config.linkerd.io/opaque-ports: "5432;6379" is not a port, a range like "4000-4100" or a port name; separate items with commas",
        "24:48 config.linkerd.io/skip-outbound-ports: "nats" is not a port number or a range like "4000-4100"; separate items with commas",
        "25:40 config.linkerd.io/proxy-await: must be "enabled" or "disabled"",
        "26:47 config.linkerd.io/close-wait-timeout: must be a duration like "10s", "500ms" or "1m30s"",
        "27:39 config.linkerd.io/admin-port: must be a port number between 1 and 65535",
        "28:44 config.linkerd.io/proxy-cpu-limit: must be a quantity like "100m", "0.5", "64Mi" or "1Gi"",
        "29:41 config.linkerd.io/skip-subnets: "10.0.0.0/33" is not a CIDR like "10.0.0.0/8"; separate items with commas",
        "30:49 config.linkerd.io/enable-debug-sidecar: must be "true" or "false"",
      ]
    `);
  });

  it('accepts valid values, spaces after commas and named opaque ports included', () => {
    expect(findings(fixture('sa4011-config-value.pass.yaml'), 'SA4011')).toEqual([]);
  });
});
