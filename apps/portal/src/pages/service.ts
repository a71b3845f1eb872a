/** Names and addresses every page shares. */

export const serviceName = "Have your say about children's social care";

/** The software's own name, shown where no council is chosen yet. */
export const productName = 'Heard';

export const paths = {
  home: '/',
  leave: '/leave',
  accessibility: '/accessibility',
  privacy: '/privacy',
} as const;

export const footerLinks = [
  { href: paths.accessibility, text: 'Accessibility statement' },
  { href: paths.privacy, text: 'Privacy notice' },
] as const;

/** "2026-11-22" as "22 November 2026". */
export function formatIsoDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
