import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A PEM key and certificate for the HTTP/2 server (TLS: browsers speak h2 only over TLS). */
export interface TlsPair {
  readonly key: string;
  readonly cert: string;
}

/** One file holds the key and the certificate, so that a start sees a whole pair or none. */
export const CERT_FILE = 'localhost.pem';
/** Long enough to forget, below the 825 days browsers accept for a leaf certificate. */
const VALID_DAYS = 800;
/** A certificate this close to its end is made again rather than expiring mid-lecture. */
const RENEW_BEFORE_MS = 7 * 24 * 3600 * 1000;

/**
 * The self-signed certificate for `localhost` and `127.0.0.1` in `certDir`, made on first use
 * with the `openssl` command (no npm package writes X.509 for us, and Node's crypto cannot sign
 * a certificate). It is nobody's secret: it only lets a browser on this machine speak h2 to
 * localhost once the user accepts it; it stays out of git (.gitignore: .cert/).
 */
export function localhostCertificate(certDir: string, nowMs: number): TlsPair {
  const file = join(certDir, CERT_FILE);
  const existing = existsSync(file) ? readPair(file, nowMs) : null;
  if (existing !== null) return existing;
  mkdirSync(certDir, { recursive: true });
  // Made beside the final name and renamed into place: two starts at once (the e2e servers, a
  // test) each make a whole file and the last rename wins, never a key of one and a cert of another.
  const work = join(certDir, `.new-${process.pid}-${Date.now()}`);
  mkdirSync(work);
  try {
    const made = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        String(VALID_DAYS),
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
        '-keyout',
        join(work, 'key.pem'),
        '-out',
        join(work, 'cert.pem'),
      ],
      { encoding: 'utf8' },
    );
    if (made.error !== undefined || made.status !== 0) {
      const why =
        made.error !== undefined
          ? `the "openssl" command could not run (${made.error.message})`
          : `"openssl req" failed: ${made.stderr.trim()}`;
      throw new Error(
        `The HTTP/2 server needs a TLS certificate for localhost, and ${why}. Install OpenSSL ` +
          `(Debian: apt-get install -y openssl) and start again, or put a PEM private key ` +
          `followed by its certificate (subjectAltName localhost and 127.0.0.1) in ${file}.`,
      );
    }
    const pem =
      readFileSync(join(work, 'key.pem'), 'utf8') + readFileSync(join(work, 'cert.pem'), 'utf8');
    writeFileSync(join(work, CERT_FILE), pem, { mode: 0o600 });
    renameSync(join(work, CERT_FILE), file);
    return { key: pem, cert: pem };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The pair in `file`, or null when it is unreadable or (nearly) expired: then it is made again. */
function readPair(file: string, nowMs: number): TlsPair | null {
  try {
    const pem = readFileSync(file, 'utf8');
    const validToMs = Date.parse(new X509Certificate(pem).validTo);
    if (!pem.includes('PRIVATE KEY') || !(validToMs - RENEW_BEFORE_MS > nowMs)) return null;
    return { key: pem, cert: pem };
  } catch {
    return null;
  }
}
