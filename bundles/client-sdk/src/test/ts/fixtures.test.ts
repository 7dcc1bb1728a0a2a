// The frames the Java encoder writes (bundles/realtime-protocol FixtureTest, committed) read back to the same
// messages here, and intents written here are the same bytes as Java writes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Out } from '../../main/ts/bytes';
import { ServerFrames, writeIntent } from '../../main/ts/binary';
import type { Intent } from '../../main/ts/generated/protocol';

interface Fixtures {
  serverFrames: Array<{ base64: string; messages: unknown[] }>;
  intents: Array<{ intent: Omit<Intent, 'type'>; base64: string }>;
}
const fixtures = JSON.parse(
  readFileSync(new URL('../../../../realtime-protocol/src/test/resources/fixtures/frames.json', import.meta.url), 'utf8'),
) as Fixtures;
const bytes = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));

/** Deep equality with numbers compared to 1e-9 (sin/cos of the two runtimes may differ in the last bit). */
function close(actual: unknown, expected: unknown, path = ''): void {
  if (typeof expected === 'number') {
    expect(typeof actual, path).toBe('number');
    expect(Math.abs((actual as number) - expected), path).toBeLessThan(1e-9);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, path).toBe(expected.length);
    expected.forEach((e, i) => close((actual as unknown[])[i], e, `${path}/${i}`));
  } else if (expected && typeof expected === 'object') {
    const a = actual as Record<string, unknown>;
    const keys = Object.keys(expected as object).filter((k) => (expected as Record<string, unknown>)[k] !== null);
    expect(Object.keys(a).filter((k) => a[k] !== null && a[k] !== undefined).sort(), path).toEqual(keys.sort());
    keys.forEach((k) => close(a[k], (expected as Record<string, unknown>)[k], `${path}/${k}`));
  } else {
    expect(actual, path).toEqual(expected);
  }
}

describe('binary frames shared with the Java encoder', () => {
  it('reads every server frame to the messages Java reads', () => {
    const reader = new ServerFrames();
    expect(fixtures.serverFrames.length).toBeGreaterThanOrEqual(3);
    for (const f of fixtures.serverFrames) {
      close(reader.read(bytes(f.base64)), f.messages);
    }
  });

  it('writes intents byte for byte as Java does', () => {
    for (const f of fixtures.intents) {
      const out = new Out();
      writeIntent(out, { type: 'intent', ...f.intent } as Intent);
      expect(Buffer.from(out.bytes()).toString('base64')).toBe(f.base64);
    }
  });

  it('refuses a delta whose base it does not hold', () => {
    const reader = new ServerFrames();
    expect(() => reader.read(bytes(fixtures.serverFrames[1].base64))).toThrow(/not held/);
  });
});
