// Official WeChat Pay SDK test vectors (see ../shared/reference/wechatpay-v3.md §6), copied into
// test/fixtures/wechatpay/ and imported as text: tests run inside workerd and cannot read files.

import d1GetMessage from "../fixtures/wechatpay/d1_get_message.txt?raw";
import d1PostMessage from "../fixtures/wechatpay/d1_post_message.txt?raw";
import d2NotifyMessage from "../fixtures/wechatpay/d2_notify_message.txt?raw";
import derived from "../fixtures/wechatpay/derived_vectors.json";
import goNotifyBody from "../fixtures/wechatpay/go_notify_body.txt?raw";
import goPrivateKey from "../fixtures/wechatpay/go_private_key.pem?raw";
import goPublicKey from "../fixtures/wechatpay/go_public_key.pem?raw";
import goWechatpayCert from "../fixtures/wechatpay/go_wechatpay_cert.pem?raw";
import javaDownloadCertCiphertext from "../fixtures/wechatpay/java_download_cert_ciphertext.txt?raw";
import javaDownloadCertPlaintext from "../fixtures/wechatpay/java_download_cert_plaintext.pem?raw";
import javaMerchantCertificate from "../fixtures/wechatpay/java_merchant_certificate.pem?raw";
import javaMerchantPrivateKey from "../fixtures/wechatpay/java_merchant_private_key.pem?raw";
import javaWechatPayCertificate from "../fixtures/wechatpay/java_wechat_pay_certificate.pem?raw";
import javaWechatPayPrivateKey from "../fixtures/wechatpay/java_wechat_pay_private_key.pem?raw";
import javaWechatPayPublicKey from "../fixtures/wechatpay/java_wechat_pay_public_key.pem?raw";

export {
  d1GetMessage,
  d1PostMessage,
  d2NotifyMessage,
  derived,
  goNotifyBody,
  goPrivateKey,
  goPublicKey,
  goWechatpayCert,
  javaDownloadCertCiphertext,
  javaDownloadCertPlaintext,
  javaMerchantCertificate,
  javaMerchantPrivateKey,
  javaWechatPayCertificate,
  javaWechatPayPrivateKey,
  javaWechatPayPublicKey,
};

/** §6.5 (Go core/notify/notify_test.go): headers of the signed notification whose body is go_notify_body.txt. */
export const goNotifyHeaders = {
  "Wechatpay-Nonce": "EcZ9Cmy4Xyx1i6RlJQzLcCyEqDa26NBz",
  "Wechatpay-Timestamp": "1624523846",
  "Wechatpay-Serial": "D7CE59D1F522D701",
  "Wechatpay-Signature":
    "tJHIiIS9eB2hAYstmAmbbD3ZE5LiIm/Ug5tuL4fC0YOFRWIHV39UFIZXC0e9Wl6lBu6sKvkqDkzpqzBsVHyXFlbYZTOQrVdG4b6LfTnK4mikv9++ixJMd3vTf2yCqvBkh98zs3Ds5zsYQakzbcwhmw4fMJs4nPLws28H0UW9FjDR//rxELLwXvV1VEA1IBLX70xptjL8hrfUjEE8kkry6yNJTHZRU8CAc7qHli2Ng1V1qb9ARbK8A3ThmFmPQvRGrapI/jS2laKKgYUmfdEdkNO6B2Cke5e8VTxY406ArAmQ90GAihDwIcb16TQMnzCMBoutnwZKNiKRACrFmtxw2Q==",
};
export const goNotifyApiV3Key = "testMchAPIv3Key0";
export const goNotifyPlaintext =
  '{"mchid":"1234567890","appid":"054aa7d7a2a54ab5898df65bd96f001c","create_time":"2020-06-30T12:12:00+08:00","out_contract_code":"21640bdbd08e473e828f3206a2741c6e"}';
