// What may be logged about a failure. Errors from HTTP clients carry their request (headers with a
// bearer token, bodies with a code verifier or refresh token): never log the object, only this line.
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error === 'string' ? error.slice(0, 300) : typeof error;
  const code = (error as { code?: unknown }).code;
  const detail = (error as { data?: { error?: unknown; detail?: unknown } }).data;
  const parts = [`${error.name}: ${error.message.split('\n')[0]?.slice(0, 300) ?? ''}`];
  if (typeof code === 'string' || typeof code === 'number') parts.push(`code ${code}`);
  if (detail && typeof detail.error === 'string') parts.push(detail.error.slice(0, 100));
  if (detail && typeof detail.detail === 'string') parts.push(detail.detail.slice(0, 200));
  return parts.join(' · ');
}
