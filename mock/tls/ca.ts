/** @module The local certificate authority: a P-256 key and certificate in a folder of the user's (0700, files 0600), made on first use; the key is read there and never written anywhere else. */
import 'reflect-metadata'
import { createPrivateKey, X509Certificate as NodeCertificate, randomBytes, webcrypto } from 'node:crypto'
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { AsnConvert } from '@peculiar/asn1-schema'
import {
  GeneralName,
  GeneralSubtree,
  GeneralSubtrees,
  id_ce_nameConstraints,
  NameConstraints,
} from '@peculiar/asn1-x509'
import * as x509 from '@peculiar/x509'
import { CA_CERT_FILE } from './ca-dir.js'
import { EMULATED_HOSTS } from './hosts.js'

/** ECDSA P-256 with SHA-256: what curl, Python's ssl, Node and PHP all accept. */
export const SIGNING = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const
export const { subtle } = webcrypto
const CA_KEY_FILE = 'ca-key.pem'
const CA_NAME = 'CN=zoom-lti-mock local CA, O=zoom-lti-mock'
const CA_VALIDITY_MS = 10 * 365 * 24 * 3_600_000
const CREATION_WAIT_MS = 2_000

export interface LocalCa {
  dir: string
  /** The certificate clients trust (`ca.pem`). */
  certFile: string
  certificate: x509.X509Certificate
  /** Non-extractable: it signs leaf certificates and cannot be read back. */
  signingKey: webcrypto.CryptoKey
  /** Whether this call made the CA (first use of the folder). */
  created: boolean
}

/** A CA folder the command cannot use: the message says what to do. */
export class CaError extends Error {
  override readonly name = 'CaError'
}

/** The CA in `dir`, made there first if the folder has none. */
export async function openCa(dir: string, now = new Date()): Promise<LocalCa> {
  const certFile = join(dir, CA_CERT_FILE)
  const keyFile = join(dir, CA_KEY_FILE)
  let created = false
  if (!existsSync(keyFile)) created = await createCa(dir, keyFile, certFile, now)
  await waitFor(certFile)
  const mode = statSync(keyFile).mode & 0o777
  if (mode & 0o077)
    throw new CaError(
      `${keyFile} can be read by others (mode ${mode.toString(8)}): chmod 600 it, or delete ${dir} to make a new CA`,
    )
  const keyPem = readFileSync(keyFile, 'utf8')
  const certPem = readFileSync(certFile, 'utf8')
  const unusable = (why: string) =>
    new CaError(`The CA in ${dir} ${why}: delete the folder to make a new one, then trust its ca.pem again`)
  let certificate: x509.X509Certificate
  try {
    certificate = new x509.X509Certificate(certPem)
    if (!new NodeCertificate(certPem).checkPrivateKey(createPrivateKey(keyPem)))
      throw unusable('has a key that does not match its certificate')
  } catch (error) {
    throw error instanceof CaError ? error : unusable(`cannot be read (${(error as Error).message})`)
  }
  if (certificate.notAfter.getTime() <= now.getTime())
    throw unusable(`expired on ${certificate.notAfter.toISOString()}`)
  const der = x509.PemConverter.decode(keyPem)[0] as ArrayBuffer
  const signingKey = await subtle.importKey('pkcs8', der, SIGNING, false, ['sign'])
  return { dir, certFile, certificate, signingKey, created }
}

/**
 * Writes a new key and certificate. The key is linked into place, which fails if it exists: of
 * two processes making the same folder's CA at once, one wins and the other reads its files.
 */
async function createCa(dir: string, keyFile: string, certFile: string, now: Date): Promise<boolean> {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const keys = await subtle.generateKey(SIGNING, true, ['sign', 'verify'])
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial(),
    name: CA_NAME,
    notBefore: new Date(now.getTime() - 3_600_000),
    notAfter: new Date(now.getTime() + CA_VALIDITY_MS),
    signingAlgorithm: SIGNING,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      onlyEmulatedHosts(),
    ],
  })
  const pkcs8 = await subtle.exportKey('pkcs8', keys.privateKey)
  const pending = join(dir, `.${CA_KEY_FILE}.${randomBytes(6).toString('hex')}`)
  writeFileSync(pending, x509.PemConverter.encode(pkcs8, 'PRIVATE KEY'), { mode: 0o600, flag: 'wx' })
  try {
    linkSync(pending, keyFile)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  } finally {
    rmSync(pending, { force: true })
  }
  writeFileSync(certFile, certificate.toString('pem'), { mode: 0o600 })
  return true
}

/**
 * Name Constraints (critical): the CA vouches only for the emulated hosts' names and for no IP
 * address, so that its key, were it to leak, could not make a certificate any client accepts for
 * another site.
 */
function onlyEmulatedHosts(): x509.Extension {
  const subtrees = (names: GeneralName[]) =>
    new GeneralSubtrees(names.map((base) => new GeneralSubtree({ base })))
  const constraints = new NameConstraints({
    permittedSubtrees: subtrees(EMULATED_HOSTS.map((dNSName) => new GeneralName({ dNSName }))),
    excludedSubtrees: subtrees([
      new GeneralName({ iPAddress: '0.0.0.0/0' }),
      new GeneralName({ iPAddress: '::/0' }),
    ]),
  })
  return new x509.Extension(id_ce_nameConstraints, true, AsnConvert.serialize(constraints))
}

/** Another process may have linked the key and not yet written the certificate. */
async function waitFor(file: string): Promise<void> {
  const deadline = Date.now() + CREATION_WAIT_MS
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new CaError(`${file} is missing: delete its folder to make a new CA`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

/** 16 random bytes, the first below 0x80 so that the serial stays a positive integer. */
export const randomSerial = (): string => {
  const bytes = randomBytes(16)
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x01
  return bytes.toString('hex')
}
