// One HTTPS request through a given agent (fetch cannot take an https.Agent), answered as text.
// Redirects are not followed: the caller decides where a Location may lead.
import { request, type Agent } from 'node:https';

export interface TextResponse {
  status: number;
  location: string | null;
  text: string;
}

export function httpsText(
  url: string,
  options: { agent: Agent | undefined; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string; timeoutMs?: number },
): Promise<TextResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', agent: options.agent, headers: options.headers, timeout: options.timeoutMs ?? 15_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? null, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`No answer from ${new URL(url).host} in time.`)));
    req.on('error', reject);
    req.end(options.body);
  });
}
