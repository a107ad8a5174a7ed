/** @module What the journal never shows: secret headers, query and form parameters and JSON fields, each read as `[redacted]`. */

export const REDACTED = '[redacted]'

/** Query and form parameters whose values are credentials; a bare `key` is an identifier in the APIs emulated, and stays. */
export const SECRET_PARAMETERS: ReadonlySet<string> = new Set([
  'subscription-key',
  'access_token',
  'refresh_token',
  'id_token',
  'token',
  'client_secret',
  'client_assertion',
  'assertion',
  'secret',
  'signature',
  'code',
  'code_verifier',
  'password',
])

/** Headers that carry credentials, besides any whose name mentions a subscription key, token, secret, signature or API key. */
const SECRET_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
])
const SECRET_HEADER_PATTERN = /subscription-key|token|secret|signature|api-key/

const isSecretHeader = (name: string): boolean => SECRET_HEADERS.has(name) || SECRET_HEADER_PATTERN.test(name)

/**
 * JSON fields whose values are credentials, compared without case, `-` or `_` (`client_secret`,
 * `clientSecret`). Meeting passcodes are meeting data the APIs answer in plain, and stay.
 */
const SECRET_FIELDS: ReadonlySet<string> = new Set([
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'token',
  'admintoken',
  'clientsecret',
  'jwtsecret',
  'secret',
  'secrettoken',
  'signature',
  'subscriptionkey',
  'studentkey',
  'apikey',
  'authorization',
  'assertion',
  'clientassertion',
  'codeverifier',
])

const isSecretField = (name: string): boolean => SECRET_FIELDS.has(name.replace(/[-_]/g, '').toLowerCase())

/** `pairs` is name, value, name, value … (names lower-case); a repeated name's values are joined with `, `. */
export function redactedHeaders(pairs: readonly string[]): Record<string, string> {
  const headers = new Map<string, string>()
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const [name, value] = [pairs[i] as string, pairs[i + 1] as string]
    const shown = isSecretHeader(name) ? REDACTED : value
    headers.set(name, headers.has(name) && shown !== REDACTED ? `${headers.get(name)}, ${shown}` : shown)
  }
  // Object.fromEntries defines each name as an own property, so `__proto__` is just a name here.
  return Object.fromEntries(headers)
}

export function redactedQuery(params: URLSearchParams): Record<string, string | string[]> {
  // Object.fromEntries defines each name as an own property, so `__proto__` is just a name here.
  return Object.fromEntries(
    [...new Set(params.keys())].map((name) => {
      const values = params
        .getAll(name)
        .map((value) => (SECRET_PARAMETERS.has(name.toLowerCase()) ? REDACTED : value))
      return [name, values.length === 1 ? (values[0] as string) : values]
    }),
  )
}

function decodedName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' ')).toLowerCase()
  } catch {
    return raw.toLowerCase()
  }
}

/** `a=1&client_secret=x` → `a=1&client_secret=[redacted]`: the rest of the text verbatim. */
export const redactedForm = (text: string): string =>
  text
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=')
      if (equals < 0) return pair
      const name = pair.slice(0, equals)
      return SECRET_PARAMETERS.has(decodedName(name)) ? `${name}=${REDACTED}` : pair
    })
    .join('&')

/** A copy of a parsed JSON value with every secret field's value redacted, at any depth. */
export function redactedJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactedJson)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value).map(([name, field]) => [
      name,
      isSecretField(name) ? REDACTED : redactedJson(field),
    ]),
  )
}

/** A JSON string token (its closing quote may be cut off) or a run of anything else. */
const JSON_TOKENS = /"(?:[^"\\]|\\.?)*(?:"|$)|[^"]+/g
const AFTER_KEY = /^(\s*:\s*)([^\s,{}[\]]*)/

function keyName(token: string): string {
  try {
    return JSON.parse(token) as string
  } catch {
    return token.slice(1, -1)
  }
}

/** For JSON cut short, which no longer parses: the string or scalar value of each secret field redacted in the text. */
export function redactedJsonText(text: string): string {
  const tokens = text.match(JSON_TOKENS) ?? []
  let out = ''
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string
    const after = tokens[i + 1]?.match(AFTER_KEY)
    out += token
    if (!after || !token.startsWith('"') || !isSecretField(keyName(token))) continue
    const [, colon = '', scalar = ''] = after
    const run = tokens[i + 1] as string
    i++
    if (scalar !== '') out += `${colon}"${REDACTED}"${run.slice(colon.length + scalar.length)}`
    else if (run.length === colon.length && tokens[i + 1] !== undefined) {
      out += `${colon}"${REDACTED}"`
      i++
    } else out += run
  }
  return out
}
