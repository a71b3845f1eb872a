import { useId, type ReactNode } from 'react';

interface NotificationBannerProps {
  title: string;
  children: ReactNode;
  /** Success banners confirm the user's own last action and are announced straight away. */
  success?: boolean;
  /** The heading's id; by default one of its own, so two banners on a page never share one. */
  id?: string;
}

/** The GOV.UK notification banner. */
export function NotificationBanner({
  title,
  children,
  success = false,
  id,
}: NotificationBannerProps) {
  const ownId = useId();
  const titleId = id ?? `notification-banner-title${ownId.replace(/:/g, '')}`;
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
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
