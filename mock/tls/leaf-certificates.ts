/** @module Leaf certificates for the emulated hosts, issued by the local CA for 7 days, kept by the server that uses them and issued again a day before they expire. */
import { createSecureContext, type SecureContext } from 'node:tls'
import * as x509 from '@peculiar/x509'
import { type LocalCa, randomSerial, SIGNING, subtle } from './ca.js'
import { isEmulatedHost } from './hosts.js'

const LEAF_VALIDITY_MS = 7 * 24 * 3_600_000
const RENEW_BEFORE_MS = 24 * 3_600_000

interface Issued {
  context: SecureContext
  notAfter: number
}

export interface LeafCertificates {
  /** The TLS context for an emulated host, or undefined for any other name. TLS clients judge certificates by the wall clock, so `now` is the wall clock, never a world's. */
  contextFor(host: string, now?: number): Promise<SecureContext | undefined>
}

export function leafCertificates(ca: LocalCa): LeafCertificates {
  const issued = new Map<string, Promise<Issued>>()
  return {
    async contextFor(host, now = Date.now()) {
      const name = host.toLowerCase()
      if (!isEmulatedHost(name)) return undefined
      const current = await issued.get(name)?.catch(() => undefined)
      if (current && current.notAfter - now >= RENEW_BEFORE_MS) return current.context
      const leaf = issue(ca, name, now)
      issued.set(name, leaf)
      try {
        return (await leaf).context
      } catch (error) {
        issued.delete(name)
        throw error
      }
    },
  }
}

async function issue(ca: LocalCa, host: string, now: number): Promise<Issued> {
  const keys = await subtle.generateKey(SIGNING, true, ['sign', 'verify'])
  const notAfter = now + LEAF_VALIDITY_MS
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: `CN=${host}`,
    issuer: ca.certificate.subjectName,
    notBefore: new Date(now - 3_600_000),
    notAfter: new Date(notAfter),
    publicKey: keys.publicKey,
    signingKey: ca.signingKey,
    signingAlgorithm: SIGNING,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: host }]),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(ca.certificate.publicKey),
    ],
  })
  const key = x509.PemConverter.encode(await subtle.exportKey('pkcs8', keys.privateKey), 'PRIVATE KEY')
  return { context: createSecureContext({ key, cert: certificate.toString('pem') }), notAfter }
}
