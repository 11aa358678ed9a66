/** What is wrong with a config annotation's value, if anything, for each kind of value. */
import { quantity } from '../../schema/formats.ts';
import { INBOUND_POLICIES, type ValueKind } from '../annotations.ts';
import { isCidr } from '../../schema/formats.ts';
import { alternatives } from '../words.ts';

const GO_BOOL = /^(1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/;
const GO_DURATION = /^(0|([0-9]+(\.[0-9]+)?(h|m|s|ms|us|µs|ns))+)$/;
const PORT_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

const isPort = (text: string): boolean => /^\d{1,5}$/.test(text) && Number(text) >= 1 && Number(text) <= 65535;

function portItem(item: string, names: boolean): boolean {
  const range = /^(\d+)-(\d+)$/.exec(item);
  if (range) return isPort(range[1] ?? '') && isPort(range[2] ?? '') && Number(range[1]) <= Number(range[2]);
  if (isPort(item)) return true;
  return names && item.length <= 15 && PORT_NAME.test(item) && /[a-z]/.test(item);
}

// Lists are comma-separated; the injector trims spaces around items.
const items = (value: string): string[] => value.split(',').map((item) => item.trim());

const oneOf = (value: string, allowed: readonly string[]): string | undefined =>
  allowed.includes(value) ? undefined : `must be ${allowed.length > 2 ? 'one of ' : ''}${alternatives(allowed)}`;

/** Why `value` is not valid for `kind`, or undefined when it is. */
export function valueProblem(kind: ValueKind, value: string): string | undefined {
  switch (kind) {
    case 'any':
      return undefined;
    case 'boolean':
      return GO_BOOL.test(value) ? undefined : 'must be "true" or "false"';
    case 'duration':
      return GO_DURATION.test(value) ? undefined : 'must be a duration like "10s", "500ms" or "1m30s"';
    case 'port':
      return isPort(value) ? undefined : 'must be a port number between 1 and 65535';
    case 'ports': {
      const bad = items(value).find((item) => !portItem(item, true));
      return bad === undefined ? undefined : `"${bad}" is not a port, a range like "4000-4100" or a port name; separate items with commas`;
    }
    case 'port-numbers': {
      const bad = items(value).find((item) => !portItem(item, false));
      return bad === undefined ? undefined : `"${bad}" is not a port number or a range like "4000-4100"; separate items with commas`;
    }
    case 'cidrs': {
      const bad = items(value).find((item) => !isCidr(item));
      return bad === undefined ? undefined : `"${bad}" is not a CIDR like "10.0.0.0/8"; separate items with commas`;
    }
    case 'quantity':
      return quantity.safeParse(value).success ? undefined : 'must be a quantity like "100m", "0.5", "64Mi" or "1Gi"';
    case 'integer':
      return /^\d+$/.test(value) ? undefined : 'must be a whole number';
    case 'number':
      return /^(\d+(\.\d*)?|\.\d+)$/.test(value) ? undefined : 'must be a number like "0.5"';
    case 'inbound-policy':
      return oneOf(value, INBOUND_POLICIES);
    case 'enabled-disabled':
      return oneOf(value, ['enabled', 'disabled']);
    case 'access-log':
      return oneOf(value, ['apache', 'json']);
    case 'log-format':
      return oneOf(value, ['plain', 'json']);
    case 'pull-policy':
      return oneOf(value, ['Always', 'IfNotPresent', 'Never']);
  }
}
