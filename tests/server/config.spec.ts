import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.js';

describe('loadConfig', () => {
  it('loads the demo dataset by default (npm start opens on data) and not when SEED_DEMO=false', () => {
    expect(loadConfig({}).seedDemo).toBe(true);
    expect(loadConfig({ SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(loadConfig({ SEED_DEMO: 'false' }).seedDemo).toBe(false);
    expect(loadConfig({ SEED_DEMO: '0' }).seedDemo).toBe(false);
  });
});
