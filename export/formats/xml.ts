/** Escaping for XML, HTML and SVG text and attribute values (browser-safe, no I/O). */

/** Characters XML 1.0 forbids anywhere, even escaped; they are dropped. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const XML_INVALID = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Fast path: most names and ids need no escaping at all. */
// eslint-disable-next-line no-control-regex -- as above
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** Code units that may be (part of) a character XML_INVALID drops; text without any is XML-safe as it is. */
// eslint-disable-next-line no-control-regex -- as above
const MAYBE_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/**
 * The only XML-invalid characters JSON.stringify leaves unescaped (it escapes C0 controls and lone surrogates).
 * Never in a one-byte string, which the regexp engine sees at once.
 */
const JSON_INVALID = /[\ufffe\uffff]/;

/** Drops the characters XML 1.0 cannot hold (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, "");
}

/** The five markup characters as entities, "&" first so the others' "&" stay; native replaceAll beats a replace callback. */
function escapeMarkup(text: string): string {
  let out = text;
  if (out.includes("&")) out = out.replaceAll("&", "&amp;");
  if (out.includes("<")) out = out.replaceAll("<", "&lt;");
  if (out.includes(">")) out = out.replaceAll(">", "&gt;");
  if (out.includes('"')) out = out.replaceAll('"', "&quot;");
  if (out.includes("'")) out = out.replaceAll("'", "&apos;");
  return out;
}

/** Escapes text for XML/HTML element content and double- or single-quoted attribute values. */
export function escapeXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return escapeMarkup(MAYBE_INVALID.test(text) ? xmlSafe(text) : text);
}

/** escapeXml for the output of JSON.stringify (e.g. evidence lists), skipping the scan for characters it escaped already. */
export function escapeXmlJson(json: string): string {
  return escapeMarkup(JSON_INVALID.test(json) ? xmlSafe(json) : json);
}
