/** @module A validator hands its handler the request as the operation's generated types say: parameters converted from text, defaults filled in, the JSON body parsed. */
import { Hono } from 'hono'
import { expect, expectTypeOf, test } from 'vitest'
import { Contracts } from '../../mock/core/contracts/contracts.js'
import { requestValidator } from '../../mock/core/pipeline/validation.js'
import { zoomRequestErrors } from '../../mock/services/zoom/errors.js'
import type { components, operations } from '../../src/generated/zoom.js'

const valid = requestValidator<operations>(new Contracts(), 'zoom.yaml', zoomRequestErrors)

/** Answers what the handler was given (or, for a refused request, 400 and the refusal). */
const app = new Hono()
  .get('/users', valid('listUsers', { defaulted: ['status', 'page_size'] }), (c) => {
    const { query, path, body } = c.get('input')
    expectTypeOf(query.status).toEqualTypeOf<'active' | 'inactive' | 'pending'>()
    expectTypeOf(query.page_size).toEqualTypeOf<number>()
    expectTypeOf(query.next_page_token).toEqualTypeOf<string | undefined>()
    expectTypeOf(path).toEqualTypeOf<Record<string, never>>()
    expectTypeOf(body).toEqualTypeOf<undefined>()
    return c.json({ query })
  })
  .get('/meetings/:meetingId', valid('getMeeting'), (c) => {
    const { query, path } = c.get('input')
    expectTypeOf(path.meetingId).toEqualTypeOf<number>()
    expectTypeOf(query.show_previous_occurrences).toEqualTypeOf<boolean | undefined>()
    return c.json({ query, path })
  })
  .post('/users', valid('createUser'), (c) => {
    const { body } = c.get('input')
    expectTypeOf(body).toEqualTypeOf<components['schemas']['UserCreate']>()
    return c.json({ body })
  })
  .post('/users/:ignored', valid('createUser'), (c) => c.json(c.get('input')))
  .onError((error, c) => c.json({ refused: error.message }, 400))

const answer = async (path: string, init?: RequestInit) => (await app.request(path, init)).json()

test('query parameters left out take their contract defaults', async () => {
  expect(await answer('/users')).toEqual({ query: { status: 'active', page_size: 30, page_number: 1 } })
  expect(await answer('/users?page_size=&status=pending')).toEqual({
    query: { status: 'pending', page_size: 30, page_number: 1 },
  })
})

test('integer and boolean parameters arrive as numbers and booleans, converted from their text', async () => {
  expect(await answer('/users?page_size=5&page_number=2&next_page_token=abc')).toEqual({
    query: { status: 'active', page_size: 5, page_number: 2, next_page_token: 'abc' },
  })
  expect(await answer('/meetings/81000000007?show_previous_occurrences=true')).toEqual({
    query: { show_previous_occurrences: true },
    path: { meetingId: 81000000007 },
  })
})

test('the JSON body arrives parsed; a request its schemas refuse never reaches the handler', async () => {
  const user = { action: 'create', user_info: { email: 'new@example.com', type: 1 } }
  const post = (body: unknown) =>
    answer('/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  expect(await post(user)).toEqual({ body: user })
  expect(await post({ ...user, action: 'delete' })).toEqual({ refused: 'Validation Failed.' })
  expect(await answer('/users?page_size=0')).toEqual({ refused: 'Validation Failed.' })
  expect(await answer('/meetings/x?show_previous_occurrences=yes')).toEqual({ refused: 'Validation Failed.' })
})

test('an operation without query or path parameters hands on none of what the URL carries, and still checks its body', async () => {
  const user = { action: 'create', user_info: { email: 'new@example.com', type: 1 } }
  const post = (body: unknown) =>
    answer('/users/anything?page_size=abc&action=x', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  expect(await post(user)).toEqual({ query: {}, path: {}, body: user })
  expect(await post({ ...user, user_info: { type: 1 } })).toEqual({ refused: 'Validation Failed.' })
})
