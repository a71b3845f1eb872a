/**
 * Text that people type: what every free-text field accepts, whichever form or API call it comes
 * from.
 *
 * Control characters have no place in a name, a team or the words of a complaint. A browser form
 * does not produce them, but a paste from another program, a script or a hostile client can, and
 * PostgreSQL refuses U+0000 in any `text` or `varchar` value ("invalid byte sequence for encoding
 * UTF8: 0x00"; https://www.postgresql.org/docs/current/datatype-character.html: "the character
 * with code zero cannot be stored"). Without this check such a request fails deep in the database
 * with a server error; with it, the person is told what to change, at the field.
 *
 * This is allow-list input validation at the trust boundary, as the OWASP Input Validation Cheat
 * Sheet recommends (https://cheatsheetseries.owasp.org/cheatsheets/Input_Validation_Cheat_Sheet.html):
 * free text is checked against the characters it may hold, not just its length.
 *
 * - Single-line text (names, teams, references): no C0 control (U+0000-U+001F, which includes tab
 *   and line breaks), no DEL (U+007F), no C1 control (U+0080-U+009F).
 * - Multi-line text (what happened, notes, summaries, reasons): the same, except that line feed,
 *   carriage return and tab are allowed, as a text area sends them.
 * - Neither may hold half of a UTF-16 surrogate pair: such a string has no UTF-8 form, so it could
 *   only be stored altered.
 */
import { z } from 'zod';

/** The message shown at a field whose text holds a control character. */
export const CONTROL_CHARACTER_MESSAGE = 'Remove the hidden control characters from this text';

const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

function isAllowedText(text: string, allowLineBreaks: boolean): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20) {
      if (allowLineBreaks && (unit === LINE_FEED || unit === CARRIAGE_RETURN || unit === TAB)) {
        continue;
      }
      return false;
    }
    // DEL and the C1 controls.
    if (unit >= 0x7f && unit <= 0x9f) return false;
    // A high surrogate must be followed by a low one; a low one on its own is a broken pair.
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i += 1;
      continue;
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) return false;
  }
  return true;
}

/** True when `text` holds no control character at all, not even a tab or a line break. */
export function isSingleLineText(text: string): boolean {
  return isAllowedText(text, false);
}

/** True when `text` holds no control character other than line feed, carriage return and tab. */
export function isMultiLineText(text: string): boolean {
  return isAllowedText(text, true);
}

type StringParams = Parameters<typeof z.string>[0];

/**
 * A one-line text box: trimmed, then refused with {@link CONTROL_CHARACTER_MESSAGE} if it holds a
 * control character. Chain the field's own limits and messages after it, as with `z.string()`.
 * Trimming first means a stray line break at either end is removed rather than refused.
 */
export function singleLineText(params?: StringParams) {
  return z.string(params).trim().refine(isSingleLineText, CONTROL_CHARACTER_MESSAGE);
}

/**
 * A text area: trimmed, then refused with {@link CONTROL_CHARACTER_MESSAGE} if it holds a control
 * character other than a line break or a tab.
 */
export function multiLineText(params?: StringParams) {
  return z.string(params).trim().refine(isMultiLineText, CONTROL_CHARACTER_MESSAGE);
}
