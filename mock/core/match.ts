/** @module What journal filters and fault rules match on: service, method and a path pattern where `*` is any text. */

import { badInput, isRecord, onlyKeys } from '../control/errors.js'
import type { Service } from './request-tags.js'

/** The services a journal entry or a fault can name; control calls are neither journaled nor faulted. */
export type EmulatedService = Exclude<Service, 'control'>

export interface RequestMatch {
  service?: EmulatedService
  /** Any case; `GET` and `get` are the same. */
  method?: string
  /** The exact path, or a pattern where `*` stands for any text, `/` included: `/v2/users/*`. */
  path?: string
}

/**
 * Whether `path` matches `pattern`, where each `*` is any text: the parts between the stars are
 * found left to right, each at its first place after the one before, which is where any match
 * can put it. Nothing is compiled or kept, so client-sent filters cost no memory.
 */
export function pathMatches(pattern: string, path: string): boolean {
  const parts = pattern.split('*')
  const first = parts[0] as string
  if (parts.length === 1) return pattern === path
  const last = parts.at(-1) as string
  const end = path.length - last.length
  if (end < first.length || !path.startsWith(first) || !path.endsWith(last)) return false
  let at = first.length
  for (const part of parts.slice(1, -1)) {
    const found = path.indexOf(part, at)
    if (found === -1 || found + part.length > end) return false
    at = found + part.length
  }
  return true
}

export const matches = (match: RequestMatch, service: string, method: string, path: string): boolean =>
  (match.service === undefined || match.service === service) &&
  (match.method === undefined || match.method.toUpperCase() === method.toUpperCase()) &&
  (match.path === undefined || pathMatches(match.path, path))

/** One of `names` (the emulator's services), or a 400 listing them. */
export function parseService(
  value: unknown,
  where: string,
  names: readonly EmulatedService[],
): EmulatedService {
  if (typeof value === 'string' && (names as readonly string[]).includes(value))
    return value as EmulatedService
  throw badInput(`${where} must be one of ${names.join(', ')}, not ${JSON.stringify(value)}.`)
}

function parseText(value: unknown, where: string, shape: RegExp, expected: string): string {
  if (typeof value === 'string' && shape.test(value)) return value
  throw badInput(`${where} must be ${expected}, not ${JSON.stringify(value)}.`)
}

export const parseMethod = (value: unknown, where: string) =>
  parseText(value, where, /^[A-Za-z]+$/, 'an HTTP method such as GET').toUpperCase()

export const parsePath = (value: unknown, where: string) =>
  parseText(value, where, /^\//, 'a path starting with "/" (use * for any text)')

/** A match object from JSON: every field optional, nothing else allowed. */
export function parseMatch(value: unknown, where: string, names: readonly EmulatedService[]): RequestMatch {
  if (!isRecord(value))
    throw badInput(`${where} must be an object like {"service":"${names[0]}","method":"GET","path":"/*"}.`)
  onlyKeys(value, ['service', 'method', 'path'], where)
  return {
    ...(value.service === undefined
      ? {}
      : { service: parseService(value.service, `${where}.service`, names) }),
    ...(value.method === undefined ? {} : { method: parseMethod(value.method, `${where}.method`) }),
    ...(value.path === undefined ? {} : { path: parsePath(value.path, `${where}.path`) }),
  }
}
