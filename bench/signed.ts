/** @module Bench requests: a signed LTI Pro list URL and a Zoom S2S bearer token, as a client would make them. */

import { DEMO, DEMO_CREDENTIALS } from '../mock/seed/demo.js'
import { LTI_PRO_BASE } from '../mock/services/lti-pro/routes.js'
import { SIGNATURE_HEADER, sign } from '../src/lti-pro/signature.js'

/** The signed LTI Pro list request for demo-host, valid for the next hour of wall clock. */
export function signedList(
  origin: string,
  { pageSize = 20, pageNum = 1, isUpComing = true } = {},
): { url: string; headers: Record<string, string> } {
  const { key, secret } = DEMO_CREDENTIALS.lti
  const query = {
    isUpComing: String(isUpComing),
    key,
    pageNum: String(pageNum),
    pageSize: String(pageSize),
    timestamp: String(Date.now()),
    userId: DEMO.hostId,
  }
  return {
    url: `${origin}${LTI_PRO_BASE}/open/meeting/list?${new URLSearchParams(query)}`,
    headers: { [SIGNATURE_HEADER]: sign(secret, query) },
  }
}

/** An S2S access token of the demo account, from POST /oauth/token. */
export async function zoomToken(origin: string, fetcher: typeof fetch = fetch): Promise<string> {
  const { accountId, clientId, clientSecret } = DEMO_CREDENTIALS.zoom
  const response = await fetcher(
    `${origin}/oauth/token?grant_type=account_credentials&account_id=${accountId}`,
    {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}` },
    },
  )
  const body = (await response.json()) as { access_token?: string }
  if (!body.access_token) throw new Error(`no token: ${JSON.stringify(body)}`)
  return body.access_token
}
