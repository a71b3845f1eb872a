import type { ReactNode } from 'react';

interface NotificationBannerProps {
  title: string;
  children: ReactNode;
  /** Success banners confirm the user's own last action and are announced straight away. */
  success?: boolean;
  /** Needed when a page shows two banners, so that each is named by its own heading. */
  id?: string;
}

/** The GOV.UK notification banner. */
export function NotificationBanner({
  title,
  children,
  success = false,
  id = 'notification-banner-title',
}: NotificationBannerProps) {
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby={id}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={id}>
          {success ? 'Success' : 'Important'}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{title}</p>
        {children}
      </div>
    </div>
  );
}
