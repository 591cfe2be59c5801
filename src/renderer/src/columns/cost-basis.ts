// The column header's cost: a steady figure a day and, on hover or focus, what it stands on (the
// refresh plan, the posts seen arriving, X's price), with shared requests named as shared.
import type { ColumnCost, RequestCost } from '../../../shared/columns';

const count = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const rate = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "$0.024": small sums keep the digits that matter (an owned read costs a tenth of a cent). */
export function usd(amount: number): string {
  if (amount === 0) return '$0';
  if (amount < 0.001) return '<$0.001';
  return `$${amount < 0.1 ? amount.toPrecision(2).replace(/0+$/, '').replace(/\.$/, '') : amount.toFixed(2)}`;
}

export function costText(cost: ColumnCost): string {
  if (cost.requests.length === 0) return 'No X cost';
  if (cost.requests.every((request) => request.postsPerDay === null)) return 'Cost: after the first read';
  const amount = usd(cost.usdPerDay);
  return `${amount.startsWith('<') ? '' : '~'}${amount} a day`;
}

function every(intervalMs: number): string {
  const seconds = Math.round(intervalMs / 1000);
  if (seconds < 120) return `every ${seconds} s`;
  return `every ${rate.format(seconds / 60)} min`;
}

const PRICE_NAMES: Record<RequestCost['billable'], string> = { owned_read: 'owned read', post_read: 'post read' };

/** "@HorizonsNHS mentions: every 30 s × 24 h = 2,880 requests; ~24 posts/day read × $0.001 (owned read) = $0.024/day". */
export function requestBasis(request: RequestCost): string {
  const plan = `${request.label}: ${every(request.intervalMs)} × 24 h = ${count.format(request.requestsPerDay)} requests`;
  const price = `${usd(request.priceUsd)}/post (${PRICE_NAMES[request.billable]})`;
  if (request.postsPerDay === null) return `${plan}; no answer yet, so no posts seen arriving; ${price}`;
  const capped = request.postsReadPerDay < request.postsPerDay ? ` (of ~${rate.format(request.postsPerDay)} arriving)` : '';
  return `${plan}; ~${rate.format(request.postsReadPerDay)} posts/day read${capped} × ${price} = ${usd(request.usdPerDay)}/day`;
}

/** The hover's lines, one per request, then what is shared, then the total counted once. */
export function costBasis(cost: ColumnCost): string[] {
  if (cost.requests.length === 0) return ['Reads Columns’ own data: X bills nothing for it.'];
  const lines = cost.requests.map(requestBasis);
  for (const request of cost.requests) {
    if (request.sharedWith.length > 0) lines.push(`Shared with ${request.sharedWith.join(', ')}: one request feeds them all and is billed once.`);
  }
  lines.push(`X bills each post a read returns, and each poll returns only posts not read before.`);
  const total = usd(cost.allColumnsUsdPerDay);
  lines.push(`All columns together: ${total.startsWith('<') ? '' : '~'}${total} a day (shared requests counted once).`);
  return lines;
}
