/** @module Fault rules: matched by service/method/path, they answer, delay or drop; `times` and a seeded `probability`. */
import { badInput, isRecord, onlyKeys } from '../control/errors.js'
import { type EmulatedService, matches, parseMatch, type RequestMatch } from './match.js'

export interface FaultResponse {
  /** 200–599. */
  status: number
  /** A string is sent as is (text/plain unless `headers` say otherwise); anything else as JSON. */
  body?: unknown
  headers?: Record<string, string>
}

/** What `faults.add` takes; exactly one of `response` and `drop`, or `delayMs` alone, or `delayMs` with either. */
export interface FaultRuleInput {
  match: RequestMatch
  response?: FaultResponse
  /** Wall-clock milliseconds to wait before answering (or before the service answers). */
  delayMs?: number
  /** Close the connection without an answer: the client sees a network error. */
  drop?: true
  /** Fires at most this many times; forever when absent. */
  times?: number
  /** Chance of firing on each matching request, from the world's seeded generator; 1 when absent. */
  probability?: number
}

export interface FaultRule extends FaultRuleInput {
  id: string
  /** How many requests it has answered, delayed or dropped. */
  fired: number
}

export const MAX_FAULT_DELAY_MS = 300_000

function parseCount(value: unknown, where: string, min: number, max: number): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value
  throw badInput(`${where} must be a whole number from ${min} to ${max}, not ${JSON.stringify(value)}.`)
}

function parseResponse(value: unknown): FaultResponse {
  if (!isRecord(value)) throw badInput('response must be an object like {"status":503,"body":{...}}.')
  onlyKeys(value, ['status', 'body', 'headers'], 'response')
  const status = parseCount(value.status, 'response.status', 200, 599)
  if (value.body !== undefined && [204, 205, 304].includes(status))
    throw badInput(`response.status ${status} cannot have a body.`)
  let body: unknown
  try {
    body = value.body === undefined ? undefined : JSON.parse(JSON.stringify(value.body))
  } catch {
    throw badInput('response.body must be JSON.')
  }
  const headers = value.headers
  if (headers !== undefined) {
    if (!isRecord(headers) || Object.values(headers).some((v) => typeof v !== 'string'))
      throw badInput('response.headers must be an object of header names to string values.')
    try {
      new Headers(headers as Record<string, string>)
    } catch {
      throw badInput(`response.headers has an invalid name or value: ${JSON.stringify(headers)}.`)
    }
  }
  return {
    status,
    ...(body === undefined ? {} : { body }),
    ...(headers === undefined ? {} : { headers: { ...(headers as Record<string, string>) } }),
  }
}

/** A rule from JSON (or an in-process object), or a 400 that says what is wrong; nothing half-made. */
/** A rule from JSON, for an emulator of the services `names`; a 400 naming the first fault. */
export function parseFaultRule(value: unknown, names: readonly EmulatedService[]): FaultRuleInput {
  if (!isRecord(value)) throw badInput('A fault rule must be an object like {"match":{...},"drop":true}.')
  onlyKeys(value, ['match', 'response', 'delayMs', 'drop', 'times', 'probability'], 'fault rule')
  if (value.match === undefined) throw badInput('A fault rule needs "match" ({} matches every request).')
  if (value.drop !== undefined && value.drop !== true) throw badInput('drop must be true when present.')
  if (value.response !== undefined && value.drop !== undefined)
    throw badInput('A fault rule either answers ("response") or drops ("drop"), not both.')
  if (value.response === undefined && value.drop === undefined && value.delayMs === undefined)
    throw badInput('A fault rule needs "response", "delayMs" or "drop".')
  const probability = value.probability
  if (
    probability !== undefined &&
    (typeof probability !== 'number' || !(probability >= 0 && probability <= 1))
  )
    throw badInput(`probability must be a number from 0 to 1, not ${JSON.stringify(probability)}.`)
  return {
    match: parseMatch(value.match, 'match', names),
    ...(value.response === undefined ? {} : { response: parseResponse(value.response) }),
    ...(value.delayMs === undefined
      ? {}
      : { delayMs: parseCount(value.delayMs, 'delayMs', 0, MAX_FAULT_DELAY_MS) }),
    ...(value.drop === true ? { drop: true as const } : {}),
    ...(value.times === undefined
      ? {}
      : { times: parseCount(value.times, 'times', 1, Number.MAX_SAFE_INTEGER) }),
    ...(probability === undefined ? {} : { probability }),
  }
}

/** mulberry32: a small, fast, seedable generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** One world's fault rules, tried in the order they were added. */
export class FaultSet {
  private rules: FaultRule[] = []
  private nextId = 1
  private random: () => number

  constructor(
    private readonly seed: number,
    private readonly services: readonly EmulatedService[],
  ) {
    this.random = seededRandom(seed)
  }

  add(input: FaultRuleInput): { id: string } {
    const rule: FaultRule = {
      id: `fault-${this.nextId++}`,
      ...parseFaultRule(input, this.services),
      fired: 0,
    }
    this.rules.push(rule)
    return { id: rule.id }
  }

  list(): FaultRule[] {
    return structuredClone(this.rules)
  }

  remove(id: string): boolean {
    const before = this.rules.length
    this.rules = this.rules.filter((rule) => rule.id !== id)
    return this.rules.length < before
  }

  /** Removes every rule and restarts the generator from the seed, so a reset world draws the same sequence. */
  clear(): void {
    this.rules = []
    this.nextId = 1
    this.random = seededRandom(this.seed)
  }

  /** The first matching rule that has firings left and wins its draw, counted as fired. */
  fire(service: EmulatedService, method: string, path: string): FaultRule | undefined {
    for (const rule of this.rules) {
      if (rule.times !== undefined && rule.fired >= rule.times) continue
      if (!matches(rule.match, service, method, path)) continue
      if (rule.probability !== undefined && this.random() >= rule.probability) continue
      rule.fired++
      return structuredClone(rule)
    }
    return undefined
  }
}
