/** @module Where the local CA lives by default, and its certificate's file name: read by the CLI without loading the X.509 code. */
import { homedir } from 'node:os'
import { join } from 'node:path'

export const CA_CERT_FILE = 'ca.pem'

/** `$XDG_CONFIG_HOME/zoom-lti-mock/ca`, else `~/.config/zoom-lti-mock/ca`. */
export const defaultCaDir = (env: NodeJS.ProcessEnv): string =>
  join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'zoom-lti-mock', 'ca')
