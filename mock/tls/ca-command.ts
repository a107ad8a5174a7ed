/** @module `zoom-lti-mock ca`: makes the local CA if its folder has none, and prints its certificate's path with the commands that trust it. */
import { parseArgs } from 'node:util'
import { UsageError } from '../cli-options.js'
import { type LocalCa, openCa } from './ca.js'
import { defaultCaDir } from './ca-dir.js'
import { EMULATED_HOSTS } from './hosts.js'

export const CA_HELP = `Usage: zoom-lti-mock ca [--ca-dir <dir>] [--path]

Makes the local certificate authority in <dir> if it has none (default
$XDG_CONFIG_HOME/zoom-lti-mock/ca, or ~/.config/zoom-lti-mock/ca), and prints
its certificate with the commands that make clients trust it.

  --ca-dir <dir>   the CA's folder (env ZOOM_LTI_MOCK_CA_DIR)
  --path           print the certificate's path alone
  -h, --help       show this help
`

/** A path as a shell reads it back. */
const quoted = (path: string) => (/^[\w./+-]+$/.test(path) ? path : `'${path.replaceAll("'", `'\\''`)}'`)

/** What `ca` prints: the certificate, where its key stays, and how each kind of client trusts it. */
export function trustInstructions(ca: LocalCa): string {
  const file = quoted(ca.certFile)
  return `zoom-lti-mock's local CA: ${ca.certFile}
${ca.created ? 'made now' : 'made before'}, valid until ${ca.certificate.notAfter.toISOString()}; its key
stays in ${ca.dir} (ca-key.pem, readable by you alone) and is never sent.

Trust it, as your client reads certificates:
  # curl: for one call, or for every call
  curl --cacert ${file} https://api.zoom.us/v2/users
  export CURL_CA_BUNDLE=${file}
  # Node.js: added to its own list
  export NODE_EXTRA_CA_CERTS=${file}
  # Python requests: replaces certifi's list
  export REQUESTS_CA_BUNDLE=${file}
  # OpenSSL (Python's ssl and urllib, Ruby): replaces the system's list
  export SSL_CERT_FILE=${file}
  # Debian, Ubuntu: the whole system (PHP and Moodle included)
  sudo cp ${file} /usr/local/share/ca-certificates/zoom-lti-mock.crt && sudo update-ca-certificates

Then either
  zoom-lti-mock --proxy, and export HTTPS_PROXY=http://127.0.0.1:4010
or
  zoom-lti-mock --https 443, with /etc/hosts entries for ${EMULATED_HOSTS.join(', ')}
`
}

export async function runCaCommand(
  args: string[],
  env: NodeJS.ProcessEnv,
  print: (text: string) => void,
): Promise<void> {
  const values = parseCaArgs(args)
  if (values.help) return print(CA_HELP)
  const ca = await openCa(values['ca-dir'] ?? (env.ZOOM_LTI_MOCK_CA_DIR || defaultCaDir(env)))
  print(values.path ? `${ca.certFile}\n` : trustInstructions(ca))
}

function parseCaArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        'ca-dir': { type: 'string' },
        path: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values
  } catch (error) {
    throw new UsageError(`ca: ${(error as Error).message.split('\n')[0]}`)
  }
}
