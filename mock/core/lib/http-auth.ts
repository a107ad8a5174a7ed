/** @module Reading credentials out of HTTP headers, without judging them. */

/** The token of an `Authorization: Bearer <token>` header; undefined for any other header or none. */
export const bearerToken = (authorization: string | undefined): string | undefined =>
  authorization?.match(/^Bearer\s+(\S+)$/i)?.[1]
