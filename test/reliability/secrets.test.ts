/** @module No secret — good or bad, demo or sandbox — reaches a log line, the journal, an error body, a diagnostic header or the dashboard's journal. */
import { describe, expect, test } from 'vitest'
import type { Emulator } from '../../mock/core/emulator.js'
import type { Credentials } from '../../mock/core/store.js'
import { formatRequestLog } from '../../mock/log.js'
import { LTI_PRO_BASE } from '../../mock/services/lti-pro/routes.js'
import { baseString, SIGNATURE_HEADER, signBaseString } from '../../src/lti-pro/signature.js'
import { signJwt } from '../../src/zoom/auth.js'
import { createTestEmulator } from '../helpers.js'

const ADMIN_TOKEN = 'admin-token-SECRET-0001'
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` }
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`

interface Exchange {
  what: string
  response: Response
}

/** Every kind of request carrying `credentials`' secrets, right and wrong; answers the secrets it used and the exchanges. */
async function exercise(emulator: Emulator, c: Credentials) {
  const now = emulator.clock.now()
  const wrong = `wrong-${c.lti.key}-SECRET`
  const query = { key: c.lti.key, timestamp: String(now), userId: 'demo-host' }
  const ltiList = (secret: string) => {
    const signature = signBaseString(secret, baseString(query))
    return [
      signature,
      emulator.request(`${LTI_PRO_BASE}/open/meeting/list?${new URLSearchParams(query)}`, {
        headers: { [SIGNATURE_HEADER]: signature },
      }),
    ] as const
  }
  const [goodSignature, ltiGood] = ltiList(c.lti.secret)
  const [badSignature, ltiBad] = ltiList(wrong)
  const tokenAt = (secret: string) =>
    emulator.request(`/oauth/token?grant_type=account_credentials&account_id=${c.zoom.accountId}`, {
      method: 'POST',
      headers: { authorization: basic(c.zoom.clientId, secret) },
    })
  const tokenGood = await tokenAt(c.zoom.clientSecret)
  const { access_token: accessToken } = (await tokenGood.clone().json()) as { access_token: string }
  const goodJwt = signJwt(c.zoom.jwtKey, c.zoom.jwtSecret, Math.floor(now / 1000) + 600)
  const badJwt = signJwt(c.zoom.jwtKey, wrong, Math.floor(now / 1000) + 600)
  const expiredJwt = signJwt(c.zoom.jwtKey, c.zoom.jwtSecret, Math.floor(now / 1000) - 600)
  const zoomWith = (token: string) =>
    emulator.request('/v2/users', { headers: { authorization: `Bearer ${token}` } })
  const sync = '/zoom/Meeting/00000000-0000-4000-8000-000000000001/Sync'
  const luminusWith = (key: string) =>
    emulator.request(sync, { headers: { 'Ocp-Apim-Subscription-Key': key } })
  const exchanges: Exchange[] = [
    { what: 'LTI good', response: await ltiGood },
    { what: 'LTI bad', response: await ltiBad },
    { what: 'token bad', response: await tokenAt(wrong) },
    ...(await Promise.all(
      [accessToken, goodJwt, badJwt, expiredJwt, `${accessToken}x`].map(async (token) => ({
        what: `Zoom ${token.slice(0, 12)}`,
        response: await zoomWith(token),
      })),
    )),
    { what: 'LumiNUS staff', response: await luminusWith(c.luminus.subscriptionKey) },
    { what: 'LumiNUS student', response: await luminusWith(c.luminus.studentKey) },
    { what: 'LumiNUS bad', response: await luminusWith(wrong) },
    {
      what: 'LumiNUS query',
      response: await emulator.request(`${sync}?subscription-key=${c.luminus.studentKey}`),
    },
    {
      what: 'control bad token',
      response: await emulator.request('/__emulator/reset', {
        method: 'POST',
        headers: { authorization: `Bearer ${wrong}` },
      }),
    },
  ]
  const secrets = [
    c.lti.secret,
    c.zoom.clientSecret,
    c.zoom.jwtSecret,
    c.luminus.subscriptionKey,
    c.luminus.studentKey,
    wrong,
    goodSignature,
    badSignature,
    accessToken,
    goodJwt,
    badJwt,
    expiredJwt,
    ADMIN_TOKEN,
  ]
  return { secrets, exchanges, tokenGood }
}

const text = async ({ response }: Exchange) =>
  `${[...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n')}\n${await response.text()}`

/** The dashboard without the four places that show a world's credentials by design: its panel, LumiNUS's keys, the signer's secret, the inspector's (to sign copies and replays). */
const withoutCredentialPanels = (html: string) =>
  html
    .replace(/<section id="(credentials|sandboxes)"[\s\S]*?<\/section>/g, '')
    .replace(/<h3>Subscription keys<\/h3>[\s\S]*?<\/table>/g, '')
    .replace(/<input name="secret" value="[^"]*"/g, '')
    .replace(/ data-credentials="[^"]*"/g, '')

describe('secrets', () => {
  test('never appear in log lines, the journal, answers, diagnostics or the dashboard outside its credentials panel', async () => {
    const logs: string[] = []
    const emulator = createTestEmulator({
      adminToken: ADMIN_TOKEN,
      onRequest: (log) => logs.push(formatRequestLog(log), JSON.stringify(log)),
    })
    const sandbox = emulator.createSandbox()
    const outputs: string[] = []
    const secrets: string[] = []
    for (const world of [emulator, sandbox]) {
      const run = await exercise(emulator, world.credentials)
      secrets.push(...run.secrets)
      for (const exchange of run.exchanges) outputs.push(`${exchange.what}\n${await text(exchange)}`)
      expect(run.exchanges.some(({ response }) => response.status === 401)).toBe(true)
      const headers = { ...admin, 'x-emulator-sandbox': world.id }
      for (const path of ['/__emulator/requests', '/__emulator/faults', '/__emulator/clock'])
        outputs.push(await (await emulator.request(path, { headers })).text())
      const page = await (await emulator.request(`/?sandbox=${world.id}`, { headers: admin })).text()
      const fragment = await (
        await emulator.request(`/__emulator/dashboard/world?sandbox=${world.id}`, { headers: admin })
      ).text()
      // The credentials panel shows this world's credentials by design, the sandboxes panel every
      // sandbox's: prove that, then leave them out.
      expect(fragment).toContain(world.credentials.lti.secret)
      expect(page).toContain(`data-copy="${sandbox.credentials.lti.secret}"`)
      outputs.push(withoutCredentialPanels(page), withoutCredentialPanels(fragment))
    }
    expect(logs.length).toBeGreaterThan(20)
    outputs.push(...logs)
    for (const secret of new Set(secrets))
      for (const output of outputs)
        expect(output.includes(secret), `${secret} in:\n${output.slice(0, 300)}`).toBe(false)
  })
})
