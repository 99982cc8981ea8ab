import { WechatPayCryptoError } from "./errors";

const RSA_SHA256 = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" } as const;
const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** An encrypted `resource` as WeChat Pay sends it (notifications) or `encrypt_certificate` (certificate list). */
export type EncryptedResource = {
  algorithm?: string;
  ciphertext: string;
  nonce: string;
  associated_data?: string | null;
};

// ---------- Base64 (standard alphabet, padded, as WeChat Pay uses) ----------

export function base64Encode(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64Decode(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// ---------- PEM and DER ----------

/** The DER bytes inside a PEM block with the given label (e.g. "PRIVATE KEY", "CERTIFICATE"). */
export function pemToDer(pem: string, label: string): Uint8Array<ArrayBuffer> {
  // Secrets pasted into dashboards often arrive with literal "\n" sequences instead of newlines.
  const text = pem.replace(/\\n/g, "\n");
  const match = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(text);
  if (!match) throw new WechatPayCryptoError(`expected a PEM block "${label}"`);
  try {
    return base64Decode(match[1]!.replace(/\s+/g, ""));
  } catch (cause) {
    throw new WechatPayCryptoError(`PEM block "${label}" is not valid Base64`, { cause });
  }
}

export function pemLabel(pem: string): string | null {
  return /-----BEGIN ([A-Z0-9 ]+)-----/.exec(pem)?.[1] ?? null;
}

type DerNode = { tag: number; start: number; contentStart: number; end: number };

function readDer(der: Uint8Array, offset: number): DerNode {
  const tag = der[offset];
  let lengthByte = der[offset + 1];
  if (tag === undefined || lengthByte === undefined) throw new WechatPayCryptoError("truncated DER");
  let cursor = offset + 2;
  let length = lengthByte;
  if (lengthByte & 0x80) {
    const count = lengthByte & 0x7f;
    if (count === 0 || count > 4) throw new WechatPayCryptoError("unsupported DER length");
    length = 0;
    for (let i = 0; i < count; i++) {
      lengthByte = der[cursor++];
      if (lengthByte === undefined) throw new WechatPayCryptoError("truncated DER");
      length = length * 256 + lengthByte;
    }
  }
  const end = cursor + length;
  if (end > der.length) throw new WechatPayCryptoError("truncated DER");
  return { tag, start: offset, contentStart: cursor, end };
}

function derChildren(der: Uint8Array, node: DerNode): DerNode[] {
  const children: DerNode[] = [];
  for (let offset = node.contentStart; offset < node.end; ) {
    const child = readDer(der, offset);
    children.push(child);
    offset = child.end;
  }
  return children;
}

function derLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

function derWrap(tag: number, content: Uint8Array): Uint8Array<ArrayBuffer> {
  const header = [tag, ...derLength(content.length)];
  const out = new Uint8Array(header.length + content.length);
  out.set(header);
  out.set(content, header.length);
  return out;
}

// PrivateKeyInfo prefix: version 0 and AlgorithmIdentifier rsaEncryption (1.2.840.113549.1.1.1) with NULL parameters.
const PKCS8_RSA_PREFIX = [
  0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
];

/** Wraps a PKCS#1 `RSAPrivateKey` into PKCS#8, the only private key format WebCrypto imports. */
function pkcs1ToPkcs8(pkcs1: Uint8Array): Uint8Array<ArrayBuffer> {
  const octets = derWrap(0x04, pkcs1);
  const body = new Uint8Array(PKCS8_RSA_PREFIX.length + octets.length);
  body.set(PKCS8_RSA_PREFIX);
  body.set(octets, PKCS8_RSA_PREFIX.length);
  return derWrap(0x30, body);
}

export type CertificateInfo = {
  /** Upper-case hex without leading zeros, as WeChat Pay writes serials (`Wechatpay-Serial`, `serial_no`). */
  serialNo: string;
  /** DER SubjectPublicKeyInfo, importable as `spki`. */
  spki: Uint8Array<ArrayBuffer>;
};

/**
 * Reads serial number and SubjectPublicKeyInfo from an X.509 certificate (WebCrypto cannot import certificates).
 * Validity dates are deliberately not checked: WeChat Pay rotates certificates by serial, not by date.
 */
export function parseCertificate(pem: string): CertificateInfo {
  const der = pemToDer(pem, "CERTIFICATE");
  const certificate = readDer(der, 0);
  const tbs = derChildren(der, certificate)[0];
  if (certificate.tag !== 0x30 || !tbs || tbs.tag !== 0x30) throw new WechatPayCryptoError("not an X.509 certificate");
  const fields = derChildren(der, tbs);
  // tbsCertificate: [0] version (optional), serialNumber, signature, issuer, validity, subject, subjectPublicKeyInfo
  const offset = fields[0]?.tag === 0xa0 ? 1 : 0;
  const serial = fields[offset];
  const spki = fields[offset + 5];
  if (serial?.tag !== 0x02 || spki?.tag !== 0x30) throw new WechatPayCryptoError("not an X.509 certificate");
  const serialHex = Array.from(der.subarray(serial.contentStart, serial.end), (b) => b.toString(16).padStart(2, "0"))
    .join("")
    .replace(/^0+(?=.)/, "")
    .toUpperCase();
  return { serialNo: serialHex, spki: der.slice(spki.start, spki.end) };
}

// ---------- Keys ----------

/** The merchant API private key (`apiclient_key.pem`, PKCS#8; PKCS#1 is accepted and converted). */
export async function importPrivateKey(pem: string): Promise<CryptoKey> {
  const der =
    pemLabel(pem) === "RSA PRIVATE KEY" ? pkcs1ToPkcs8(pemToDer(pem, "RSA PRIVATE KEY")) : pemToDer(pem, "PRIVATE KEY");
  try {
    return await crypto.subtle.importKey("pkcs8", der, RSA_SHA256, false, ["sign"]);
  } catch (cause) {
    throw new WechatPayCryptoError("the private key is not an RSA PKCS#8 key", { cause });
  }
}

/** A verification key from a `PUBLIC KEY` (SPKI) PEM or a `CERTIFICATE` PEM. */
export async function importPublicKey(pem: string): Promise<CryptoKey> {
  const der = pemLabel(pem) === "CERTIFICATE" ? parseCertificate(pem).spki : pemToDer(pem, "PUBLIC KEY");
  try {
    return await crypto.subtle.importKey("spki", der, RSA_SHA256, false, ["verify"]);
  } catch (cause) {
    throw new WechatPayCryptoError("the public key is not an RSA SubjectPublicKeyInfo", { cause });
  }
}

// ---------- RSA SHA256withRSA ----------

/** SHA256withRSA (RSASSA-PKCS1-v1_5) over the UTF-8 bytes of `message`, Base64. */
export async function signMessage(message: string, privateKey: CryptoKey): Promise<string> {
  const signature = await crypto.subtle.sign(RSA_SHA256, privateKey, utf8.encode(message));
  return base64Encode(new Uint8Array(signature));
}

/** Never throws: malformed Base64 or a wrong-length signature is simply not valid. */
export async function verifySignature(message: string, signature: string, publicKey: CryptoKey): Promise<boolean> {
  if (!signature) return false;
  try {
    return await crypto.subtle.verify(RSA_SHA256, publicKey, base64Decode(signature), utf8.encode(message));
  } catch {
    return false;
  }
}

// ---------- AEAD_AES_256_GCM ----------

async function importAesKey(rawKey: Uint8Array<ArrayBuffer>, usage: "encrypt" | "decrypt"): Promise<CryptoKey> {
  try {
    return await crypto.subtle.importKey("raw", rawKey, "AES-GCM", false, [usage]);
  } catch (cause) {
    throw new WechatPayCryptoError("invalid AES key length", { cause });
  }
}

/**
 * AES-GCM with an arbitrary raw key (16/24/32 bytes), 128-bit tag appended to the ciphertext (RFC 5116).
 * Production code goes through `decryptResource`, which insists on a 32-byte APIv3 key.
 */
export async function aesGcmDecrypt(rawKey: Uint8Array<ArrayBuffer>, resource: EncryptedResource): Promise<string> {
  const key = await importAesKey(rawKey, "decrypt");
  let ciphertext: Uint8Array<ArrayBuffer>;
  try {
    ciphertext = base64Decode(resource.ciphertext);
  } catch (cause) {
    throw new WechatPayCryptoError("ciphertext is not valid Base64", { cause });
  }
  try {
    const plaintext = await crypto.subtle.decrypt(
      {
        name: "AES-GCM",
        iv: utf8.encode(resource.nonce),
        additionalData: utf8.encode(resource.associated_data ?? ""),
        tagLength: 128,
      },
      key,
      ciphertext,
    );
    return utf8Decoder.decode(plaintext);
  } catch (cause) {
    throw new WechatPayCryptoError("decryption failed", { cause });
  }
}

export async function aesGcmEncrypt(
  rawKey: Uint8Array<ArrayBuffer>,
  plaintext: string,
  nonce: string,
  associatedData: string,
): Promise<string> {
  const key = await importAesKey(rawKey, "encrypt");
  const ciphertext = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv: utf8.encode(nonce), additionalData: utf8.encode(associatedData), tagLength: 128 },
    key,
    utf8.encode(plaintext),
  );
  return base64Encode(new Uint8Array(ciphertext));
}

/** The APIv3 key as AES-256 key bytes; anything but 32 bytes is a configuration error. */
export function apiV3KeyBytes(apiV3Key: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(utf8.encode(apiV3Key));
  if (bytes.length !== 32) throw new WechatPayCryptoError("the APIv3 key must be exactly 32 bytes");
  return bytes;
}

/** Decrypts a notification resource or an `encrypt_certificate` with the merchant's APIv3 key. */
export async function decryptResource(resource: EncryptedResource, apiV3Key: string): Promise<string> {
  if (resource.algorithm !== undefined && resource.algorithm !== "AEAD_AES_256_GCM") {
    throw new WechatPayCryptoError("unsupported algorithm");
  }
  return aesGcmDecrypt(apiV3KeyBytes(apiV3Key), resource);
}

/** Encrypts like WeChat Pay does for notifications (used by the simulator and the test server). */
export async function encryptResource(
  plaintext: string,
  apiV3Key: string,
  options: { associatedData: string; nonce?: string },
): Promise<Required<EncryptedResource>> {
  const nonce = options.nonce ?? generateNonce(12);
  const ciphertext = await aesGcmEncrypt(apiV3KeyBytes(apiV3Key), plaintext, nonce, options.associatedData);
  return { algorithm: "AEAD_AES_256_GCM", ciphertext, nonce, associated_data: options.associatedData };
}

// ---------- Nonces ----------

const NONCE_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** `length` characters from [0-9A-Za-z], uniformly (rejection sampling avoids the modulo bias of 256 % 62). */
export function generateNonce(length = 32): string {
  let out = "";
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < 248 && out.length < length) out += NONCE_ALPHABET[byte % 62];
    }
  }
  return out;
}
