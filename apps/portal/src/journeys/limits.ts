/**
 * The longest answers the portal's forms take. They are the API's limits (`LIMITS` and
 * `RECORD_LIMITS` in @heard/domain; test/journeys.test.ts checks they agree), written out here
 * because importing those modules into the browser would bring every schema beside them too,
 * and each page's script must stay under 100 kB.
 */
export const portalLimits = {
  /** `LIMITS.nameMaxLength`: the young person's name. */
  name: 200,
  /** `RECORD_LIMITS.words`: a compliment's words. */
  thankYou: 5000,
  /** `RECORD_LIMITS.team`: who the thank you is for. */
  team: 200,
  /**
   * `RECORD_LIMITS.summary`, less room for the reply details kept with the words: what someone
   * tells us.
   */
  comment: 4500,
} as const;
