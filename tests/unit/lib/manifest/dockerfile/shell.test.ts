import { describe, expect, it } from 'vitest';
import { parseShell } from '../../../../../src/lib/manifest/dockerfile/index.ts';

const names = (script: string): string[] => parseShell(script).commands.map((c) => c.name.value);

describe('parseShell', () => {
  it('finds the commands of lists, pipes and subshells', () => {
    expect(names('apt-get update && apt-get install -y curl; (cd /src || exit 1) | tee log & wait')).toEqual([
      'apt-get',
      'apt-get',
      'cd',
      'exit',
      'tee',
      'wait',
    ]);
  });

  it('finds commands inside $( ), backticks and process substitution', () => {
    expect(names('echo "$(git rev-parse HEAD)" `date` && diff <(ls a) b')).toEqual(['git', 'date', 'echo', 'ls', 'diff']);
  });

  it('removes quotes, skips assignments, redirections and keywords', () => {
    const [command] = parseShell('RUSTFLAGS="-C target-cpu=native" cargo build --release 2>&1 >"build log"').commands;
    expect(command?.name.value).toBe('cargo');
    expect(command?.args.map((a) => a.value)).toEqual(['build', '--release']);
    expect(names('if [ -f x ]; then make; fi; for f in a b; do echo "$f"; done; [[ -n $x ]] && true')).toEqual([
      '[',
      'make',
      'echo',
      'true',
    ]);
  });

  it('records pipes but not ||', () => {
    expect(parseShell('curl -fsSL https://sh.rustup.rs | sh -s -- -y || true').pipes).toEqual([{ from: 32, to: 33 }]);
    expect(parseShell('echo "a | b" \'c | d\' || echo e').pipes).toEqual([]);
  });

  it('positions words in the script and skips heredoc bodies and comments', () => {
    const parsed = parseShell('cat <<EOF > /etc/x\nnot | a command\nEOF\n# comment | here\nmake all');
    expect(parsed.commands.map((c) => [c.name.value, c.name.from, c.name.to])).toEqual([
      ['cat', 0, 3],
      ['make', 56, 60],
    ]);
    expect(parsed.pipes).toEqual([]);
  });

  it('survives deep nesting and unbalanced quotes', () => {
    expect(() => parseShell(`${'$('.repeat(5000)}x${')'.repeat(5000)}`)).not.toThrow();
    expect(names('echo "unterminated $(date')).toEqual(['date', 'echo']);
  });
});
