/** @module Constant-time equality of secrets (signatures, tokens, keys), whatever their lengths. */
import { createHash, timingSafeEqual } from 'node:crypto'

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest()

/**
 * True iff `given` equals `expected`. Both are hashed to 32 bytes first, so the time taken says
 * nothing about where they differ, nor about the expected secret's length.
 */
export const secureEqual = (given: string, expected: string): boolean =>
  timingSafeEqual(digest(given), digest(expected))
