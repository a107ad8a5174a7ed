/** @module LTI Pro HTTP routes under /api/v1/lti/rich: parse, verify the signature, call the model, serialise. */
import { type Context, Hono } from 'hono'
import type { operations } from '../../../src/generated/lti-pro.js'
import type { Env } from '../../core/context.js'
import { requestValidator } from '../../core/pipeline/validation.js'
import type { EmulatorContext } from '../../core/service.js'
import { ltiSignatureAuth } from './auth.js'
import { LTI_REQUEST_ERRORS } from './errors.js'
import { listAnswerJson } from './listing.js'
import { LtiProModel } from './model.js'
import {
  type BulkRequest,
  bulkRequest,
  createAndAssociateRequest,
  LIST_DEFAULTED,
  listQuery,
} from './requests.js'
import type { BulkKind } from './state.js'

export const LTI_PRO_BASE = '/api/v1/lti/rich'

export const BULK_ACCEPTED: Record<BulkKind, string> = {
  import: 'Processing Bulk Import',
  disassociate: 'Processing Bulk Disassociate',
}

export const ltiProRoutes = (ctx: EmulatorContext) => {
  const futureSkewMs = () => ctx.options.ltiPro.futureSkewMs
  const signed = ltiSignatureAuth({ futureSkewMs })
  const signedWithBodyUserId = ltiSignatureAuth({ futureSkewMs, signsBodyUserId: true })
  const model = <E extends Env>(c: Context<E>) => new LtiProModel(c.get('world'), ctx.options)
  /** Present: the signature middleware has verified it. */
  const credentialKey = <E extends Env>(c: Context<E>) => c.req.query('key') ?? ''
  const valid = requestValidator<operations>(ctx.contracts, 'lti-pro.yaml', () => LTI_REQUEST_ERRORS)

  const accept = <E extends Env>(c: Context<E>, kind: BulkKind, request: BulkRequest) => {
    model(c).acceptBulk(credentialKey(c), kind, request)
    return c.json({ status: true, result: BULK_ACCEPTED[kind] })
  }

  return new Hono<Env>()
    .get(
      `${LTI_PRO_BASE}/open/meeting/list`,
      signed,
      valid('listMeetings', { defaulted: LIST_DEFAULTED }),
      (c) => {
        const page = model(c).listMeetings(credentialKey(c), listQuery(c.get('input').query))
        return c.body(listAnswerJson(page), 200, { 'Content-Type': 'application/json' })
      },
    )
    .post(`${LTI_PRO_BASE}/meeting/bulkImport`, signedWithBodyUserId, valid('bulkImport'), (c) =>
      accept(c, 'import', bulkRequest(c.get('input').body)),
    )
    .put(`${LTI_PRO_BASE}/meeting/bulkDisassociate`, signedWithBodyUserId, valid('bulkDisassociate'), (c) =>
      accept(c, 'disassociate', bulkRequest(c.get('input').body)),
    )
    .post(`${LTI_PRO_BASE}/meeting/createAndAssociate`, signed, valid('createAndAssociate'), (c) => {
      const request = createAndAssociateRequest(c.get('input').body)
      return c.json({ status: true, result: model(c).createAndAssociate(credentialKey(c), request) })
    })
}
