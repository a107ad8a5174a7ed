/** @module Identifiers that look like the real services' ones, from an injectable random source. */
import { randomBytes as cryptoRandomBytes, randomUUID } from 'node:crypto'

export type RandomBytes = (size: number) => Uint8Array

const defaultRandom: RandomBytes = (size) => cryptoRandomBytes(size)

/** A Zoom user id: 22 characters of base64url, like `KDcuGIm1QgePTO8WbOqwIQ`. */
export const zoomUserId = (random: RandomBytes = defaultRandom): string =>
  Buffer.from(random(16)).toString('base64url')

/** A meeting UUID: 24 characters of base64 ending in `==`, like `4444AAiAAAAAAAAAAAAAAA==`. */
export const meetingUuid = (random: RandomBytes = defaultRandom): string =>
  Buffer.from(random(16)).toString('base64')

/** A meeting number of 11 digits, never starting with 0. */
export const meetingNumber = (random: RandomBytes = defaultRandom): number => {
  const bytes = random(6)
  const n = bytes.reduce((acc, b) => acc * 256 + b, 0)
  return 10_000_000_000 + (n % 90_000_000_000)
}

/** A random token of url-safe characters, for passwords, keys and secrets. */
export const token = (bytes = 24, random: RandomBytes = defaultRandom): string =>
  Buffer.from(random(bytes)).toString('base64url')

/** A version 4 UUID, as LumiNUS uses. */
export const uuid = (): string => randomUUID()
