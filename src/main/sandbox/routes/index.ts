// Every endpoint the sandbox serves. Admin routes exist only when the sandbox was started with admin.
import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../context';
import { registerAdminRoutes } from './admin';
import { registerEngagementRoutes } from './engagement';
import { registerMediaRoutes } from './media';
import { registerModerationRoutes } from './moderation';
import { registerOAuthRoutes } from './oauth';
import { registerPostRoutes } from './posts';
import { registerSearchRoutes } from './search';
import { registerTimelineRoutes } from './timelines';
import { registerUserRoutes } from './users';

export function registerRoutes(app: FastifyInstance, ctx: SandboxContext, adminToken: string | null): void {
  registerOAuthRoutes(app, ctx);
  registerUserRoutes(app, ctx);
  registerPostRoutes(app, ctx);
  registerTimelineRoutes(app, ctx);
  registerSearchRoutes(app, ctx);
  registerEngagementRoutes(app, ctx);
  registerModerationRoutes(app, ctx);
  registerMediaRoutes(app, ctx);
  if (adminToken !== null) registerAdminRoutes(app, ctx, adminToken);
}
