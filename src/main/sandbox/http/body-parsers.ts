// Request bodies as X accepts them: JSON (an empty body is no body, as DELETE from some clients
// sends a content type without one), and form-encoded for the OAuth endpoints, which twitter-api-v2
// sends as JSON while other clients send forms.
import type { FastifyInstance } from 'fastify';
import { invalidParameter } from './problems';

export function registerBodyParsers(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    try {
      done(null, JSON.parse(text) as unknown);
    } catch (error) {
      done(invalidParameter('body', text.slice(0, 100), `Request body is not valid JSON: ${(error as Error).message}`), undefined);
    }
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    done(null, Object.fromEntries(new URLSearchParams(text)));
  });
}
