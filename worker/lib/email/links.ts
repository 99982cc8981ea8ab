// ASCII only, so that full-width punctuation after a link in Chinese text (“。”, “，”) is not taken as part of it.
const URL_PATTERN = /https?:\/\/[!#-;=?-[\]_a-z~%]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'")\]]+$/;

/** The distinct http(s) URLs in a plain-text body, in order of appearance. */
export function extractLinks(text: string): string[] {
  const links = (text.match(URL_PATTERN) ?? []).map((url) => url.replace(TRAILING_PUNCTUATION, ""));
  return [...new Set(links)];
}
