/** @module LTI Pro HTTP routes under /api/v1/lti/rich: parse, verify the signature, call the model, serialise. */
import { type Context, Hono } from 'hono'
import type { EmulatorContext, Env } from '../../core/context.js'
import { requestValidator } from '../../core/pipeline/validation.js'
import { ltiSignatureAuth } from './auth.js'
import { LTI_REQUEST_ERRORS } from './errors.js'
import { listAnswerJson } from './listing.js'
import { LtiProModel } from './model.js'
import { bulkRequest, createAndAssociateRequest, listQuery } from './requests.js'
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
  const model = (c: Context<Env>) => new LtiProModel(c.get('world'), ctx.options)
  /** Present: the signature middleware has verified it. */
  const credentialKey = (c: Context<Env>) => c.req.query('key') ?? ''
  const valid = requestValidator(ctx.contractsDir, 'lti-pro.yaml', () => LTI_REQUEST_ERRORS)

  const bulk = (kind: BulkKind) => (c: Context<Env>) => {
    model(c).acceptBulk(credentialKey(c), kind, bulkRequest(c.get('input')))
    return c.json({ status: true, result: BULK_ACCEPTED[kind] })
  }

  return new Hono<Env>()
    .get(`${LTI_PRO_BASE}/open/meeting/list`, signed, valid('listMeetings'), (c) => {
      const page = model(c).listMeetings(credentialKey(c), listQuery(c.get('input')))
      return c.body(listAnswerJson(page), 200, { 'Content-Type': 'application/json' })
    })
    .post(`${LTI_PRO_BASE}/meeting/bulkImport`, signedWithBodyUserId, valid('bulkImport'), bulk('import'))
    .put(
      `${LTI_PRO_BASE}/meeting/bulkDisassociate`,
      signedWithBodyUserId,
      valid('bulkDisassociate'),
      bulk('disassociate'),
    )
    .post(`${LTI_PRO_BASE}/meeting/createAndAssociate`, signed, valid('createAndAssociate'), (c) => {
      const request = createAndAssociateRequest(c.get('input'))
      return c.json({ status: true, result: model(c).createAndAssociate(credentialKey(c), request) })
    })
}
