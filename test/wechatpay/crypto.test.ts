// Official SDK vectors, reference §6.1–6.4, 6.6, 6.7 (../shared/reference/wechatpay-v3.md).
import { describe, expect, it } from "vitest";
import {
  aesGcmDecrypt,
  aesGcmEncrypt,
  base64Encode,
  decryptResource,
  encryptResource,
  generateNonce,
  importPrivateKey,
  importPublicKey,
  parseCertificate,
  pemToDer,
  signMessage,
  verifySignature,
  WechatPayCryptoError,
} from "../../worker/lib/wechatpay";
import * as v from "./vectors";

const bytes = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;

describe("AEAD_AES_256_GCM, 32-byte APIv3 key (§6.1, Java AeadAesCipherTest)", () => {
  const apiV3Key = "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb";
  const vector = {
    ciphertext: "ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI=",
    nonce: "uluk4a9R25RW",
    associated_data: "associatedData",
  };

  it("decrypts and encrypts to the vector", async () => {
    expect(await decryptResource(vector, apiV3Key)).toBe("message");
    const encrypted = await encryptResource("message", apiV3Key, {
      associatedData: "associatedData",
      nonce: "uluk4a9R25RW",
    });
    expect(encrypted).toEqual({ algorithm: "AEAD_AES_256_GCM", ...vector });
  });

  it.each([
    ["wrong associated data", { ...vector, associated_data: "bad-associatedData" }],
    ["wrong nonce", { ...vector, nonce: "bad-4a9R25RW" }],
    ["128 zero bytes as ciphertext", { ...vector, ciphertext: base64Encode(new Uint8Array(128)) }],
    ["a flipped ciphertext bit", { ...vector, ciphertext: "vlwSiIajGClcvcOYvOQ7+l+0PAbzzwI=" }],
    ["missing associated data", { ...vector, associated_data: "" }],
  ])("rejects %s", async (_name, resource) => {
    await expect(decryptResource(resource, apiV3Key)).rejects.toBeInstanceOf(WechatPayCryptoError);
  });

  it("insists on a 32-byte APIv3 key and the AEAD_AES_256_GCM algorithm", async () => {
    await expect(decryptResource(vector, "testAPIv3Key0000")).rejects.toThrow("32 bytes");
    await expect(decryptResource({ ...vector, algorithm: "AEAD_SM4_GCM" }, apiV3Key)).rejects.toThrow("algorithm");
    await expect(encryptResource("x", "short", { associatedData: "" })).rejects.toThrow("32 bytes");
  });

  it("round-trips UTF-8 with a generated 12-character nonce", async () => {
    const encrypted = await encryptResource('{"trade_state_desc":"支付成功"}', apiV3Key, {
      associatedData: "transaction",
    });
    expect(encrypted.nonce).toMatch(/^[0-9A-Za-z]{12}$/);
    expect(await decryptResource(encrypted, apiV3Key)).toBe('{"trade_state_desc":"支付成功"}');
  });
});

describe("platform certificate download (§6.2, Java TestConfig.DOWNLOAD_CERTIFICATE_RESPONSE)", () => {
  const resource = {
    algorithm: "AEAD_AES_256_GCM",
    associated_data: "certificate",
    nonce: "14b16c03dc1b",
    ciphertext: v.javaDownloadCertCiphertext.trim(),
  };

  it("decrypts to the certificate PEM whose serial is the advertised serial_no", async () => {
    const pem = await decryptResource(resource, "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb");
    expect(pem.length).toBe(1475);
    expect(pem).toBe(v.javaDownloadCertPlaintext);
    expect(parseCertificate(pem).serialNo).toBe("5DEA10EF55877E3CF6C33255C2E7DEFFF7E427EC");
    const key = await importPublicKey(pem);
    expect(key.type).toBe("public");
  });

  it("fails with another associated data", async () => {
    await expect(
      decryptResource({ ...resource, associated_data: "transaction" }, "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb"),
    ).rejects.toThrow("decryption failed");
  });
});

describe("AES-GCM with a 16-byte key through the raw-key function (§6.3, Go utils/aes_test.go)", () => {
  const resource = {
    ciphertext: "FsdXzxryWfKwvLJKf8LG/ToRPTRh8RN9wROC",
    nonce: "wCq51qZv4Yfg",
    associated_data: "Dl56FrqWQJF1t9LtC3vEUsniZKvbqdR8",
  };

  it("decrypts to Hello World", async () => {
    expect(await aesGcmDecrypt(bytes("testAPIv3Key0000"), resource)).toBe("Hello World");
  });

  it.each([
    ["a wrong key", "testAPIv3Key1111", resource.ciphertext],
    ["an invalid key length", "not a aes key", resource.ciphertext],
    ["a wrong ciphertext", "testAPIv3Key0000", "SGVsbG8gV29ybGQK"],
    ["invalid Base64", "testAPIv3Key0000", "invalid cipher"],
  ])("rejects %s", async (_name, key, ciphertext) => {
    await expect(aesGcmDecrypt(bytes(key), { ...resource, ciphertext })).rejects.toBeInstanceOf(WechatPayCryptoError);
  });
});

describe("AES-256-GCM with a 16-byte IV (§6.4, wechatpay-axios-plugin)", () => {
  const key = bytes("0123456789abcdef0123456789abcdef");

  it("matches both vectors on workerd", async () => {
    expect(await aesGcmEncrypt(key, "hello", "0123456789abcdef", "world")).toBe("APoZlYpivU3HjbAiB4CvW1rAFr8J");
    expect(await aesGcmEncrypt(key, "", "0123456789abcdef", "")).toBe("GvpmmdtYwexXIPhySs9Tlg==");
    const resource = {
      ciphertext: "APoZlYpivU3HjbAiB4CvW1rAFr8J",
      nonce: "0123456789abcdef",
      associated_data: "world",
    };
    expect(await aesGcmDecrypt(key, resource)).toBe("hello");
  });
});

describe("SHA256withRSA (§6.6, Go sign_test / pubkey verifier test)", () => {
  const signature =
    "BKyAfU4iMCuvXMXS0Wzam3V/cnxZ+JaqigPM5OhljS2iOT95OO6Fsuml2JkFANJU9K6q9bLlDhPXuoVz+pp4hAm6pHU4ld815U4jsKu1RkyaII+1CYBUYC8TK0XtJ8FwUXXz8vZHh58rrAVN1XwNyvD1vfpxrMT4SL536GLwvpUHlCqIMzoZUguLli/K8V29QiOhuH6IEqLNJn8e9b3nwNcQ7be3CzYGpDAKBfDGPCqCv8Rw5zndhlffk2FEA70G4hvMwe51qMN/RAJbknXG23bSlObuTCN7Ndj1aJGH6/L+hdwfLpUtJm4QYVazzW7DFD27EpSQEqA8bX9+8m1rLg==";

  it("signs byte-for-byte like the Go SDK and verifies", async () => {
    expect(await signMessage("source", await importPrivateKey(v.goPrivateKey))).toBe(signature);
    const publicKey = await importPublicKey(v.goPublicKey);
    expect(await verifySignature("source", signature, publicKey)).toBe(true);
    // The same key pair is in the Go notify test certificate.
    expect(await verifySignature("source", signature, await importPublicKey(v.goWechatpayCert))).toBe(true);
  });

  it.each([
    ["a wrong message", "wrong source", signature],
    ["an empty message", "", signature],
    ["an empty signature", "source", ""],
    ["an invalid Base64 signature", "source", "invalid base64 signature"],
    ["a SIGNTEST probe", "source", `WECHATPAY/SIGNTEST/${signature}`],
    ["a truncated signature", "source", signature.slice(0, 100)],
  ])("refuses %s without throwing", async (_name, message, sig) => {
    expect(await verifySignature(message, sig, await importPublicKey(v.goPublicKey))).toBe(false);
  });
});

describe("Java key set (§6.7, RSAVerifierTest)", () => {
  const signature =
    "Rq+5ZpWV6IHTWE1+9gCrYJKguNgbItpMdlIA+PVCPCdUAKNlohZz7CL7Y8xWDIFJjdGnErMj6Z+Q/h9CF5MV+nAVkqDmBR0uP5ppsUEzco4ijvKHsvI2ro4boSW6vSfQs3W8I4QSI9a0/NFIgvj83Fv27LIYZf7deaFWmEwd1fpAeJRCyoKyBeJPdsjVx0//Lqe6Wze2zVdliLcBvaHCfpd8+rAVGS+FQDeWgHqJ7n/Zy09LmV1/ghs7pO1mdjdD16SHKlysAD3K5hNGUJX/SHrEXEcu1yO1AOb/YvOVkjNh8243rcfXNE5L4ph2XS11vS+2aToKYSOcKUagf0LLaw==";

  it("reproduces the merchant signature and verifies it with the merchant certificate only", async () => {
    expect(await signMessage("message", await importPrivateKey(v.javaMerchantPrivateKey))).toBe(signature);
    expect(await verifySignature("message", signature, await importPublicKey(v.javaMerchantCertificate))).toBe(true);
    expect(await verifySignature("message", signature, await importPublicKey(v.javaWechatPayPublicKey))).toBe(false);
  });

  it("pairs the WeChat Pay private key with its public key and certificate", async () => {
    const sig = await signMessage("pairing", await importPrivateKey(v.javaWechatPayPrivateKey));
    expect(await verifySignature("pairing", sig, await importPublicKey(v.javaWechatPayPublicKey))).toBe(true);
    expect(await verifySignature("pairing", sig, await importPublicKey(v.javaWechatPayCertificate))).toBe(true);
  });
});

describe("X.509 walker", () => {
  it.each([
    ["Go notify test certificate", v.goWechatpayCert, "D7CE59D1F522D701"],
    ["Java merchant certificate", v.javaMerchantCertificate, "5F1C72E2A8931B72A2E13AF8DEE92471EB397115"],
    ["Java WeChat Pay certificate", v.javaWechatPayCertificate, "440024045C4A427599D09BB4E3DE0279F2E813FD"],
    ["downloaded platform certificate", v.javaDownloadCertPlaintext, "5DEA10EF55877E3CF6C33255C2E7DEFFF7E427EC"],
  ])("reads the serial of the %s", (_name, pem, serial) => {
    expect(parseCertificate(pem).serialNo).toBe(serial);
  });

  it("extracts exactly the SubjectPublicKeyInfo", () => {
    expect(parseCertificate(v.javaWechatPayCertificate).spki).toEqual(pemToDer(v.javaWechatPayPublicKey, "PUBLIC KEY"));
    expect(parseCertificate(v.goWechatpayCert).spki).toEqual(pemToDer(v.goPublicKey, "PUBLIC KEY"));
  });

  it("refuses what is not a certificate", async () => {
    expect(() => parseCertificate(v.goPublicKey)).toThrow(WechatPayCryptoError);
    const truncated = v.goWechatpayCert.replace(/[A-Za-z0-9+/=]+\n-----END/, "\n-----END");
    expect(() => parseCertificate(truncated)).toThrow(WechatPayCryptoError);
    await expect(importPrivateKey(v.goPublicKey)).rejects.toThrow(WechatPayCryptoError);
  });
});

describe("key formats", () => {
  it("accepts a PKCS#1 private key and keys pasted with literal \\n", async () => {
    const pair = (await crypto.subtle.generateKey(
      { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
      true,
      ["sign", "verify"],
    )) as CryptoKeyPair;
    const pkcs8 = new Uint8Array((await crypto.subtle.exportKey("pkcs8", pair.privateKey)) as ArrayBuffer);
    // PKCS#8 → its inner RSAPrivateKey: the OCTET STRING after version and AlgorithmIdentifier (26-byte header here).
    const pkcs1 = pkcs8.slice(26);
    expect(pkcs8[22]).toBe(0x04);
    const pem = `-----BEGIN RSA PRIVATE KEY-----\n${base64Encode(pkcs1)}\n-----END RSA PRIVATE KEY-----`;
    const signature = await signMessage("pkcs1", await importPrivateKey(pem));
    expect(await verifySignature("pkcs1", signature, pair.publicKey)).toBe(true);
    const escaped = v.goPrivateKey.replaceAll("\n", "\\n");
    expect(await signMessage("source", await importPrivateKey(escaped))).toBe(
      await signMessage("source", await importPrivateKey(v.goPrivateKey)),
    );
  });
});

describe("generateNonce", () => {
  it("gives 32 characters of [0-9A-Za-z] by default, all different", () => {
    const nonces = Array.from({ length: 200 }, () => generateNonce());
    for (const nonce of nonces) expect(nonce).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(new Set(nonces).size).toBe(200);
    expect(generateNonce(12)).toHaveLength(12);
  });
});
