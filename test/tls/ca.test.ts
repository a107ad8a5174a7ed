/** @module The local CA: `zoom-lti-mock ca` makes it (0700 folder, 0600 files) and says how to trust it; the leaf certificates it issues; folders it refuses. */
import 'reflect-metadata'
import { createPrivateKey, X509Certificate } from 'node:crypto'
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { createServer as createTlsServer, connect as tlsConnect } from 'node:tls'
import { fileURLToPath } from 'node:url'
import * as x509 from '@peculiar/x509'
import { afterAll, describe, expect, test } from 'vitest'
import { CaError, type LocalCa, openCa, randomSerial, SIGNING, subtle } from '../../mock/tls/ca.js'
import { leafCertificates } from '../../mock/tls/leaf-certificates.js'
import { run, startTlsServer, tempCaDir } from './tls-helpers.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const DAY_MS = 24 * 3_600_000
const folders: ReturnType<typeof tempCaDir>[] = []
const newFolder = () => {
  const folder = tempCaDir()
  folders.push(folder)
  return folder.dir
}

afterAll(() => {
  for (const folder of folders) folder.remove()
})

/** `zoom-lti-mock ca …args`, as the package's command runs it. */
const caCommand = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  run(process.execPath, ['--import', 'tsx', join(ROOT, 'mock/cli.ts'), 'ca', ...args], {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...env,
  })

describe('zoom-lti-mock ca', () => {
  test('makes the CA in a 0700 folder with 0600 files and prints its path with the commands that trust it', async () => {
    const dir = newFolder()
    const made = await caCommand(['--ca-dir', dir])
    expect(made.code).toBe(0)
    const certFile = join(dir, 'ca.pem')
    expect(made.stdout).toContain(`zoom-lti-mock's local CA: ${certFile}\nmade now`)
    for (const command of [
      `curl --cacert ${certFile} https://api.zoom.us/v2/users`,
      `export CURL_CA_BUNDLE=${certFile}`,
      `export NODE_EXTRA_CA_CERTS=${certFile}`,
      `export REQUESTS_CA_BUNDLE=${certFile}`,
      `export SSL_CERT_FILE=${certFile}`,
      `sudo cp ${certFile} /usr/local/share/ca-certificates/zoom-lti-mock.crt && sudo update-ca-certificates`,
      'export HTTPS_PROXY=http://127.0.0.1:4010',
    ])
      expect(made.stdout).toContain(command)
    expect(statSync(dir).mode & 0o777).toBe(0o700)
    expect(statSync(certFile).mode & 0o777).toBe(0o600)
    expect(statSync(join(dir, 'ca-key.pem')).mode & 0o777).toBe(0o600)

    const again = await caCommand(['--ca-dir', dir, '--path'])
    expect(again).toEqual({ code: 0, stdout: `${certFile}\n`, stderr: '' })
  })

  test('keeps its CA across runs, and prints no key', async () => {
    const dir = newFolder()
    await caCommand(['--ca-dir', dir])
    const certificate = readFileSync(join(dir, 'ca.pem'), 'utf8')
    const second = await caCommand(['--ca-dir', dir])
    expect(second.stdout).toContain('made before')
    expect(readFileSync(join(dir, 'ca.pem'), 'utf8')).toBe(certificate)
    const keyLines = readFileSync(join(dir, 'ca-key.pem'), 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('-'))
    for (const line of keyLines.filter(Boolean)) expect(second.stdout + second.stderr).not.toContain(line)
  })

  test('finds its folder in ZOOM_LTI_MOCK_CA_DIR, else under XDG_CONFIG_HOME', async () => {
    const dir = newFolder()
    expect((await caCommand(['--path'], { ZOOM_LTI_MOCK_CA_DIR: dir })).stdout).toBe(
      `${join(dir, 'ca.pem')}\n`,
    )
    const config = newFolder()
    expect((await caCommand(['--path'], { XDG_CONFIG_HOME: config })).stdout).toBe(
      `${join(config, 'zoom-lti-mock', 'ca', 'ca.pem')}\n`,
    )
  })

  test('two runs that make the same folder at once agree on one CA, whose key matches its certificate', async () => {
    const dir = newFolder()
    const [first, second] = await Promise.all([caCommand(['--ca-dir', dir]), caCommand(['--ca-dir', dir])])
    expect([first?.code, second?.code]).toEqual([0, 0])
    expect([first, second].filter((made) => made?.stdout.includes('made now'))).toHaveLength(1)
    const certificate = new X509Certificate(readFileSync(join(dir, 'ca.pem')))
    expect(certificate.checkPrivateKey(createPrivateKey(readFileSync(join(dir, 'ca-key.pem'))))).toBe(true)
  })

  test('refuses a key others can read, naming the fix', async () => {
    const dir = newFolder()
    await caCommand(['--ca-dir', dir])
    chmodSync(join(dir, 'ca-key.pem'), 0o644)
    const refused = await caCommand(['--ca-dir', dir])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(
      `zoom-lti-mock: ${join(dir, 'ca-key.pem')} can be read by others (mode 644): chmod 600 it`,
    )
  })

  test('refuses a certificate that is not its key’s and an unknown option, and shows its help', async () => {
    const dir = newFolder()
    const other = newFolder()
    await Promise.all([caCommand(['--ca-dir', dir]), caCommand(['--ca-dir', other])])
    writeFileSync(join(dir, 'ca.pem'), readFileSync(join(other, 'ca.pem')))
    const refused = await caCommand(['--ca-dir', dir])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(
      `The CA in ${dir} has a key that does not match its certificate: delete the folder`,
    )
    const help = await caCommand(['--help'])
    expect(help.stdout).toMatch(/^Usage: zoom-lti-mock ca \[--ca-dir <dir>\] \[--path\]\n/)
    const unknown = await caCommand(['--bogus'])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain("zoom-lti-mock: ca: Unknown option '--bogus'")
  })
})

describe('the CA and its leaf certificates', () => {
  test('the CA is a CA; the leaf served for an emulated host names it alone, is signed by the CA and lasts 7 days', async () => {
    const tls = await startTlsServer()
    try {
      const caCertificate = new X509Certificate(readFileSync(tls.caFile))
      expect(caCertificate.ca).toBe(true)
      expect(caCertificate.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1')
      const leaf = await new Promise<X509Certificate>((resolve, reject) => {
        const client = tlsConnect(
          {
            port: tls.server.httpsPort as number,
            host: '127.0.0.1',
            servername: 'API.zoom.us',
            ca: caCertificate.toString(),
          },
          () => {
            resolve(client.getPeerX509Certificate() as X509Certificate)
            client.destroy()
          },
        )
        client.once('error', reject)
      })
      expect(leaf.subjectAltName).toBe('DNS:api.zoom.us')
      expect(leaf.ca).toBe(false)
      expect(leaf.checkIssued(caCertificate)).toBe(true)
      expect(leaf.verify(caCertificate.publicKey)).toBe(true)
      expect(Date.parse(leaf.validTo) - Date.now()).toBeGreaterThan(7 * DAY_MS - 60_000)
      expect(Date.parse(leaf.validTo) - Date.now()).toBeLessThanOrEqual(7 * DAY_MS)
    } finally {
      await tls.close()
    }
  })

  test('a leaf is issued once and again a day before it expires; other names get none', async () => {
    const leaves = leafCertificates(await openCa(newFolder()))
    const now = Date.now()
    const first = await leaves.contextFor('zoom.us', now)
    expect(await leaves.contextFor('zoom.us', now + 5 * DAY_MS)).toBe(first)
    const renewed = await leaves.contextFor('zoom.us', now + 6.5 * DAY_MS)
    expect(renewed).not.toBe(first)
    expect(await leaves.contextFor('zoom.us', now + 6.5 * DAY_MS)).toBe(renewed)
    expect(await leaves.contextFor('example.com', now)).toBeUndefined()
  })

  test('an expired CA is refused, naming the fix', async () => {
    const dir = newFolder()
    await openCa(dir)
    await expect(openCa(dir, new Date(Date.now() + 11 * 365 * DAY_MS))).rejects.toThrow(
      new CaError(
        `The CA in ${dir} expired on ${(await openCa(dir)).certificate.notAfter.toISOString()}: delete the folder to make a new one, then trust its ca.pem again`,
      ),
    )
  })

  test('vouches only for the emulated hosts: a leaf its key signs for another name or an IP address is refused by a client that trusts it', async () => {
    const ca = await openCa(newFolder())
    expect(await handshake(ca, { dns: 'api.zoom.us' })).toBe('ok')
    expect(await handshake(ca, { dns: 'luminus.azure-api.net' })).toBe('ok')
    expect(await handshake(ca, { dns: 'bank.example.com' })).toBe('permitted subtree violation')
    expect(await handshake(ca, { dns: 'zoom.us.example.com' })).toBe('permitted subtree violation')
    expect(await handshake(ca, { ip: '127.0.0.1' })).toBe('excluded subtree violation')
  })
})

/** A TLS handshake with a leaf `ca`'s key signs for `name`, by a client trusting `ca` alone: 'ok' or OpenSSL's reason for refusing it. */
async function handshake(ca: LocalCa, name: { dns: string } | { ip: string }): Promise<string> {
  const keys = await subtle.generateKey(SIGNING, true, ['sign', 'verify'])
  const leaf = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: 'CN=leaf',
    issuer: ca.certificate.subjectName,
    notBefore: new Date(Date.now() - 3_600_000),
    notAfter: new Date(Date.now() + DAY_MS),
    publicKey: keys.publicKey,
    signingKey: ca.signingKey,
    signingAlgorithm: SIGNING,
    extensions: [
      new x509.SubjectAlternativeNameExtension([
        'dns' in name ? { type: 'dns', value: name.dns } : { type: 'ip', value: name.ip },
      ]),
    ],
  })
  const server = createTlsServer({
    cert: leaf.toString('pem'),
    key: x509.PemConverter.encode(await subtle.exportKey('pkcs8', keys.privateKey), 'PRIVATE KEY'),
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    return await new Promise<string>((resolve) => {
      const client = tlsConnect(
        {
          port: (server.address() as AddressInfo).port,
          host: '127.0.0.1',
          ca: ca.certificate.toString('pem'),
          ...('dns' in name ? { servername: name.dns } : {}),
        },
        () => {
          resolve('ok')
          client.destroy()
        },
      )
      client.once('error', (error) => resolve(error.message))
    })
  } finally {
    server.close()
  }
}
