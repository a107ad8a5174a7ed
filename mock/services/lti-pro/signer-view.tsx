/** @module The LTI signing helper's form: what to sign, and where the page's script writes the base string, signature and curl command. */
import type { FC } from 'hono/jsx'
import type { World } from '../../core/world.js'
import { Section } from '../../dashboard/components.js'

const LTI_BASE = '/api/v1/lti/rich'

const course = { contextId: 'demo-context-2', domain: 'https://lms.example.edu', courseId: '102' }
const bulkItems = JSON.stringify([{ meetingId: '81000000007', ...course }])

/** Each endpoint with example parameters (one `name=value` a line) and body. */
const ENDPOINTS = [
  { endpoint: 'GET /open/meeting/list', params: 'isUpComing=true\npageNum=1\npageSize=30\nuserId=demo-host' },
  { endpoint: 'POST /meeting/bulkImport', params: '', body: bulkItems },
  { endpoint: 'PUT /meeting/bulkDisassociate', params: '', body: bulkItems },
  {
    endpoint: 'POST /meeting/createAndAssociate',
    params: '',
    body: JSON.stringify({
      userId: 'demo-host',
      ...course,
      meetingInfo: { topic: 'Extra consultation', type: 2, duration: 60, timezone: 'Asia/Singapore' },
    }),
  },
]

export const SigningHelper: FC<{ world: World }> = ({ world }) => {
  const [first] = ENDPOINTS
  return (
    <Section
      id="signing"
      title="LTI signature helper"
      note="Base string: every query parameter sorted by name, name=value joined by &, raw values; signature: HMAC-SHA1 with the secret, base64url without padding. Computed in this page: the secret is never sent."
    >
      <form id="signer" data-base={LTI_BASE} autocomplete="off">
        <label class="wide">
          Endpoint
          <select name="endpoint">
            {ENDPOINTS.map((e) => (
              <option value={e.endpoint} data-params={e.params} data-body={e.body ?? ''}>
                {e.endpoint}
              </option>
            ))}
          </select>
        </label>
        <label>
          key
          <input name="key" value={world.credentials.lti.key} spellcheck={false} />
        </label>
        <label>
          secret
          <input name="secret" value={world.credentials.lti.secret} spellcheck={false} />
        </label>
        <label class="wide">
          timestamp (ms, emulator clock)
          <span class="row">
            <input name="timestamp" value={String(world.clock.now())} inputmode="numeric" />
            <button type="button" data-action="signer-now">
              Emulator now
            </button>
          </span>
        </label>
        <label class="wide">
          other query parameters, one name=value a line
          <textarea name="params" rows={4} spellcheck={false}>
            {first?.params}
          </textarea>
        </label>
        <label class="wide">
          JSON body (bulk endpoints: a top-level userId is signed too)
          <textarea name="body" rows={2} spellcheck={false}></textarea>
        </label>
        <dl class="wide signed">
          <dt>base string</dt>
          <dd>
            <output id="signer-base" />
          </dd>
          <dt>X-Lti-Signature</dt>
          <dd>
            <output id="signer-signature" />
          </dd>
        </dl>
        <pre id="signer-curl" class="wide" />
        <p class="wide">
          <button type="submit">Send this request</button>
        </p>
        <pre id="signer-result" class="wide" aria-live="polite" />
      </form>
    </Section>
  )
}
