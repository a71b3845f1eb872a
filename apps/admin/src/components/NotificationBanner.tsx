import type { ReactNode } from 'react';

interface NotificationBannerProps {
  title: string;
  children: ReactNode;
  /** Success banners confirm the user's own last action and are announced straight away. */
  success?: boolean;
}

/** The GOV.UK notification banner. */
export function NotificationBanner({ title, children, success = false }: NotificationBannerProps) {
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby="notification-banner-title"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="notification-banner-title">
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
