/** @module The contract check itself: it must reject what breaks a contract, or every other test proves nothing. */
import { describe, expect, test } from 'vitest'
import { contractViolations, findOperation } from './contract.js'

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
const ltiList = new Request('https://applications.zoom.us/api/v1/lti/rich/open/meeting/list?key=k')
const signatureFailed = {
  status: false,
  errorCode: '401',
  errorMessage: 'Verify LTI signature failed(2203).',
}

describe('the contract check', () => {
  test('finds the operation by its real path, a literal segment beating a template', () => {
    expect(findOperation('GET', '/api/v1/lti/rich/open/meeting/list')?.contract).toBe('lti-pro.yaml')
    expect(findOperation('GET', '/v2/users/me/meetings')?.template).toBe('/v2/users/{userId}/meetings')
    expect(findOperation('GET', '/nowhere')).toBeUndefined()
  })

  test('accepts a body that matches a response reached through $ref', async () => {
    expect(await contractViolations(ltiList, json(401, signatureFailed))).toEqual([])
  })

  test('rejects a body that breaks a response reached through $ref', async () => {
    const violations = await contractViolations(ltiList, json(401, { status: false }))
    expect(violations.join('\n')).toMatch(/errorCode/)
  })

  test('rejects a status the operation does not declare', async () => {
    expect(await contractViolations(ltiList, json(418, {}))).toEqual([
      'GET /api/v1/lti/rich/open/meeting/list → 418: status not declared in lti-pro.yaml',
    ])
  })

  test('rejects a response under a service path that no contract describes, unless it is a 501 or 404', async () => {
    const unknown = new Request('https://api.zoom.us/v2/webinars')
    expect(await contractViolations(unknown, json(501, {}))).toEqual([])
    expect(await contractViolations(unknown, json(200, {}))).toHaveLength(1)
  })

  test('rejects a body that is not JSON where JSON is declared', async () => {
    const response = new Response('oops', { status: 401, headers: { 'content-type': 'application/json' } })
    expect((await contractViolations(ltiList, response))[0]).toMatch(/not JSON/)
  })
})
