// Which X API plan an account acts under, known before X is asked: a training account is on the
// training sandbox's plan, a live account on the plan the user gave for their X developer app.
import type { AccountSummary, XApiPlan } from '../../../shared/accounts';
import { sandboxOptionsSchema } from '../../sandbox/options';

/** The training sandbox is started without a plan, so it runs on the sandbox's default. */
export const TRAINING_PLAN: XApiPlan = sandboxOptionsSchema.shape.plan.parse(undefined);

export function accountPlan(account: Pick<AccountSummary, 'training'>, livePlan: () => XApiPlan): XApiPlan {
  return account.training ? TRAINING_PLAN : livePlan();
}
