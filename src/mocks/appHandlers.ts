import { http, type HttpResponse } from 'msw';
import { jsonResponse } from './jsonResponse.ts';
import {
  APP_REQUEST_PATH,
  APP_REQUEST_USAGE,
  parseAppRequestParams,
  type AppError,
  type AppReply,
} from '../core/server/appRequest.ts';
import type { AppRun } from '../core/server/appRun.ts';
import type { AppHandlerDeps } from './appHandlerDeps.ts';
import { createAppServer, serveAppRequest, type AppServer } from './serveAppRequest.ts';

/** The path the mocked app answers on; the leading `*` matches any origin and base path. */
export const APP_PATH = `*${APP_REQUEST_PATH}`;

/**
 * The mocked web app of the live Server lab: `GET /app/request?run=<id>&request=<r>` (the format
 * of src/core/server/appRequest.ts) serves request r of a registered run (serveAppRequest.ts)
 * and answers an AppReply once its handler returned. Its upstream calls are real fetches, which
 * the upstream handlers answer (in the browser they go through the service worker again).
 *
 * Answers, each with `{ error }` saying what failed and what to do:
 * - 400: a malformed request, or a request index the run does not have;
 * - 404: a run id that is not registered (never was, or has already ended);
 * - 409: the run was stopped before the request was served (nobody reads it: the client's
 *   fetch was aborted with the run);
 * - 502: an upstream call or the handler's model failed.
 */
export function createAppHandlers(deps: AppHandlerDeps) {
  // The server's state per run, built at its first request and dropped with the run.
  const servers = new WeakMap<AppRun, AppServer>();
  const serverOf = (run: AppRun): AppServer => {
    let app = servers.get(run);
    if (app === undefined) {
      app = createAppServer(run);
      servers.set(run, app);
    }
    return app;
  };

  return [
    http.get<never, never, AppReply | AppError>(APP_PATH, async ({ request }) => {
      const parsed = parseAppRequestParams(new URL(request.url).searchParams);
      if (!parsed.ok) return errorResponse(400, parsed.problem);
      const run = deps.runs.get(parsed.runId);
      if (run === undefined) {
        return errorResponse(
          404,
          `No live server run "${parsed.runId}" is registered with the app: it has ended, was ` +
            `stopped, or never started. ${APP_REQUEST_USAGE}`,
        );
      }
      const requests = run.input.server.requests;
      if (parsed.request >= requests) {
        return errorResponse(
          400,
          `Run "${parsed.runId}" has requests 0 to ${requests - 1}, so there is no request ` +
            `${parsed.request}. ${APP_REQUEST_USAGE}`,
        );
      }
      if (run.signal.aborted) return stoppedResponse(parsed.runId, parsed.request);
      try {
        const reply = await serveAppRequest(run, serverOf(run), parsed.request);
        return jsonResponse(reply);
      } catch (error) {
        if (run.signal.aborted) return stoppedResponse(parsed.runId, parsed.request);
        return errorResponse(
          502,
          `Request ${parsed.request} of run "${parsed.runId}" failed in the app: ` +
            (error instanceof Error ? error.message : String(error)),
        );
      }
    }),
  ];
}

function errorResponse(status: number, error: string): HttpResponse<AppError> {
  return jsonResponse<AppError>({ error }, { status });
}

function stoppedResponse(runId: string, request: number) {
  return errorResponse(
    409,
    `Run "${runId}" was stopped before request ${request} was served; start a new run.`,
  );
}
