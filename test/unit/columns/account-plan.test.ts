import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { storedXApiPlan } from '../../../src/main/core/accounts/x-app-settings';
import { accountPlan, TRAINING_PLAN } from '../../../src/main/core/columns/account-plan';
import { migrate } from '../../../src/main/core/db/migrate';
import { sandboxOptionsSchema } from '../../../src/main/sandbox/options';

describe('accountPlan', () => {
  it('puts training accounts on the plan the training sandbox runs (pay-per-use)', () => {
    expect(TRAINING_PLAN).toBe(sandboxOptionsSchema.parse({ dataDir: '/tmp/x' }).plan);
    expect(accountPlan({ training: true }, () => 'enterprise')).toBe('pay-per-use');
  });

  it('puts live accounts on the X app plan from settings, pay-per-use until one is set', () => {
    const db = new Database(':memory:');
    migrate(db);
    const live = storedXApiPlan(db);
    expect(accountPlan({ training: false }, live)).toBe('pay-per-use');
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('x_app.plan', '\"enterprise\"', 'now')").run();
    expect(accountPlan({ training: false }, live)).toBe('enterprise');
    db.prepare("UPDATE settings SET value = '\"gold\"' WHERE key = 'x_app.plan'").run();
    expect(live()).toBe('pay-per-use');
    db.close();
  });
});
