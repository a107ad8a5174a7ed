/** @module What every Zoom route file uses: the model of the request's account, bearer auth, per-second limits, request validation and page fields. */
import type { Context, MiddlewareHandler } from 'hono'
import type { operations } from '../../../src/generated/zoom.js'
import { requestValidator } from '../../core/pipeline/validation.js'
import type { EmulatorContext } from '../../core/service.js'
import { type ZoomEnv, zoomBearerAuth } from './auth.js'
import { zoomRequestErrors } from './errors.js'
import { ZoomModel } from './model.js'
import type { Page } from './pagination.js'
import { assertPerSecond, type RateLimitCategory } from './rate-limit.js'

/** Whether the request sent query parameter `name` (a defaulted one was not sent). */
export const sentIn = (c: Context) => (name: string) => (c.req.query(name) ?? '') !== ''

/** A list answer's paging fields, as Zoom names them. */
export const pageFields = (list: Page<unknown>) => ({
  page_count: list.pageCount,
  page_number: list.pageNumber,
  page_size: list.pageSize,
  total_records: list.total,
  next_page_token: list.nextPageToken,
})

export type ZoomRouteKit = ReturnType<typeof zoomRouteKit>

export function zoomRouteKit(ctx: EmulatorContext) {
  const model = <E extends ZoomEnv>(c: Context<E>) =>
    new ZoomModel(c.get('world'), ctx.options.zoom, c.get('zoomAccountId'))
  const limit =
    (category: RateLimitCategory): MiddlewareHandler<ZoomEnv> =>
    (c, next) => {
      if (ctx.options.zoom.rateLimits)
        assertPerSecond(
          c.get('world').store.zoom,
          c.get('zoomAccountId'),
          category,
          ctx.options.zoom.plan,
          c.get('world').clock.now(),
        )
      return next()
    }
  return {
    ctx,
    model,
    auth: zoomBearerAuth(),
    limit,
    valid: requestValidator<operations>(ctx.contracts, 'zoom.yaml', zoomRequestErrors),
  }
}
