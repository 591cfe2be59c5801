// Turns whatever a route threw into X's answer. XProblem carries its own status and body; Fastify's
// own failures (bad content type, oversize body) become X-shaped 400/413s; anything else is a 500
// whose details stay in the log, never in the body.
import type { FastifyError, FastifyInstance } from 'fastify';
import { invalidParameter, pageNotFound, serverError, XProblem } from './problems';

function toProblem(error: FastifyError): XProblem {
  if (error instanceof XProblem) return error;
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return invalidParameter('Content-Type', error.message, 'Request bodies must be application/json.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new XProblem(413, { title: 'Payload Too Large', detail: 'Request body is too large.', type: 'about:blank', status: 413 });
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return invalidParameter('body', '', error.message);
    default:
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return invalidParameter('request', '', error.message);
      return serverError(500);
  }
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500 && !(error instanceof XProblem)) request.log.error({ err: error }, 'sandbox handler failed');
    return reply.code(problem.status).headers(problem.headers).type('application/json; charset=utf-8').send(problem.body);
  });
  app.setNotFoundHandler((_request, reply) => {
    const problem = pageNotFound();
    return reply.code(problem.status).send(problem.body);
  });
}
