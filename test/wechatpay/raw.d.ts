// Vite's `?raw` suffix imports a file's text (the test fixtures under test/fixtures/wechatpay/).
declare module "*?raw" {
  const text: string;
  export default text;
}
